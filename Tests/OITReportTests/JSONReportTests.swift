import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler
@testable import OITReport
import Testing

/// The JSON report reads back as it was written: batches and `oit diff` rely on it. It is
/// written by hand, and must stay what JSONEncoder writes of its Codable form.
@Suite("JSON report round trip")
struct JSONReportTests {
    static let sites = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/sites")

    @Test("encode, decode, encode again: the same bytes")
    func roundTrip() async throws {
        let library = try ChecklistLibrary.bundled()
        let origin = URL(string: "https://www.amphoe-tuayang.go.th/")!
        let fetcher = FileFetcher(mirror: Self.sites.appendingPathComponent("amphoe-hub"), origin: origin)
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 4, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                                   client: client, externalClient: client, opensTargets: true, isLocal: true)
        let crawl = await session.crawl(from: origin)
        let result = await session.check(crawl, against: try #require(library.checklist(id: "amphoe-2567")),
                                         assessing: FiscalYear(2568))
        let report = JSONReport(result, language: .th)
        let text = report.text
        let decoded = try JSONReport.decode(Data(text.utf8))
        #expect(decoded.text == text)
        #expect(text == (try Self.encoderText(decoded)))
        // Made from a check, the report writes its links from the pages; as records they are the same.
        #expect(text == (try Self.encoderText(report)))
        #expect(report.links.count > 10 && report.links == decoded.links, "\(report.links.count)")
        #expect(report.forSummary().links.isEmpty && decoded.forSummary().links.isEmpty)
        #expect(decoded.items.count == 30)
        #expect(decoded.items.first { $0.code == "O16" }?.status == .stale)
        #expect(decoded.score.band == .needsImprovement)
    }

    /// What JSONEncoder writes of `report`, as the report's own writer must: pretty, with each
    /// of `links[]` on its own line as JSONEncoder writes it compact.
    static func encoderText(_ report: JSONReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let pretty = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        guard !report.links.isEmpty else { return pretty }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try report.links.map { "    " + String(decoding: try encoder.encode($0), as: UTF8.self) }
        let start = try #require(pretty.range(of: "\n  \"links\" : [\n")).upperBound
        let end = try #require(pretty.range(of: "\n  ],\n  \"schema\" : ")).lowerBound
        return String(pretty[..<start]) + lines.joined(separator: ",\n") + String(pretty[end...])
    }

    @Test("written by hand, byte for byte as JSONEncoder: escapes, Thai, missing optionals, empty lists, numbers")
    func sameAsEncoder() throws {
        let source = #"""
        {"schema": "oit-check/report/1", "fiscal_year": 2569,
         "checklist": {"id": "nacc-2569", "title": "แบบ \"OIT\" / 2569", "status": "official", "fiscal_year": 2569},
         "site": {"url": "https://a.go.th/", "pages_read": 3, "documents_checked": 0, "pages_skipped": 12,
                  "robots_ignored": true, "budget_exhausted": false, "unreachable": false},
         "score": {"value": 33.33333333333333, "passed": 1, "items": 3, "pass_line": 85, "top_band": 95,
                   "if_fixed": 100, "band": "needs-improvement"},
         "counts": {"pass": 1, "missing": 1, "broken": 1, "stale": 0, "review": 0, "a_b": 0, "aB": 0, "B": 0, "q\"\\\u0001": 2},
         "items": [
          {"code": "O1", "title": "โครงสร้าง", "title_en": "Structure", "concepts": [], "status": "pass",
           "evidence": [{"href": "/a b/\u0001\t\\x", "url": "https://a.go.th/a%20b/", "final_url": "https://a.go.th/c/",
                         "text": "ผัง\nองค์กร\r\f\b\u001f\u007f", "page": "https://a.go.th/", "http_status": 200,
                         "year": 2569, "year_source": "text", "status": "pass", "basis": "label"}],
           "reasons": []},
          {"code": "O2", "title": "ผู้บริหาร", "title_en": "Executives", "concepts": ["executives", "contact"],
           "status": "missing", "evidence": [], "reasons": [{"th": "ไม่พบ", "en": "Not found"}],
           "fix": {"th": "เผยแพร่ \u2028 ข้อมูล", "en": "Publish it"}},
          {"code": "O3", "title": "", "title_en": "", "concepts": ["x"], "status": "broken",
           "evidence": [{"href": "#", "text": "", "page": "https://a.go.th/", "status": "broken", "basis": "url"}],
           "reasons": []}
         ],
         "links": [
          {"page": "https://a.go.th/", "href": "#", "text": "เมนู", "concepts": [], "basis": "none", "dead": true, "line": 1},
          {"page": "https://a.go.th/", "href": "/x", "url": "https://a.go.th/x", "text": "e\u0301", "concepts": ["structure"],
           "basis": "label", "dead": false, "line": 20}
         ]}
        """#
        let report = try JSONReport.decode(Data(source.utf8))
        #expect(report.text == (try Self.encoderText(report)))
        let empty = try JSONReport.decode(Data(#"""
        {"schema": "s", "fiscal_year": 2569, "checklist": {"id": "x", "title": "", "status": "draft", "fiscal_year": 2569},
         "site": {"url": "u", "final_url": "f", "pages_read": 0, "documents_checked": 0, "pages_skipped": 0,
                  "robots_ignored": false, "budget_exhausted": true, "stopped_early": true, "unreachable": true},
         "score": {"value": 0, "passed": 0, "items": 0, "pass_line": 85.5, "top_band": 1e-7, "if_fixed": 1e21, "band": "needs-improvement"},
         "counts": {}, "items": [], "links": []}
        """#.utf8))
        #expect(empty.text == (try Self.encoderText(empty)))
    }

    @Test("a string is escaped as JSONEncoder escapes it, wherever in a long text the escapes fall")
    func stringsAsEncoder() throws {
        let pieces = ["a", "/", "ข่าว", "\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}", " ", "\u{2028}", "😀", "12345678"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var json = PrettyJSON()
            json.string(text)
            let written = json.utf8().dropLast()   // the final newline
            #expect(Array(written) == Array(try encoder.encode(text)), "\(text.debugDescription)")
        }
    }

    @Test("an integer is written as JSONEncoder writes it: sign, every digit count, the extremes")
    func integersAsEncoder() throws {
        var generator = SystemRandomNumberGenerator()
        var numbers = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        numbers += (0..<2_000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator) }
        for number in numbers {
            var json = PrettyJSON()
            json.int(number)
            #expect(Array(json.utf8().dropLast()) == Array(try JSONEncoder().encode(number)), "\(number)")
        }
    }
}
