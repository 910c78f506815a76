import Foundation
import Testing
@testable import OITCrawler
import OITCore
import OITHTML

/// A small agency site in memory: menus, a hub page, documents, a calendar trap, a chain deeper
/// than the depth limit, a soft 404, a login wall and links to elsewhere.
func agencySite() -> InMemoryFetcher {
    let site = InMemoryFetcher()
    let base = "https://www.example.go.th"
    site.serve(base + "/robots.txt", headers: ["content-type": "text/plain"], body: "User-agent: *\nDisallow: /admin\n")
    site.serve(base + "/", body: """
        <title>อบต.ตัวอย่าง</title>
        <ul><li><a href="/structure.php">โครงสร้าง</a></li>
        <li><a href="/news.php?id=1">ข่าว</a></li>
        <li><a href="/calendar.php?year=2567&month=1">ปฏิทินกิจกรรม</a></li>
        <li><a href="/ita.php">ITA 2568</a></li>
        <li><a href="/d1.php">ลึก</a></li>
        <li><a href="/admin/panel.php">ผู้ดูแล</a></li>
        <li><a href="#">เมนู</a></li>
        <li><a href="https://www.facebook.com/example">Facebook</a></li>
        <li><a href="/files/plan.pdf?utm_source=x">แผนดำเนินงาน</a></li></ul>
        """)
    site.serve(base + "/structure.php", body: "<h1>โครงสร้าง</h1><a href='/'>หน้าแรก</a><a href='structure.php#top'>บนสุด</a>")
    site.serve(base + "/news.php?id=1", body: "<h1>ข่าว</h1><a href='/news.php?id=2'>ถัดไป</a>")
    site.serve(base + "/news.php?id=2", body: "<h1>ข่าว 2</h1>")
    // A calendar: every month links to its days and the next month, without end.
    for month in 1...24 {
        let days = (1...10).map { "<a href='/calendar.php?year=2567&month=\(month)&day=\($0)'>\($0)</a>" }.joined()
        site.serve(base + "/calendar.php?year=2567&month=\(month)",
                   body: "<h1>ปฏิทิน \(month)</h1>\(days)<a href='/calendar.php?year=2567&month=\(month + 1)'>ถัดไป</a>")
    }
    site.serve(base + "/ita.php", body: """
        <h2>ITA 2568</h2><p><strong>O1 โครงสร้าง</strong></p><a href="/files/o1.pdf">ดาวน์โหลด</a>
        <a href="/o2.php">O2 ข้อมูลผู้บริหาร</a><a href="/o3.php">O3</a><a href="/o4.php">O4</a>
        """)
    site.serve(base + "/o2.php", body: "<title>ไม่พบหน้า</title><p>404</p>")
    site.redirect(base + "/o3.php", to: "/login.php?next=o3")
    site.serve(base + "/login.php?next=o3", body: "<title>เข้าสู่ระบบ</title><form><input type=password></form>")
    site.redirect(base + "/o4.php", to: "/")
    site.serve(base + "/d1.php", body: "<a href='/d2.php'>ต่อ</a>")
    site.serve(base + "/d2.php", body: "<a href='/d3.php'>ต่อ</a>")
    site.serve(base + "/d3.php", body: "<a href='/d4.php'>ต่อ</a>")
    site.serve(base + "/d4.php", body: "<p>too deep</p>")
    site.serve(base + "/files/plan.pdf", headers: ["content-type": "application/pdf"],
               bytes: Array("%PDF-1.4\n/CreationDate (D:20241001120000+07'00')\n".utf8) + Array(repeating: 0x20, count: 300))
    site.serve(base + "/files/o1.pdf", headers: ["content-type": "application/pdf"], bytes: Array("%PDF-1.4".utf8))
    return site
}

