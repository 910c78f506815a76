import Foundation
import OITCore
import Testing

@Suite("Byte substring search")
struct ByteSearchTests {
    @Test("finds ASCII and normalised Thai anywhere, and nothing that is not there", arguments: [
        ("page not found", "not found", true),
        ("page not found", "not founds", false),
        ("ไม่พบหน้าที่ท่านต้องการ", "หน้าที่", true),
        ("ไม่พบหน้าที่ท่านต้องการ", "หน้าเว็บ", false),
        ("/a/./b", "/.", true),
        ("abc", "", true),
        ("", "a", false),
        ("ab", "abc", false),
        ("abc", "abc", true),
        ("xabc", "abc", true),
        ("abcx", "abc", true),
        ("c", "c", true),
        ("aab", "ab", true),
        ("acb", "ab", false),
        ("ประกาศฯ", "ฯ", true),
        ("ข้อมูลข่าวสาร", "ข่าวสาร", true),
        ("ข้อมูลข่าวสาร", "ข่าวสาน", false),
        ("ข่าวสา", "ข่าวสาร", false),
        (Substring("ตัวอย่าง ข้อความ ยาว").description, "ยาว", true),
    ])
    func containsBytes(text: String, pattern: String, expected: Bool) {
        #expect(text.containsBytes(of: pattern) == expected)
        #expect(ByteSearch.contains(Array(text.utf8), Array(pattern.utf8)) == expected)
        #expect((ByteSearch.firstIndex(of: Array(pattern.utf8), in: Array(text.utf8)) != nil) == expected)
    }

    @Test("the first occurrence is found, as a byte offset")
    func firstIndex() {
        #expect(ByteSearch.firstIndex(of: Array("ab".utf8), in: Array("xxabab".utf8)) == 2)
        #expect(ByteSearch.firstIndex(of: Array("ข่าว".utf8), in: Array("กข่าว".utf8)) == 3)
        #expect(ByteSearch.firstIndex(of: [], in: Array("abc".utf8)) == 0)
    }

    @Test("replacing as bytes gives what Foundation gives for normalised text")
    func replacing() {
        let pieces = ["ก", "ข่าว", "2567", "พ.ศ.", " ", "a", "ab", "ประกาศ", "-", "ปี"]
        let targets = ["2567", "พ.ศ. 2567", "ab", "a", "ข่าว", "ปี 2567", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let target = targets.randomElement(using: &generator)!
            #expect(text.replacingBytes(of: target, with: " ") == text.replacingOccurrences(of: target, with: " "), "\(text) / \(target)")
        }
        #expect("abc".replacingBytes(of: "", with: "x") == "abc")
    }

    @Test("a word holds a byte exactly when one of its eight bytes is it")
    func wordContains() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            // Bytes near the wanted one, and 0x00/0x80/0xFF, where borrows between bytes would show.
            let wanted = [0x00, 0x22, 0x3C, 0x5C, 0x80, 0xE0, 0xFF].randomElement(using: &generator)! as UInt8
            let bytes = (0..<8).map { _ in
                [wanted, wanted &+ 1, wanted &- 1, 0x00, 0x01, 0x80, 0xFF, UInt8.random(in: 0...255, using: &generator)]
                    .randomElement(using: &generator)!
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(ByteSearch.word(word, contains: wanted) == bytes.contains(wanted), "\(bytes) \(wanted)")
        }
    }

    @Test("a word has a byte below a limit exactly when one of its eight bytes is")
    func wordHasByteBelow() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            // Limits up to 0x80, and bytes around them and at 0x00/0x80/0xFF, where borrows would show.
            let limit = [0x01, 0x20, 0x21, 0x41, 0x7F, 0x80].randomElement(using: &generator)! as UInt8
            let bytes = (0..<8).map { _ in
                [limit, limit &- 1, limit &+ 1, 0x00, 0x01, 0x80, 0xFF, UInt8.random(in: 0...255, using: &generator)]
                    .randomElement(using: &generator)!
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(ByteSearch.word(word, hasByteBelow: limit) == bytes.contains { $0 < limit }, "\(bytes) \(limit)")
        }
    }
}
