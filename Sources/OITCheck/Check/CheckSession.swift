import Foundation
import OITCore
import OITCrawler
import OITHTML

/// One check of one site, start to end: crawl with the links that name items read first, then
/// classify, verify and score against a form. The command and the tests run checks through it,
/// so that what is tested is what runs.
public struct CheckSession: Sendable {
    public let lexicon: Lexicon
    /// Every shipped form, to resolve item codes on pages by the year the page names.
    public let forms: [Checklist]
    public let crawlOptions: CrawlOptions
    /// Reads the site (and opens in-scope candidates the crawl did not reach).
    public let client: PoliteClient
    /// Opens candidates on other sites; nil when it may not (a saved page).
    public let externalClient: PoliteClient?
    /// Whether candidates the crawl did not read may be opened at all (not for one saved page,
    /// whose links name files that are not beside it).
    public let opensTargets: Bool
    /// The site is read from disk.
    public let isLocal: Bool
    /// One classifier for every site of the session: what it learns of a label (sites built on
    /// one template share their menus) serves the next site, and its tables are built once.
    private let classifier: LinkClassifier

    public init(lexicon: Lexicon, forms: [Checklist], crawlOptions: CrawlOptions, client: PoliteClient,
                externalClient: PoliteClient?, opensTargets: Bool, isLocal: Bool) {
        self.lexicon = lexicon
        self.forms = forms
        self.crawlOptions = crawlOptions
        self.client = client
        self.externalClient = externalClient
        self.opensTargets = opensTargets
        self.isLocal = isLocal
        self.classifier = LinkClassifier(lexicon: lexicon, forms: forms)
    }

    /// Reads the site from `start`, the hub page and links named like items first.
    public func crawl(from start: URL, progress: (@Sendable (CrawlProgress) -> Void)? = nil) async -> CrawlResult {
        await crawler.crawl(from: start, progress: progress)
    }

    /// The crawler of this session: links named like a concept or the hub are read first.
    private var crawler: Crawler {
        let lexicon = self.lexicon
        return Crawler(client: client, options: crawlOptions, wantedPriority: Lexicon.candidatePriority) { label in
            lexicon.crawlPriority(of: NormalizedText(label))
        }
    }

    /// The goal of a crawl that decides `form`'s items (chosen once the home page is read) for
    /// the fiscal year `assessed`; with `stopsEarly` off it reads everything within the limits.
    public func goal(assessing assessed: FiscalYear, stopsEarly: Bool, form: @escaping ItemsGoal.FormChoice) -> ItemsGoal {
        ItemsGoal(classifier: classifier, assessed: assessed, isLocal: isLocal,
                  stopsEarly: stopsEarly, form: form)
    }

    /// Reads the site from `start` until `goal` is met: the hub, the links named like items and
    /// the candidates of undecided items first.
    public func crawl(from start: URL, until goal: inout ItemsGoal,
                      progress: (@Sendable (CrawlProgress) -> Void)? = nil) async -> CrawlResult {
        await crawler.crawl(from: start, until: &goal, progress: progress)
    }

    /// Decides every item of `checklist` from what `crawl` read, for the fiscal year `assessed`.
    /// `progress` hears how many of the links to verify are done, of how many.
    /// `reading`: what the crawl's goal already classified and dated.
    public func check(_ crawl: CrawlResult, against checklist: Checklist, assessing assessed: FiscalYear,
                      reading: SiteReading = SiteReading(),
                      progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> CheckResult {
        let checker = SiteChecker(checklist: checklist, fiscalYear: assessed,
                                  classifier: classifier, isLocal: isLocal)
        let resolver = TargetResolver(crawl: crawl, client: opensTargets ? client : nil,
                                      externalClient: opensTargets ? externalClient : nil, options: crawlOptions)
        return await checker.check(crawl, resolver: resolver, reading: reading, progress: progress)
    }

    /// The form of the site's kind of agency, guessed from its address and home page title.
    public func agencyType(of crawl: CrawlResult) -> AgencyType {
        AgencyTypeGuess.guess(start: crawl.start, title: crawl.startPage?.document?.title ?? "")
    }
}
