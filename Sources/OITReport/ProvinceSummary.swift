import Foundation
import OITCheck
import OITCore

/// A batch's results side by side: every agency with its report (or why it has none), ranked by
/// score, and for each item of each form the share of agencies that pass it.
public struct ProvinceSummary: Sendable {
    public struct Entry: Sendable {
        public let site: BatchSite
        /// Its report, once the site was checked.
        public let report: JSONReport?

        public init(site: BatchSite, report: JSONReport?) {
            self.site = site
            self.report = report
        }

        public var score: Double? { report?.score.value }
        public var isUnreachable: Bool { report?.site.unreachable ?? false }
        public var isReady: Bool { (score ?? 0) >= Score.passLine }
    }

    /// One item of one form across the province.
    public struct ItemShare: Sendable {
        public let checklist: String
        public let code: String
        public let title: String
        public let passed: Int
        public let agencies: Int

        public var share: Double { agencies == 0 ? 0 : Double(passed) / Double(agencies) }
    }

    public let entries: [Entry]
    /// Checked agencies by score, best first (ties by name); those not checked last.
    public let ranked: [Entry]
    /// The forms in use, in the order the agencies first use them.
    public let checklists: [String]
    /// Per form, per item in the form's order: how many of the reachable agencies pass it.
    public let itemShares: [ItemShare]

    /// Ranks and counts once: the summary is rendered three ways after every site of a batch.
    public init(entries: [Entry]) {
        self.entries = entries
        // Written without a switch over a tuple of optionals: Swift 6.3's optimiser crashes on it.
        let ranked = entries.sorted { a, b in
            let x = a.score ?? -1, y = b.score ?? -1
            return x != y ? x > y : a.site.name < b.site.name
        }
        var seen = Set<String>()
        let checklists = entries.compactMap { $0.report?.checklist.id }.filter { seen.insert($0).inserted }
        self.ranked = ranked
        self.checklists = checklists
        itemShares = checklists.flatMap { id -> [ItemShare] in
            let using = ranked.filter { $0.report?.checklist.id == id }
            let reports = using.compactMap(\.report).filter { !$0.site.unreachable }
            guard let first = using.first?.report else { return [] }
            return first.items.map { item in
                let passed = reports.filter { report in report.items.contains { $0.code == item.code && $0.status == .pass } }.count
                return ItemShare(checklist: id, code: item.code, title: item.title, passed: passed, agencies: reports.count)
            }
        }
    }

    /// The agencies checked with `checklist`, ranked.
    public func entries(using checklist: String) -> [Entry] {
        ranked.filter { $0.report?.checklist.id == checklist }
    }

    /// The items the fewest agencies pass: where one training session helps the most agencies.
    public func weakestItems(_ count: Int) -> [ItemShare] {
        Array(itemShares.filter { $0.agencies > 0 && $0.share < 1 }
            .sorted { ($0.share, $0.checklist, $0.code) < ($1.share, $1.checklist, $1.code) }.prefix(count))
    }
}
