import Foundation
import Testing
@testable import OITCrawler
import OITHTML
import OITTestSupport

/// Whole crawls against loopback servers: what was fetched, what was reported, and politeness
/// counted at the server.
@Suite("Crawling over HTTP")
struct HTTPCrawlTests {
    static let fetcher = CurlFetcher(userAgent: ClientOptions.defaultUserAgent)

    /// The demo site under fixtures/sites, shared with the end-to-end tests.
    static let siteDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/sites/sao-example")

    static func serveSite(_ path: String, _ query: String, _ headers: [String: String]) async -> TestServer.Reply {
        .file(in: siteDirectory, path: path, headers: headers)
    }

    func crawler(_ limiter: HostLimiter = HostLimiter(perHost: 2, interval: 0, global: 8), obeyRobots: Bool = true,
                 options: CrawlOptions = CrawlOptions()) -> Crawler {
        Crawler(client: PoliteClient(fetcher: Self.fetcher, limiter: limiter, options: ClientOptions(obeyRobots: obeyRobots)),
                options: options)
    }

    /// What a crawl found, comparable across transports: path, verdict, title.
    static func summary(_ result: CrawlResult) -> [String] {
        result.pages.map { "\($0.url.absoluteString.dropFirst(result.start.absoluteString.count - 1)) \($0.verdict) \($0.document?.title ?? "-")" }.sorted()
            + result.documents.map { "\($0.url.path) \($0.status ?? 0) \($0.pdfDates?.isEmpty == false)" }.sorted()
    }

