import Foundation
import OITCore
import OITHTML

/// Crawls one site: the pages an assessor would click through, breadth-first from the start
/// URL with the most promising links first, within depth, page, document and time limits; crawl
/// traps cut off; documents checked, not parsed. It knows nothing about OIT: what is promising
/// is the caller's `priority` function.
public struct Crawler: Sendable {
    public let client: PoliteClient
    public let options: CrawlOptions
    public let normalizer: URLNormalizer
    /// Higher is fetched sooner; given a link's label (asked once per distinct label and crawl:
    /// menus repeat on every page).
    public let priority: @Sendable (String) -> Int
    /// The priority a page the goal asks for is raised to.
    public let wantedPriority: Int

    public init(client: PoliteClient, options: CrawlOptions = CrawlOptions(), normalizer: URLNormalizer = URLNormalizer(),
                wantedPriority: Int = Int.max - 1, priority: @escaping @Sendable (String) -> Int = { _ in 0 }) {
        self.client = client
        self.options = options
        self.normalizer = normalizer
        self.wantedPriority = wantedPriority
        self.priority = priority
    }

    private enum Job: Sendable {
        case page(Frontier.Entry, Result<FetchResponse, FetchError>, HTMLDocument?)
        case document(CheckedDocument, key: String)
    }

    public func crawl(from start: URL, progress: (@Sendable (CrawlProgress) -> Void)? = nil) async -> CrawlResult {
        var everything = ReadEverything()
        return await crawl(from: start, until: &everything, progress: progress)
    }

    /// Crawls until `goal` is met or the limits are reached; the goal is told of every page and
    /// document read, and what it asks for is read first.
    public func crawl<Goal: CrawlGoal>(from start: URL, until goal: inout Goal,
                                       progress: (@Sendable (CrawlProgress) -> Void)? = nil) async -> CrawlResult {
        let started = Date()
        let deadline = started.addingTimeInterval(options.siteBudget)
        let scope = SiteScope(start: start, platforms: options.platforms)
        let startURL = normalizer.clean(start) ?? start
        var state = CrawlState(options: options)
        let startKey = normalizer.key(for: startURL) ?? startURL.absoluteString
        state.frontier.push(startURL, key: startKey, depth: 0, priority: Int.max, via: nil)
        state.seen.insert(startKey)
        let probe = DocumentProbe(client: client, probeBytes: options.documentProbeBytes, timeout: options.requestTimeout)
        let hrefMemo = HrefMemo()
        var budgetExhausted = false
        var goalMet = false
        goal.begin(scope: scope)

        await withTaskGroup(of: Job.self) { group in
            var inFlight = 0
            func check(_ waiting: QueuedDocument) {
                inFlight += 1
                group.addTask { .document(await probe.check(waiting.url, foundOn: waiting.foundOn), key: waiting.key) }
            }
            func startJobs() {
                while inFlight < max(1, options.concurrency), !goalMet {
                    if Task.isCancelled { return }
                    if Date() >= deadline {
                        budgetExhausted = !state.frontier.isEmpty || state.documentCount > 0
                        return
                    }
                    if !state.wantedDocuments.isEmpty {
                        check(state.wantedDocuments.removeFirst())
                    } else if state.pagesStarted < options.maxPages, let entry = state.frontier.pop() {
                        state.pagesStarted += 1
                        inFlight += 1
                        group.addTask { await self.fetchPage(entry, hrefMemo: hrefMemo) }
                    } else if !state.documentQueue.isEmpty {
                        check(state.documentQueue.removeFirst())
                    } else {
                        return
                    }
                }
            }
            startJobs()
            while let job = await group.next() {
                inFlight -= 1
                switch job {
                case .page(let entry, let result, let document):
                    state.wanted.remove(entry.key)
                    switch handlePage(entry, result, document, scope: scope, state: &state, goal: &goal) {
                    case .page(let page): want(goal.read(page), state: &state)
                    case .document(let checked): goal.checked(checked)
                    }
                case .document(let checked, let key):
                    state.wanted.remove(key)
                    state.documents.append(checked)
                    goal.checked(checked)
                }
                if !goalMet {
                    goalMet = goal.isMet(CrawlOutlook(wantedWaiting: state.wanted.count))
                }
                startJobs()
                progress?(CrawlProgress(pagesFetched: state.pages.count, documentsChecked: state.documents.count,
                                        queued: state.frontier.count + state.documentCount, inFlight: inFlight,
                                        lastURL: state.pages.last?.1.finalURL))
            }
        }

        // What was found but never fetched.
        let leftReason: CrawlResult.SkipReason = goalMet ? .goalMet : budgetExhausted ? .budget : .pageLimit
        while let entry = state.frontier.pop() {
            state.skipped.append(.init(url: entry.url, reason: leftReason))
        }
        for waiting in state.wantedDocuments + state.documentQueue {
            state.skipped.append(.init(url: waiting.url, reason: goalMet ? .goalMet : budgetExhausted ? .budget : .documentLimit))
        }
        return CrawlResult(start: startURL, scope: scope, pages: state.pages.sorted { $0.0 < $1.0 }.map(\.1),
                           documents: state.documents, skipped: state.skipped,
                           robots: client.options.obeyRobots ? await client.robots.report : [:],
                           robotsIgnored: !client.options.obeyRobots, budgetExhausted: budgetExhausted,
                           elapsed: Date().timeIntervalSince(started))
    }

