import Foundation
import OITCrawler
import OITHTML

/// Finds where candidate links lead: in what the crawl already read, or by opening them (a page
/// beyond the crawl's limits, a page or document on another site). Never opens anything when
/// the run is offline; never opens social networks (the assessor opens them logged in).
public struct TargetResolver: Sendable {
    let crawl: CrawlResult
    /// Opens in-scope targets the crawl did not reach; nil when the run may not use the network.
    let client: PoliteClient?
    /// Opens targets on other sites: one request, as a click would, without robots.txt.
    let externalClient: PoliteClient?
    /// The crawl's limits, which opening a target keeps to as well (timeout, body size, probe bytes).
    let options: CrawlOptions
    static let normalizer = URLNormalizer()
    private let pages: [String: CrawledPage]
    private let documents: [String: CheckedDocument]

    static let socialHosts = ["facebook.com", "fb.com", "fb.me", "youtube.com", "youtu.be", "line.me", "lin.ee",
                              "twitter.com", "x.com", "tiktok.com", "instagram.com", "messenger.com"]

    public init(crawl: CrawlResult, client: PoliteClient?, externalClient: PoliteClient?, options: CrawlOptions = CrawlOptions()) {
        self.crawl = crawl
        self.client = client
        self.externalClient = externalClient
        self.options = options
        var pages: [String: CrawledPage] = [:]
        for page in crawl.pages {
            for url in [page.url, page.finalURL] {
                if let key = Self.normalizer.key(for: url), pages[key] == nil { pages[key] = page }
            }
        }
        var documents: [String: CheckedDocument] = [:]
        for document in crawl.documents {
            if let key = Self.normalizer.key(for: document.url) { documents[key] = document }
        }
        self.pages = pages
        self.documents = documents
    }

    /// Where each of `links` leads, opening each URL at most once; `progress` hears how many of
    /// those to open are done, of how many. A link the crawl did not settle and `opening` turns
    /// down (given its target key, ``id(of:)``) is left out.
    public func resolve(_ links: [Link], opening: (_ id: String) -> Bool = { _ in true },
                        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async -> [String: Target] {
        var targets: [String: Target] = [:]
        var toOpen: [String: URL] = [:]
        for link in links {
            let id = Self.id(of: link)
            guard targets[id] == nil, toOpen[id] == nil else { continue }
            // A link's id is its URL's key (a dead or unreadable one's never matches a page).
            if let page = pages[id] { targets[id] = .page(page); continue }
            if let document = documents[id] { targets[id] = .document(document); continue }
            if let known = Self.settledWithoutOpening(link) { targets[id] = known; continue }
            if let url = link.url, opening(id) { toOpen[id] = url }
        }
        let total = toOpen.count
        await withTaskGroup(of: (String, Target).self) { group in
            for (id, url) in toOpen.sorted(by: { $0.key < $1.key }) {
                group.addTask { (id, await self.open(url)) }
            }
            var done = 0
            for await (id, target) in group {
                targets[id] = target
                done += 1
                progress?(done, total)
            }
        }
        return targets
    }

    /// Where a link leads when that is known without opening it: nowhere (`#`), an address that
    /// cannot be read, or a social network (which the assessor opens logged in).
    static func settledWithoutOpening(_ link: Link) -> Target? {
        if let reason = link.deadReason { return .dead(reason) }
        guard let url = link.url, normalizer.key(for: url) != nil else { return .unverified(.unreadableAddress) }
        return isSocial(url) ? .unverified(.socialNetwork) : nil
    }

    /// The key candidates are looked up by: where the link leads. Links that lead nowhere are
    /// keyed by their href, not by the page they sit on (`#` resolves to the page itself).
    static func id(of link: Link) -> String {
        if link.isDead { return "dead:" + link.href }
        return link.url.flatMap { normalizer.key(for: $0) } ?? "href:" + link.href
    }

    private func open(_ url: URL) async -> Target {
        let inScope = crawl.scope.contains(url)
        guard let client = inScope ? client : externalClient else {
            return .unverified(!inScope && client != nil ? .otherSite : .offline)
        }
        // A document is checked as the crawl checks one; a failure is kept on its record.
        if MediaType.isDocument(path: url.path) {
            let probe = DocumentProbe(client: client, probeBytes: options.documentProbeBytes, timeout: options.requestTimeout)
            return .document(await probe.check(url, foundOn: nil))
        }
        do {
            let response = try await client.fetch(FetchRequest(url: url, maxBodyBytes: options.maxPageBytes,
                                                               timeout: options.requestTimeout))
            let isPage = MediaType.isHTML(response.headers.mediaType) || response.headers.mediaType == nil
            let page = response.isSuccess && isPage
                ? try? HTMLDocument.parse(response.body, url: response.url, contentType: response.headers["content-type"],
                                         textLimit: CrawledPage.textKept)
                : nil
            let verdict = PageJudge().verdict(requested: url, response: response, page: page, home: nil)
            return .fetched(response, page, verdict)
        } catch {
            return .failed(error)
        }
    }

    static func isSocial(_ url: URL) -> Bool {
        guard let host = url.host?.lowercased() else { return false }
        return socialHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
