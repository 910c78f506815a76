import CLibXML2
import Foundation
import Testing
@testable import OITHTML

/// libxml2 passes over the text after a start tag that the page reader would throw away (its
/// text limit reached, outside links, headings and list labels). A page must read exactly as
/// when libxml2 reads every character: links and their lines, title, headings, text, issues.
@Suite("Text nothing keeps, passed over")
struct SkippedTextTests {
    static let url = URL(string: "http://www.example.go.th/a/page.php")!
    static let limits = [0, 1, 150, 2_000, 12_000, Int.max]

    /// Pieces of a Thai page, with the places where skipping must not happen or must count lines.
    static let pieces: [String] = [
        "<title>องค์การบริหารส่วนตำบล</title>", "<h2>ข้อมูลพื้นฐาน</h2>", "<p>ข่าวประชาสัมพันธ์\nประจำปี ๒๕๖๘</p>",
        "<p>" + String(repeating: "ประกาศผลการจัดซื้อจัดจ้าง ", count: 12) + "\n</p>",
        "<a href=\"/ประกาศ.pdf\">ประกาศจัดซื้อจัดจ้าง</a>", "<a href='x.php?id=1' title='แผน'><img alt='แผน' src='a.png'></a>",
        "<!-- เมนูเก่า <a href='old.html'>เก่า</a> -->", "<script>var t = '<b>ภาษาไทย</b>';</script>", "<style>.x{content:'<'}</style>",
        "<ul><li><a href='#'>เมนู</a><ul><li><a href='o1.html'>โครงสร้าง</a></li></ul></li></ul>",
        "<li>รายการ\nที่สอง <span>ย่อย</span></li>", "<strong>O12 รายงาน</strong> ข้อความหลังหัวข้อ",
        "<table><tr><th>ข้อ</th><td>ข้อความ\n\nในตาราง<a href='o2.html'>O2</a></td></tr></table>", "\n", " ข้อความ ",
        "<div class=\"ไทย\">เนื้อหา &amp; &#3585; &nbsp; &#0; จบ</div>", "<br>บรรทัดใหม่\n", "<p/>หลังแท็กปิดตัวเอง", "<hr/>",
        ">ข้อความขึ้นต้นด้วยวงเล็บ", "&amp;>หลังเอนทิตี", "<p>a > b และ c < d</p>", "<template><a href='t.html'>ซ่อน</a> ข้อความซ่อน</template>",
        "<html>ข้อความในhtml", "<head>ข้อความในhead<meta charset='utf-8'>หลังmeta", "<body>", "</p>", "</div>",
        "<p>ควบคุม\u{1}อักขระ</p>", "<p>\u{0}ขึ้นต้นด้วย NUL</p>", "<p>อ้างอิง &#xD800; &#; &#65; &#x1F600; &#x110000; &#12</p>", "<div>กลาง\u{0}NUL</div>", "<p>ไม่ใช่อักขระ\u{FFFE}</p>", "<p>\r\nบรรทัด\rแบบเก่า</p>", "<textarea>ก<ข</textarea>",
        "<div\n class='x'\n>หลายบรรทัด\nในแท็ก</div>", "<a href='/after'>หลัง<div>ข้อความในลิงก์</div></a>ต่อท้าย",
    ]
    /// Bytes libxml2 would report: not UTF-8, an overlong, a surrogate, TIS-620 Thai, a NUL.
    static let bad: [[UInt8]] = [[0xFF], [0xE0, 0xB8], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xA1, 0xD2, 0xC3], [0x00]]

    @Test("generated pages read the same with the text passed over as read whole, at every text limit")
    func generatedPages() throws {
        var generator = SystemRandomNumberGenerator()
        var skipped = 0
        for round in 0..<2_000 {
            var page: [UInt8] = round % 3 == 0 ? [] : Array("<html><head><meta charset=\"utf-8\"></head><body>".utf8)
            for _ in 0..<Int.random(in: 1...24, using: &generator) {
                page += Array(Self.pieces.randomElement(using: &generator)!.utf8)
            }
            if round % 4 == 1 {
                let at = Int.random(in: 0...page.count, using: &generator)
                page.insert(contentsOf: Self.bad.randomElement(using: &generator)!, at: at)
            }
            let limit = Self.limits[round % Self.limits.count]
            let contentType = round % 2 == 0 ? "text/html; charset=UTF-8" : nil
            let whole = try? HTMLDocument.parse(page, url: Self.url, contentType: contentType, textLimit: limit, hrefMemo: nil,
                                                checkingUTF8First: false, skippingUnwantedText: false)
            let passed = try? HTMLDocument.parse(page, url: Self.url, contentType: contentType, textLimit: limit, hrefMemo: nil,
                                                 checkingUTF8First: false, skippingUnwantedText: true)
            #expect(passed == whole, "round \(round), limit \(limit): \(String(decoding: page, as: UTF8.self))")
            #expect(passed?.links.map(\.line) == whole?.links.map(\.line))
            skipped += Self.skips(page, limit: limit)
        }
        // Texts were passed over (the comparison is not vacuous).
        #expect(skipped > 1_000, "\(skipped) texts skipped")
    }

    @Test("every real page and every page fixture reads the same with the text passed over")
    func realPages() throws {
        let pages = try SharedCorpus.pagesAndFixtures()
        #expect(pages.count >= 10)
        var skipped = 0
        for url in pages {
            let bytes = [UInt8](try Data(contentsOf: url))
            for limit in Self.limits {
                let whole = try? HTMLDocument.parse(bytes, url: url, contentType: nil, textLimit: limit, hrefMemo: nil,
                                                    checkingUTF8First: false, skippingUnwantedText: false)
                let passed = try? HTMLDocument.parse(bytes, url: url, contentType: nil, textLimit: limit, hrefMemo: nil,
                                                     checkingUTF8First: false, skippingUnwantedText: true)
                #expect(passed == whole, "\(url.lastPathComponent), limit \(limit)")
                skipped += Self.skips(bytes, limit: limit)
            }
        }
        #expect(skipped > 100, "\(skipped) texts skipped")
    }

    @Test("a long page's text after the limit is passed over, and the lines of the links after it still count")
    func linesAfterSkippedText() throws {
        let paragraph = "<p>" + String(repeating: "ข้อความยาว\n", count: 50) + "</p>\n"
        let html = Array(("<html><body>\n" + String(repeating: paragraph, count: 20) + "<a href='/end'>ท้าย</a>\n</body></html>").utf8)
        let page = try HTMLDocument.parse(html, url: Self.url, contentType: nil, textLimit: 300, hrefMemo: nil, checkingUTF8First: false)
        #expect(page.links.map(\.line) == [2 + 20 * 51])
        #expect(Self.skips(html, limit: 300) >= 19)
        #expect(Self.skips(html, limit: .max) == 0)
    }

    @Test("a text libxml2 would report is read, not passed over: the page is read again and all its bad bytes counted",
          arguments: ["&#0;", "&#;", "&#xD800;", "&#x110000;", "\u{1}", "\u{FFFE}", "\u{0}"])
    func reportedTextIsRead(_ reported: String) throws {
        // Bytes that are not UTF-8 after a NUL that starts a text (past the first 1,024 bytes, where
        // a NUL marks a binary file), where libxml2 stops reading:
        // only a second reading of the whole page, set off by the reported text, counts them.
        let html = Array("<html><head><meta charset=\"utf-8\"></head><body><p>\(String(repeating: "ข้อความ ", count: 60))</p><div>กลาง \(reported) จบ</div><p>".utf8)
            + [0] + Array("หลัง NUL</p><p>".utf8) + [0xC0, 0xAF] + Array("</p><a href='/after'>หลัง</a>".utf8)
        let whole = try HTMLDocument.parse(html, url: Self.url, contentType: nil, textLimit: 50, hrefMemo: nil,
                                           checkingUTF8First: false, skippingUnwantedText: false)
        let passed = try HTMLDocument.parse(html, url: Self.url, contentType: nil, textLimit: 50, hrefMemo: nil,
                                            checkingUTF8First: false, skippingUnwantedText: true)
        #expect(whole.issues.contains { if case .undecodableBytes(2, _) = $0 { true } else { false } }, "\(whole.issues)")
        #expect(passed == whole)
    }

    @Test("the check of a text to skip agrees with a plain reading of its characters, on random mixes of Thai, ASCII and bad bytes")
    func textCheck() {
        let parts: [[UInt8]] = [Array("ก".utf8), Array("๙".utf8), Array("ประกาศ".utf8), Array(" ".utf8), Array("abc12".utf8),
                                Array("\n\t\r".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{FFFD}".utf8),
                                Array("&amp;".utf8), Array("&#3585;".utf8), Array("&#0;".utf8), Array("&#x;".utf8), [0x01], [0x00],
                                [0xEF, 0xBF, 0xBE], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xC0, 0xAF], [0xE0, 0xB8], [0xB8], [0xFF],
                                [0xF4, 0x90, 0x80, 0x80], [0xE0, 0xBA, 0x80]]
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<20_000 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                // Mostly clean parts, so that both answers come up.
                let part = Int.random(in: 0..<4, using: &generator) > 0 ? parts[Int.random(in: 0..<10, using: &generator)]
                    : parts.randomElement(using: &generator)!
                text += part
            }
            let checked = text.withUnsafeBufferPointer { buffer in
                oit_xml_chars_only(buffer.baseAddress, buffer.baseAddress.map { $0 + buffer.count }) != 0
            }
            #expect(checked == Self.readsCleanly(text), "\(text)")
            if checked { accepted += 1 }
        }
        #expect(accepted > 2_000 && accepted < 18_000, "\(accepted) accepted")
    }

    /// What libxml2 accepts without an error: valid UTF-8 of XML characters, and references to them.
    static func readsCleanly(_ text: [UInt8]) -> Bool {
        guard let string = String(validating: text, as: UTF8.self) else { return false }
        func isXMLChar(_ value: UInt32) -> Bool {
            value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
        }
        guard string.unicodeScalars.allSatisfy({ isXMLChar($0.value) }) else { return false }
        // Every "&#" reads as libxml2 reads it: digits (hex after an x) up to anything else.
        var rest = Substring(string)
        while let start = rest.range(of: "&#") {
            rest = rest[start.upperBound...]
            let hex = rest.first == "x" || rest.first == "X"
            if hex { rest = rest.dropFirst() }
            let digits = rest.prefix { hex ? $0.isHexDigit : ("0"..."9").contains($0) }
            let value = digits.reduce(UInt32(0)) { value, digit in
                value < 0x110000 ? value * (hex ? 16 : 10) + UInt32(digit.hexDigitValue!) : value
            }
            if !isXMLChar(value) { return false }
            rest = rest.dropFirst(digits.count)
        }
        return true
    }

    /// How many texts libxml2 passed over in reading `bytes` as UTF-8.
    static func skips(_ bytes: [UInt8], limit: Int) -> Int {
        let collector = PageCollector(textLimit: min(limit, bytes.count))
        _ = SAXParser.parse(bytes, into: collector, skippingUnwantedText: true)
        return collector.textsSkipped
    }
}
