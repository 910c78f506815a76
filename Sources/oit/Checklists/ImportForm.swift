import ArgumentParser
import Foundation
import OITChecklists
import OITCore

/// `oit checklists import FORM.csv --id ID`: an official form from a spreadsheet into a checklist.
struct ImportForm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a form's rows (code,title[,group]) into a checklist YAML file.",
        discussion: """
        Concepts are inferred from each title through the lexicon (checklists/concepts.yaml); rows \
        whose title names no concept are kept with an empty concept list and listed, never guessed. \
        Exits 1 when some rows need a person, 0 when every row was mapped.

        Example:
          oit checklists import amphoe-2568.csv --id amphoe-2568 --agency-type amphoe --fiscal-year 2568 --out amphoe-2568.yaml
          oit checklists validate amphoe-2568.yaml
          oit check https://... --checklist amphoe-2568.yaml
        """
    )

    @Argument(help: "The form as CSV (UTF-8, with or without a header row): code,title[,group].")
    var form: String

    @Option(help: "The id of the new checklist (lower-case letters, digits and hyphens).")
    var id: String

    @Option(help: "The Thai title of the form.")
    var title: String?

    @Option(name: .customLong("title-en"), help: "The English title of the form.")
    var titleEnglish: String?

    @Option(name: .customLong("fiscal-year"), help: "The fiscal year of the form, Buddhist era (default: the current one).")
    var fiscalYear: Int?

    @Option(name: .customLong("agency-type"), help: "Agency type answering the form: amphoe, lao, general, vocational (repeatable).")
    var agencyTypes: [AgencyType] = []

    @Option(help: "Status of the form: official, confirmed, partial or reconstructed.")
    var status: ChecklistStatus = .official

    @Option(help: "Write the checklist to this file instead of standard output.")
    var out: String?

    func validate() throws {
        guard ChecklistReader.isChecklistID(id) else {
            throw ValidationError("--id \"\(id)\" must be lower-case letters, digits and hyphens, e.g. amphoe-2568")
        }
        if let fiscalYear, !(2540...2650).contains(fiscalYear) {
            throw ValidationError("--fiscal-year \(fiscalYear) is not a Buddhist-era year (2540-2650); add 543 to a Christian year")
        }
    }

    func run() throws {
        let library = try LibraryLoader.load()
        let text: String
        do {
            text = try TextFile.read(form)
        } catch {
            throw CLIFailure.usage(error.description)
        }
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(in: text)
        } catch {
            throw CLIFailure.usage("\(form): \(error.description)")
        }
        let year = try fiscalYear.map(FiscalYear.init) ?? Clock.currentFiscalYear()
        let header = FormImporter.Header(
            id: id,
            title: LocalizedText(th: title ?? "แบบฟอร์ม \(id) (นำเข้าจาก \(URL(fileURLWithPath: form).lastPathComponent))",
                                 en: titleEnglish ?? ""),
            fiscalYear: year, agencyTypes: agencyTypes.isEmpty ? [.general] : agencyTypes, status: status,
            source: "imported from \(URL(fileURLWithPath: form).lastPathComponent)")
        let result = FormImporter(lexicon: library.lexicon).importForm(records, header: header)
        guard !result.checklist.items.isEmpty else {
            throw CLIFailure.usage("\(form): no rows of the form code,title[,group] were found")
        }
        let yaml = ChecklistWriter.yaml(result.checklist, lexicon: library.lexicon)
        if let out {
            do {
                try Data(yaml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw CLIFailure.usage("cannot write \(out): check that the folder exists and is writable")
            }
        } else {
            Console.out(yaml)
        }
        let mapped = result.checklist.items.count - result.unmapped.count
        Console.error("\(form): \(result.checklist.items.count) items read, \(mapped) mapped to concepts")
        for row in result.rejected {
            Console.error("\(form):\(row.line): skipped: \(row.reason)")
        }
        for row in result.unmapped {
            Console.error("\(form):\(row.line): \(row.code) \"\(row.title)\": no concept found; fill in its concepts by hand")
        }
        if !result.isComplete {
            throw CLIFailure.failed("\(result.unmapped.count + result.rejected.count) row(s) need attention before the checklist can be used")
        }
    }
}
