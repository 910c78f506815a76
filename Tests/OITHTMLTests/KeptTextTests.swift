import Foundation
import Testing
@testable import OITHTML
import OITCore

@Suite("What a crawl keeps of a page")
struct KeptTextTests {
    @Test("a parse keeps the text's first bytes, on a whole scalar, whitespace collapsed; links, title and headings whole")
    func textLimit() throws {
        let words = (1...500).map { "ประกาศ  ฉบับที่\n\($0)" }.joined(separator: " ")
        let html = Array("<title>หน้า</title><h1>หัวข้อ</h1><p>\(words)</p><a href='/a'>ก</a>".utf8)
        let page = try HTMLDocument.parse(html)
        let kept = try HTMLDocument.parse(html, textLimit: 100)
        #expect((98...100).contains(kept.text.utf8.count), "\(kept.text.utf8.count) bytes kept")
        #expect(page.text.utf8.starts(with: kept.text.utf8))
        #expect(!kept.text.hasSuffix(" "))
        #expect(kept.links == page.links && kept.title == page.title && kept.headings == page.headings)
        for limit in 0...40 {
            let cut = try HTMLDocument.parse(html, textLimit: limit).text
            #expect(cut.utf8.count <= limit && page.text.utf8.starts(with: cut.utf8), "limit \(limit): \(cut)")
        }
        let short = try HTMLDocument.parse(Array("<p>สั้น</p>".utf8))
        #expect(try HTMLDocument.parse(Array("<p>สั้น</p>".utf8), textLimit: 100) == short)
    }

    @Test("a UTF-8 prefix never splits a scalar, and keeps short texts whole")
    func utf8Prefix() {
        let text = "ab" + "ก" + "😀" + "c"          // 2 + 3 + 4 + 1 bytes
        let bytes = Array(text.utf8)
        func cut(_ limit: Int) -> String { String(decoding: bytes.prefix(wholeScalarsIn: limit), as: UTF8.self) }
        #expect(cut(2) == "ab")
        #expect(cut(4) == "ab")
        #expect(cut(5) == "abก")
        #expect(cut(8) == "abก")
        #expect(cut(9) == "abก😀")
        #expect(cut(100) == text)
        #expect(cut(0) == "" && cut(-1) == "")
    }
}
