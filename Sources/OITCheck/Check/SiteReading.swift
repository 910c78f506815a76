import Foundation

/// What the crawl's goal worked out while the site was read, for the check to reuse instead of
/// doing it again: every page's classified links, and the dates of every target it judged.
public struct SiteReading: Sendable {
    /// Classified links, by page address.
    public internal(set) var classified: [URL: [ClassifiedLink]] = [:]
    /// A target's dates, by target key, with the address it ended at.
    var dates: [String: (finalURL: URL?, groups: [(EvidenceDate.Source, [EvidenceDate])])] = [:]

    public init() {}

    /// The dates of `target`, read again only when the goal did not read them for this same target.
    func dates(of target: Target, key: String) -> [(EvidenceDate.Source, [EvidenceDate])] {
        if let known = dates[key], known.finalURL == target.finalURL { return known.groups }
        return PeriodJudge.dates(of: target)
    }

    /// The dates of `target` under `key`, read once.
    mutating func remember(_ target: Target, key: String) -> [(EvidenceDate.Source, [EvidenceDate])] {
        let groups = dates(of: target, key: key)
        dates[key] = (target.finalURL, groups)
        return groups
    }
}
