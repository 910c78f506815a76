import Foundation
import OITCore
import OITCrawler
import OITHTML

/// Decides whether a piece of evidence is of the period an item asks for, reading its dates in
/// order of trust: the link's label, the heading it stands under, its URL or file name, the
/// target page's title, a PDF's own dates, `Last-Modified`, and last the page's text. The first
/// source that decides, decides.
struct PeriodJudge: Sendable {
    enum Decision: Equatable {
        /// Of the period; the date that showed it (nil when the item asks for no period).
        case fits(EvidenceDate?)
        /// Of another period.
        case outOfPeriod(EvidenceDate)
        /// Nothing dated it.
        case undated
    }

    let rule: PeriodRule
    let assessed: FiscalYear

    /// - Parameter targetDates: the target's own dates, read once per target (nil when it was not opened).
    func decide(link: Link, targetDates: TargetDates?) -> Decision {
        guard rule != .none else { return .fits(nil) }
        // Each source is read only if the ones before it did not decide.
        for source in Self.linkSources {
            if let decision = decide(Self.dates(of: link, in: source)) { return decision }
        }
        for (_, dates) in targetDates?.groups ?? [] {
            if let decision = decide(dates) { return decision }
        }
        // A page's text mentions many dates (menus, news, a copyright line): one of the period
        // shows it; it is out of date only when even its latest date is older.
        let inText = targetDates?.inText ?? []
        if let fit = inText.first(where: { $0.satisfies(rule, assessing: assessed) == true }) { return .fits(fit) }
        if let latest = inText.max(by: { $0.latestMonth < $1.latestMonth }),
           let expected = rule.expectedYear(assessing: assessed), latest.latestMonth < expected.firstMonth {
            return .outOfPeriod(latest)
        }
        return .undated
    }

    /// The decision of one source's dates: the first that fits, else the first that does not.
    private func decide(_ dates: [EvidenceDate]) -> Decision? {
        let verdicts = dates.map { ($0, $0.satisfies(rule, assessing: assessed)) }
        if let fit = verdicts.first(where: { $0.1 == true }) { return .fits(fit.0) }
        if let out = verdicts.first(where: { $0.1 == false }) { return .outOfPeriod(out.0) }
        return nil
    }

    /// Where a link itself is dated, most trusted first: its label, the heading it stands under,
    /// its URL.
    static let linkSources: [EvidenceDate.Source] = [.label, .heading, .url]

    /// The dates of `link` from one of ``linkSources``.
    static func dates(of link: Link, in source: EvidenceDate.Source) -> [EvidenceDate] {
        switch source {
        case .label: return EvidenceDate.mentioned(in: link.text, source: .label)
        case .heading: return link.headings.last.map { EvidenceDate.mentioned(in: $0, source: .heading) } ?? []
        case .url: return link.url.map(EvidenceDate.inURL) ?? []
        default: return []
        }
    }
}

extension EvidenceDate {
    /// The last month the date covers, to order dates by recency.
    var latestMonth: CalendarMonth {
        switch kind {
        case .about(let years): return years.upperBound.lastMonth
        case .published(let month): return month
        }
    }
}
