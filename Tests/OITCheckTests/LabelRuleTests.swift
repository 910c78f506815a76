import Foundation
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

    @Test("an item code is found as a pattern over the lower-cased label finds it: random labels of every kind of scalar")
    func itemCodesAsPattern() throws {
        // A known scheme's letters not preceded by a letter, an optional space, dash or dot, one or
        // two digits (not zero) not followed by a digit; the first such.
        let pattern = try NSRegularExpression(pattern: "(?<![a-z])(o|oit|moit|eb|iit|eit)[ .\\-]?([0-9]{1,2})(?![0-9])")
        let pieces = ["o", "O", "oit", "OIT", "moit", "eb", "iit", "eit", "ita", "i", "t", "1", "2", "0", "00", "12", "123", " ", "-", ".",
                      "ก", "ข้อ", "é", "\u{212A}", "\u{130}", "ß", "Ж", "😀", "๑", "_", "e"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let label = NormalizedText((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
            let lowered = label.value.lowercased()
            let expected = pattern.matches(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)).lazy.compactMap { match -> ItemCode? in
                let letters = String(lowered[Range(match.range(at: 1), in: lowered)!])
                let number = Int(lowered[Range(match.range(at: 2), in: lowered)!])!
                guard number > 0 else { return nil }
                return ItemCode(scheme: letters == "o" || letters == "oit" ? .oit : .other(letters.uppercased()), number: number)
            }.first
            #expect(ItemCode.find(in: label) == expected, "\(label.value.debugDescription)")
        }
    }

    @Test("template code is looked for as a $, a ?> or a {{ anywhere in a label")
    func templateMarks() {
        let pieces = ["$", "?", ">", "{", "}", "?>", "{{", "ก", "a", " ", "<", "=", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let label = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = label.contains("$") || label.contains("?>") || label.contains("{{")
            #expect(GenericLabel.mayHoldTemplateCode(label) == expected, "\(label)")
        }
        #expect(GenericLabel.withoutTemplateCode("ข่าว $title_news") == "ข่าว ")
        #expect(GenericLabel.withoutTemplateCode("ข่าว ? > {") == "ข่าว ? > {")
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

    @Test("a label echoes its heading, told by bytes first, exactly when it does by characters")
    func echoesHeading() {
        func reference(_ label: NormalizedText, _ heading: String) -> Bool {
            var core = label.key
            for prefix in ["ดู", "เปิด", "อ่าน"] where core.hasPrefix(prefix) { core = String(core.dropFirst(prefix.count)) }
            let letters = core.unicodeScalars.filter { (0x0E01...0x0E4E).contains($0.value) || ("a"..."z").contains($0) }
            guard letters.count >= 4 else { return false }
            return NormalizedText(heading).key.contains(String(String.UnicodeScalarView(letters)))
        }
        let pieces = ["ดู", "ดู้", "เปิด", "อ่าน", "การ", "มีส่วนร่วม", "ผู้บริหาร", "ก", "\u{0E49}", "ข้อมูล", "abc", "x", " ", "2567"]
        var generator = SystemRandomNumberGenerator()
        var echoes = 0
        for _ in 0..<3_000 {
            func text() -> String {
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let label = NormalizedText(text()), heading = text() + text()
            let expected = reference(label, heading)
            #expect(LinkClassifier.echoes(label, heading: heading) == expected, "\(label.value) / \(heading)")
            if expected { echoes += 1 }
        }
        #expect(echoes > 100, "\(echoes) echoes")
    }

    @Test("a label read a word at a time is generic exactly when all its words, split at once, are")
    func genericWordByWord() {
        let pieces = ["ดาวน์โหลด", "คลิก", "PDF", "file", "O12", "ITA-o3", "2567", "ต.ค. 66", "ปีงบประมาณ 2568", "โครงสร้าง",
                      "แผน", "-", "(", ")", "[", "]", "|", ",", " ", " ", "  ", "๑๒", "อ่านต่อ", "!", "😀"]
        func reference(_ label: NormalizedText) -> Bool {
            if label.key.isEmpty || GenericLabel.words.contains(UTF8Key(label.key)) { return true }
            var rest = label.value
            for mention in ThaiDateReader.mentions(in: label) { rest = rest.replacingBytes(of: mention.text, with: " ") }
            return rest.unicodeScalars.split { " ()[]|,".unicodeScalars.contains($0) }.allSatisfy { token in
                let text = NormalizedText(String(rest.unicodeScalars[token.startIndex..<token.endIndex]))
                let (meaningful, letters) = GenericLabel.letters(of: text.key)
                if letters == 0 { return true }
                if ItemCode.find(in: text) != nil, letters <= 6 { return true }
                return GenericLabel.words.contains(UTF8Key(text.key)) || GenericLabel.words.contains(UTF8Key(meaningful))
            }
        }
        var generator = SystemRandomNumberGenerator()
        var generic = 0
        for _ in 0..<3_000 {
            let label = NormalizedText((0..<Int.random(in: 0...5, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined())
            let expected = reference(label)
            #expect(GenericLabel.isGeneric(label) == expected, "\(label.value)")
            if expected { generic += 1 }
        }
        #expect(generic > 300 && generic < 2_700, "\(generic) of 3,000 generic")
    }
}