    /// Moves what the goal asked for ahead of everything else still queued.
    private func want(_ urls: [URL], state: inout CrawlState) {
        for url in urls {
            guard let key = normalizer.key(for: url), !state.wanted.contains(key) else { continue }
            if state.frontier.contains(key) {
                state.frontier.raise(key: key, depth: Int.max, priority: wantedPriority)
                state.wanted.insert(key)
            } else if let index = state.documentQueue.firstIndex(where: { $0.key == key }) {
                state.wantedDocuments.append(state.documentQueue.remove(at: index))
                state.wanted.insert(key)
            }
        }
    }

    /// Fetches and parses one page (in a child task: pages are parsed in parallel).
    private func fetchPage(_ entry: Frontier.Entry, hrefMemo: HrefMemo) async -> Job {
        let request = FetchRequest(url: entry.url, maxBodyBytes: options.maxPageBytes, timeout: options.requestTimeout)
        do {
            let response = try await client.fetch(request)
            var document: HTMLDocument?
            if response.isSuccess, Self.isPage(response) {
                document = try? HTMLDocument.parse(response.body, url: response.url,
                                                   contentType: response.headers["content-type"],
                                                   textLimit: CrawledPage.textKept, hrefMemo: hrefMemo)
            }
            return .page(entry, .success(response), document)
        } catch {
            return .page(entry, .failure(error), nil)
        }
    }

    /// Whether a response is a web page to read (or a document that happened to be linked like one).
    private static func isPage(_ response: FetchResponse) -> Bool {
        if let mediaType = response.headers.mediaType {
            return MediaType.isHTML(mediaType) || (mediaType == "text/plain" && response.body.first == UInt8(ascii: "<"))
        }
        return response.body.prefix(512).contains(UInt8(ascii: "<"))
    }

    /// What a fetched page turned out to be, as recorded.
    private enum Recorded {
        case page(CrawledPage)
        case document(CheckedDocument)
    }

    private func handlePage<Goal: CrawlGoal>(_ entry: Frontier.Entry, _ result: Result<FetchResponse, FetchError>,
                                             _ document: HTMLDocument?, scope: SiteScope, state: inout CrawlState,
                                             goal: inout Goal) -> Recorded {
        let judge = PageJudge()
        switch result {
        case .failure(let error):
            let verdict: PageVerdict
            if case .robotsDisallowed = error { verdict = .robotsDisallowed } else { verdict = .failed(error) }
            let page = CrawledPage(url: entry.url, finalURL: entry.url, depth: entry.depth, foundOn: entry.via,
                                   status: nil, verdict: verdict, redirects: [], document: nil,
                                   truncated: false, source: nil, elapsed: 0)
            state.pages.append((entry.order, page))
            return .page(page)
        case .success(let response):
            // A link that looked like a page but served a document is a document.
            if response.isSuccess, !Self.isPage(response), document == nil {
                let checked = DocumentProbe.document(entry.url, foundOn: entry.via, response: response, pdfDates: nil)
                state.documents.append(checked)
                return .document(checked)
            }
            if entry.depth == 0, response.isSuccess { state.home = HomeFingerprint(url: response.url, body: response.body) }
            let verdict = judge.verdict(requested: entry.url, response: response, page: document, home: state.home)
            let page = CrawledPage(url: entry.url, finalURL: response.url, depth: entry.depth,
                                   foundOn: entry.via, status: response.status, verdict: verdict,
                                   redirects: response.redirects, document: document,
                                   truncated: response.bodyTruncated, source: response.source,
                                   elapsed: response.elapsed)
            state.pages.append((entry.order, page))
            // The final URL counts as seen too, so a redirect target is not fetched again.
            if let finalKey = normalizer.key(for: response.url) { state.seen.insert(finalKey) }
            if let document, verdict.isVisible {
                enqueueLinks(of: document, at: entry, scope: scope, state: &state, goal: &goal)
            }
            return .page(page)
        }
    }

