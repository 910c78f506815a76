import Foundation
import OITCore
import OITCrawler

/// The check after the crawl: classify every link read, open the candidates of the checklist's
/// items, decide every item, and score the form.
public struct SiteChecker: Sendable {
    public let checklist: Checklist
    public let fiscalYear: FiscalYear
    public let classifier: LinkClassifier
    /// Whether the site was read from disk.
    public let isLocal: Bool

    public init(checklist: Checklist, fiscalYear: FiscalYear, classifier: LinkClassifier, isLocal: Bool) {
        self.checklist = checklist
        self.fiscalYear = fiscalYear
        self.classifier = classifier
        self.isLocal = isLocal
    }

    /// - Parameter resolver: finds where candidate links lead (in the crawl, or by opening them).
    /// - Parameter classified: links already classified during the crawl, by page address.
    /// - Parameter progress: hears how many of the candidates to open are done, of how many.
    public func check(_ crawl: CrawlResult, resolver: TargetResolver, classified: [URL: [ClassifiedLink]] = [:],
                      progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> CheckResult {
        // Nearest the start page first, then by address: the same site gives the same report
        // whatever order the pages came back in.
        let ordered = crawl.pages.sorted { ($0.depth, $0.url.absoluteString) < ($1.depth, $1.url.absoluteString) }
        let pages = ordered.compactMap { page -> CheckResult.PageLinks? in
            guard let document = page.document else { return nil }
            return CheckResult.PageLinks(page: page.url, links: classified[page.url] ?? classifier.classify(document))
        }
        let wanted = Set(checklist.concepts)
        let candidates = pages.flatMap { page in
            page.links.filter { !wanted.isDisjoint(with: $0.concepts) }.map { (page: page.page, link: $0, id: TargetResolver.id(of: $0.link)) }
        }
        let targets = await resolver.resolve(candidates.map(\.link.link), progress: progress)
        let judge = CandidateJudge(assessed: fiscalYear, scope: crawl.scope, isLocal: isLocal)
        let itemJudge = ItemJudge(lexicon: classifier.lexicon, pagesRead: crawl.pages.count,
                                  pagesSkipped: crawl.cutOffURLCount,
                                  unreachable: crawl.siteUnreachable ? (crawl.startPage?.verdict.description ?? "no answer") : nil)
        // Each target's dates are read once, however many links and items lead to it.
        let targetDates = targets.mapValues(PeriodJudge.dates(of:))
        let items = checklist.items.map { item in
            let concepts = Set(item.concepts)
            let mine = candidates.filter { !concepts.isDisjoint(with: $0.link.concepts) }.map { candidate in
                judge.judge(candidate.link, on: candidate.page, target: targets[candidate.id] ?? .unverified(.offline),
                            targetDates: targetDates[candidate.id] ?? [], for: item)
            }
            return itemJudge.judge(item, candidates: mine)
        }
        return CheckResult(checklist: checklist, fiscalYear: fiscalYear, crawl: crawl, pages: pages, items: items,
                           score: Score(statuses: items.map(\.status)))
    }
}
