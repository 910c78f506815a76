import Foundation

/// What the crawl's goal worked out while the site was read, for the check to reuse instead of
/// doing it again: every page's classified links, and the dates of every target it judged.
public struct SiteReading: Sendable {
    /// Classified links, by page address.
    public internal(set) var classified: [URL: [ClassifiedLink]] = [:]
    /// A target's dates, by target key, with the address it ended at.
    var dates: [String: (finalURL: URL?, dates: TargetDates)] = [:]

    public init() {}

    /// The dates of `target`, read again only when the goal did not read them for this same target.
    func dates(of target: Target, key: String) -> TargetDates {
        if let known = dates[key], known.finalURL == target.finalURL { return known.dates }
        return TargetDates(target)
    }

    /// The dates of `target` under `key`, read once.
    mutating func remember(_ target: Target, key: String) -> TargetDates {
        let known = dates(of: target, key: key)
        dates[key] = (target.finalURL, known)
        return known
    }
}
