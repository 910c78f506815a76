import Foundation
import OITCore
import OITCrawler
import OITHTML

/// The goal of a check's crawl: every item of the form decided. It reads each page as it comes
/// (classifying its links once, for the check to reuse), asks for the candidates of undecided
/// items to be read first, and judges them as soon as they are. The crawl may stop when every
/// item passes (nothing found later can beat a pass), or when the search has gone quiet: nothing
/// it asked for is waiting (a link named like an undecided item is itself a candidate, so every
/// such page is read) and the last `quietPages` pages read brought no new candidate for an item
/// still undecided.
public struct ItemsGoal: CrawlGoal, Sendable {
    /// Chooses the form once the home page is read: from the start address and the page title.
    public typealias FormChoice = @Sendable (_ start: URL, _ homeTitle: String) -> Checklist?

    public let classifier: LinkClassifier
    public let assessed: FiscalYear
    public let isLocal: Bool
    /// Whether the crawl may stop before its limits; when not, the goal only classifies.
    public let stopsEarly: Bool
    public let quietPages: Int
    private let chooseForm: FormChoice

    /// The form being decided, once the home page is read.
    public private(set) var form: Checklist? {
        didSet { formConcepts = Set(form?.concepts ?? []) }
    }
    /// The concepts of the form's items (asked of every link of every page).
    private var formConcepts = Set<ConceptID>()
    /// Every page's classified links and every judged target's dates, for the check to reuse.
    public private(set) var reading = SiteReading()
    private var scope: SiteScope?
    private var judge: CandidateJudge?
    /// What each target read turned out to be, by target key.
    private var targets: [String: Target] = [:]
    /// Candidates on the site whose target is not read yet, by target key.
    private var waiting: [String: [(link: ClassifiedLink, page: URL)]] = [:]
    private var candidateTargets = Set<String>()
    private var candidates = Set<CandidateKey>()
    private var keys = TargetKeys()
    /// Item codes decided (any), and "code concept" pairs decided (all).
    private var passed = Set<String>()
    private var quiet = 0
    private var labels: LabelMemo

    public init(classifier: LinkClassifier, assessed: FiscalYear, isLocal: Bool, stopsEarly: Bool = true,
                quietPages: Int = 10, form: @escaping FormChoice) {
        self.classifier = classifier
        self.labels = classifier.memo()
        self.assessed = assessed
        self.isLocal = isLocal
        self.stopsEarly = stopsEarly
        self.quietPages = quietPages
        self.chooseForm = form
    }

    public mutating func begin(scope: SiteScope) {
        self.scope = scope
        judge = CandidateJudge(assessed: assessed, scope: scope, isLocal: isLocal)
    }

    public mutating func read(_ page: CrawledPage) -> [URL] {
        if form == nil, page.depth == 0 { form = chooseForm(page.url, page.document?.title ?? "") }
        for url in [page.url, page.finalURL] {
            if let key = TargetResolver.normalizer.key(for: url) { settle(key, as: .page(page)) }
        }
        guard let document = page.document else { return [] }
        let links = classifier.classify(document, memo: &labels)
        reading.classified[page.url] = links
        guard form != nil else { return [] }
        var wanted: [URL] = []
        var news = false
        for link in links where link.concepts.contains(where: formConcepts.contains) {
            let id = keys.id(of: link.link)
            // The same link on another page (a menu) says nothing new.
            guard candidates.insert(CandidateKey(link, target: id)).inserted else { continue }
            let open = concernsUndecided(link)
            if candidateTargets.insert(id).inserted, open { news = true }
            if let target = targets[id] ?? TargetResolver.settledWithoutOpening(link.link) {
                targets[id] = target
                evaluate(link, on: page.url, target: target, key: id)
            } else if let url = link.link.url, scope?.contains(url) == true {
                waiting[id, default: []].append((link, page.url))
                if open { wanted.append(url) }
            }
            // A candidate on another site is opened by the check, whatever the crawl reads.
        }
        quiet = news ? 0 : quiet + 1
        return wanted
    }

    public mutating func checked(_ document: CheckedDocument) {
        if let key = TargetResolver.normalizer.key(for: document.url) { settle(key, as: .document(document)) }
    }

    /// The crawl ranks a link by the reading of its label the goal makes anyway.
    public mutating func priority(ofLabel label: String) -> Int? {
        labels.label(label, lexicon: classifier.lexicon).crawlPriority
    }

    public func isMet(_ outlook: CrawlOutlook) -> Bool {
        guard stopsEarly, let form else { return false }
        if form.items.allSatisfy(isDecided) { return true }
        return outlook.wantedWaiting == 0 && quiet >= quietPages
    }

    private mutating func settle(_ key: String, as target: Target) {
        guard targets[key] == nil else { return }
        targets[key] = target
        for candidate in waiting.removeValue(forKey: key) ?? [] {
            evaluate(candidate.link, on: candidate.page, target: target, key: key)
        }
    }

    private mutating func evaluate(_ link: ClassifiedLink, on page: URL, target: Target, key: String) {
        guard let form, let judge else { return }
        // A link names a concept or two: compared in place, not hashed into a set for every item.
        let concepts = link.concepts
        // By index: binding every item of the form copied all its fields, for each candidate.
        for index in form.items.indices
        where form.items[index].concepts.contains(where: concepts.contains) && !isDecided(form.items[index]) {
            let item = form.items[index]
            let dates = reading.remember(target, key: key)
            let candidate = judge.judge(link, on: page, target: target, targetID: key, targetDates: dates, for: item)
            guard candidate.status == .pass else { continue }
            switch item.match {
            case .any: passed.insert(item.code)
            case .all: for concept in item.concepts where concepts.contains(concept) { passed.insert(item.code + " " + concept.rawValue) }
            }
        }
    }

    private func concernsUndecided(_ link: ClassifiedLink) -> Bool {
        form?.items.contains { $0.concepts.contains(where: link.concepts.contains) && !isDecided($0) } ?? false
    }

    private func isDecided(_ item: ChecklistItem) -> Bool {
        switch item.match {
        case .any: return passed.contains(item.code)
        case .all: return item.concepts.allSatisfy { passed.contains(item.code + " " + $0.rawValue) }
        }
    }
}
