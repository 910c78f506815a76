import Foundation

/// What a crawl is for, told of everything it reads, so that it can stop once it has enough.
/// The crawler knows nothing of OIT: the goal decides what is worth reading next (the addresses
/// `read(_:)` returns are fetched before anything else still queued) and when the rest is not
/// worth reading (``isMet(_:)``; what is in flight is still finished and told).
public protocol CrawlGoal {
    /// Called once, before the first page, with the site's scope.
    mutating func begin(scope: SiteScope)
    /// A page was read (or failed). Returns the addresses it wants read next.
    mutating func read(_ page: CrawledPage) -> [URL]
    /// A document was checked.
    mutating func checked(_ document: CheckedDocument)
    /// Whether the crawl may stop now, given what is still waiting.
    func isMet(_ outlook: CrawlOutlook) -> Bool
    /// How soon a link labelled `label` is worth following, from a goal that reads labels anyway
    /// (so that each is read once); nil leaves it to the crawler's own `priority`.
    mutating func priority(ofLabel label: String) -> Int?
}

extension CrawlGoal {
    public mutating func priority(ofLabel label: String) -> Int? { nil }
}

/// What a crawl has still to do, for a goal deciding whether to stop.
public struct CrawlOutlook: Sendable {
    /// Addresses the goal asked for that are queued or in flight.
    public let wantedWaiting: Int
}

/// No goal: read everything within the limits.
public struct ReadEverything: CrawlGoal {
    public init() {}
    public mutating func begin(scope: SiteScope) {}
    public mutating func read(_ page: CrawledPage) -> [URL] { [] }
    public mutating func checked(_ document: CheckedDocument) {}
    public func isMet(_ outlook: CrawlOutlook) -> Bool { false }
}
