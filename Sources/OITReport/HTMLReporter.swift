import Foundation
import OITCheck
import OITCore

/// The gap report as one self-contained HTML file: no script, no web font, no image, nothing
/// fetched; it prints on A4. Every string that came from a website is escaped, and only http(s)
/// addresses become links.
public struct HTMLReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        let report = GapReport(result, context: context)
        let say = context.say(th:en:)
        let lang = context.language == .th ? "th" : "en"
        var html = """
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(say("รายงาน OIT", "OIT report") + ": " + report.agency))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <h1>\(Self.escape(say("รายงานการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "OIT gap report")))<br><span class="agency">\(Self.escape(report.agency))</span></h1>
        <table class="facts">
        """
        func fact(_ name: String, _ value: String) { html += "<tr><th>\(Self.escape(name))</th><td>\(value)</td></tr>\n" }
        fact(say("เว็บไซต์", "Site"), Self.link(report.site, text: report.site))
        fact(say("แบบฟอร์ม", "Form"), "<code>\(Self.escape(report.checklistID))</code> " + Self.escape(report.checklistTitle))
        fact(say("ปีงบประมาณที่ประเมิน", "Fiscal year assessed"), "\(report.fiscalYear)")
        fact(say("วันที่ตรวจ", "Checked on"), Self.escape(report.checkedOn))
        fact(say("หน้าที่อ่าน", "Pages read"), Self.escape(say("\(report.pagesRead) หน้า, เอกสาร \(report.documentsChecked) ไฟล์",
                                                              "\(report.pagesRead) pages, \(report.documentsChecked) documents")))
        html += "</table>\n"
        let score = report.score
        html += """
        <div class="score band-\(score.band.rawValue)">
        <div class="value">\(GapReport.number(score.value))</div>
        <div>\(Self.escape(say("คะแนน OIT (ผ่าน \(score.passed) จาก \(score.items) ข้อ) ระดับ \(report.bandLabel)",
                                 "OIT score (\(score.passed) of \(score.items) items pass), \(report.bandLabel)")))<br>
        \(Self.escape(say("เกณฑ์ผ่าน 85 · ระดับสูงสุด 95 · หากแก้ข้อที่แก้ได้ \(GapReport.number(score.ifFixed))",
                          "pass 85 · top band 95 · if the fixable items are fixed \(GapReport.number(score.ifFixed))")))</div>
        </div>

        """
        if let warning = report.checklistWarning {
            html += "<p class=\"warning\"><strong>\(Self.escape(say("คำเตือน", "Warning"))):</strong> \(Self.escape(warning))</p>\n"
        }
        html += "<h2>\(Self.escape(say("ผลรายข้อ", "Item by item")))</h2>\n<table class=\"items\">\n<thead><tr>"
        for name in [say("ข้อ", "Item"), say("หัวข้อ", "Title"), say("ผล", "Status"), say("หลักฐาน", "Evidence"), say("เหตุผล", "Reason")] {
            html += "<th>\(Self.escape(name))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in report.rows {
            var evidence = ""
            if row.url == nil, let text = row.linkText {
                evidence = Self.escape(String(text.prefix(80))) + (row.deadHref.map { " <code>href=\"\(Self.escape($0))\"</code>" } ?? "")
            }
            if let url = row.url {
                let label = row.linkText.map { $0.isEmpty ? url : $0 } ?? url
                evidence = Self.link(url, text: String(label.prefix(80)))
                if let year = row.year { evidence += " <span class=\"year\">\(Self.escape(say("ปี \(year)", "(\(year))")))</span>" }
            }
            html += "<tr id=\"item-\(Self.escape(row.code))\" class=\"\(row.status.rawValue)\"><td>\(Self.escape(row.code))</td><td>\(Self.escape(row.title))</td>"
                + "<td class=\"status\">\(Self.escape(row.statusLabel))</td><td>\(evidence)</td>"
                + "<td>\(row.reasons.map(Self.escape).joined(separator: "<br>"))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let fixes = report.fixFirst
        if !fixes.isEmpty {
            html += "<h2>\(Self.escape(say("แก้ไขก่อน", "What to fix first")))</h2>\n<ol class=\"fixes\">\n"
            for row in fixes {
                html += "<li><strong>\(Self.escape(row.code + " " + row.title))</strong> (\(Self.escape(row.statusLabel)))"
                if let reason = row.reasons.first { html += ": " + Self.escape(reason) }
                if let fix = row.fix { html += "<br><span class=\"fix\">\(Self.escape(say("สิ่งที่ต้องเผยแพร่", "What to publish"))): \(Self.escape(fix))</span>" }
                html += "</li>\n"
            }
            html += "</ol>\n"
        }
        html += "<footer>oit-check · \(Self.escape(report.checkedOn))</footer>\n</body>\n</html>\n"
        return html
    }

    /// Text made inert in HTML, in element content and in quoted attributes alike.
    static func escape(_ text: String) -> String {
        ByteEscape.apply(text, markup) { byte, out in
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            default: out += "&#39;".utf8
            }
        }
    }

    private static let markup = ByteEscape.Bytes("&<>\"'")

    /// A link when `url` is an http(s) address; otherwise the text alone (never `javascript:`).
    static func link(_ url: String, text: String) -> String {
        guard WebAddress.isLinkable(url) else { return escape(text) }
        return "<a href=\"\(escape(url))\">\(escape(text))</a>"
    }

    static let style = """
    @page { size: A4; margin: 14mm 12mm; }
    body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", "Garuda", sans-serif; font-size: 11pt;
           color: #1b1b1b; max-width: 1100px; margin: 1.5em auto; padding: 0 1em; line-height: 1.45; }
    h1 { font-size: 1.45em; margin: 0 0 .6em; } h1 .agency { font-size: .8em; font-weight: normal; }
    h2 { font-size: 1.15em; margin: 1.4em 0 .5em; border-bottom: 2px solid #ccc; }
    table { border-collapse: collapse; width: 100%; }
    .facts th { text-align: left; font-weight: normal; color: #555; width: 14em; padding: .15em .6em .15em 0; }
    .facts td { padding: .15em 0; overflow-wrap: anywhere; }
    .items th, .items td { border: 1px solid #ccc; padding: .3em .4em; vertical-align: top; text-align: left; }
    .items thead th { background: #eee; }
    .items td:nth-child(4) { overflow-wrap: anywhere; max-width: 18em; }
    .items tr { page-break-inside: avoid; }
    .status { font-weight: bold; white-space: nowrap; }
    tr.pass .status { color: #17692a; } tr.stale .status { color: #8a5a00; }
    tr.broken .status, tr.missing .status { color: #b3261e; } tr.review .status { color: #6a3d9a; }
    tr.pass { background: #f3faf4; } tr.broken, tr.missing { background: #fdf3f2; } tr.stale { background: #fdf8ec; }
    tr.review { background: #f6f2fb; }
    .score { display: flex; gap: 1em; align-items: center; border: 2px solid #ccc; border-radius: 6px; padding: .6em 1em; margin: 1em 0; }
    .score .value { font-size: 2.2em; font-weight: bold; }
    .band-excellent { border-color: #17692a; } .band-good { border-color: #2e7d32; }
    .band-needs-improvement { border-color: #c77700; } .band-urgent { border-color: #b3261e; }
    .warning { background: #fff4d6; border-left: 4px solid #c77700; padding: .5em .8em; }
    .year { color: #555; white-space: nowrap; } .fix { color: #444; }
    .fixes li { margin-bottom: .4em; page-break-inside: avoid; }
    footer { margin-top: 2em; color: #777; font-size: .85em; }
    a { color: #0b57d0; }
    @media print { body { margin: 0; max-width: none; font-size: 10pt; } a { color: inherit; } }
    """
}
