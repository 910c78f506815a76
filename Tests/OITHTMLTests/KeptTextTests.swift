import Foundation
import Testing
@testable import OITHTML

@Suite("What a crawl keeps of a page")
struct KeptTextTests {
    @Test("the text is cut after the characters kept, Thai clusters whole; links, title and headings stay")
    func keepingText() throws {
        let words = (1...500).map { "ประกาศ ฉบับที่ \($0)" }.joined(separator: " ")
        let page = try HTMLDocument.parse(Array("<title>หน้า</title><h1>หัวข้อ</h1><p>\(words)</p><a href='/a'>ก</a>".utf8))
        let kept = page.keepingText(upTo: 100)
        #expect(kept.text == String(page.text.prefix(100)))
        #expect(kept.text.count == 100)
        #expect(kept.links == page.links && kept.title == page.title && kept.headings == page.headings)
        let short = try HTMLDocument.parse(Array("<p>สั้น</p>".utf8))
        #expect(short.keepingText(upTo: 100) == short)
    }
}
