import Foundation

/// Where a crawl stands, for a progress line.
public struct CrawlProgress: Hashable, Sendable {
    public let pagesFetched: Int
    public let documentsChecked: Int
    public let queued: Int
    public let inFlight: Int
    /// The URL that just finished.
    public let lastURL: URL?
}
