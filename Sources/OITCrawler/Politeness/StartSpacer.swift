import Foundation

/// Spaces the starts of requests to each host evenly, `interval / perHost` apart, so that no
/// window of `interval` seconds sees more than `perHost` starts (as if each of a host's
/// `perHost` connections waited `interval` between its requests, without their bursts). A start
/// is marked at the moment the request is handed to the network. It is a lock, not an actor, on
/// purpose: the caller passes the gate and starts its request in the same synchronous stretch,
/// so a machine busy with other work cannot let a granted request fall behind the next one.
final class StartSpacer: @unchecked Sendable {
    /// Seconds between two starts to one host.
    let spacing: Double
    private let clock: LimiterClock
    private let lock = NSLock()
    private var nextStart: [String: Date] = [:]
    /// Hosts that asked for more room (robots.txt `Crawl-delay`).
    private var slower: [String: Double] = [:]
    private var log: [String: [Date]]?

    init(interval: Double, perHost: Int, clock: LimiterClock = .system, keepsLog: Bool = false) {
        self.spacing = max(0, interval) / Double(max(1, perHost))
        self.clock = clock
        self.log = keepsLog ? [:] : nil
    }

    /// Returns when `host` may be sent a request, having marked that start; the caller must
    /// start the request before its next suspension point.
    func pass(_ host: String) async {
        while true {
            let wait = lock.withLock { () -> Double in
                let now = clock.now()
                let next = nextStart[host] ?? now
                guard next <= now else { return next.timeIntervalSince(now) }
                nextStart[host] = now.addingTimeInterval(max(spacing, slower[host] ?? 0))
                log?[host, default: []].append(now)
                return 0
            }
            if wait <= 0 { return }
            await clock.sleep(wait)
        }
    }

    /// Holds `host` back for `seconds` (a `Retry-After`).
    func pause(_ host: String, for seconds: Double) {
        lock.withLock {
            let until = clock.now().addingTimeInterval(seconds)
            if (nextStart[host] ?? .distantPast) < until { nextStart[host] = until }
        }
    }

    /// Spaces `host`'s requests by at least `seconds` from now on, whatever `perHost` allows
    /// (a robots.txt `Crawl-delay` is the time between any two requests).
    func slowDown(_ host: String, to seconds: Double) {
        lock.withLock { slower[host] = max(slower[host] ?? 0, seconds) }
    }

    func starts(_ host: String) -> [Date] { lock.withLock { log?[host] ?? [] } }
}
