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

    /// - Parameter targetDates: the target's own dates, from ``dates(of:)``, read once per target.
    func decide(link: Link, targetDates: [(EvidenceDate.Source, [EvidenceDate])]) -> Decision {
        guard rule != .none else { return .fits(nil) }
        for (source, dates) in Self.dates(of: link) + targetDates where !dates.isEmpty {
            if source == .text {
                // A page's text mentions many dates (menus, news, a copyright line): one of the
                // period shows it; it is out of date only when even its latest date is older.
                if let fit = dates.first(where: { $0.satisfies(rule, assessing: assessed) == true }) { return .fits(fit) }
                guard let latest = dates.max(by: { $0.latestMonth < $1.latestMonth }),
                      let expected = rule.expectedYear(assessing: assessed), latest.latestMonth < expected.firstMonth else { continue }
                return .outOfPeriod(latest)
            }
            let verdicts = dates.map { ($0, $0.satisfies(rule, assessing: assessed)) }
            if let fit = verdicts.first(where: { $0.1 == true }) { return .fits(fit.0) }
            if let out = verdicts.first(where: { $0.1 == false }) { return .outOfPeriod(out.0) }
        }
        return .undated
    }

    /// The dates of a link itself, most trusted first: its label, the heading it stands under,
    /// its URL.
    static func dates(of link: Link) -> [(EvidenceDate.Source, [EvidenceDate])] {
        [
            (.label, EvidenceDate.mentioned(in: link.text, source: .label)),
            (.heading, link.headings.last.map { EvidenceDate.mentioned(in: $0, source: .heading) } ?? []),
            (.url, link.url.map(EvidenceDate.inURL) ?? []),
        ]
    }

    /// The dates of where a link leads, most trusted first: the URL it ended at, a page's title
    /// and text, a document's own dates and `Last-Modified`.
    static func dates(of target: Target) -> [(EvidenceDate.Source, [EvidenceDate])] {
        var groups: [(EvidenceDate.Source, [EvidenceDate])] = [(.url, target.finalURL.map(EvidenceDate.inURL) ?? [])]
        switch target {
        case .page, .fetched:
            groups.append((.title, target.headline.map { EvidenceDate.mentioned(in: $0, source: .title) } ?? []))
            groups.append((.text, target.text.map { EvidenceDate.mentioned(in: $0, source: .text) } ?? []))
        case .document(let document):
            let pdf = document.pdfDates.flatMap { $0.modified ?? $0.created }
            groups.append((.pdf, pdf.map { [EvidenceDate.published($0, source: .pdf)] } ?? []))
            groups.append((.lastModified, document.lastModified.map { [EvidenceDate.published($0, source: .lastModified)] } ?? []))
        default:
            break
        }
        return groups
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
