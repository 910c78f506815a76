import OITCore
import OITReport

/// A checklist as text for the terminal: its header, a warning when it is not the official
/// form, and a table of its items.
struct ChecklistSheet {
    let checklist: Checklist
    let lexicon: Lexicon
    let language: Language

    func render() -> String {
        let th = language == .th
        var lines: [String] = []
        lines.append("\(checklist.id): \(checklist.title.text(in: language))")
        let types = checklist.agencyTypes.map { $0.label.text(in: language) + " (\($0.rawValue))" }.joined(separator: ", ")
        lines.append(th ? "ปีงบประมาณของแบบฟอร์ม: \(checklist.fiscalYear.buddhistYear)  จำนวน \(checklist.items.count) ข้อ  ใช้กับ: \(types)"
                        : "Form fiscal year: \(checklist.fiscalYear.buddhistYear)  items: \(checklist.items.count)  for: \(types)")
        lines.append((th ? "สถานะ: " : "Status: ") + "\(checklist.status.rawValue) (\(checklist.status.explanation.text(in: language)))")
        if !checklist.defaultFor.isEmpty {
            let names = checklist.defaultFor.map(\.rawValue).joined(separator: ", ")
            lines.append(th ? "แบบฟอร์มโดยปริยายสำหรับ: \(names)" : "Default form for: \(names)")
        }
        if checklist.status.needsWarning {
            lines.append("")
            lines.append(th
                ? "! แบบฟอร์มนี้ไม่ใช่แบบฟอร์มทางการ ผลการตรวจอาจไม่ตรงกับผู้ประเมิน เมื่อได้รับแบบฟอร์มทางการให้นำเข้าด้วย:"
                : "! This is not the official form; results may differ from the assessors'. When the official form arrives, load it with:")
            lines.append("  oit checklists import FORM.csv --id \(checklist.id)-official")
        }
        if let note = checklist.note {
            lines.append("")
            lines.append(note)
        }
        lines.append("")
        var table = TextTable(th ? ["ข้อ", "ช่วงเวลา", "ภายนอก", "แนวคิด", "ชื่อข้อ"]
                                 : ["code", "period", "external", "concepts", "title"])
        for item in checklist.items {
            let joiner = item.match == .all ? " + " : " | "
            let title = item.title(in: language) + (item.titleInferred ? (th ? " (อนุมาน)" : " (inferred)") : "")
            table.add([item.code, item.period.rawValue, item.externalAllowed ? (th ? "ได้" : "yes") : "-",
                       item.concepts.map(\.rawValue).joined(separator: joiner), title])
        }
        lines.append(table.render())
        lines.append("")
        lines.append(th ? "แนวคิด: a | b = พบข้อใดข้อหนึ่งก็ผ่าน, a + b = ต้องพบทั้งหมด" : "Concepts: a | b = any one passes, a + b = all are needed")
        if !checklist.sources.isEmpty {
            lines.append("")
            lines.append(th ? "แหล่งที่มา:" : "Sources:")
            lines += checklist.sources.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
