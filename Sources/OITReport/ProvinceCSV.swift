import OITCheck
import OITCore

/// The province summary as CSV (`summary.csv`): one row per agency and item, for a pivot table
/// (UTF-8 with a byte order mark, so Excel shows Thai).
public enum ProvinceCSV {
    public static func render(_ summary: ProvinceSummary, language: Language) -> String {
        let th = language == .th
        let header = th
            ? ["หน่วยงาน", "URL", "อำเภอ", "จังหวัด", "แบบฟอร์ม", "คะแนน", "ข้อ", "หัวข้อ", "status", "ผล", "หลักฐาน"]
            : ["agency", "url", "amphoe", "province", "checklist", "score", "code", "title", "status", "status_label", "evidence"]
        var rows = [header]
        for entry in summary.ranked {
            let site = entry.site
            guard let report = entry.report else {
                rows.append([site.name, site.url.absoluteString, site.amphoe ?? "", site.province ?? "", "", "", "", "", "", "", ""])
                continue
            }
            for item in report.items {
                rows.append([site.name, site.url.absoluteString, site.amphoe ?? "", site.province ?? "", report.checklist.id,
                             GapReport.number(report.score.value), item.code, th ? item.title : item.titleEN,
                             item.status.rawValue, item.status.label.text(in: language),
                             item.evidence.first.flatMap { $0.url } ?? ""])
            }
        }
        return CSVField.file(rows)
    }
}
