import Foundation
import OITCheck
import OITCore
import OITCrawler
import Testing

/// The whole check on small in-memory sites: cases that need a crawl, not one link.
@Suite("Site checks on in-memory sites")
struct SiteCheckerTests {
    static func check(_ pages: [String: String], form: String = "amphoe-2567") async throws -> CheckResult {
        let fetcher = InMemoryFetcher()
        for (url, html) in pages { fetcher.serve(url, body: html) }
        let library = Repository.library
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 4, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                                   client: client, externalClient: nil, opensTargets: true, isLocal: false)
        let crawl = await session.crawl(from: URL(string: "https://www.tambon.go.th/")!)
        return await session.check(crawl, against: try #require(library.checklist(id: form)), assessing: FiscalYear(2568))
    }

    static func status(_ result: CheckResult, _ code: String) -> ItemStatus? {
        result.items.first { $0.item.code == code }?.status
    }

    @Test("a '#' link is not mistaken for the page it sits on, nor the page for it")
    func deadLinkIsNotItsPage() async throws {
        let home = """
        <html><head><title>อบต.ตัวอย่าง</title></head><body>
        <ul><li><a href="#">แผนดำเนินงานประจำปี 2568</a></li>
        <li><a href="/">แผนดำเนินงานประจำปี 2568 (หน้าแรก)</a></li></ul>
        </body></html>
        """
        let result = try await Self.check(["https://www.tambon.go.th/": home])
        let plan = try #require(result.items.first { $0.item.code == "O8" })
        #expect(plan.status == .pass)
        #expect(plan.evidence.map(\.status) == [.pass, .broken])
    }

    @Test("a candidate beyond the crawl is opened to verify it")
    func opensBeyondTheCrawl() async throws {
        let home = """
        <html><head><title>อบต.ตัวอย่าง</title></head><body>
        <a href="/a.html">หน้า ก</a>
        </body></html>
        """
        let deep = """
        <html><head><title>หน้า ก</title></head><body><a href="/files/skr-2568.pdf">สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 2567</a></body></html>
        """
        var pages = ["https://www.tambon.go.th/": home, "https://www.tambon.go.th/a.html": deep]
        pages["https://www.tambon.go.th/files/skr-2568.pdf"] = "%PDF-1.4"
        let result = try await Self.check(pages)
        #expect(Self.status(result, "O18") == .pass)
    }

    @Test("an item that passes on what the crawl read opens nothing more; one that does not, opens its candidates")
    func opensOnlyForUndecidedItems() async throws {
        let fetcher = InMemoryFetcher()
        fetcher.serve("https://www.tambon.go.th/", body: """
            <html><head><title>อบต.ตัวอย่าง</title></head><body>
            <a href="/plan-2568.html">แผนดำเนินงานประจำปี 2568</a>
            <a href="https://www.elsewhere.go.th/plan.html">แผนดำเนินงานประจำปี 2568 (สำเนา)</a>
            <a href="https://www.elsewhere.go.th/manual.html">คู่มือการปฏิบัติงาน</a>
            </body></html>
            """)
        fetcher.serve("https://www.tambon.go.th/plan-2568.html", body: "<title>แผนดำเนินงานประจำปี 2568</title>")
        fetcher.serve("https://www.elsewhere.go.th/plan.html", body: "<title>แผนดำเนินงานประจำปี 2568</title>")
        fetcher.serve("https://www.elsewhere.go.th/manual.html", body: "<title>คู่มือการปฏิบัติงาน</title>")
        let library = Repository.library
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 4, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                                   client: client, externalClient: client, opensTargets: true, isLocal: false)
        let crawl = await session.crawl(from: URL(string: "https://www.tambon.go.th/")!)
        let result = await session.check(crawl, against: try #require(library.checklist(id: "amphoe-2567")), assessing: FiscalYear(2568))
        #expect(Self.status(result, "O8") == .pass)
        let opened = Set(fetcher.received.map(\.url.absoluteString))
        #expect(!opened.contains("https://www.elsewhere.go.th/plan.html"))
        #expect(opened.contains("https://www.elsewhere.go.th/manual.html"))
    }

    @Test("links to another site are not opened when the session may not, and say so")
    func noExternalClient() async throws {
        let home = """
        <html><head><title>อบต.ตัวอย่าง</title></head><body>
        <a href="https://process3.gprocurement.go.th/egp?id=1">ประกาศจัดซื้อจัดจ้าง ปี 2568</a>
        </body></html>
        """
        let result = try await Self.check(["https://www.tambon.go.th/": home])
        let item = try #require(result.items.first { $0.item.code == "O17" })
        #expect(item.status == .review)
        #expect(item.reasons.first?.en.contains("other sites were not opened") == true)
    }
}
