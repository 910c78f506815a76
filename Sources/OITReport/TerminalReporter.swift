import OITCheck
import OITCore

/// The check for a terminal: the facts in two lines, a table of items with their status (in
/// colour on a terminal), the score against the bars, and the first fixes.
public struct TerminalReporter: Reporter {
    public let colour: Bool
    /// Fixes listed at the end; the Markdown and HTML reports list them all.
    public let fixesShown = 5

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        let report = GapReport(result, context: context)
        let say = context.say(th:en:)
        var lines = [
            paint(report.agency, bold: true) + "  " + report.site,
            say("แบบฟอร์ม \(report.checklistID) · ปีงบประมาณ \(report.fiscalYear) · ตรวจเมื่อ \(report.checkedOn) · อ่าน \(report.pagesRead) หน้า \(report.documentsChecked) เอกสาร",
                "Form \(report.checklistID) · fiscal year \(report.fiscalYear) · checked \(report.checkedOn) · \(report.pagesRead) pages, \(report.documentsChecked) documents read"),
        ]
        if let warning = report.checklistWarning { lines.append(paint("! " + warning, code: "33")) }
        lines.append("")
        var table = TextTable([say("ข้อ", "item"), say("ผล", "status"), say("หัวข้อ", "title"), say("หลักฐาน / เหตุผล", "evidence / reason")])
        for row in report.rows {
            let detail = row.status == .pass ? (row.url ?? "") : (row.reasons.first ?? "")
            table.add([row.code, paint(row.statusLabel, code: Self.colourCode(row.status)), Self.clip(row.title, 36), Self.clip(detail, 110)])
        }
        lines.append(table.render())
        lines.append("")
        let score = report.score
        lines.append(paint(say("คะแนน OIT \(GapReport.number(score.value))", "OIT score \(GapReport.number(score.value))"), bold: true)
            + say(" (ผ่าน \(score.passed)/\(score.items) ข้อ) ระดับ \(report.bandLabel) · เกณฑ์ผ่าน 85 · ระดับสูงสุด 95 · หากแก้ข้อที่แก้ได้ \(GapReport.number(score.ifFixed))",
                  " (\(score.passed)/\(score.items) items pass), \(report.bandLabel) · pass 85 · top band 95 · if fixed \(GapReport.number(score.ifFixed))"))
        let fixes = report.fixFirst
        if !fixes.isEmpty {
            lines.append("")
            lines.append(say("แก้ไขก่อน:", "Fix first:"))
            for (index, row) in fixes.prefix(fixesShown).enumerated() {
                lines.append("  \(index + 1). \(row.code) \(Self.clip(row.title, 40)) (\(row.statusLabel)): \(row.reasons.first ?? "")")
            }
            if fixes.count > fixesShown {
                lines.append(say("  ... และอีก \(fixes.count - fixesShown) ข้อ (ดูทั้งหมดด้วย --format md หรือ html)",
                                 "  ... and \(fixes.count - fixesShown) more (all of them with --format md or html)"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func colourCode(_ status: ItemStatus) -> String {
        switch status {
        case .pass: return "32"
        case .stale: return "33"
        case .broken, .missing: return "31"
        case .review: return "35"
        }
    }

    private func paint(_ text: String, code: String = "0", bold: Bool = false) -> String {
        guard colour else { return text }
        return "\u{1B}[\(bold ? "1;" : "")\(code)m\(text)\u{1B}[0m"
    }

    /// At most `width` characters, with an ellipsis when cut.
    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
