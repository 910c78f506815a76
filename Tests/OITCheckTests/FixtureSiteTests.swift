import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler
import Testing

/// Every item of the form on every fixture site, as `fixtures/sites/NAME.expected` says: a hub
/// page, dropdown-only and image-only links, a "#" link, last year's plan, a Thai-digit year,
/// an external e-GP page, a login wall, a soft 404, and a site with none of the items.
@Suite("Fixture sites: every item's status")
struct FixtureSiteTests {
    static let expectations = (try? SiteExpectation.all()) ?? []

    /// Checks a mirrored fixture folder exactly as `oit check FOLDER` does: from disk, other
    /// sites from their own folders in it.
    static func check(_ expected: SiteExpectation) async throws -> CheckResult {
        let library = Repository.library
        let folder = Repository.sites.appendingPathComponent(expected.name)
        let fetcher = FileFetcher(mirror: folder, origin: expected.origin)
        let limiter = HostLimiter(perHost: 4, interval: 0, global: 8)
        let session = CheckSession(
            lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
            client: PoliteClient(fetcher: fetcher, limiter: limiter),
            externalClient: PoliteClient(fetcher: fetcher, limiter: limiter, options: ClientOptions(obeyRobots: false)),
            opensTargets: true, isLocal: true)
        let crawl = await session.crawl(from: expected.origin)
        let checklist = try #require(library.checklist(id: expected.checklist))
        return await session.check(crawl, against: checklist, assessing: FiscalYear(expected.fiscalYear))
    }

    @Test("there are expectation files for the fixture sites")
    func expectationsExist() {
        #expect(Set(Self.expectations.map(\.name)).isSuperset(of: ["amphoe-hub", "no-items", "sao-example"]))
    }

    @Test("every item has the expected status and evidence", arguments: expectations)
    func itemsMatch(_ expected: SiteExpectation) async throws {
        let result = try await Self.check(expected)
        #expect(result.items.count == result.checklist.items.count)
        for item in result.items {
            let code = item.item.code
            guard let wanted = expected.items[code]?.status ?? expected.otherwise else {
                Issue.record("\(expected.name).expected says nothing of \(code)")
                continue
            }
            let shown = item.evidence.first.map { "\($0.link.link.href) -> \($0.status.rawValue) \($0.reason?.en ?? "")" } ?? "no evidence"
            #expect(item.status == wanted, "\(expected.name) \(code): \(item.status.rawValue), expected \(wanted.rawValue); \(shown)")
            if let evidence = expected.items[code]?.evidence {
                let best = item.evidence.first?.link.link.url?.absoluteString
                #expect(best == expected.url(evidence), "\(expected.name) \(code): best evidence \(best ?? "none")")
            }
            if item.status != .pass {
                #expect(!item.reasons.isEmpty && item.reasons.allSatisfy { !$0.th.isEmpty && !$0.en.isEmpty },
                        "\(expected.name) \(code): a \(item.status.rawValue) without a reason in Thai and English")
            }
        }
        #expect(Set(expected.items.keys).isSubset(of: Set(result.items.map(\.item.code))), "codes not in the form")
    }

    @Test("the score is the mean of 100 per pass, with the if-fixed score beside it")
    func score() async throws {
        let expected = try SiteExpectation.read("amphoe-hub")
        let result = try await Self.check(expected)
        let statuses = expected.items.values.map(\.status)
        let passes = statuses.filter { $0 == .pass }.count
        let fixable = statuses.filter { $0 != .pass && $0 != .missing }.count
        #expect(result.score.passed == passes)
        #expect(abs(result.score.value - Double(passes) * 100 / 30) < 0.01)
        #expect(abs(result.score.ifFixed - Double(passes + fixable) * 100 / 30) < 0.01)
        #expect(!result.score.meetsPassLine)
    }
}
