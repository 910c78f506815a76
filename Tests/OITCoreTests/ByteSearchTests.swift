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
    }
}