    @Test("a site crawled over HTTP: pages, verdicts, documents, and nothing fetched off the site")
    func fixtureSite() async throws {
        try await withServer(Self.serveSite) { server in
            let result = await crawler().crawl(from: server.url("/"))
            #expect(Self.summary(result) == [
                "/ ok อบต.ตัวอย่าง",
                "/about/ ok เกี่ยวกับเรา",
                "/about/executives.html ok ข้อมูลผู้บริหาร",
                "/about/structure.html ok โครงสร้างองค์กร",
                "/index.html ok อบต.ตัวอย่าง",
                "/ita/ ok ITA 2568",
                "/ita/o12.html login wall เข้าสู่ระบบ",
                "/ita/o30.html soft 404 (the page says \"ไม่พบหน้า\") ไม่พบหน้าที่ต้องการ",
                "/old-page.html HTTP 404 -",
                "/files/procurement-plan-2568.pdf 200 true",
                "/files/structure.pdf 200 true",
            ])
            #expect(result.robots[server.base] == .none(status: 404))
            #expect(server.paths().contains("/robots.txt"))
            #expect(server.paths().allSatisfy { !$0.contains("facebook") })
        }
    }

    @Test("the same site from a directory mirror yields the same pages as over HTTP")
    func mirrorEqualsHTTP() async throws {
        try await withServer(Self.serveSite) { server in
            let overHTTP = await crawler().crawl(from: server.url("/"))
            let mirror = FileFetcher(mirror: Self.siteDirectory, origin: server.url("/"))
            let offline = await Crawler(client: PoliteClient(fetcher: mirror, limiter: HostLimiter(interval: 0)))
                .crawl(from: server.url("/"))
            let requestsBefore = server.requests.count
            #expect(Self.summary(offline).map { $0.replacingOccurrences(of: " 206 ", with: " 200 ") }
                    == Self.summary(overHTTP).map { $0.replacingOccurrences(of: " 206 ", with: " 200 ") })
            #expect(server.requests.count == requestsBefore)
            #expect(offline.pages.allSatisfy { $0.source == .file })
        }
    }

    @Test("robots.txt is obeyed: a disallowed folder is never requested, and the report says so")
    func robots() async throws {
        try await withServer({ path, _, _ in
            switch path {
            case "/robots.txt": return TestServer.Reply(headers: ["Content-Type": "text/plain"], body: Data("User-agent: *\nDisallow: /private/\n".utf8))
            case "/": return .html("<a href='/private/a.html'>a</a><a href='/public.html'>b</a>")
            default: return .html("<p>page</p>")
            }
        }) { server in
            let result = await crawler().crawl(from: server.url("/"))
            #expect(!server.paths().contains("/private/a.html"))
            #expect(server.paths().contains("/public.html"))
            #expect(result.pages.first { $0.url.path == "/private/a.html" }?.verdict == .robotsDisallowed)
            #expect(result.robots[server.base] == .rules(count: 1))
            let ignoring = await crawler(obeyRobots: false).crawl(from: server.url("/"))
            #expect(ignoring.robotsIgnored)
            #expect(server.paths().contains("/private/a.html"))
        }
    }

    @Test("an endless calendar is cut off: the server sees a bounded number of requests")
    func calendarTrap() async throws {
        try await withServer({ path, query, _ in
            guard path == "/calendar.php" else { return .html("<a href='/calendar.php?y=2567&m=1'>ปฏิทิน</a>") }
            let month = Int(query.split(separator: "&").last?.split(separator: "=").last ?? "1") ?? 1
            let days = (1...31).map { "<a href='/calendar.php?y=2567&m=\(month)&d=\($0)'>\($0)</a>" }.joined()
            return .html(days + "<a href='/calendar.php?y=2567&m=\(month + 1)'>ถัดไป</a>")
        }) { server in
            let result = await crawler(options: CrawlOptions(maxDepth: 6, traps: .init(perQueryShape: 10))).crawl(from: server.url("/"))
            let calendarRequests = server.paths().filter { $0.hasPrefix("/calendar.php") }.count
            #expect(calendarRequests <= 20)
            #expect(result.skipped.contains { if case .trap = $0.reason { return true }; return false })
        }
    }

    @Test("the per-host limit holds, counted at the server: never more than 2 in flight, 2 starts in any interval")
    func perHostLimit() async throws {
        let server = try ThreadedServer { path in
            if path == "/" { return (0, (1...20).map { "<a href='/p\($0).html'>หน้า \($0)</a>" }.joined()) }
            return (0.05, "<p>page</p>")
        }
        defer { server.stop() }
        // The defaults: 2 per host, 250 ms, so starts 125 ms apart.
        let limiter = HostLimiter(perHost: 2, interval: 0.25, global: 16, clock: .system, keepsGrants: true)
        let result = await crawler(limiter, obeyRobots: false, options: CrawlOptions(concurrency: 8)).crawl(from: server.url("/"))
        #expect(result.pages.count == 21)
        #expect(server.peakInFlight <= 2)
        // Our side, exactly: each request was handed to the network at least 125 ms after the last.
        let sends = limiter.grants(HostLimiter.key(for: server.url("/")))
        #expect(sends.count == 21)
        #expect(zip(sends, sends.dropFirst()).allSatisfy { $1.timeIntervalSince($0) >= 0.125 - 1e-6 })
        // The server's side, as the kernel handed the requests over. Between our mark and the wire
        // lie libcurl's send queue and thread wake-ups, which a loaded 2-core test run delays by up
        // to some 35 ms (measured); 50 ms of slack is allowed for them.
        let arrivals = server.requests.map(\.time).sorted()
        #expect(arrivals.count == 21)
        let gaps = zip(arrivals, arrivals.dropFirst()).map { $1.timeIntervalSince($0) }
        #expect(gaps.min() ?? 1 >= 0.075, "smallest gap at the server: \(gaps.min() ?? 0)")
        let spans = zip(arrivals, arrivals.dropFirst(2)).map { $1.timeIntervalSince($0) }
        #expect(spans.min() ?? 1 >= 0.20, "3 arrivals closer than an interval: \(spans.min() ?? 0)")
        let span = arrivals.last!.timeIntervalSince(arrivals.first!)
        #expect(span >= 20 * 0.125 - 0.05)
    }

    @Test("two sites on one host share its limit")
    func sharedHost() async throws {
        try await withServer({ path, _, _ in
            if !path.hasSuffix(".html") { return .html((1...8).map { "<a href='p\($0).html'>\($0)</a>" }.joined()) }
            return TestServer.Reply(body: Data("<p>page</p>".utf8), delay: 0.05)
        }) { server in
            let limiter = HostLimiter(perHost: 2, interval: 0, global: 16)
            async let first = crawler(limiter, options: CrawlOptions(concurrency: 4)).crawl(from: server.url("/a/"))
            async let second = crawler(limiter, options: CrawlOptions(concurrency: 4)).crawl(from: server.url("/b/"))
            let (a, b) = await (first, second)
            #expect(a.pages.count == 9 && b.pages.count == 9)
            #expect(server.peakInFlight <= 2)
        }
    }
}
