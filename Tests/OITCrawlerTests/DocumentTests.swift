import Foundation
import Testing
@testable import OITCrawler
import OITHTML

@Suite("Documents, soft 404s and login walls")
struct DocumentTests {
    @Test("a response's media type: lower-cased, without parameters or spaces, none when the header names none",
          arguments: [("Text/HTML; charset=UTF-8", "text/html"), (" application/pdf ", "application/pdf"),
                      ("text/html", "text/html"), ("\tapplication/xhtml+xml;", "application/xhtml+xml"),
                      ("", nil), ("; charset=utf-8", nil), ("  ", nil)] as [(String, String?)])
    func mediaType(_ header: String, _ expected: String?) {
        #expect(HTTPHeaders([("Content-Type", header)]).mediaType == expected)
    }

    @Test("a PDF's own dates, from its Info dictionary and its XMP")
    func pdfDates() throws {
        let head = Array("%PDF-1.7\n1 0 obj << /Producer (Word) /CreationDate (D:20241015093000+07'00') >>".utf8)
        let tail = Array("<x:xmpmeta><xmp:ModifyDate>2025-03-02T10:00:00+07:00</xmp:ModifyDate></x:xmpmeta>\ntrailer".utf8)
        let dates = PDFDates.read([head, tail])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok")!
        let created = try #require(dates.created)
        #expect(calendar.dateComponents([.year, .month, .day, .hour], from: created) == DateComponents(year: 2024, month: 10, day: 15, hour: 9))
        let modified = try #require(dates.modified)
        #expect(calendar.dateComponents([.year, .month, .day], from: modified) == DateComponents(year: 2025, month: 3, day: 2))
        #expect(PDFDates.read([Array("%PDF-1.4 /CreationDate (D:19700101)".utf8)]).isEmpty)
        #expect(PDFDates.read([[0x25, 0x50, 0xFF, 0xFE]]).isEmpty)
    }

