import Foundation
import Testing

/// The reports of `oit check` in every format, compared with golden files (the clock is pinned
/// by OITRunner), and the HTML and Markdown reports of a page written to attack its reader.
@Suite("oit check reports", .serialized)
struct ReportFormatTests {
    static let hub = ["check", "fixtures/sites/amphoe-hub", "--origin", "https://www.amphoe-tuayang.go.th/",
                      "--fiscal-year", "2568", "--quiet"]

    @Test("each format of the district site's report, as recorded", arguments: [
        (["--format", "md"], "check-amphoe-hub.md"),
        (["--format", "md", "--lang", "en"], "check-amphoe-hub-en.md"),
        (["--format", "csv"], "check-amphoe-hub.csv"),
        (["--format", "itas"], "check-amphoe-hub-itas.csv"),
        (["--format", "terminal"], "check-amphoe-hub-terminal.txt"),
        (["--format", "html"], "check-amphoe-hub.html"),
    ])
    func golden(_ arguments: [String], _ name: String) throws {
        let run = try OITRunner.run(Self.hub + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: name)
    }

    @Test("CSV and the ITAS sheet open in Excel: a byte order mark, CRLF lines, quoted fields")
    func spreadsheets() throws {
        let itas = try OITRunner.run(Self.hub + ["--format", "itas"]).stdout
        #expect(itas.hasPrefix("\u{FEFF}ข้อ,ประเด็นการเปิดเผยข้อมูล,คำตอบ,URL,คำอธิบายเพิ่มเติม\r\n"))
        let rows = itas.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 31)
        #expect(rows.contains { $0.hasPrefix("O1,โครงสร้าง,มี,https://www.amphoe-tuayang.go.th/about/structure.html,") })
        #expect(rows.contains { $0.hasPrefix("O16,แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ,ไม่มี,,") })
    }

    @Test("the format follows --out's file name, and --min-score sets the exit status")
    func outAndMinScore() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oit-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try OITRunner.run(Self.hub + ["--out", out.path, "--min-score", "85"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("คะแนน OIT 80.00 ต่ำกว่า --min-score 85"))
        let html = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(try OITRunner.run(Self.hub + ["--format", "json", "--min-score", "80"]).status == 0)
    }

    static let hostile = ["check", "fixtures/sites/hostile/index.html", "--max-depth", "0", "--checklist", "amphoe-2567",
                          "--fiscal-year", "2568", "--quiet"]

    /// Lists, with Python's own HTML parser, every element and attribute that could run, load or
    /// send anything.
    static let inspector = """
    import sys
    from html.parser import HTMLParser
    bad = []
    styles = []
    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "iframe", "frame", "object", "embed", "img", "link", "base", "form", "input",
                       "svg", "math", "video", "audio", "source", "meta") and not (tag == "meta" and attrs in
                       ([("charset", "utf-8")], [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])):
                bad.append("element " + tag)
            for name, value in attrs:
                if name.startswith("on"): bad.append("handler " + name)
                if name in ("src", "srcset", "action", "formaction", "background", "poster", "data"): bad.append("loads " + name)
                if name == "style": bad.append("inline style")
                if name == "href" and not (value or "").lower().startswith(("http://", "https://")): bad.append("href " + str(value))
            if tag == "style": styles.append(tag)
        def handle_data(self, data):
            if self.lasttag == "style" and ("url(" in data or "@import" in data or "expression(" in data):
                bad.append("style loads")
    P().feed(sys.stdin.read())
    if len(styles) != 1: bad.append("style elements: %d" % len(styles))
    print("\\n".join(bad))
    """

    @Test("the HTML report of a hostile page runs nothing and loads nothing")
    func hostileHTML() throws {
        let run = try OITRunner.run(Self.hostile + ["--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the label is shown, as text")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.inspector]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(run.stdout.utf8))
        try input.fileHandleForWriting.close()
        let found = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(found.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(found)")
    }

    @Test("the Markdown report of a hostile page carries its labels as inert text")
    func hostileMarkdown() throws {
        let run = try OITRunner.run(Self.hostile + ["--format", "md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("<script"))
        #expect(!run.stdout.contains("<img"))
        // A label's own "[x](javascript:...)" is escaped; no link of the report leads there.
        #expect(run.stdout.range(of: #"(?<!\\)\]\((<)?(javascript|data):"#, options: .regularExpression) == nil)
        #expect(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
