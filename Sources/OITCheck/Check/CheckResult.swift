import Foundation
import OITCore
import OITCrawler

/// Everything one check of one site found: the crawl, every link with its concepts, every
/// item's verdict, and the score.
public struct CheckResult: Sendable {
    /// The links of one page read, as classified.
    public struct PageLinks: Sendable {
        public let page: URL
        public let links: [ClassifiedLink]
    }

    public let checklist: Checklist
    public let fiscalYear: FiscalYear
    public let crawl: CrawlResult
    public let pages: [PageLinks]
    public let items: [ItemResult]
    public let score: Score

    public func count(of status: ItemStatus) -> Int { items.filter { $0.status == status }.count }
}
