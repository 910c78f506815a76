import Foundation

/// Keeps a crawl polite: at most `perHost` requests in flight to one host (hostname:port), at
/// least `interval` seconds between the starts of two requests to it, and at most `global`
/// requests in flight in all. A host that answered 429/503 with `Retry-After` is left alone
/// until then. Shared by every site of a batch, so sites on one platform host share its limit.
public actor HostLimiter {
    public let perHost: Int
    public let interval: Double
    public let global: Int

    private var inFlight: [String: Int] = [:]
    private var totalInFlight = 0
    private var nextStart: [String: Date] = [:]
    private var waiters: [Waiter] = []

    private struct Waiter {
        let host: String
        let continuation: CheckedContinuation<Void, Never>
    }

    public init(perHost: Int = 2, interval: Double = 0.25, global: Int = 16) {
        self.perHost = max(1, perHost)
        self.interval = max(0, interval)
        self.global = max(1, global)
    }

    /// The key politeness is counted by: `host:port`.
    public static func key(for url: URL) -> String {
        let host = url.host?.lowercased() ?? "local"
        let port = url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }

    /// Waits for a slot for `host`, then until the host's next permitted start.
    public func acquire(_ host: String) async {
        if !hasRoom(host) {
            await withCheckedContinuation { continuation in
                waiters.append(Waiter(host: host, continuation: continuation))
            }
        } else {
            take(host)
        }
        let now = Date()
        let start = max(now, nextStart[host] ?? now)
        nextStart[host] = start.addingTimeInterval(interval)
        let wait = start.timeIntervalSince(now)
        if wait > 0 { try? await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000)) }
    }

    public func release(_ host: String) {
        inFlight[host, default: 1] -= 1
        totalInFlight -= 1
        if inFlight[host] == 0 { inFlight[host] = nil }
        wakeWaiters()
    }

    /// Leaves `host` alone for `seconds` (a `Retry-After`).
    public func pause(_ host: String, for seconds: Double) {
        let until = Date().addingTimeInterval(seconds)
        if (nextStart[host] ?? .distantPast) < until { nextStart[host] = until }
    }

    private func hasRoom(_ host: String) -> Bool {
        totalInFlight < global && inFlight[host, default: 0] < perHost
    }

    private func take(_ host: String) {
        inFlight[host, default: 0] += 1
        totalInFlight += 1
    }

    /// Hands freed slots to waiters in arrival order, skipping those whose host is still full.
    private func wakeWaiters() {
        var index = 0
        while index < waiters.count && totalInFlight < global {
            let waiter = waiters[index]
            if hasRoom(waiter.host) {
                waiters.remove(at: index)
                take(waiter.host)
                waiter.continuation.resume()
            } else {
                index += 1
            }
        }
    }
}
