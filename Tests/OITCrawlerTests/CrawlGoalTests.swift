import Foundation
import Testing
@testable import OITCrawler
import OITHTML

/// A goal that wants the hub's document as soon as the hub is read, and has enough once that
/// document is checked; it keeps the order in which things reached it.
private struct HubDocumentGoal: CrawlGoal {
    var order: [String] = []
    var scope: SiteScope?
    var documentChecked = false

    mutating func begin(scope: SiteScope) { self.scope = scope }

    mutating func read(_ page: CrawledPage) -> [URL] {
        order.append(page.url.path)
        guard page.url.path == "/ita.php" else { return [] }
        return page.document?.links.compactMap(\.url).filter { $0.path == "/files/o1.pdf" || $0.path == "/o4.php" } ?? []
    }

    mutating func checked(_ document: CheckedDocument) {
        order.append(document.url.path)
        if document.url.path == "/files/o1.pdf" { documentChecked = true }
    }

    func isMet(_ outlook: CrawlOutlook) -> Bool { documentChecked && outlook.wantedWaiting == 0 }
}

@Suite("A crawl with a goal")
struct CrawlGoalTests {
    static let start = URL(string: "https://www.example.go.th/")!

    func crawler(_ fetcher: InMemoryFetcher, priority: @escaping @Sendable (String) -> Int = { _ in 0 }) -> Crawler {
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 1, interval: 0, global: 1))
        return Crawler(client: client, options: CrawlOptions(concurrency: 1, traps: .init(perQueryShape: 5)),
                       wantedPriority: 5, priority: priority)
    }

    @Test("what the goal asks for is read before everything else queued, and the crawl stops once it is met")
    func stopsOnceMet() async throws {
        let site = agencySite()
        var goal = HubDocumentGoal()
        let hubFirst: @Sendable (String) -> Int = { label in label.contains("ITA") ? 10 : 0 }
        let result = await crawler(site, priority: hubFirst).crawl(from: Self.start, until: &goal)
        #expect(goal.scope?.domain == "example.go.th")
        // The hub, then what it asked for (the document first), and nothing after that.
        #expect(goal.order == ["/", "/ita.php", "/files/o1.pdf", "/o4.php"])
        #expect(result.stoppedEarly)
        #expect(result.skipped.contains { $0.url.path == "/structure.php" && $0.reason == .goalMet })
        // plan.pdf was queued before the hub asked for o1.pdf, and is left unchecked.
        #expect(result.skipped.contains { $0.url.path == "/files/plan.pdf" && $0.reason == .goalMet })
        #expect(!site.received.contains { $0.url.path == "/files/plan.pdf" })
        #expect(result.cutOffURLCount == 0)
        #expect(!result.budgetExhausted)
    }

    @Test("with no goal, or one never met, every page within the limits is read")
    func readsEverythingOtherwise() async throws {
        let plain = await crawler(agencySite()).crawl(from: Self.start)
        struct Never: CrawlGoal {
            mutating func begin(scope: SiteScope) {}
            mutating func read(_ page: CrawledPage) -> [URL] { [] }
            mutating func checked(_ document: CheckedDocument) {}
            func isMet(_ outlook: CrawlOutlook) -> Bool { false }
        }
        var never = Never()
        let withGoal = await crawler(agencySite()).crawl(from: Self.start, until: &never)
        #expect(!plain.stoppedEarly && !withGoal.stoppedEarly)
        #expect(Set(plain.pages.map(\.url)) == Set(withGoal.pages.map(\.url)))
        #expect(Set(plain.documents.map(\.url)) == Set(withGoal.documents.map(\.url)))
        #expect(!plain.skipped.contains { $0.reason == .goalMet })
    }
}