@Suite("Crawling a site")
struct CrawlerTests {
    func crawler(_ fetcher: InMemoryFetcher, options: CrawlOptions = CrawlOptions(traps: .init(perQueryShape: 5)),
                 priority: @escaping @Sendable (String) -> Int = { _ in 0 }) -> Crawler {
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 2, interval: 0, global: 8))
        return Crawler(client: client, options: options, priority: priority)
    }

    @Test("what was fetched, what was checked, what was skipped and why")
    func wholeSite() async throws {
        let site = agencySite()
        let result = await crawler(site).crawl(from: URL(string: "https://www.example.go.th/")!)
        let paths = Set(result.pages.map { $0.url.path + ($0.url.query.map { "?" + $0 } ?? "") })
        #expect(paths.isSuperset(of: ["/", "/structure.php", "/news.php?id=1", "/news.php?id=2", "/ita.php", "/o2.php",
                                      "/o3.php", "/o4.php", "/d1.php", "/d2.php", "/d3.php", "/admin/panel.php"]))
        #expect(!paths.contains("/d4.php"))
        #expect(result.skipped.contains { $0.url.path == "/d4.php" && $0.reason == .depth })
        // The calendar: five variations of each shape (months, days), then cut off.
        #expect(paths.filter { $0.hasPrefix("/calendar.php") && !$0.contains("day=") }.count == 3)
        #expect(paths.filter { $0.contains("day=") }.count == 5)
        #expect(result.skipped.contains { if case .trap = $0.reason { return $0.url.path == "/calendar.php" }; return false })
        // Nothing off the site, nothing twice, no fragments, no tracking parameters.
        #expect(!site.received.contains { $0.url.host == "www.facebook.com" })
        #expect(result.pages.count == Set(result.pages.map(\.url)).count)
        let gets = site.received.filter { $0.method == .get && $0.range == nil }.map(\.url.absoluteString)
        let twice = Set(gets.filter { url in gets.filter { $0 == url }.count > 1 })
        #expect(twice == ["https://www.example.go.th/"])   // once as the start, once as /o4.php's redirect target
        #expect(result.pages.first?.url.absoluteString == "https://www.example.go.th/")
        #expect(result.robots == ["https://www.example.go.th": .rules(count: 1)])
    }

    @Test("each page gets the verdict an assessor would give it")
    func verdicts() async throws {
        let result = await crawler(agencySite()).crawl(from: URL(string: "https://www.example.go.th/")!)
        let verdict = { (path: String) in result.pages.first { $0.url.path == path }?.verdict }
        #expect(verdict("/structure.php") == .ok)
        #expect(verdict("/o2.php") == .soft404(.saysNotFound("ไม่พบหน้า")))
        #expect(verdict("/o3.php") == .loginWall)
        #expect(verdict("/o4.php") == .soft404(.redirectedHome))
        #expect(verdict("/admin/panel.php") == .robotsDisallowed)
        let login = try #require(result.pages.first { $0.url.path == "/o3.php" })
        #expect(login.redirects.map(\.status) == [302])
        #expect(login.finalURL.path == "/login.php")
    }

    @Test("a page says it is not found with the first of the phrases it holds, wherever they stand")
    func notFoundPhrases() {
        let phrases = PageJudge.notFoundPhrases
        var generator = SystemRandomNumberGenerator()
        let fillers = ["หน้า", "ไม่พบ", "ข้อมูล", " ", "page", "404", "found", "ก"]
        for _ in 0..<2_000 {
            let key = NormalizedText((0..<Int.random(in: 0...6, using: &generator)).map { _ in
                Bool.random(using: &generator) ? phrases.randomElement(using: &generator)! : fillers.randomElement(using: &generator)!
            }.joined(separator: Bool.random(using: &generator) ? " " : "")).key
            #expect(PageJudge.notFoundPhrase(in: key) == phrases.first { key.containsBytes(of: $0) }, "\(key)")
        }
    }

    @Test("documents are checked with ranged requests, never downloaded, and their dates read")
    func documents() async throws {
        let site = agencySite()
        let result = await crawler(site).crawl(from: URL(string: "https://www.example.go.th/")!)
        #expect(Set(result.documents.map(\.url.path)) == ["/files/plan.pdf", "/files/o1.pdf"])
        let plan = try #require(result.documents.first { $0.url.path == "/files/plan.pdf" })
        #expect(plan.isReachable)
        #expect(plan.mediaType == "application/pdf")
        #expect(plan.size == 349)
        #expect(plan.pdfDates?.created != nil)
        #expect(plan.foundOn?.path == "/")
        #expect(site.received.filter { $0.url.path.hasSuffix(".pdf") }.allSatisfy { $0.range != nil })
    }

    @Test("links that look like the hub are fetched first")
    func priorities() async throws {
        let site = agencySite()
        let hubFirst: @Sendable (String) -> Int = { label in label.contains("ITA") ? 10 : 0 }
        _ = await crawler(site, options: CrawlOptions(concurrency: 1, traps: .init(perQueryShape: 5)), priority: hubFirst)
            .crawl(from: URL(string: "https://www.example.go.th/")!)
        let pages = site.received.filter { $0.method == .get && $0.url.path != "/robots.txt" }.map(\.url.path)
        #expect(Array(pages.prefix(2)) == ["/", "/ita.php"])
    }

    @Test("a queued page found again by a better link moves up")
    func foundAgainMovesUp() async throws {
        let site = InMemoryFetcher()
        let base = "https://www.example.go.th"
        site.serve(base + "/", body: """
            <a href="/b.php">หน้า B</a><a href="/c.php">หน้า C</a><a href="/a.php">ข่าว</a><a href="/hub.php">ITA</a>
            """)
        site.serve(base + "/hub.php", body: "<a href='/a.php'>ITA O1</a><a href='/'>หน้าแรก</a>")
        for path in ["/a.php", "/b.php", "/c.php"] { site.serve(base + path, body: "<p>\(path)</p><a href='/'>หน้าแรก</a>") }
        let hubFirst: @Sendable (String) -> Int = { label in label.contains("ITA") ? 10 : 0 }
        _ = await crawler(site, options: CrawlOptions(concurrency: 1), priority: hubFirst)
            .crawl(from: URL(string: base + "/")!)
        let pages = site.received.filter { $0.method == .get && $0.url.path != "/robots.txt" }.map(\.url.path)
        #expect(pages == ["/", "/hub.php", "/a.php", "/b.php", "/c.php"])
    }

    @Test("the page limit stops the crawl and says what was left")
    func pageLimit() async {
        let result = await crawler(agencySite(), options: CrawlOptions(maxPages: 4)).crawl(from: URL(string: "https://www.example.go.th/")!)
        #expect(result.pages.count == 4)
        #expect(result.skipped.contains { $0.reason == .pageLimit })
        #expect(!result.budgetExhausted)
    }

    @Test("the site's time budget stops new requests and says so")
    func budget() async {
        let slow = SlowSite(base: agencySite(), delay: 0.2)
        let client = PoliteClient(fetcher: slow, limiter: HostLimiter(perHost: 2, interval: 0, global: 8))
        let result = await Crawler(client: client, options: CrawlOptions(concurrency: 1, siteBudget: 0.5))
            .crawl(from: URL(string: "https://www.example.go.th/")!)
        #expect(result.budgetExhausted)
        #expect(result.skipped.contains { $0.reason == .budget })
        #expect(result.pages.count < 5)
    }

    @Test("a site that does not answer is reported unreachable, not a crash")
    func unreachable() async {
        let result = await crawler(InMemoryFetcher()).crawl(from: URL(string: "https://www.nowhere.go.th/")!)
        #expect(result.siteUnreachable)
        #expect(result.pages.first?.verdict == .httpError(404))
    }
}

/// Another fetcher's site, answering slowly.
struct SlowSite: Fetcher {
    let base: InMemoryFetcher
    let delay: Double

    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
        return try await base.fetch(request)
    }
}
