import Testing
import OITChecklists
import OITCore

@Suite("Importing a form from CSV")
struct FormImporterTests {
    func imported() throws -> FormImport {
        let lexicon = try LibraryFixtures.library().lexicon
        let records = try CSVReader.records(in: try LibraryFixtures.text("form-sample.csv"))
        let header = FormImporter.Header(id: "sample-2568", title: LocalizedText(th: "ทดลอง", en: "Sample"),
                                         fiscalYear: FiscalYear(2568), agencyTypes: [.amphoe], status: .official,
                                         source: "form-sample.csv")
        return FormImporter(lexicon: lexicon).importForm(records, header: header)
    }

    @Test("codes are normalised and concepts, periods and external rules come from the titles")
    func mapped() throws {
        let result = try imported()
        let items = result.checklist.items
        #expect(items.map(\.code) == ["O1", "O2", "O3", "O4", "O5", "O6"])
        #expect(items[0].concepts == ["structure"])
        #expect(items[1].title == "ข้อมูลผู้บริหาร, ชื่อ ตำแหน่ง รูปถ่าย")
        #expect(items[1].concepts == ["executives"])
        #expect(items[2].concepts == ["procurement-plan"])
        #expect(items[2].period == .currentFY)
        #expect(items[2].group == "การจัดซื้อจัดจ้าง")
        #expect(items[3].concepts == ["e-service"])
        #expect(items[3].externalAllowed)
        #expect(items[5].title == "รายงานผลการดำเนินงาน ประจำปี")
        #expect(items[5].concepts == ["annual-report"])
        #expect(items[5].period == .previousFY)
    }

    @Test("rows it cannot map are listed with their lines, never guessed")
    func unmappedAndRejected() throws {
        let result = try imported()
        #expect(result.unmapped == [.init(line: 6, code: "O5", title: "การบริหารจัดการศูนย์ราชการสะดวก")])
        #expect(result.checklist.items[4].concepts.isEmpty)
        #expect(result.rejected.map(\.line) == [7, 8])
        #expect(result.rejected[0].reason.contains("given twice"))
        #expect(!result.isComplete)
    }

    @Test("the written YAML fails validation exactly at the unmapped item, and reads back once it is filled in")
    func writtenYAML() throws {
        let lexicon = try LibraryFixtures.library().lexicon
        let yaml = ChecklistWriter.yaml(try imported().checklist, lexicon: lexicon)
        #expect(yaml.contains("# No concept was found in the title"))
        guard case .failure(let failure) = ChecklistReader.read(yaml, file: "sample.yaml", lexicon: lexicon) else {
            Issue.record("an item without concepts was accepted")
            return
        }
        #expect(failure.problems.map(\.field) == ["items[4].concepts"])
        let fixed = yaml.replacingOccurrences(of: "concepts: []", with: "concepts: [service-manual]")
        let checklist = try ChecklistReader.read(fixed, file: "sample.yaml", lexicon: lexicon).get()
        #expect(checklist.items.count == 6)
        #expect(checklist.status == .official)
        #expect(checklist.agencyTypes == [.amphoe])
    }
}
