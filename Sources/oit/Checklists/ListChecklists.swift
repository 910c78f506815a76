import ArgumentParser
import OITChecklists
import OITCore
import OITReport

/// `oit checklists list`: every shipped form with its status and what it is the default for.
struct ListChecklists: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the shipped checklists with their status."
    )

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let library = try LibraryLoader.load()
        let lang = language.lang
        let fiscalYear = try Clock.currentFiscalYear()
        var table = TextTable(lang == .th
            ? ["รหัส", "สถานะ", "ปีงบฯ", "ประเภทหน่วยงาน", "ข้อ", "ชื่อแบบฟอร์ม"]
            : ["id", "status", "FY", "agency types", "items", "title"])
        for checklist in library.checklists {
            let types = checklist.agencyTypes.map { type in
                checklist.defaultFor.contains(type) ? type.rawValue + "*" : type.rawValue
            }
            table.add([checklist.id, checklist.status.rawValue, "\(checklist.fiscalYear.buddhistYear)",
                       types.joined(separator: ", "), "\(checklist.items.count)", checklist.title.text(in: lang)])
        }
        Console.out(table.render())
        Console.out("")
        if lang == .th {
            Console.out("* แบบฟอร์มที่ใช้โดยปริยายสำหรับหน่วยงานประเภทนั้น  ปีงบประมาณที่ประเมินโดยปริยาย: \(fiscalYear.buddhistYear) (ปีงบประมาณปัจจุบัน)")
            Console.out("สถานะ reconstructed/partial: อาจไม่ตรงกับแบบฟอร์มทางการ นำเข้าแบบฟอร์มทางการด้วย oit checklists import FORM.csv --id ID")
        } else {
            Console.out("* the default form for that agency type.  Fiscal year assessed by default: \(fiscalYear.buddhistYear) (the current one)")
            Console.out("Status reconstructed/partial: may differ from the official form; load it with oit checklists import FORM.csv --id ID")
        }
    }
}
