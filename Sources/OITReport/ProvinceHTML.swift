import Foundation
import OITCheck
import OITCore

/// The province summary as one self-contained HTML page (`index.html`): who is ready and who is
/// not, the items the province lacks most, and a heat map of agencies by items whose cells link
/// to the evidence. Escaped like the single-site report; prints on A4 landscape.
public enum ProvinceHTML {
    public static func render(_ summary: ProvinceSummary, language: Language, checkedOn: String) -> String {
        let th = language == .th
        func say(_ thai: String, _ english: String) -> String { th ? thai : english }
        let e = HTMLReporter.escape
        let checked = summary.entries.filter { $0.report != nil }
        let ready = checked.filter(\.isReady).count
        let unreachable = checked.filter(\.isUnreachable).count
        var html = """
        <!DOCTYPE html>
        <html lang="\(th ? "th" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(say("สรุปผลการตรวจ OIT", "OIT summary")))</title>
        <style>\(style)</style>
        </head>
        <body>
        <h1>\(e(say("สรุปผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "OIT summary of the batch")))</h1>
        <p class="facts">\(e(say("ตรวจเมื่อ \(checkedOn) · หน่วยงาน \(summary.entries.count) แห่ง · ตรวจแล้ว \(checked.count) · พร้อม (85 คะแนนขึ้นไป) \(ready) · ยังไม่พร้อม \(checked.count - ready) · เข้าเว็บไซต์ไม่ได้ \(unreachable)",
                                 "Checked \(checkedOn) · \(summary.entries.count) agencies · \(checked.count) checked · ready (85 or more) \(ready) · not ready \(checked.count - ready) · unreachable \(unreachable)")))</p>

        """
        // Ranking
        html += "<h2>\(e(say("อันดับคะแนน", "Agencies by score")))</h2>\n<table class=\"rank\">\n<thead><tr>"
        for name in [say("อันดับ", "#"), say("หน่วยงาน", "Agency"), say("อำเภอ", "Amphoe"), say("แบบฟอร์ม", "Form"),
                     say("คะแนน", "Score"), say("ระดับ", "Band"), say("ผ่าน", "Pass"), say("ไม่เป็นปัจจุบัน", "Stale"),
                     say("ลิงก์ใช้ไม่ได้", "Broken"), say("ไม่พบ", "Missing"), say("ต้องตรวจเอง", "Review")] {
            html += "<th>\(e(name))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (index, entry) in summary.ranked.enumerated() {
            let site = entry.site
            let link = "<a href=\"sites/\(e(site.slug)).html\">\(e(site.name))</a>"
            guard let report = entry.report else {
                html += "<tr class=\"unchecked\"><td></td><td>\(e(site.name))</td><td>\(e(site.amphoe ?? ""))</td>"
                    + "<td colspan=\"8\">\(e(say("ยังไม่ได้ตรวจ", "not checked yet")))</td></tr>\n"
                continue
            }
            let counts = ItemStatus.allCases.map { "<td class=\"n\">\(report.counts[$0.rawValue] ?? 0)</td>" }.joined()
            let band = entry.isUnreachable ? say("เข้าเว็บไซต์ไม่ได้", "unreachable") : report.score.band.label.text(in: language)
            html += "<tr class=\"\(entry.isReady ? "ready" : "behind")\"><td class=\"n\">\(index + 1)</td><td>\(link)</td>"
                + "<td>\(e(site.amphoe ?? ""))</td><td><code>\(e(report.checklist.id))</code></td>"
                + "<td class=\"n score\">\(GapReport.number(report.score.value))</td><td>\(e(band))</td>\(counts)</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        // The items the province lacks most
        let weakest = summary.weakestItems(10)
        if !weakest.isEmpty {
            html += "<h2>\(e(say("ข้อที่หน่วยงานในจังหวัดขาดมากที่สุด", "Items the province lacks most")))</h2>\n<ol class=\"weak\">\n"
            for item in weakest {
                html += "<li><code>\(e(item.checklist))</code> <strong>\(e(item.code))</strong> \(e(item.title)): "
                    + e(say("ผ่าน \(item.passed) จาก \(item.agencies) แห่ง (\(percent(item.share)))",
                            "\(item.passed) of \(item.agencies) agencies pass (\(percent(item.share)))")) + "</li>\n"
            }
            html += "</ol>\n"
        }
        // Heat maps, one per form
        for checklist in summary.checklists {
            let entries = summary.entries(using: checklist)
            guard let codes = entries.first?.report?.items.map(\.code) else { continue }
            let shares = Dictionary(uniqueKeysWithValues: summary.itemShares.filter { $0.checklist == checklist }.map { ($0.code, $0) })
            html += "<h2>\(e(say("ผลรายข้อ แบบฟอร์ม", "Item by item, form"))) <code>\(e(checklist))</code></h2>\n"
            html += "<table class=\"heat\">\n<thead><tr><th>\(e(say("หน่วยงาน", "Agency")))</th>"
            for code in codes { html += "<th title=\"\(e(shares[code]?.title ?? ""))\">\(e(code))</th>" }
            html += "</tr></thead>\n<tbody>\n"
            for entry in entries {
                guard let report = entry.report else { continue }
                html += "<tr><th><a href=\"sites/\(e(entry.site.slug)).html\">\(e(entry.site.name))</a></th>"
                if entry.isUnreachable {
                    html += "<td class=\"unreachable\" colspan=\"\(codes.count)\">\(e(say("เข้าเว็บไซต์ไม่ได้", "the site could not be read")))</td></tr>\n"
                    continue
                }
                for code in codes {
                    guard let item = report.items.first(where: { $0.code == code }) else { html += "<td></td>"; continue }
                    let label = "\(code) \(item.title): \(item.status.label.text(in: language))"
                    let evidence = item.evidence.first?.url.flatMap { WebAddress.isLinkable($0) ? $0 : nil }
                    let target = item.status == .pass || item.status == .stale ? evidence : nil
                    let href = target ?? "sites/\(entry.site.slug).html#item-\(code)"
                    html += "<td class=\"\(item.status.rawValue)\"><a href=\"\(e(href))\" title=\"\(e(label))\">\(symbol(item.status))</a></td>"
                }
                html += "</tr>\n"
            }
            html += "<tr class=\"share\"><th>\(e(say("สัดส่วนที่ผ่าน", "Share passing")))</th>"
            for code in codes { html += "<td>\(shares[code].map { percent($0.share) } ?? "")</td>" }
            html += "</tr>\n</tbody>\n</table>\n"
        }
        html += "<p class=\"legend\">"
        for status in ItemStatus.allCases {
            html += "<span class=\"\(status.rawValue)\">\(symbol(status))</span> \(e(status.label.text(in: language)))  "
        }
        html += "</p>\n<footer>oit-check · \(e(checkedOn))</footer>\n</body>\n</html>\n"
        return html
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func symbol(_ status: ItemStatus) -> String {
        switch status {
        case .pass: return "✓"
        case .stale: return "◷"
        case .broken: return "✗"
        case .missing: return "·"
        case .review: return "?"
        }
    }

    static let style = """
    @page { size: A4 landscape; margin: 10mm; }
    body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", "Garuda", sans-serif; font-size: 11pt;
           color: #1b1b1b; margin: 1.5em auto; padding: 0 1em; max-width: 1400px; line-height: 1.4; }
    h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.4em; border-bottom: 2px solid #ccc; }
    table { border-collapse: collapse; }
    .rank th, .rank td { border: 1px solid #ccc; padding: .25em .45em; text-align: left; }
    .rank thead th { background: #eee; } .n { text-align: right; } .score { font-weight: bold; }
    tr.ready td.score { color: #17692a; } tr.behind td.score { color: #b3261e; } tr.unchecked { color: #777; }
    .heat th, .heat td { border: 1px solid #ddd; padding: 0; text-align: center; font-size: .85em; }
    .heat thead th { padding: .2em; min-width: 1.9em; background: #eee; }
    .heat tbody th { text-align: left; padding: .15em .4em; font-weight: normal; white-space: nowrap; }
    .heat td a { display: block; padding: .2em 0; color: inherit; text-decoration: none; }
    .pass { background: #cdebd3; } .stale { background: #f6e3a8; } .broken { background: #f2b8b5; }
    .missing { background: #e8c6c4; } .review { background: #ddd0ee; }
    .heat td.unreachable { background: #eee; color: #555; font-style: italic; }
    tr.share td { background: #fafafa; font-size: .75em; padding: .2em; }
    .legend span { display: inline-block; width: 1.4em; text-align: center; }
    footer { margin-top: 2em; color: #777; font-size: .85em; } a { color: #0b57d0; }
    @media print { body { margin: 0; max-width: none; font-size: 9pt; } }
    """
}
