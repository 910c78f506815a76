import Foundation
import Testing
@testable import OITHTML

/// Declared UTF-8 goes to libxml2 unread, and a page is read again from repaired bytes only when
/// libxml2 meets bytes that are not UTF-8. Wherever such bytes fall, the page must read exactly
/// as it did when every page was checked and repaired first.
@Suite("Declared UTF-8 left to libxml2 to check")
struct DeclaredUTF8Tests {
    /// Pieces of a Thai page: markup of every kind libxml2 reads its own way.
    static let pieces: [String] = [
        "<title>องค์การบริหารส่วนตำบล</title>", "<h2>ข้อมูลพื้นฐาน</h2>", "<p>ข่าวประชาสัมพันธ์ ประจำปี ๒๕๖๘</p>",
        "<a href=\"/ประกาศ.pdf\">ประกาศจัดซื้อจัดจ้าง</a>", "<a href='x.php?id=1' title='แผนดำเนินงาน'><img alt='แผน' src='a.png'></a>",
        "<!-- เมนูเก่า <a href='old.html'>เก่า</a> -->", "<script>var t = 'ภาษาไทย';</script>", "<style>.x{content:'ก'}</style>",
        "<ul><li><a href='#'>เมนู</a><ul><li><a href='o1.html'>โครงสร้าง</a></li></ul></li></ul>",
        "<table><tr><th>ข้อ</th><td><a href='o2.html'>O2 ข้อมูลผู้บริหาร</a></td></tr></table>", "\n", " ข้อความ ",
        "<div class=\"ไทย\">เนื้อหา</div>", "&amp; &#3585; &nbsp;",
    ]
    /// Bytes that are not UTF-8: a stray byte, a Latin-1 letter, a cut Thai letter, an overlong,
    /// a surrogate, TIS-620 Thai.
    static let bad: [[UInt8]] = [[0xFF], [0xE9], [0xE0, 0xB8], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xA1, 0xD2, 0xC3], [0x80]]

    @Test("wherever bytes that are not UTF-8 fall (text, tags, attributes, comments, scripts, the end), the page reads as when checked first")
    func sameAsCheckedFirst() throws {
        var generator = SystemRandomNumberGenerator()
        let url = URL(string: "http://www.example.go.th/a/page.php")!
        var reread = 0
        for round in 0..<600 {
            var page = Array("<html><head><meta charset=\"utf-8\">".utf8)
            for _ in 0..<Int.random(in: 1...14, using: &generator) {
                page += Array(Self.pieces.randomElement(using: &generator)!.utf8)
            }
            // Most rounds break the page somewhere, one in four leave it whole.
            if round % 4 != 0 {
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let at = Int.random(in: 0...page.count, using: &generator)
                    page.insert(contentsOf: Self.bad.randomElement(using: &generator)!, at: at)
                }
            }
            if round % 5 == 0 { page = Array(page.prefix(Int.random(in: min(40, page.count)...page.count, using: &generator))) }
            let contentType = round % 2 == 0 ? "text/html; charset=UTF-8" : nil
            let checked = try? HTMLDocument.parse(page, url: url, contentType: contentType, textLimit: 12_000,
                                                  hrefMemo: nil, checkingUTF8First: true)
            let unchecked = try? HTMLDocument.parse(page, url: url, contentType: contentType, textLimit: 12_000,
                                                    hrefMemo: nil, checkingUTF8First: false)
            // The same page, issue for issue; except that bytes libxml2 drops unread (inside a tag
            // name, among an end tag's junk) go uncounted: they never reach what a person sees.
            #expect(unchecked.map(Self.read) == checked.map(Self.read), "round \(round): \(page)")
            #expect(unchecked?.links == checked?.links, "round \(round): \(page)")
            let counted = unchecked?.issues.contains(where: Self.isUndecodable) ?? false
            #expect(unchecked?.issues == checked?.issues || !counted, "round \(round): \(page)")
            if counted { reread += 1 }
        }
        // The rounds did break pages, and the second reading found them (the check is not vacuous).
        #expect(reread > 100)
    }

    /// What a page says, and its issues other than bytes replaced.
    static func read(_ page: HTMLDocument) -> String {
        "\(page.encoding) \(page.encodingSource) \(page.title) \(page.headings) \(page.text) "
            + "\(page.issues.filter { !isUndecodable($0) }) \(page.hasPasswordField)"
    }

    static func isUndecodable(_ issue: ParseIssue) -> Bool {
        if case .undecodableBytes = issue { true } else { false }
    }
}