    @Test("a PDF date is found deep in a binary chunk, and cut off at the chunk's end it is no date")
    func pdfDatesInBinary() throws {
        let binary = (0..<60_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) | 0x80 }   // no ASCII at all
        let info = Array("/ModDate (D:20250102030405Z)".utf8)
        let dates = PDFDates.read([binary + info + binary])
        let modified = try #require(dates.modified)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        #expect(calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: modified)
                == DateComponents(year: 2025, month: 1, day: 2, hour: 3, minute: 4, second: 5))
        #expect(PDFDates.read([binary + Array("/ModDate (D:20".utf8)]).isEmpty)
        // The first occurrence of a key is the one read, as before.
        let twice = PDFDates.read([Array("/CreationDate (D:2019) /CreationDate (D:2024)".utf8)])
        #expect(try calendar.component(.year, from: #require(twice.created)) == 2019)
    }

    func page(_ html: String) -> HTMLDocument { try! HTMLDocument.parse(Array(html.utf8)) }

    @Test("a 200 page that says it was not found is a soft 404, in Thai or English")
    func notFoundPages() {
        let judge = PageJudge()
        let url = URL(string: "https://x.go.th/o1.php")!
        let ok = FetchResponse(requestedURL: url, url: url, status: 200)
        #expect(judge.verdict(requested: url, response: ok, page: page("<title>ไม่พบหน้าที่ท่านต้องการ</title><p>กลับหน้าหลัก</p>"), home: nil)
                == .soft404(.saysNotFound("ไม่พบหน้า")))
        #expect(judge.verdict(requested: url, response: ok, page: page("<h1>404 - Page Not Found</h1>"), home: nil) != .ok)
        #expect(judge.verdict(requested: url, response: ok, page: page("<title>โครงสร้าง</title><p>แผนผัง</p>"), home: nil) == .ok)
        #expect(judge.verdict(requested: url, response: FetchResponse(requestedURL: url, url: url, status: 404), page: nil, home: nil)
                == .httpError(404))
    }

    @Test("verdicts, fetch errors, skip reasons and robots.txt states explain themselves in Thai and English")
    func explanations() {
        #expect(PageVerdict.failed(.timeout(seconds: 20)).explanation.th == "ไม่ตอบภายใน 20 วินาที")
        #expect(PageVerdict.failed(.timeout(seconds: 20)).explanation.en == "no answer within 20 s")
        #expect(PageVerdict.soft404(.redirectedHome).explanation.th == "ไม่ใช่หน้าจริง (ถูกส่งต่อไปที่หน้าแรก)")
        #expect(CrawlResult.SkipReason.trap(.pathVariations("/news/*")).explanation.th == "หน้ารูปแบบ /news/* มากเกินไป")
        #expect(CrawlResult.SkipReason.goalMet.explanation.en == "not needed: every item was decided")
        #expect(RobotsCache.Status.noAnswer(.dns(host: "x.go.th")).explanation.th
                == "ไม่ตอบ (หาชื่อโดเมน x.go.th ไม่พบ (DNS)): ไม่อ่านหน้าใดเลย")
        #expect(PageVerdict.httpError(500).explanation.th == "HTTP 500")
    }

    @Test("a short page is counted in characters, not bytes, and only as far as the limit")
    func shortText() {
        #expect(PageJudge.isShort(utf8: Array("".utf8), under: 1))
        #expect(!PageJudge.isShort(utf8: Array("".utf8), under: 0))
        #expect(PageJudge.isShort(utf8: Array(String(repeating: "ก", count: 399).utf8), under: 400))      // 1,197 bytes
        #expect(!PageJudge.isShort(utf8: Array(String(repeating: "ก", count: 400).utf8), under: 400))
        #expect(!PageJudge.isShort(utf8: Array(String(repeating: "a", count: 400).utf8), under: 400))
        #expect(PageJudge.isShort(utf8: Array(String(repeating: "e\u{301}", count: 199).utf8), under: 400))  // 398 scalars
    }

    @Test("the home page again is a soft 404: redirected there, or the same bytes")
    func homeAgain() {
        let judge = PageJudge()
        let homeURL = URL(string: "https://x.go.th/")!
        let homeBody = Array("<title>หน้าแรก</title><a href=/o1>O1</a>".utf8)
        let home = HomeFingerprint(url: homeURL, body: homeBody)
        let requested = URL(string: "https://x.go.th/o2.php")!
        let redirected = FetchResponse(requestedURL: requested, url: homeURL, status: 200, body: homeBody,
                                       redirects: [.init(from: requested, status: 302, to: homeURL)])
        #expect(judge.verdict(requested: requested, response: redirected, page: page(String(decoding: homeBody, as: UTF8.self)), home: home)
                == .soft404(.redirectedHome))
        let same = FetchResponse(requestedURL: requested, url: requested, status: 200, body: homeBody)
        #expect(judge.verdict(requested: requested, response: same, page: page(String(decoding: homeBody, as: UTF8.self)), home: home)
                == .soft404(.sameAsHome))
    }

    @Test("a login form where the page should be is a login wall")
    func loginWall() {
        let judge = PageJudge()
        let requested = URL(string: "https://x.go.th/ita/o12.php")!
        let login = URL(string: "https://x.go.th/login.php?next=ita")!
        let response = FetchResponse(requestedURL: requested, url: login, status: 200,
                                     redirects: [.init(from: requested, status: 302, to: login)])
        let form = page("<title>เข้าสู่ระบบ</title><form><input name=user><input type=password name=pass></form>")
        #expect(judge.verdict(requested: requested, response: response, page: form, home: nil) == .loginWall)
        let unauthorized = FetchResponse(requestedURL: requested, url: requested, status: 401)
        #expect(judge.verdict(requested: requested, response: unauthorized, page: nil, home: nil) == .loginWall)
    }

    @Test("a mirrored site: folders give their index, queries map to wget's file names, missing files are 404")
    func mirror() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oit-mirror-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let host = root.appendingPathComponent("www.example.go.th")
        try FileManager.default.createDirectory(at: host.appendingPathComponent("ita"), withIntermediateDirectories: true)
        try Data("<h1>home</h1>".utf8).write(to: host.appendingPathComponent("index.html"))
        try Data("<h1>ita</h1>".utf8).write(to: host.appendingPathComponent("ita/index.htm"))
        try Data("<h1>news 5</h1>".utf8).write(to: host.appendingPathComponent("news.php?id=5"))
        try Data("%PDF-1.4 /CreationDate (D:20250101)".utf8).write(to: host.appendingPathComponent("ita/o1.pdf"))
        let fetcher = FileFetcher(mirror: root, origin: URL(string: "https://www.example.go.th/")!)
        let get = { (url: String) async throws -> FetchResponse in
            try await fetcher.fetch(FetchRequest(url: URL(string: url)!))
        }
        #expect(try await get("https://www.example.go.th/").body == Array("<h1>home</h1>".utf8))
        #expect(try await get("http://example.go.th/ita/").body == Array("<h1>ita</h1>".utf8))
        #expect(try await get("https://www.example.go.th/news.php?id=5").body == Array("<h1>news 5</h1>".utf8))
        #expect(try await get("https://www.example.go.th/missing.html").status == 404)
        let pdf = try await fetcher.fetch(FetchRequest(url: URL(string: "https://www.example.go.th/ita/o1.pdf")!, range: .first(8)))
        #expect(pdf.status == 206)
        #expect(pdf.headers.mediaType == "application/pdf")
        #expect(pdf.headers.contentRangeTotal == 35)
        #expect(pdf.body == Array("%PDF-1.4".utf8))
        // Another host: from its own folder when the mirror has one, else not in the copy.
        let other = root.appendingPathComponent("process3.gprocurement.go.th")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("<h1>e-GP</h1>".utf8).write(to: other.appendingPathComponent("index.html"))
        #expect(try await get("https://process3.gprocurement.go.th/").body == Array("<h1>e-GP</h1>".utf8))
        #expect(try await get("https://other.go.th/").status == 404)
        await #expect(throws: FetchError.unsupportedScheme("ftp")) { try await get("ftp://www.example.go.th/") }
        let saved = try await FileFetcher().fetch(FetchRequest(url: host.appendingPathComponent("index.html")))
        #expect(saved.status == 200 && saved.headers.mediaType == "text/html")
    }
}
