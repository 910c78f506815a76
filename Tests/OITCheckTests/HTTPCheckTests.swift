import Foundation
import OITCheck
import OITCore
import OITCrawler
import OITTestSupport
import Testing

/// The district fixture site served by a real HTTP server on 127.0.0.1: the same answers as
/// from the mirror, and what only a live server can say (a 404 is broken there, not "not in the
/// copy"; a 429 is for a person to look at again).
@Suite("Checking a site over HTTP")
struct HTTPCheckTests {
    static let site = Repository.sites.appendingPathComponent("amphoe-hub/www.amphoe-tuayang.go.th")
    static let mirror = Repository.sites.appendingPathComponent("amphoe-hub")

    /// Checks the served site; `overrides` replace the answer for some paths.
    static func check(overrides: [String: TestServer.Reply] = [:]) async throws -> (CheckResult, String) {
        let expected = try SiteExpectation.read("amphoe-hub")
        return try await withServer({ path, _, headers in
            overrides[path] ?? .file(in: site, path: path, headers: headers)
        }) { server in
            let library = Repository.library
            let fetcher = CurlFetcher(userAgent: ClientOptions.defaultUserAgent)
            // Other sites come from the mirror's other host folders: no test reaches the internet.
            let elsewhere = FileFetcher(mirror: mirror, origin: URL(string: "https://process3.gprocurement.go.th/")!)
            let session = CheckSession(
                lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                client: PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 4, interval: 0, global: 8)),
                externalClient: PoliteClient(fetcher: elsewhere, options: ClientOptions(obeyRobots: false)),
                opensTargets: true, isLocal: false)
            let crawl = await session.crawl(from: server.url("/"))
            let checklist = try #require(library.checklist(id: expected.checklist))
            return (await session.check(crawl, against: checklist, assessing: FiscalYear(expected.fiscalYear)), server.base)
        }
    }

    @Test("every item comes out as from the mirror")
    func sameAsMirror() async throws {
        let expected = try SiteExpectation.read("amphoe-hub")
        let (result, base) = try await Self.check()
        #expect(result.crawl.pages.count == 12)
        for item in result.items {
            let wanted = try #require(expected.items[item.item.code])
            #expect(item.status == wanted.status, "\(item.item.code): \(item.status.rawValue), expected \(wanted.status.rawValue)")
            if let evidence = wanted.evidence, evidence.hasPrefix("/") {
                #expect(item.evidence.first?.link.link.url?.absoluteString == base + evidence, "\(item.item.code)")
            }
        }
    }

    @Test("a file that answers 404 is broken; a page that answers 429 is review")
    func liveStatuses() async throws {
        let (result, _) = try await Self.check(overrides: [
            "/files/work-manual.pdf": .html("<h1>Not Found</h1>", status: 404),
            "/ita/qa.html": TestServer.Reply(status: 429, headers: ["Retry-After": "0"], body: Data()),
        ])
        let status = Dictionary(uniqueKeysWithValues: result.items.map { ($0.item.code, $0) })
        #expect(status["O11"]?.status == .broken)
        #expect(status["O11"]?.reasons.first?.en.contains("HTTP 404") == true)
        #expect(status["O6"]?.status == .review)
        #expect(status["O6"]?.reasons.first?.th.contains("429") == true)
    }
}
