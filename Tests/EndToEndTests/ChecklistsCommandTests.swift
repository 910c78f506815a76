import Foundation
import Testing

@Suite("oit checklists, run as a user runs it", .serialized)
struct ChecklistsCommandTests {
    @Test("the list names every shipped form, in Thai by default")
    func list() throws {
        let run = try OITRunner.run(["checklists"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        try Golden.check(run.stdout, against: "checklists-list-th.txt")
    }

    @Test("the list in English")
    func listEnglish() throws {
        let run = try OITRunner.run(["checklists", "list", "--lang", "en"])
        #expect(run.status == 0)
        try Golden.check(run.stdout, against: "checklists-list-en.txt")
    }

    @Test("show prints a form item by item, with the warning a reconstructed form needs")
    func show() throws {
        let thai = try OITRunner.run(["checklists", "show", "amphoe-2567"])
        #expect(thai.status == 0)
        try Golden.check(thai.stdout, against: "checklists-show-amphoe-2567-th.txt")
        let english = try OITRunner.run(["checklists", "show", "nacc-2569", "--lang", "en"])
        #expect(english.status == 0)
        try Golden.check(english.stdout, against: "checklists-show-nacc-2569-en.txt")
    }

    @Test("show accepts a file path")
    func showFile() throws {
        let run = try OITRunner.run(["checklists", "show", "checklists/forms/vec-2569.yaml", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("vec-2569: OIT form for vocational colleges"))
    }

    @Test("an unknown checklist is a usage error that lists the known ones, in Thai unless asked otherwise")
    func unknownChecklist() throws {
        let run = try OITRunner.run(["checklists", "show", "nacc-2599"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "oit: ไม่รู้จักแบบตรวจ \"nacc-2599\" แบบที่มี: amphoe-2567, nacc-2563, nacc-2566, nacc-2568, nacc-2569, vec-2569 (หรือระบุที่อยู่ไฟล์ YAML)\n")
        let english = try OITRunner.run(["checklists", "show", "nacc-2599", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr == "oit: unknown checklist \"nacc-2599\"; known: amphoe-2567, nacc-2563, nacc-2566, nacc-2568, nacc-2569, vec-2569 (or give a path to a YAML file)\n")
    }

    @Test("validate passes every shipped file")
    func validateShipped() throws {
        let forms = try FileManager.default.contentsOfDirectory(atPath: OITRunner.repository.appendingPathComponent("checklists/forms").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "checklists/forms/\($0)" }
        let run = try OITRunner.run(["checklists", "validate"] + forms + ["checklists/concepts.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == forms.count + 1)
        #expect(run.stdout.contains("checklists/concepts.yaml: ok, 55 concepts, every example matches"))
    }

    @Test("validate fails on the three broken fixtures, with every problem located")
    func validateBroken() throws {
        let fixtures = "Tests/OITChecklistsTests/Fixtures/"
        let run = try OITRunner.run(["checklists", "validate", fixtures + "broken-concepts-and-codes.yaml",
                                     fixtures + "broken-fields.yaml", fixtures + "broken-syntax.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(fixtures)broken-concepts-and-codes.yaml:15:16: items[1].concepts: unknown concept \"procurment-plan\" (did you mean \"procurement-plan\"?)"))
        #expect(lines.contains("\(fixtures)broken-concepts-and-codes.yaml:17:5: items[2].code: duplicate code O2 (first on line 13)"))
        #expect(lines.contains { $0.hasPrefix("\(fixtures)broken-fields.yaml:7:9: status: \"draft\" is not one of") })
        #expect(lines.contains { $0.hasPrefix("\(fixtures)broken-syntax.yaml:") && $0.contains("not valid YAML") })
        #expect(lines.last == "oit: 3 of 3 file(s) have problems")
    }

    @Test("a missing file is reported, not a crash")
    func validateMissing() throws {
        let run = try OITRunner.run(["checklists", "validate", "no/such/form.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("no/such/form.yaml: no such file: no/such/form.yaml"))
    }

    @Test("import maps every row of a form saved from Excel, and the result validates")
    func importForm() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oit-import-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try OITRunner.run(["checklists", "import", "fixtures/forms/amphoe-form-sample.csv", "--id", "amphoe-sample",
                                     "--agency-type", "amphoe", "--fiscal-year", "2568", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "fixtures/forms/amphoe-form-sample.csv: 30 items read, 30 mapped to concepts\n")
        let validate = try OITRunner.run(["checklists", "validate", out.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("amphoe-sample (official), 30 items"))
        let shown = try OITRunner.run(["checklists", "show", out.path, "--lang", "en"])
        #expect(shown.stdout.contains("O21   none                   -         complaint-channel"))
    }

    @Test("import lists the rows it cannot map and exits 1")
    func importUnmapped() throws {
        let run = try OITRunner.run(["checklists", "import", "Tests/OITChecklistsTests/Fixtures/form-sample.csv", "--id", "sample"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("id: sample"))
        #expect(run.stderr.contains("form-sample.csv:6: O5 \"การบริหารจัดการศูนย์ราชการสะดวก\": no concept found"))
        #expect(run.stderr.contains("form-sample.csv:7: skipped: item O5 is given twice"))
        #expect(run.stderr.hasSuffix("oit: 3 row(s) need attention before the checklist can be used\n"))
    }

    @Test("bad arguments and unwritable output are usage errors with status 2",
          arguments: [
            (["checklists", "import", "fixtures/forms/amphoe-form-sample.csv"], "Missing expected argument '--id <id>'"),
            (["checklists", "import", "fixtures/forms/amphoe-form-sample.csv", "--id", "Bad ID"], "must be lower-case letters"),
            (["checklists", "import", "fixtures/forms/amphoe-form-sample.csv", "--id", "x", "--fiscal-year", "2025"], "add 543"),
            (["checklists", "import", "fixtures/forms/amphoe-form-sample.csv", "--id", "x", "--out", "/no/such/dir/x.yaml"], "cannot write /no/such/dir/x.yaml"),
            (["checklists", "import", "no-such.csv", "--id", "x"], "no such file: no-such.csv"),
            (["checklists", "list", "--lang", "fr"], "--lang"),
          ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let run = try OITRunner.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("help goes to standard output with status 0 and shows examples")
    func help() throws {
        let run = try OITRunner.run(["checklists", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("oit checklists show nacc-2568 --lang en"))
    }

    @Test("a binary that cannot find its checklists says how to point it at them")
    func missingData() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("oit-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        try Data("concepts: []\n".utf8).write(to: empty.appendingPathComponent("concepts.yaml"))
        let run = try OITRunner.run(["checklists"], environment: ["OIT_CHECKLISTS": empty.path])
        #expect(run.status == 1)
        #expect(run.stderr == "oit: \(empty.path) has no readable forms/ folder; OIT_CHECKLISTS must name a folder with concepts.yaml and forms/\n")
    }
}
