import Foundation
import Testing
@testable import OITCrawler

@Suite("The polite client: redirects, robots, retries, cache")
struct PoliteClientTests {
    /// A client whose retry waits are recorded instead of slept.
    func client(_ fetcher: InMemoryFetcher, retry: RetryPolicy = RetryPolicy(), cache: ResponseCache? = nil,
                obeyRobots: Bool = true, waits: WaitLog = WaitLog()) -> PoliteClient {
        PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 2, interval: 0, global: 8), cache: cache,
                     options: ClientOptions(obeyRobots: obeyRobots, retry: retry), robots: nil) { seconds in
            waits.add(seconds)
        }
    }

    @Test("redirects are followed by our code and the chain is recorded")
    func redirectChain() async throws {
        let site = InMemoryFetcher()
        site.redirect("https://x.go.th/old", to: "/middle", status: 301)
        site.redirect("https://x.go.th/middle", to: "https://www.x.go.th/new", status: 302)
        site.serve("https://www.x.go.th/new", body: "<p>here</p>")
        let response = try await client(site).fetch(FetchRequest(url: URL(string: "https://x.go.th/old")!))
        #expect(response.status == 200)
        #expect(response.url.absoluteString == "https://www.x.go.th/new")
        #expect(response.requestedURL.absoluteString == "https://x.go.th/old")
        #expect(response.redirects.map(\.status) == [301, 302])
        #expect(response.redirects.map(\.to.absoluteString) == ["https://x.go.th/middle", "https://www.x.go.th/new"])
    }

    @Test("a redirect loop and an endless chain are errors, not hangs")
    func redirectLoops() async {
        let site = InMemoryFetcher()
        site.redirect("https://x.go.th/a", to: "/b")
        site.redirect("https://x.go.th/b", to: "/a")
        for index in 0..<20 { site.redirect("https://x.go.th/r\(index)", to: "/r\(index + 1)") }
        let polite = client(site)
        await #expect(throws: FetchError.redirectLoop([URL(string: "https://x.go.th/a")!, URL(string: "https://x.go.th/b")!,
                                                       URL(string: "https://x.go.th/a")!])) {
            try await polite.fetch(FetchRequest(url: URL(string: "https://x.go.th/a")!))
        }
        do {
            _ = try await polite.fetch(FetchRequest(url: URL(string: "https://x.go.th/r0")!))
            Issue.record("an endless chain was followed to the end")
        } catch {
            guard case .tooManyRedirects(let chain) = error else { Issue.record("got \(error)"); return }
            #expect(chain.count == 11)
        }
    }

    @Test("robots.txt is read once per origin and obeyed, unless told otherwise")
    func robots() async throws {
        let site = InMemoryFetcher()
        site.serve("https://x.go.th/robots.txt", headers: ["content-type": "text/plain"], body: "User-agent: *\nDisallow: /admin\n")
        site.serve("https://x.go.th/admin/report", body: "<p>secret</p>")
        site.serve("https://x.go.th/news", body: "<p>news</p>")
        let polite = client(site)
        await #expect(throws: FetchError.robotsDisallowed(URL(string: "https://x.go.th/admin/report")!)) {
            try await polite.fetch(FetchRequest(url: URL(string: "https://x.go.th/admin/report")!))
        }
        _ = try await polite.fetch(FetchRequest(url: URL(string: "https://x.go.th/news")!))
        #expect(site.received.filter { $0.url.path == "/robots.txt" }.count == 1)
        #expect(await polite.robots.report == ["https://x.go.th": .rules(count: 1)])
        let ignoring = client(site, obeyRobots: false)
        #expect(try await ignoring.fetch(FetchRequest(url: URL(string: "https://x.go.th/admin/report")!)).status == 200)
    }

    @Test("a robots.txt that fails with 5xx disallows everything; a missing one allows everything")
    func robotsFailures() async throws {
        let broken = InMemoryFetcher()
        broken.serve("https://x.go.th/robots.txt", status: 500, body: "")
        broken.serve("https://x.go.th/", body: "<p>home</p>")
        let polite = client(broken, retry: .none)
        await #expect(throws: FetchError.robotsDisallowed(URL(string: "https://x.go.th/")!)) {
            try await polite.fetch(FetchRequest(url: URL(string: "https://x.go.th/")!))
        }
        #expect(await polite.robots.report == ["https://x.go.th": .unreachable("HTTP 500")])
        let missing = InMemoryFetcher()
        missing.serve("https://y.go.th/", body: "<p>home</p>")
        #expect(try await client(missing).fetch(FetchRequest(url: URL(string: "https://y.go.th/")!)).status == 200)
    }

    @Test("429 and 503 are retried after Retry-After or a backoff; the response counts the attempts")
    func retries() async throws {
        // Retry-After pauses the whole host in the limiter (so the wait is real, and short here).
        let site = FlakySite(failures: 2, status: 429, retryAfter: "0.2")
        let waits = WaitLog()
        let polite = PoliteClient(fetcher: site, limiter: HostLimiter(perHost: 1, interval: 0), cache: nil,
                                  options: ClientOptions(obeyRobots: false), robots: nil) { waits.add($0) }
        let started = Date()
        let response = try await polite.fetch(FetchRequest(url: URL(string: "https://x.go.th/page")!))
        #expect(response.status == 200)
        #expect(response.attempts == 3)
        #expect(Date().timeIntervalSince(started) >= 0.39)
        #expect(waits.all.isEmpty)
        // Without Retry-After: exponential backoff, then the last answer is returned.
        let stubborn = FlakySite(failures: 10, status: 503, retryAfter: nil)
        let gaveUp = try await PoliteClient(fetcher: stubborn, limiter: HostLimiter(interval: 0), cache: nil,
                                            options: ClientOptions(obeyRobots: false), robots: nil) { waits.add($0) }
            .fetch(FetchRequest(url: URL(string: "https://x.go.th/page")!))
        #expect(gaveUp.status == 503)
        #expect(gaveUp.attempts == 3)
        #expect(waits.all.count == 2)
        #expect(waits.all[0] <= 0.5 && waits.all[1] >= 0.5)   // 0.5 s doubling, jitter in the upper half
    }

    @Test("the cache revalidates with the validators it kept, and serves offline runs")
    func cache() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = ConditionalSite()
        let url = URL(string: "https://x.go.th/o1.html")!
        let first = PoliteClient(fetcher: site, limiter: HostLimiter(interval: 0), cache: try ResponseCache(directory: folder),
                                 options: ClientOptions(obeyRobots: false), robots: nil) { _ in }
        let fresh = try await first.fetch(FetchRequest(url: url))
        #expect(fresh.source == .network)
        let again = try await first.fetch(FetchRequest(url: url))
        #expect(again.source == .cache)
        #expect(again.body == fresh.body)
        #expect(site.conditionalRequests == 1)
        let offline = PoliteClient(fetcher: InMemoryFetcher(), limiter: HostLimiter(),
                                   cache: try ResponseCache(directory: folder, mode: .offline),
                                   options: ClientOptions(obeyRobots: false), robots: nil) { _ in }
        #expect(try await offline.fetch(FetchRequest(url: url)).body == fresh.body)
        await #expect(throws: FetchError.notCached(URL(string: "https://x.go.th/other")!)) {
            try await offline.fetch(FetchRequest(url: URL(string: "https://x.go.th/other")!))
        }
    }
}

