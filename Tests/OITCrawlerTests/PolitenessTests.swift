import Foundation
import Testing
@testable import OITCrawler

@Suite("robots.txt, retries and the host limiter")
struct PolitenessTests {
    static let robots = """
        # comments are ignored
        User-agent: *
        Disallow: /private/
        Disallow: /*.xls$
        Allow: /private/open
        Crawl-delay: 2

        User-agent: googlebot
        Disallow: /
        """

    @Test("the * group applies; the longest rule wins; Allow wins a tie; * and $ match")
    func robotsRules() {
        let rules = RobotsRules(text: Self.robots, userAgent: "oit-check")
        let allows = { (path: String) in rules.allows(URL(string: "https://x.go.th" + path)!) }
        #expect(allows("/"))
        #expect(!allows("/private/report.pdf"))
        #expect(allows("/private/open/page.html"))
        #expect(!allows("/files/budget.xls"))
        #expect(allows("/files/budget.xlsx"))
        #expect(rules.crawlDelay == 2)
        #expect(RobotsRules(text: Self.robots, userAgent: "Googlebot").allows(URL(string: "https://x.go.th/")!) == false)
        #expect(RobotsRules(text: "User-agent: *\nDisallow:\n", userAgent: "oit-check").allows(URL(string: "https://x.go.th/a")!))
        #expect(RobotsRules.matches("/a*b$", "/a/x/b"))
        #expect(!RobotsRules.matches("/a*b$", "/a/x/bc"))
    }

    @Test("retries: Retry-After honoured up to a cap, backoff grows, nothing for a 404")
    func retryPolicy() {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: 1, maxDelay: 8, maxRetryAfter: 30)
        let url = URL(string: "https://x.go.th/")!
        let limited = FetchResponse(requestedURL: url, url: url, status: 429, headers: ["retry-after": "5"])
        #expect(policy.delay(afterAttempt: 1, response: limited, error: nil) == 5)
        #expect(policy.delay(afterAttempt: 3, response: limited, error: nil) == nil)
        let tooLong = FetchResponse(requestedURL: url, url: url, status: 503, headers: ["retry-after": "600"])
        #expect(policy.delay(afterAttempt: 1, response: tooLong, error: nil) == nil)
        let busy = FetchResponse(requestedURL: url, url: url, status: 503)
        #expect(policy.delay(afterAttempt: 1, response: busy, error: nil, random: 1) == 1)
        #expect(policy.delay(afterAttempt: 2, response: busy, error: nil, random: 1) == 2)
        #expect(policy.delay(afterAttempt: 2, response: busy, error: nil, random: 0) == 1)
        let missing = FetchResponse(requestedURL: url, url: url, status: 404)
        #expect(policy.delay(afterAttempt: 1, response: missing, error: nil) == nil)
        #expect(policy.delay(afterAttempt: 1, response: nil, error: .timeout(seconds: 1), random: 1) == 1)
        #expect(policy.delay(afterAttempt: 1, response: nil, error: .dns(host: "x")) == nil)
    }

    @Test("the limiter never lets more than perHost run against one host, nor start more than perHost in an interval")
    func limiter() async {
        // A clock that jumps forward when slept on: the spacing of grants is checked exactly,
        // whatever else the machine is doing.
        let clock = VirtualClock()
        let limiter = HostLimiter(perHost: 2, interval: 0.05, global: 16, clock: clock.limiterClock, keepsGrants: true)
        let log = EventLog()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let host = index % 2 == 0 ? "a:80" : "b:80"
                    await limiter.acquire(host)
                    await limiter.start(host)
                    log.start(host)
                    await Task.yield()
                    log.end(host)
                    await limiter.release(host)
                }
            }
        }
        #expect(log.peak("a:80") <= 2)
        #expect(log.peak("b:80") <= 2)
        for host in ["a:80", "b:80"] {
            let grants = limiter.grants(host)
            #expect(grants.count == 4)
            // Spread evenly: interval / perHost apart, so any 3 starts span a whole interval.
            let gaps = zip(grants, grants.dropFirst()).map { $1.timeIntervalSince($0) }
            #expect(gaps.allSatisfy { $0 >= 0.025 - 1e-6 }, "gaps \(gaps)")
            let spans = zip(grants, grants.dropFirst(2)).map { $1.timeIntervalSince($0) }
            #expect(spans.allSatisfy { $0 >= 0.05 - 1e-6 }, "spans \(spans)")
            #expect(gaps.contains { $0 < 0.05 - 1e-6 }, "two connections should not wait for each other")
        }
    }

    @Test("a Retry-After pauses the host for every request")
    func pause() async {
        let clock = VirtualClock()
        let limiter = HostLimiter(perHost: 2, interval: 0, global: 4, clock: clock.limiterClock, keepsGrants: true)
        limiter.pause("a:80", for: 3)
        await limiter.acquire("a:80")
        await limiter.start("a:80")
        await limiter.release("a:80")
        #expect(limiter.grants("a:80").first.map { $0.timeIntervalSince(clock.start) } ?? 0 >= 3)
    }

    @Test("a host that asks for a Crawl-delay gets it")
    func crawlDelay() async {
        let clock = VirtualClock()
        let limiter = HostLimiter(perHost: 1, interval: 0.1, global: 4, clock: clock.limiterClock, keepsGrants: true)
        limiter.slowDown("a:80", to: 2)
        for _ in 0..<3 {
            await limiter.acquire("a:80")
            await limiter.start("a:80")
            await limiter.release("a:80")
        }
        let grants = limiter.grants("a:80")
        #expect(zip(grants, grants.dropFirst()).allSatisfy { $1.timeIntervalSince($0) >= 2 - 1e-6 })
    }

    @Test("the global limit holds across hosts")
    func globalLimit() async {
        let limiter = HostLimiter(perHost: 4, interval: 0, global: 3)
        let log = EventLog()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                group.addTask {
                    let host = "h\(index % 6):80"
                    await limiter.acquire(host)
                    await limiter.start(host)
                    log.start("all")
                    try? await Task.sleep(nanoseconds: 10_000_000)
                    log.end("all")
                    await limiter.release(host)
                }
            }
        }
        #expect(log.peak("all") <= 3)
        #expect(log.starts("all").count == 12)
    }
}

/// A clock that moves only when slept on (by the time asked for).
final class VirtualClock: @unchecked Sendable {
    private let lock = NSLock()
    let start = Date(timeIntervalSince1970: 1_000_000)
    private var offset: Double = 0

    var limiterClock: LimiterClock {
        LimiterClock(now: { [self] in lock.withLock { start.addingTimeInterval(offset) } },
                     sleep: { [self] seconds in
                         lock.withLock { offset += max(0, seconds) }
                         await Task.yield()
                     })
    }
}

/// Start and end times per key, for counting concurrency and spacing.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [String: Int] = [:]
    private var highest: [String: Int] = [:]
    private var startTimes: [String: [Date]] = [:]

    func start(_ key: String) {
        lock.withLock {
            current[key, default: 0] += 1
            highest[key] = max(highest[key] ?? 0, current[key]!)
            startTimes[key, default: []].append(Date())
        }
    }

    func end(_ key: String) { lock.withLock { current[key, default: 0] -= 1 } }
    func peak(_ key: String) -> Int { lock.withLock { highest[key] ?? 0 } }
    func starts(_ key: String) -> [Date] { lock.withLock { startTimes[key] ?? [] } }

    func smallestGap(_ key: String) -> Double {
        let times = starts(key).sorted()
        return zip(times, times.dropFirst()).map { $1.timeIntervalSince($0) }.min() ?? .infinity
    }
}
