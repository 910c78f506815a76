import Foundation
import OITTestSupport
import Testing

@Suite("oit check, run as a user runs it", .serialized)
struct CheckCommandTests {
    static let hubArguments = ["check", "fixtures/sites/amphoe-hub", "--origin", "https://www.amphoe-tuayang.go.th/",
                               "--fiscal-year", "2568", "--format", "json", "--quiet"]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a mirrored district site: the JSON report, item by item, as recorded")
    func districtReport() throws {
        let run = try OITRunner.run(Self.hubArguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        try Golden.check(run.stdout, against: "check-amphoe-hub.json")
        let report = try Self.json(run.stdout)
        // The form of a district office, guessed from the site's title.
        #expect((report["checklist"] as? [String: Any])?["id"] as? String == "amphoe-2567")
        #expect(report["schema"] as? String == "oit-check/report/1")
        #expect(report["fiscal_year"] as? Int == 2568)
    }

    @Test("--max-depth 0 on a saved page reads that page only and touches no network")
    func savedPageOffline() throws {
        let listener = try SilentListener()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = "http://127.0.0.1:\(listener.port)"
        let page = """
        <html><head><meta charset="utf-8"><title>ITA 2568</title></head><body>
        <a href="\(base)/structure.html">โครงสร้างองค์กร</a>
        <a href="\(base)/files/annual-plan-2567.pdf">แผนดำเนินงานประจำปี 2567</a>
        <a href="\(base)/egp">ประกาศจัดซื้อจัดจ้าง</a>
        <a href="#">ข้อมูลผู้บริหาร</a>
        </body></html>
        """
        let file = folder.appendingPathComponent("saved.php")
        try Data(page.utf8).write(to: file)
        let run = try OITRunner.run(["check", file.path, "--max-depth", "0", "--checklist", "amphoe-2567",
                                     "--fiscal-year", "2568", "--format", "json", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(listener.connections() == 0, "a request reached the network")
        let report = try Self.json(run.stdout)
        let links = try #require(report["links"] as? [[String: Any]])
        #expect(links.map { $0["href"] as? String } == ["\(base)/structure.html", "\(base)/files/annual-plan-2567.pdf", "\(base)/egp", "#"])
        #expect(links.last?["dead"] as? Bool == true)
        let items = try #require(report["items"] as? [[String: Any]])
        let status = Dictionary(uniqueKeysWithValues: items.map { ($0["code"] as! String, $0["status"] as! String) })
        #expect(status["O1"] == "review")   // found, not opened: a saved copy cannot say
        #expect(status["O2"] == "broken")   // "#"
        #expect(status["O8"] == "stale")    // last year's plan, whatever the link does
        #expect(status["O17"] == "review")
        #expect(status["O5"] == "missing")
    }

    @Test("--out writes the report to a file and nothing to standard output")
    func outFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oit-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try OITRunner.run(Self.hubArguments + ["--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let report = try Self.json(String(decoding: try Data(contentsOf: out), as: UTF8.self))
        #expect((report["items"] as? [Any])?.count == 30)
    }

    @Test("a site that cannot be reached exits 3, and the report is still written")
    func unreachableStillReports() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oit-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try OITRunner.run(["check", "http://127.0.0.1:9/", "--checklist", "nacc-2568", "--timeout", "5",
                                     "--quiet", "--out", out.path])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("oit: อ่าน http://127.0.0.1:9/ ไม่ได้: เชื่อมต่อไม่ได้"), "\(run.stderr)")
        #expect(run.stderr.contains("ตรวจว่าเว็บไซต์เปิดอยู่"))
        let english = try OITRunner.run(["check", "http://127.0.0.1:9/", "--checklist", "nacc-2568", "--timeout", "5",
                                         "--quiet", "--lang", "en"])
        #expect(english.status == 3)
        #expect(english.stderr.hasPrefix("oit: could not read http://127.0.0.1:9/: could not connect"))
        #expect(english.stderr.contains("check that the site is up"))
        let report = try Self.json(String(decoding: try Data(contentsOf: out), as: UTF8.self))
        #expect((report["score"] as? [String: Any])?["value"] as? Double == 0)
    }

    @Test("bad input is a usage error with status 2, before anything is read",
          arguments: [
            (["check", "fixtures/sites/no-items", "--checklist", "nacc-2599"], "nacc-2568"),
            (["check", "fixtures/sites/no-items", "--fiscal-year", "12345"], "--fiscal-year 12345 is not a year"),
            (["check", "fixtures/sites/no-items", "--format", "pdf"], "'pdf' is invalid for '--format"),
            (["check", "fixtures/sites/no-items", "--min-score", "120"], "--min-score must be between 0 and 100"),
            (["check", "fixtures/sites/no-items", "--out", "/no/such/folder/report.json"], "the folder /no/such/folder does not exist"),
            (["check", "fixtures/sites/amphoe-hub"], "--origin https://"),
          ])
    func usage(_ arguments: [String], _ message: String) throws {
        let run = try OITRunner.run(arguments + ["--quiet", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
