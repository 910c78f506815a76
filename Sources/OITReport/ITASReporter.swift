import OITCheck
import OITCore

/// The OIT form as ITAS/ITAP asks for it, one row per item: มี (a pass) or ไม่มี (anything else:
/// an assessor who cannot open the link gives it 0), the URL(s) to paste, and an explanation.
/// A pass of a `match: all` item lists one URL per concept.
public struct ITASReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        let say = context.say(th:en:)
        let header = [say("ข้อ", "Item"), say("ประเด็นการเปิดเผยข้อมูล", "Question"), say("คำตอบ", "Answer"),
                      "URL", say("คำอธิบายเพิ่มเติม", "Explanation")]
        let rows = result.items.map { item -> [String] in
            let title = item.item.title(in: context.language)
            guard item.status == .pass else {
                let why = item.reasons.map(context.say).joined(separator: " ")
                let fix = item.fix.map { " " + say("สิ่งที่ต้องเผยแพร่: ", "To publish: ") + context.say($0) } ?? ""
                return [item.item.code, title, say("ไม่มี", "No"), "",
                        say("ยังไม่ผ่าน (\(context.say(item.status.label))): ", "Not yet (\(context.say(item.status.label))): ") + why + fix]
            }
            let evidence = item.decisive
            let urls = evidence.map { $0.link.link.url?.absoluteString ?? $0.link.link.href }
            let explanation = evidence.map { candidate in
                let year = candidate.date.map { say(" ปี \($0.year)", " (\($0.year))") } ?? ""
                return candidate.link.link.text.isEmpty ? year.trimmingCharacters(in: .whitespaces) : candidate.link.link.text + year
            }.filter { !$0.isEmpty }.joined(separator: "; ")
            return [item.item.code, title, say("มี", "Yes"), urls.joined(separator: "\n"), explanation]
        }
        return CSVField.file([header] + rows)
    }
}
