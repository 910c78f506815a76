import Foundation

/// Keeps a crawl polite: at most `perHost` requests in flight to one host (hostname:port), at
/// most `perHost` requests started in any `interval` seconds (each connection waits `interval`
/// between its requests; the starts are spread evenly, `interval / perHost` apart), and at most
/// `global` requests in flight in all. A host that answered 429/503 with `Retry-After` is left
/// alone until then. Shared by every site of a batch, so sites on one platform host share its
/// limit.
///
/// ``acquire(_:)`` waits for a slot; ``start(_:)`` waits for the host's next permitted start and
/// marks it, and must be followed at once by the request (see ``StartSpacer``).
public actor HostLimiter {
    public let perHost: Int
    public let interval: Double
    public let global: Int

    private var inFlight: [String: Int] = [:]
    private var totalInFlight = 0
    private var waiters: [Waiter] = []
    private nonisolated let spacer: StartSpacer

    private struct Waiter {
        let host: String
        let continuation: CheckedContinuation<Void, Never>
    }

    public init(perHost: Int = 2, interval: Double = 0.25, global: Int = 16) {
        self.init(perHost: perHost, interval: interval, global: global, clock: .system, keepsGrants: false)
    }

    init(perHost: Int, interval: Double, global: Int, clock: LimiterClock, keepsGrants: Bool) {
        self.perHost = max(1, perHost)
        self.interval = max(0, interval)
        self.global = max(1, global)
        self.spacer = StartSpacer(interval: interval, perHost: perHost, clock: clock, keepsLog: keepsGrants)
    }

    /// The key politeness is counted by: `host:port`.
    public static func key(for url: URL) -> String {
        let host = url.host?.lowercased() ?? "local"
        let port = url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }

    /// Waits for a slot for `host`.
    public func acquire(_ host: String) async {
        if hasRoom(host) {
            take(host)
        } else {
            await withCheckedContinuation { continuation in
                waiters.append(Waiter(host: host, continuation: continuation))
            }
        }
    }

    /// Waits for `host`'s next permitted start and marks it: send the request right after.
    public nonisolated func start(_ host: String) async {
        await spacer.pass(host)
    }

    public func release(_ host: String) {
        inFlight[host, default: 1] -= 1
        totalInFlight -= 1
        if inFlight[host] == 0 { inFlight[host] = nil }
        wakeWaiters()
    }

    /// Leaves `host` alone for `seconds` (a `Retry-After`).
    public nonisolated func pause(_ host: String, for seconds: Double) {
        spacer.pause(host, for: seconds)
    }

    /// Spaces `host`'s requests by at least `seconds` (a robots.txt `Crawl-delay`).
    public nonisolated func slowDown(_ host: String, to seconds: Double) {
        spacer.slowDown(host, to: seconds)
    }

    /// When each request to `host` was started (kept only by limiters made for tests).
    nonisolated func grants(_ host: String) -> [Date] { spacer.starts(host) }

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

/// The time a limiter goes by: the system clock, or a test's.
struct LimiterClock: Sendable {
    let now: @Sendable () -> Date
    let sleep: @Sendable (Double) async -> Void

    static let system = LimiterClock(now: { Date() }, sleep: { seconds in
        try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    })
}
