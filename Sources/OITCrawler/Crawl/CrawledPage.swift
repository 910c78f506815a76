import Foundation
import OITHTML

/// A page the crawl fetched (or tried to), with what it turned out to be.
public struct CrawledPage: Hashable, Sendable {
    /// UTF-8 bytes of a page's text a crawl reads and keeps (the parse stops there): a check
    /// reads dates from the start of a page's text, and a verdict only asks whether it is short.
    /// 12,000 bytes hold at least 4,000 characters of Thai (3 bytes a letter) or of any mix of
    /// it with Latin letters, digits and spaces.
    public static let textKept = 12_000

    /// The URL as queued (cleaned of fragments and tracking parameters).
    public let url: URL
    /// Where it ended after redirects.
    public let finalURL: URL
    public let depth: Int
    /// The page it was found on; nil for the start page.
    public let foundOn: URL?
    /// HTTP status, or nil when no response came.
    public let status: Int?
    public let verdict: PageVerdict
    public let redirects: [FetchResponse.Redirect]
    /// The page's content, when it was HTML and could be read.
    public let document: HTMLDocument?
    /// The body was cut off at the size limit.
    public let truncated: Bool
    public let source: FetchResponse.Source?
    public let elapsed: Double

    public init(url: URL, finalURL: URL, depth: Int, foundOn: URL?, status: Int?, verdict: PageVerdict,
                redirects: [FetchResponse.Redirect], document: HTMLDocument?, truncated: Bool,
                source: FetchResponse.Source?, elapsed: Double) {
        self.url = url
        self.finalURL = finalURL
        self.depth = depth
        self.foundOn = foundOn
        self.status = status
        self.verdict = verdict
        self.redirects = redirects
        self.document = document
        self.truncated = truncated
        self.source = source
        self.elapsed = elapsed
    }
}
