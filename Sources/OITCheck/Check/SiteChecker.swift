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
    /// - Parameter reading: what the crawl's goal already classified and dated.
    /// - Parameter progress: hears how many of the candidates to open are done, of how many.
    public func check(_ crawl: CrawlResult, resolver: TargetResolver, reading: SiteReading = SiteReading(),
                      progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> CheckResult {
        // Nearest the start page first, then by address: the same site gives the same report
        // whatever order the pages came back in.
        let ordered = crawl.pages.sorted { ($0.depth, $0.url.absoluteString) < ($1.depth, $1.url.absoluteString) }
        var labels = classifier.memo()
        let pages = ordered.compactMap { page -> CheckResult.PageLinks? in
            guard let document = page.document else { return nil }
            return CheckResult.PageLinks(page: page.url, links: reading.classified[page.url] ?? classifier.classify(document, memo: &labels))
        }
        let wanted = Set(checklist.concepts)
        // The same link on many pages (a menu) is judged once, on the first page in that order.
        var keys = TargetKeys()
        let found = pages.flatMap { page in
            page.links.filter { !wanted.isDisjoint(with: $0.concepts) }.map { (page: page.page, link: $0, id: keys.id(of: $0.link)) }
        }
        // Room for all at once: growing the set hashed every key again at each step.
        var seen = Set<CandidateKey>(minimumCapacity: found.count)
        let candidates = found.filter { seen.insert(CandidateKey($0.link, target: $0.id)).inserted }
        let judge = CandidateJudge(assessed: fiscalYear, scope: crawl.scope, isLocal: isLocal)
        let itemJudge = ItemJudge(lexicon: classifier.lexicon, pagesRead: crawl.pages.count,
                                  pagesSkipped: crawl.cutOffURLCount,
                                  unreachable: crawl.siteUnreachable ? (crawl.startPage?.verdict.description ?? "no answer") : nil)
        // Each target's dates are read once, however many links and items lead to it.
        var targetDates: [String: TargetDates] = [:]
        // What the first round judged of a candidate for an item (by their indices): its target
        // is the same in the second round, and so is the judgement.
        var judged: [Int: Candidate] = [:]
        // The candidates of each item (by number, in order): those with a concept of the item.
        var byConcept: [ConceptID: [Int]] = [:]
        for (number, candidate) in candidates.enumerated() {
            for concept in Set(candidate.link.concepts) where wanted.contains(concept) { byConcept[concept, default: []].append(number) }
        }
        let concerned = checklist.items.map { item in
            item.concepts.count == 1 ? byConcept[item.concepts[0]] ?? [] : Set(item.concepts.flatMap { byConcept[$0] ?? [] }).sorted()
        }
        func decide(_ index: Int, _ item: ChecklistItem, targets: [String: Target], remember: Bool) -> ItemResult {
            var mine: [Candidate] = []
            for number in concerned[index] {
                let candidate = candidates[number]
                let key = number * checklist.items.count + index
                if let known = judged[key] {
                    mine.append(known)
                    continue
                }
                guard let target = targets[candidate.id] else { continue }
                let dates = targetDates[candidate.id] ?? reading.dates(of: target, key: candidate.id)
                targetDates[candidate.id] = dates
                let judgement = judge.judge(candidate.link, on: candidate.page, target: target, targetID: candidate.id,
                                            targetDates: dates, for: item)
                if remember { judged[key] = judgement }
                mine.append(judgement)
            }
            return itemJudge.judge(item, candidates: mine)
        }
        // An item that passes on what the crawl read needs nothing opened: a pass is the best
        // verdict there is. Only the candidates of the other items are opened.
        let links = candidates.map(\.link.link)
        let read = await resolver.resolve(links, opening: { _ in false })
        let open = checklist.items.enumerated().filter { decide($0, $1, targets: read, remember: true).status != .pass }
            .map { Set($0.element.concepts) }
        let needed = Set(candidates.filter { candidate in open.contains { !$0.isDisjoint(with: candidate.link.concepts) } }.map(\.id))
        let targets = await resolver.resolve(links, opening: needed.contains, progress: progress)
        let items = checklist.items.enumerated().map { decide($0, $1, targets: targets, remember: false) }
        return CheckResult(checklist: checklist, fiscalYear: fiscalYear, crawl: crawl, pages: pages, items: items,
                           score: Score(statuses: items.map(\.status)))
    }
}
