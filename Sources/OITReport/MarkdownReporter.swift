import OITCheck
import OITCore

/// The gap report as Markdown: the facts, every item with its status, evidence and reason, then
/// what to fix first. Every text that came from a website is escaped.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        let report = GapReport(result, context: context)
        let say = context.say(th:en:)
        var lines: [String] = []
        lines.append("# " + say("รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "OIT gap report") + ": " + Self.escape(report.agency))
        lines.append("")
        lines.append("| | |")
        lines.append("|---|---|")
        lines.append("| \(say("เว็บไซต์", "Site")) | <\(Self.escapeURL(report.site))> |")
        lines.append("| \(say("แบบฟอร์ม", "Form")) | `\(report.checklistID)` \(Self.escape(report.checklistTitle)) |")
        lines.append("| \(say("ปีงบประมาณที่ประเมิน", "Fiscal year assessed")) | \(report.fiscalYear) |")
        lines.append("| \(say("วันที่ตรวจ", "Checked on")) | \(report.checkedOn) |")
        lines.append("| \(say("คะแนน OIT", "OIT score")) | **\(GapReport.number(report.score.value))** "
            + say("(ผ่าน \(report.score.passed) จาก \(report.score.items) ข้อ) ระดับ \(report.bandLabel)",
                  "(\(report.score.passed) of \(report.score.items) items pass), \(report.bandLabel)") + " |")
        lines.append("| \(say("เกณฑ์", "Bars")) | " + say("ผ่าน 85 คะแนน, ระดับสูงสุด 95 คะแนน", "pass 85, top band 95") + " |")
        lines.append("| \(say("คะแนนหากแก้ข้อที่แก้ได้", "Score if the fixable items are fixed")) | \(GapReport.number(report.score.ifFixed)) |")
        lines.append("| \(say("หน้าที่อ่าน", "Pages read")) | \(report.pagesRead) " + say("หน้า, เอกสาร \(report.documentsChecked) ไฟล์", "pages, \(report.documentsChecked) documents") + " |")
        if let warning = report.checklistWarning {
            lines.append("")
            lines.append("> **" + say("คำเตือน", "Warning") + ":** " + warning)
        }
        lines.append("")
        lines.append("## " + say("ผลรายข้อ", "Item by item"))
        lines.append("")
        lines.append("| " + say("ข้อ | หัวข้อ | ผล | หลักฐาน | เหตุผล", "Item | Title | Status | Evidence | Reason") + " |")
        lines.append("|---|---|---|---|---|")
        for row in report.rows {
            lines.append("| \(row.code) | \(Self.escape(row.title)) | \(Self.icon(row.status)) \(row.statusLabel) | "
                + Self.evidence(row, say: say) + " | " + row.reasons.map(Self.escape).joined(separator: "<br>") + " |")
        }
        let fixes = report.fixFirst
        if !fixes.isEmpty {
            lines.append("")
            lines.append("## " + say("แก้ไขก่อน", "What to fix first"))
            lines.append("")
            for (index, row) in fixes.enumerated() {
                var line = "\(index + 1). **\(row.code) \(Self.escape(row.title))** (\(row.statusLabel))"
                if let reason = row.reasons.first { line += ": " + Self.escape(reason) }
                lines.append(line)
                if let fix = row.fix { lines.append("   " + say("สิ่งที่ต้องเผยแพร่", "What to publish") + ": " + Self.escape(fix)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func evidence(_ row: GapReport.Row, say: (String, String) -> String) -> String {
        guard let url = row.url else {
            guard let text = row.linkText else { return "" }
            return escape(String(text.prefix(80))) + (row.deadHref.map { " (href=\"" + escape($0) + "\")" } ?? "")
        }
        let label = String((row.linkText.map { $0.isEmpty ? url : $0 } ?? url).prefix(80))
        // Only web addresses become links: never `javascript:` or `data:` from a page.
        var text = WebAddress.isLinkable(url) ? "[\(escape(label))](<\(escapeURL(url))>)" : escape(label)
        if let year = row.year { text += " " + say("ปี \(year)", "(\(year))") }
        return text
    }

    static func icon(_ status: ItemStatus) -> String {
        switch status {
        case .pass: return "✅"
        case .stale: return "🕒"
        case .broken: return "❌"
        case .missing: return "⬜"
        case .review: return "❓"
        }
    }

    /// Text from a website, made inert in Markdown and in a table cell: markup characters are
    /// backslash-escaped, angle brackets become entities, line breaks become spaces.
    static func escape(_ text: String) -> String {
        ByteEscape.apply(text, markup) { byte, out in
            switch byte {
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            }
        }
    }

    /// Markdown's markup characters (backslash-escaped), tags and entities, and line breaks.
    private static let markup = ByteEscape.Bytes("\\`*_[]|#!~<>&\n\r\t")

    /// A URL inside `<...>`: characters that would end it are percent-encoded. Walked as bytes
    /// too: Foundation's search, four times over every URL of a report, was 0.4% of the CPU of
    /// an early-stop batch.
    static func escapeURL(_ url: String) -> String {
        ByteEscape.apply(url, urlEnds) { byte, out in
            switch byte {
            case UInt8(ascii: " "): out += "%20".utf8
            case UInt8(ascii: "<"): out += "%3C".utf8
            case UInt8(ascii: ">"): out += "%3E".utf8
            default: break   // a line break: dropped
            }
        }
    }

    private static let urlEnds = ByteEscape.Bytes(" <>\n")
}
