import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler
import OITReport
import Testing

/// The JSON report reads back as it was written: batches and `oit diff` rely on it.
@Suite("JSON report round trip")
struct JSONReportTests {
    static let sites = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/sites")

    @Test("encode, decode, encode again: the same bytes")
    func roundTrip() async throws {
        let library = try ChecklistLibrary.bundled()
        let origin = URL(string: "https://www.amphoe-tuayang.go.th/")!
        let fetcher = FileFetcher(mirror: Self.sites.appendingPathComponent("amphoe-hub"), origin: origin)
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 4, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                                   client: client, externalClient: client, opensTargets: true, isLocal: true)
        let crawl = await session.crawl(from: origin)
        let result = await session.check(crawl, against: try #require(library.checklist(id: "amphoe-2567")),
                                         assessing: FiscalYear(2568))
        let data = try JSONReport(result, language: .th).encoded()
        let decoded = try JSONReport.decode(data)
        #expect(try decoded.encoded() == data)
        #expect(decoded.items.count == 30)
        #expect(decoded.items.first { $0.code == "O16" }?.status == .stale)
        #expect(decoded.score.band == .needsImprovement)
    }
}
