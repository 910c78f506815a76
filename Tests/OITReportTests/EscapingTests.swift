import Foundation
@testable import OITReport
import Testing

/// What reporters do to text that came from a website.
@Suite("Escaping site text in reports")
struct EscapingTests {
    @Test("HTML: markup and quotes become entities", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img onerror=x>", "&quot;&gt;&lt;img onerror=x&gt;"),
        ("O'Brien & co", "O&#39;Brien &amp; co"),
        ("ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร"),
    ])
    func html(_ input: String, _ expected: String) {
        #expect(HTMLReporter.escape(input) == expected)
    }

    @Test("HTML: only web addresses become links")
    func htmlLinks() {
        #expect(HTMLReporter.link("javascript:alert(1)", text: "x") == "x")
        #expect(HTMLReporter.link("data:text/html,<b>", text: "<b>") == "&lt;b&gt;")
        #expect(HTMLReporter.link("https://a.go.th/?q=\"x\"", text: "a") == "<a href=\"https://a.go.th/?q=&quot;x&quot;\">a</a>")
    }

    @Test("Markdown: markup characters are escaped, tags are entities, lines are joined")
    func markdown() {
        #expect(MarkdownReporter.escape("**bold** | [x](javascript:y)") == "\\*\\*bold\\*\\* \\| \\[x\\](javascript:y)")
        #expect(MarkdownReporter.escape("<b>\nx") == "&lt;b&gt; x")
    }

    @Test("every ASCII byte, in any mix with Thai, is escaped in HTML and Markdown as its rule says, the rest kept")
    func everyByte() {
        let html: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        var markdown: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " ", "\t": " "]
        for mark in "\\`*_[]|#!~" { markdown[mark] = "\\" + String(mark) }
        let url: [Character: String] = [" ": "%20", "<": "%3C", ">": "%3E", "\n": ""]
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let pieces = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                Bool.random(using: &generator) ? ascii.randomElement(using: &generator)! : ["ข่าว", "é", "😀", "abc"].randomElement(using: &generator)!
            }
            let text = pieces.joined()
            // Scalar by scalar: "\r\n" is one Character, and each of its bytes has its own rule.
            func expected(_ rules: [Character: String]) -> String {
                text.unicodeScalars.map { rules[Character($0)] ?? String($0) }.joined()
            }
            #expect(HTMLReporter.escape(text) == expected(html), "\(text.debugDescription)")
            #expect(MarkdownReporter.escape(text) == expected(markdown), "\(text.debugDescription)")
            #expect(MarkdownReporter.escapeURL(text) == expected(url), "\(text.debugDescription)")
        }
    }

    @Test("Markdown: a URL in angle brackets cannot end early: spaces and brackets are percent-encoded, breaks dropped")
    func markdownURL() {
        #expect(MarkdownReporter.escapeURL("https://a.go.th/ข่าว/2568.pdf") == "https://a.go.th/ข่าว/2568.pdf")
        #expect(MarkdownReporter.escapeURL("https://a.go.th/a b/<x>\n.pdf ") == "https://a.go.th/a%20b/%3Cx%3E.pdf%20")
        #expect(MarkdownReporter.escapeURL("<>\n \n") == "%3C%3E%20")
        #expect(MarkdownReporter.escapeURL("") == "")
    }

    @Test("CSV: quoted when needed, and never a formula", arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
        ("+1", "'+1"),
        ("-", "-"),
        ("บรรทัดแรก\r\nบรรทัดสอง", "\"บรรทัดแรก\r\nบรรทัดสอง\""),
        ("ข้อ\nสอง", "\"ข้อ\nสอง\""),
        ("@ผู้ดูแล", "'@ผู้ดูแล"),
    ])
    func csv(_ input: String, _ expected: String) {
        #expect(CSVField.escape(input) == expected)
    }

    @Test("a CSV file starts with a byte order mark and ends lines with CRLF")
    func csvFile() {
        #expect(CSVField.file([["ข้อ", "URL"], ["O1", "https://a.go.th/"]]) == "\u{FEFF}ข้อ,URL\r\nO1,https://a.go.th/\r\n")
    }

    @Test("Thai lines up in a text table: marks and colour codes take no width")
    func widths() {
        #expect(TextTable.displayWidth("ข้อมูล") == 4)
        #expect(TextTable.displayWidth("\u{1B}[32mผ่าน\u{1B}[0m") == 3)
        #expect(TextTable.displayWidth("ab") == 2)
    }

    @Test("an output format follows a file name")
    func formats() {
        #expect(OutputFormat(fileName: "r.HTML") == .html)
        #expect(OutputFormat(fileName: "report.md") == .md)
        #expect(OutputFormat(fileName: "x.csv") == .csv)
        #expect(OutputFormat(fileName: "report") == nil)
    }
}
