import Testing
import OITCore
@testable import OITCheck

@Suite("What a label says by its form: item codes, page numbers, button words")
struct LabelRuleTests {
    @Test("an item code is letters of a known scheme and one or two digits, standing as a word",
          arguments: [("O12", ItemCode(scheme: .oit, number: 12)), ("ITA-o12 แผน", ItemCode(scheme: .oit, number: 12)),
                      ("o 7", ItemCode(scheme: .oit, number: 7)), ("OIT.3", ItemCode(scheme: .oit, number: 3)),
                      ("ข้อ O๑๒", ItemCode(scheme: .oit, number: 12)), ("MOIT 5", ItemCode(scheme: .other("MOIT"), number: 5)),
                      ("o123", nil), ("o0", nil), ("โครงสร้าง", nil), ("demo12", nil), ("2567", nil), ("O", nil)]
                as [(String, ItemCode?)])
    func itemCodes(_ label: String, _ expected: ItemCode?) {
        #expect(ItemCode.find(in: NormalizedText(label)) == expected)
    }

    @Test("a page number is one to three digits, Thai digits included",
          arguments: [("1", true), ("12", true), ("๑๒๓", true), ("1234", false), ("", false), ("ก", false),
                      ("1ก", false), ("หน้า 2", false), ("½", true)])
    func pageNumbers(_ label: String, _ expected: Bool) {
        #expect(LinkClassifier.isPageNumber(NormalizedText(label)) == expected)
    }

    @Test("a key's letters are its Thai letters and marks and its Latin a-z, nothing else",
          arguments: [("ดาวน์โหลดpdf", "ดาวน์โหลดpdf", 12), ("ไฟล์ 2567!", "ไฟล์", 4), ("é-ж😀๒", "", 0), ("ฯๆ", "ฯๆ", 2), ("๏๚", "", 0),
                      ("", "", 0), ("o12", "o", 1)])
    func letters(_ key: String, _ expected: String, _ count: Int) {
        let (letters, found) = GenericLabel.letters(of: key)
        #expect(letters == expected && found == count)
        #expect(found == key.unicodeScalars.filter { (0x0E01...0x0E4E).contains($0.value) || ("a"..."z").contains($0) }.count)
    }

    @Test("a label of button words, file types, dates and codes names nothing by itself",
          arguments: [("ดาวน์โหลด", true), ("ดาวน์โหลด (PDF)", true), ("- 2567", true), ("O12", true),
                      ("คลิกที่นี่", true), ("Read more", true), ("โครงสร้าง", false), ("ดาวน์โหลด แผนการจัดซื้อจัดจ้าง", false),
                      ("ข่าวประชาสัมพันธ์", false)])
    func genericLabels(_ label: String, _ expected: Bool) {
        #expect(GenericLabel.isGeneric(NormalizedText(label)) == expected)
    }
}
