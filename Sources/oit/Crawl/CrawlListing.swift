import Foundation
import OITCore
import OITCrawler
import OITReport

/// A crawl as text: the site, the pages with their verdicts, the documents, what was skipped.
struct CrawlListing {
    let result: CrawlResult
    let language: Language
    let options: CrawlOptions

    func render() -> String {
        let th = language == .th
        var lines: [String] = []
        lines.append((th ? "เว็บไซต์: " : "Site: ") + "\(result.scope) (" + (th ? "เริ่มที่ " : "start ") + "\(result.start.absoluteString))")
        lines.append(th
            ? "อ่าน \(result.pages.count) หน้า (จำกัด \(options.maxPages) หน้า ลึก \(options.maxDepth) คลิก), ตรวจเอกสาร \(result.documents.count) ไฟล์, ข้าม \(result.skipped.count) ลิงก์"
            : "Read \(result.pages.count) pages (limit \(options.maxPages), depth \(options.maxDepth)), checked \(result.documents.count) documents, skipped \(result.skipped.count) links")
        if result.robotsIgnored {
            lines.append(th ? "robots.txt: ไม่ได้ปฏิบัติตาม (--ignore-robots)" : "robots.txt: ignored (--ignore-robots)")
        }
        for (origin, status) in result.robots.sorted(by: { $0.key < $1.key }) {
            lines.append("robots.txt \(origin): \(status.explanation.text(in: language))")
        }
        if result.budgetExhausted {
            lines.append(th ? "! หมดเวลาที่กำหนดก่อนอ่านครบ (--budget)" : "! The time budget ran out before the crawl finished (--budget)")
        }
        lines.append("")
        var pages = TextTable(th ? ["ลึก", "สถานะ", "ผล", "หน้า", "ชื่อหน้า"] : ["depth", "status", "verdict", "page", "title"])
        for page in result.pages.sorted(by: { ($0.depth, $0.url.absoluteString) < ($1.depth, $1.url.absoluteString) }) {
            pages.add(["\(page.depth)", page.status.map(String.init) ?? "-", page.verdict.explanation.text(in: language),
                       display(page.url), page.document?.title ?? ""])
        }
        lines.append(pages.render())
        if !result.documents.isEmpty {
            lines.append("")
            var documents = TextTable(th ? ["สถานะ", "ขนาด", "ชนิด", "วันที่ในไฟล์", "เอกสาร"]
                                         : ["status", "size", "type", "file date", "document"])
            for document in result.documents.sorted(by: { $0.url.absoluteString < $1.url.absoluteString }) {
                documents.add([document.error.map { _ in "-" } ?? document.status.map(String.init) ?? "-",
                               document.size.map(Self.size) ?? "-", document.mediaType ?? "-",
                               (document.pdfDates?.modified ?? document.pdfDates?.created).map(Self.day) ?? "-",
                               display(document.url) + (document.error.map { "  (\($0.explanation.text(in: language)))" } ?? "")])
            }
            lines.append(documents.render())
        }
        if !result.skipped.isEmpty {
            lines.append("")
            lines.append(th ? "ลิงก์ที่ไม่ได้อ่าน:" : "Links not read:")
            let grouped = Dictionary(grouping: result.skipped, by: { $0.reason.explanation.text(in: language) })
            for (reason, skipped) in grouped.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(skipped.count) × \(reason): " + skipped.prefix(3).map { display($0.url) }.joined(separator: ", ")
                             + (skipped.count > 3 ? ", …" : ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A URL relative to the start when it is on the same origin, in full otherwise.
    private func display(_ url: URL) -> String {
        let start = result.start.absoluteString
        let text = url.absoluteString.removingPercentEncoding ?? url.absoluteString
        let base = start.hasSuffix("/") ? String(start.dropLast()) : start
        if text.hasPrefix(base + "/") { return String(text.dropFirst(base.count)) }
        if url.isFileURL, result.start.isFileURL {
            let folder = result.start.deletingLastPathComponent().path
            if url.path.hasPrefix(folder + "/") { return String(url.path.dropFirst(folder.count + 1)) }
        }
        return text
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KB", Double(bytes) / 1024) }
        return String(format: "%.1f MB", Double(bytes) / 1024 / 1024)
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Bangkok")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