    private func enqueueLinks<Goal: CrawlGoal>(of document: HTMLDocument, at entry: Frontier.Entry, scope: SiteScope,
                                               state: inout CrawlState, goal: inout Goal) {
        let depth = entry.depth + 1
        func rank(_ label: String) -> Int { goal.priority(ofLabel: label) ?? state.priority(of: label, by: priority) }
        for link in document.links where !link.isDead {
            guard let resolved = link.url, let target = state.target(of: resolved, scope: scope, normalizer: normalizer) else { continue }
            let (url, key) = (target.url, target.key)
            if target.isDocument {
                guard options.checkDocuments, state.documentsSeen.insert(key).inserted else { continue }
                if state.documentsQueued < options.maxDocuments {
                    state.documentsQueued += 1
                    state.documentQueue.append(QueuedDocument(url: url, key: key, foundOn: entry.url))
                } else {
                    state.skipped.append(.init(url: url, reason: .documentLimit))
                }
                continue
            }
            if state.seen.contains(key) {
                // Still waiting: found again closer to the start or by a better link, it moves up.
                // Most links are menus repeated on every page, to pages read already: their
                // labels are not ranked again.
                if state.frontier.contains(key) {
                    state.frontier.raise(key: key, depth: depth, priority: rank(link.text))
                }
                continue
            }
            guard depth <= options.maxDepth else {
                if state.skippedForDepth.insert(key).inserted { state.skipped.append(.init(url: url, reason: .depth)) }
                continue
            }
            if let refusal = state.traps.admit(url) {
                state.seen.insert(key)
                state.skipped.append(.init(url: url, reason: .trap(refusal)))
                continue
            }
            state.seen.insert(key)
            state.frontier.push(url, key: key, depth: depth, priority: rank(link.text), via: entry.url)
        }
    }
}

/// The crawl's bookkeeping, owned by the loop that handles results.
struct CrawlState {
    var frontier = Frontier()
    var seen = Set<String>()
    var skippedForDepth = Set<String>()
    var documentsSeen = Set<String>()
    /// Documents to check, in the order found; those the goal asked for move to `wantedDocuments`.
    var documentQueue: [QueuedDocument] = []
    var wantedDocuments: [QueuedDocument] = []
    /// Keys the goal asked for that are still queued or in flight.
    var wanted = Set<String>()
    var documentsQueued = 0
    var pagesStarted = 0
    var pages: [(Int, CrawledPage)] = []
    var documents: [CheckedDocument] = []
    var skipped: [CrawlResult.Skipped] = []
    var traps: TrapGuard
    var home: HomeFingerprint?

    init(options: CrawlOptions) {
        traps = TrapGuard(limits: options.traps)
    }

    /// Links met before, by their resolved address: menus repeat on every page.
    private var targets: [String: LinkTarget?] = [:]
    /// Link labels ranked, by their bytes (hashing Thai as a String normalises it every time).
    private var priorities: [UTF8Key: Int] = [:]

    /// Documents found and not yet started, wanted or not.
    var documentCount: Int { documentQueue.count + wantedDocuments.count }

    /// Where a resolved link leads, cleaned and keyed; nil when it is off the site or unusable.
    mutating func target(of resolved: URL, scope: SiteScope, normalizer: URLNormalizer) -> LinkTarget? {
        let address = resolved.absoluteString
        if let known = targets[address] { return known }
        var target: LinkTarget?
        if scope.contains(resolved), let (url, key) = normalizer.cleanedWithKey(resolved) {
            target = LinkTarget(url: url, key: key, isDocument: MediaType.isDocument(path: PlainAddress.path(of: url)))
        }
        targets[address] = target
        return target
    }

    mutating func priority(of label: String, by rank: (String) -> Int) -> Int {
        let key = UTF8Key(label)
        if let known = priorities[key] { return known }
        let value = rank(label)
        priorities[key] = value
        return value
    }
}

/// Where an in-scope link leads: the address to fetch, its key, and whether it is a document.
struct LinkTarget {
    let url: URL
    let key: String
    let isDocument: Bool
}

/// A document found and waiting to be checked.
struct QueuedDocument {
    let url: URL
    let key: String
    let foundOn: URL?
}
