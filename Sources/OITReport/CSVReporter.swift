import OITCheck
import OITCore

/// One row per item for a spreadsheet: the status (as a word and in the report's language), the
/// evidence and the reason.
public struct CSVReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        let report = GapReport(result, context: context)
        let header = context.language == .th
            ? ["ข้อ", "หัวข้อ", "status", "ผล", "URL", "ข้อความลิงก์", "พบที่หน้า", "HTTP", "ปี", "เหตุผล", "สิ่งที่ต้องเผยแพร่"]
            : ["code", "title", "status", "status_label", "url", "link_text", "found_on", "http_status", "year", "reason", "to_publish"]
        let rows = report.rows.map { row in
            [row.code, row.title, row.status.rawValue, row.statusLabel, row.url ?? "", row.linkText ?? "", row.page ?? "",
             row.httpStatus.map(String.init) ?? "", row.year.map(String.init) ?? "",
             row.reasons.joined(separator: " / "), row.fix ?? ""]
        }
        return CSVField.file([header] + rows)
    }
}
