import Foundation
import OITCheck
import OITCore

/// Two runs of a batch compared agency by agency: the items fixed since the last run, the items
/// that passed then and fail now, the items new to the form or the agency, and the score change.
public struct ProvinceDiff: Sendable {
    public struct Agency: Sendable {
        public let name: String
        public let url: String
        public let oldScore: Double?
        public let newScore: Double?
        /// Not passing then, passing now.
        public let fixed: [String]
        /// Passing then, not now.
        public let brokenAgain: [String]
        /// In this run's form but not the last one's (a new agency, or another form).
        public let new: [String]

        public var change: Double? {
            guard let oldScore, let newScore else { return nil }
            return ((newScore - oldScore) * 100).rounded() / 100
        }
    }

    public let agencies: [Agency]
    /// In the last run only.
    public let dropped: [String]

    public init(old: ProvinceJSON, new: ProvinceJSON) {
        let before = Dictionary(old.sites.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        agencies = new.sites.map { site in
            let previous = before[site.url]
            let now = site.items ?? [:]
            let then = previous?.items ?? [:]
            let codes = now.keys.sorted(by: Self.codeOrder)
            return Agency(
                name: site.name, url: site.url, oldScore: previous?.score, newScore: site.score,
                fixed: codes.filter { now[$0] == .pass && then[$0] != nil && then[$0] != .pass },
                brokenAgain: codes.filter { now[$0] != .pass && then[$0] == .pass },
                new: codes.filter { previous == nil || (previous?.items != nil && then[$0] == nil) })
        }
        let current = Set(new.sites.map(\.url))
        dropped = old.sites.filter { !current.contains($0.url) }.map(\.name)
    }

    /// O2 before O10.
    static func codeOrder(_ a: String, _ b: String) -> Bool {
        let number = { (code: String) in Int(code.filter(\.isNumber)) ?? 0 }
        return (number(a), a) < (number(b), b)
    }

    /// The comparison as Markdown.
    public func markdown(language: Language) -> String {
        let th = language == .th
        var lines = ["# " + (th ? "เทียบผลการตรวจ OIT กับครั้งก่อน" : "OIT results compared with the last run"), ""]
        lines.append(th ? "| หน่วยงาน | คะแนนเดิม | คะแนนใหม่ | เปลี่ยน | แก้แล้ว | กลับมาไม่ผ่าน | ข้อใหม่ |"
                        : "| Agency | Before | Now | Change | Fixed | Failing again | New items |")
        lines.append("|---|---|---|---|---|---|---|")
        for agency in agencies {
            let cells = [MarkdownReporter.escape(agency.name), agency.oldScore.map(GapReport.number) ?? "", agency.newScore.map(GapReport.number) ?? "",
                         agency.change.map(Self.signed) ?? (th ? "ใหม่" : "new"), agency.fixed.joined(separator: " "),
                         agency.brokenAgain.joined(separator: " "), agency.new.count > 8 ? "\(agency.new.count)" : agency.new.joined(separator: " ")]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !dropped.isEmpty {
            lines.append("")
            lines.append((th ? "ไม่อยู่ในการตรวจครั้งนี้: " : "Not in this run: ") + dropped.map(MarkdownReporter.escape).joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comparison for a terminal.
    public func terminal(language: Language) -> String {
        let th = language == .th
        var table = TextTable(th ? ["หน่วยงาน", "เดิม", "ใหม่", "เปลี่ยน", "แก้แล้ว", "กลับมาไม่ผ่าน"]
                                 : ["agency", "before", "now", "change", "fixed", "failing again"])
        for agency in agencies {
            table.add([agency.name, agency.oldScore.map(GapReport.number) ?? "-", agency.newScore.map(GapReport.number) ?? "-",
                       agency.change.map(Self.signed) ?? (th ? "ใหม่" : "new"), agency.fixed.joined(separator: " "),
                       agency.brokenAgain.joined(separator: " ")])
        }
        var text = table.render() + "\n"
        if !dropped.isEmpty { text += (th ? "ไม่อยู่ในการตรวจครั้งนี้: " : "Not in this run: ") + dropped.joined(separator: ", ") + "\n" }
        return text
    }

    static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + GapReport.number(value)
    }
}
