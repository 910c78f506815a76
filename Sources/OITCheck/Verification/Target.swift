import Foundation
import OITCrawler
import OITHTML

/// Where a candidate link leads, as far as the check could tell.
public enum Target: Sendable {
    /// A page the crawl read.
    case page(CrawledPage)
    /// A document the crawl checked.
    case document(CheckedDocument)
    /// Fetched to verify it (a page beyond the crawl's limits, or on another site).
    case fetched(FetchResponse, HTMLDocument?, PageVerdict)
    /// No answer.
    case failed(FetchError)
    /// The link leads nowhere (`#`, `javascript:`, empty).
    case dead(Link.DeadReason)
    /// Not opened, and why (offline run, a social network the assessor opens logged in).
    case unverified(Unverified)

    public enum Unverified: Hashable, Sendable {
        /// The run may not open links (a saved page, an offline run).
        case offline
        /// The run opens the agency's own site only.
        case otherSite
        /// A social network, which the assessor opens logged in.
        case socialNetwork
        case unreadableAddress
    }

    /// The URL it ended at, if it was opened.
    public var finalURL: URL? {
        switch self {
        case .page(let page): return page.finalURL
        case .document(let document): return document.finalURL
        case .fetched(let response, _, _): return response.url
        default: return nil
        }
    }

    /// The status a click would get: a document answering our range request with 206 is a 200.
    public var httpStatus: Int? {
        let status: Int?
        switch self {
        case .page(let page): status = page.status
        case .document(let document): status = document.status
        case .fetched(let response, _, _): status = response.status
        default: status = nil
        }
        return status == 206 ? 200 : status
    }

    /// The page's title and first headings, when it is a page.
    var headline: String? {
        let document: HTMLDocument?
        switch self {
        case .page(let page): document = page.document
        case .fetched(_, let page, _): document = page
        default: document = nil
        }
        guard let document else { return nil }
        return ([document.title] + document.headings.prefix(4).map(\.text)).joined(separator: " ")
    }

    /// The start of the page's visible text as UTF-8 (cut on a whole scalar), when it is a page.
    var textUTF8: ArraySlice<UInt8>? {
        switch self {
        case .page(let page): return page.document.map { $0.textUTF8.prefix(wholeScalarsIn: CrawledPage.textKept) }
        case .fetched(_, let page, _): return page.map { $0.textUTF8.prefix(wholeScalarsIn: CrawledPage.textKept) }
        default: return nil
        }
    }
}
