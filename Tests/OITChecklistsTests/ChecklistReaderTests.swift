import Testing
import OITChecklists
import OITCore

@Suite("Reading and validating checklist files")
struct ChecklistReaderTests {
    func problems(_ fixture: String) throws -> [ChecklistProblem] {
        let lexicon = try LibraryFixtures.library().lexicon
        switch ChecklistReader.read(try LibraryFixtures.text(fixture), file: fixture, lexicon: lexicon) {
        case .success(let checklist): Issue.record("\(fixture) read as \(checklist.id)"); return []
        case .failure(let failure): return failure.problems
        }
    }

    /// A problem's line, field and the start of its message.
    func has(_ problems: [ChecklistProblem], line: Int, field: String, _ message: String) -> Bool {
        problems.contains { $0.line == line && $0.field == field && $0.message.contains(message) }
    }

    @Test("an unknown concept, a duplicate code and a bad period, each with its line")
    func conceptsAndCodes() throws {
        let found = try problems("broken-concepts-and-codes.yaml")
        #expect(found.count == 3, "\(found)")
        #expect(has(found, line: 15, field: "items[1].concepts", "unknown concept \"procurment-plan\" (did you mean \"procurement-plan\"?)"))
        #expect(has(found, line: 20, field: "items[2].period", "\"current\" is not one of: none, current-fy"))
        #expect(has(found, line: 17, field: "items[2].code", "duplicate code O2 (first on line 13)"))
    }

    @Test("a Christian year, a bad status, misspelt fields and bad values")
    func fields() throws {
        let found = try problems("broken-fields.yaml")
        #expect(has(found, line: 2, field: "id", "is not an id"))
        #expect(has(found, line: 5, field: "fiscal_year", "2025 is not a fiscal year in the Buddhist era"))
        #expect(has(found, line: 6, field: "agency_type", "unknown field (did you mean \"agency_types\"?)"))
        #expect(found.contains { $0.field == "agency_types" && $0.message == "missing" })
        #expect(has(found, line: 7, field: "status", "\"draft\" is not one of: official, confirmed, partial, reconstructed"))
        #expect(has(found, line: 11, field: "items[0].concept", "unknown field (did you mean \"concepts\"?)"))
        #expect(found.contains { $0.field == "items[0].concepts" && $0.message == "missing" })
        #expect(has(found, line: 13, field: "items[1].code", "\"12\" is not an item code"))
        #expect(has(found, line: 15, field: "items[1].concepts", "\"ita-hub\" is the hub page"))
        #expect(has(found, line: 15, field: "items[1].concepts", "\"news\" is listed twice"))
        #expect(has(found, line: 17, field: "items[1].min_count", "must be 1 or more"))
        #expect(has(found, line: 18, field: "items[1].external", "expected true or false, found \"maybe\""))
    }

    @Test("a file that is not YAML gets one located syntax error")
    func syntax() throws {
        let found = try problems("broken-syntax.yaml")
        #expect(found.count == 1)
        #expect(found.first?.line != nil)
        #expect(found.first?.message.hasPrefix("not valid YAML") == true)
        #expect(found.first?.description.hasPrefix("broken-syntax.yaml:") == true)
    }

    @Test("an item inherits its fix and its external rule from its concepts unless it says otherwise")
    func inheritance() throws {
        let lexicon = try LibraryFixtures.library().lexicon
        let yaml = """
        id: tiny
        title: แบบทดสอบ
        fiscal_year: 2568
        agency_types: [lao]
        status: official
        items:
          - {code: O1, title: Social Network, concepts: [social-network], period: none}
          - {code: O2, title: ประกาศจัดซื้อจัดจ้าง, concepts: [procurement-announcements], period: current-fy, external: false}
          - {code: O3, title: โครงสร้างและอำนาจหน้าที่, concepts: [structure, powers-duties], match: all, period: none, fix: ทำเลย}
        """
        let checklist = try ChecklistReader.read(yaml, file: "tiny.yaml", lexicon: lexicon).get()
        #expect(checklist.items[0].externalAllowed)
        #expect(!checklist.items[1].externalAllowed)
        #expect(checklist.items[0].howToFix == lexicon.concept("social-network")?.fix?.th)
        #expect(checklist.items[2].howToFix == "ทำเลย")
        #expect(checklist.items[2].match == .all)
        #expect(checklist.title.th == "แบบทดสอบ")
    }

    @Test("the lexicon file is checked too: duplicate ids, bad ids and examples that do not match")
    func conceptsFile() {
        let yaml = """
        concepts:
          - {id: structure, th: โครงสร้าง, en: Structure, fix: x, examples: [โครงสร้าง]}
          - {id: structure, th: โครงสร้างซ้ำ, en: Again, fix: x, examples: [โครงสร้าง]}
          - {id: Bad_ID, th: ผิด, en: Bad, fix: x, examples: [ผิด]}
          - {id: news, th: ข่าว, en: News, fix: x, examples: [ประชาสัมพันธ์], counterexamples: [ข่าวสาร]}
        """
        guard case .failure(let failure) = ConceptsReader.read(yaml, file: "concepts.yaml") else {
            Issue.record("a broken lexicon was accepted")
            return
        }
        let messages = failure.problems.map(\.description)
        #expect(messages.contains { $0.contains("duplicate concept id \"structure\" (first on line 2)") })
        #expect(messages.contains { $0.contains("\"Bad_ID\" is not an id") })
        guard case .failure(let examples) = ConceptsReader.read(yaml.replacingOccurrences(of: "  - {id: structure, th: โครงสร้างซ้ำ, en: Again, fix: x, examples: [โครงสร้าง]}\n", with: "")
            .replacingOccurrences(of: "  - {id: Bad_ID, th: ผิด, en: Bad, fix: x, examples: [ผิด]}\n", with: ""), file: "concepts.yaml") else {
            Issue.record("failing examples were accepted")
            return
        }
        #expect(examples.problems.map(\.message) == [
            "\"ประชาสัมพันธ์\" should match news but matches nothing",
            "\"ข่าวสาร\" must not match news",
        ])
        #expect(examples.problems.first?.line == 3)
    }
}