/// Retry waits, recorded.
final class WaitLog: @unchecked Sendable {
    private let lock = NSLock()
    private var waits: [Double] = []
    func add(_ seconds: Double) { lock.withLock { waits.append(seconds) } }
    var all: [Double] { lock.withLock { waits } }
}

/// Answers `failures` times with `status`, then 200.
final class FlakySite: Fetcher, @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    let status: Int
    let retryAfter: String?

    init(failures: Int, status: Int, retryAfter: String?) {
        remaining = failures
        self.status = status
        self.retryAfter = retryAfter
    }

    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let fail = lock.withLock { () -> Bool in
            remaining -= 1
            return remaining >= 0
        }
        var headers: HTTPHeaders = [:]
        if fail, let retryAfter { headers.set("retry-after", retryAfter) }
        return FetchResponse(requestedURL: request.url, url: request.url, status: fail ? status : 200, headers: headers,
                             body: Array("<p>ok</p>".utf8))
    }
}

/// Answers 304 when asked with the ETag it gave.
final class ConditionalSite: Fetcher, @unchecked Sendable {
    private let lock = NSLock()
    private var conditional = 0
    var conditionalRequests: Int { lock.withLock { conditional } }

    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        if request.headers["If-None-Match"] == "\"v1\"" {
            lock.withLock { conditional += 1 }
            return FetchResponse(requestedURL: request.url, url: request.url, status: 304, headers: ["etag": "\"v1\""])
        }
        return FetchResponse(requestedURL: request.url, url: request.url, status: 200,
                             headers: ["etag": "\"v1\"", "content-type": "text/html"], body: Array("<h1>O1</h1>".utf8))
    }
}
