import Foundation
import Testing
@testable import OITCore

@Suite("Thai text normalisation")
struct ThaiTextTests {
    @Test("Thai digits become ASCII digits")
    func thaiDigits() {
        #expect(ThaiText.normalize("ปีงบประมาณ ๒๕๖๘ รอบ ๖ เดือน") == "ปีงบประมาณ 2568 รอบ 6 เดือน")
        #expect(ThaiText.normalize("๐๑๒๓๔๕๖๗๘๙") == "0123456789")
    }

    @Test("zero-width characters and soft hyphens are removed")
    func invisibleCharacters() {
        #expect(ThaiText.normalize("โครง\u{200B}สร้าง") == "โครงสร้าง")
        #expect(ThaiText.normalize("\u{FEFF}ข่าว\u{00AD}สาร\u{200D}") == "ข่าวสาร")
    }

    @Test("every run of whitespace, no-break spaces included, becomes one space, trimmed")
    func whitespace() {
        #expect(ThaiText.normalize("\u{00A0}–\u{00A0}\u{00A0}โครงสร้าง \n\t องค์กร  ") == "– โครงสร้าง องค์กร")
        #expect(ThaiText.collapsingWhitespace("  a\u{00A0}\u{2003} b\n") == "a b")
    }

    @Test("the display form collapses every kind of space and drops invisible characters, Thai untouched")
    func displayForm() {
        #expect(ThaiText.collapsingWhitespace("ข่าว\u{200B}สาร\u{FEFF}") == "ข่าวสาร")
        #expect(ThaiText.collapsingWhitespace("a\u{0085}b\u{3000}c\u{1680}d\u{2028}e\u{205F}f") == "a b c d e f")
        #expect(ThaiText.collapsingWhitespace("ร้องเรียน\u{00AD}ทุจริต ๒๕๖๘") == "ร้องเรียนทุจริต ๒๕๖๘")
        #expect(ThaiText.collapsingWhitespace(utf8: Array(" \u{00A0}โครงสร้าง\n".utf8)) == "โครงสร้าง")
        #expect(ThaiText.collapsingWhitespace("") == "")
    }

    @Test("sara am typed as nikhahit + sara aa is folded, with the tone mark anywhere")
    func saraAm() {
        let composed = "น้ำ"
        #expect(ThaiText.normalize("น\u{0E49}\u{0E4D}\u{0E32}") == composed)       // tone, nikhahit, aa
        #expect(ThaiText.normalize("น\u{0E4D}\u{0E49}\u{0E32}") == composed)       // nikhahit, tone, aa
        #expect(ThaiText.normalize("อ\u{0E4D}\u{0E32}นาจ") == "อำนาจ")
        #expect(ThaiText.normalize(composed) == composed)
    }

    @Test("stock misspellings are folded, correct words are left alone")
    func misspellings() {
        #expect(ThaiText.normalize("กฏหมายที่เกี่ยวข้อง") == "กฎหมายที่เกี่ยวข้อง")
        #expect(ThaiText.normalize("ปรกาศจัดชื้อจัดจ้าง") == "ประกาศจัดซื้อจัดจ้าง")
        #expect(ThaiText.normalize("คลังข้อมมูล") == "คลังข้อมูล")
        #expect(ThaiText.normalize("ปรากฏว่า") == "ปรากฏว่า")                   // ฏ is right here
    }

    @Test("every misspelling is folded wherever it stands, as replacing each in turn folds it")
    func misspellingsAnywhere() {
        let fillers = ["ข่าว", "ก", "กฏ", "งบ", "ประ", "จัด", "ปรากฏ", "เจต", "x", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                text += Bool.random(using: &generator) ? ThaiText.misspellings.randomElement(using: &generator)!.wrong
                    : fillers.randomElement(using: &generator)!
            }
            var expected = text
            for (wrong, right) in ThaiText.misspellings { expected = expected.replacingOccurrences(of: wrong, with: right) }
            let trimmed = expected.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            #expect(ThaiText.normalize(text) == trimmed, "\(text)")
        }
    }

    @Test("the first step, on UTF-8 bytes, does what it does scalar by scalar: every kind of scalar")
    func cleanedAgainstScalars() {
        let pieces = ["ก", "ข่าว", "๒", "๕", "๙", "1", "a", " ", "\t", "\n", "\u{A0}", "\u{200B}", "\u{AD}", "\u{FEFF}",
                      "\u{2028}", "\u{3000}", "é", "e\u{301}", "\u{2013}", "😀", "\u{10FFFF}", "ß", "ж", "\u{0E4D}\u{0E32}", "●", "\u{E107}", "\u{2329}", "\u{FFFD}",
                      "\u{0E4F}", "\u{0E5A}", "\u{0E7F}", "\u{0E00}", "\u{0E3F}", "~", "!", "\u{7F}", "\u{1F}", "\u{85}",
                      "\u{0E32}", "\u{0E48}", "\u{0E40}", "\u{0E31}", "\u{0E4D}", "ร"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let (cleaned, needsNFC, needsMarkRepair) = ThaiText.cleaned(text)
            let expected = Self.cleanedScalarByScalar(text)
            #expect(cleaned == expected.text && needsNFC == expected.needsNFC, "\(Array(text.unicodeScalars))")
            #expect(cleaned.utf8.elementsEqual(expected.text.utf8))
            #expect(needsMarkRepair == Self.needsMarkRepairByScalars(cleaned), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("the display form over bytes, with a byte limit, does what it does scalar by scalar")
    func collapsingAgainstScalars() {
        let pieces = ["ก", "ข่าว", "ประกาศจัดซื้อจัดจ้าง", "๒๕๖๘", "a", "link", " ", "  ", "\t", "\n", "\u{A0}",
                      "\u{200B}", "\u{AD}", "\u{FEFF}", "\u{2028}", "\u{3000}", "\u{1680}", "\u{85}", "é", "\u{2013}",
                      "\u{2060}", "😀", "ß", "\u{0}", "\u{7}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let limit = Bool.random(using: &generator) ? Int.max : Int.random(in: 0...text.utf8.count + 2, using: &generator)
            let collapsed = ThaiText.collapsingWhitespace(utf8: Array(text.utf8), limit: limit)
            let expected = Self.collapsedScalarByScalar(text, limit: limit)
            #expect(collapsed.utf8.elementsEqual(expected.utf8), "\(Array(text.unicodeScalars)) limit \(limit)")
        }
    }

    @Test("collapsing text that arrives in pieces, with word breaks between some, is collapsing it whole")
    func collapsingInPieces() {
        let pieces = ["ก", "ข่าว", "ประกาศจัดซื้อจัดจ้าง", "๒๕๖๘", "a", "link", " ", "  ", "\t", "\n", "\u{A0}",
                      "\u{200B}", "\u{AD}", "\u{FEFF}", "\u{2028}", "\u{3000}", "é", "\u{2013}", "😀", "\u{0}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            // Each piece arrives alone; a nil is a break between words (written whole as a space).
            let arrivals: [String?] = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Int.random(in: 0..<6, using: &generator) == 0 ? nil : pieces.randomElement(using: &generator)!
            }
            let whole = arrivals.map { $0 ?? " " }.joined()
            let limit = Bool.random(using: &generator) ? whole.utf8.count : Int.random(in: 0...whole.utf8.count, using: &generator)
            let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: limit)
            defer { output.deallocate() }
            var collapser = WhitespaceCollapser()
            for arrival in arrivals {
                guard let piece = arrival else { collapser.breakWord(); continue }
                Array(piece.utf8).withUnsafeBufferPointer { collapser.collapse($0, into: output) }
            }
            let expected = ThaiText.collapsingWhitespace(utf8: Array(whole.utf8), limit: limit)
            #expect(Array(output[..<collapser.written]) == Array(expected.utf8), "\(arrivals) limit \(limit)")
        }
    }

    @Test("a word of eight bytes is skipped whole only when no byte of it may start whitespace")
    func wordMayStartWhitespace() {
        // Every byte value, at every place of a word of Thai letters, ASCII or bytes near the limits.
        let fillers: [[UInt8]] = [Array("กขคงจฉชซ".utf8.prefix(8)), Array("abcdefgh".utf8), [0x21, 0x7F, 0x80, 0xBF, 0xE0, 0xFF, 0xC3, 0xE4]]
        for filler in fillers {
            #expect(!UTF8Whitespace.mayStartAny(Self.word(filler)), "\(filler)")
            for byte in UInt8.min...UInt8.max {
                for place in 0..<8 {
                    var bytes = filler
                    bytes[place] = byte
                    if !UTF8Whitespace.startsNone(byte) {
                        #expect(UTF8Whitespace.mayStartAny(Self.word(bytes)), "\(bytes)")
                    } else if byte > 0x20 {
                        #expect(!UTF8Whitespace.mayStartAny(Self.word(bytes)), "\(bytes)")
                    }
                }
            }
        }
    }

    /// Eight bytes as a word loaded from memory (little-endian).
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    /// The display form written the plain way: whitespace runs to one space, invisible
    /// characters dropped, trimmed, stopping before a scalar that would pass `limit` bytes.
    static func collapsedScalarByScalar(_ text: String, limit: Int) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD].contains(scalar.value) { continue }
            if ThaiText.isWhitespace(scalar.value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if result.utf8.count + (pendingSpace ? 1 : 0) + String(scalar).utf8.count > limit { break }
            if pendingSpace {
                result += " "
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The first step of normalising, written the plain way.
    static func cleanedScalarByScalar(_ text: String) -> (text: String, needsNFC: Bool) {
        var scalars = String.UnicodeScalarView()
        var needsNFC = false
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD].contains(value) { continue }
            if ThaiText.isWhitespace(value) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            if (0x0E50...0x0E59).contains(value) {
                scalars.append(Unicode.Scalar(value - 0x0E50 + 0x30)!)
                continue
            }
            if value >= 0x0300 && !ThaiText.isNFCStable(value) { needsNFC = true }      // which: nfcStableScalars
            scalars.append(scalar)
        }
        return (String(scalars), needsNFC)
    }

    @Test("a doubled sara e, a tone mark after sara aa and a doubled mark are repaired")
    func markRepairs() {
        #expect(ThaiText.normalize("เเผนการดำเนินงาน") == "แผนการดำเนินงาน")
        #expect(ThaiText.normalize("โครงสรา\u{0E49}ง") == "โครงสร้าง")
        #expect(ThaiText.normalize("ข\u{0E49}\u{0E49}อมูล") == "ข้อมูล")
        #expect(ThaiText.normalize("ท\u{0E4D}\u{0E32}งาน") == "ทำงาน")
        #expect(ThaiText.normalize("น\u{0E4D}\u{0E49}\u{0E32}") == "น\u{0E49}\u{0E33}")
        #expect(ThaiText.normalize("แผนงาน ข้อมูล น้ำ") == "แผนงาน ข้อมูล น้ำ")     // nothing to repair
    }

    @Test("whether marks need repair is read from the bytes as the rules read scalars: any mix of scripts")
    func markRepairNeededAgainstScalars() {
        // Thai letters and marks the rules are about, their neighbours in the block, and other
        // scalars of one to four bytes between them (U+0E4D-like bytes outside Thai: U+0F4D, U+0D4D).
        let pieces = ["ก", "ร", "ฮ", "ฯ", "\u{0E32}", "\u{0E33}", "\u{0E4D}", "\u{0E48}", "\u{0E49}", "\u{0E4B}", "\u{0E4C}",
                      "\u{0E31}", "\u{0E34}", "\u{0E47}", "\u{0E40}", "\u{0E41}", "๒", "a", " ", "é", "\u{0F4D}", "\u{0D4D}",
                      "\u{0832}", "😀", "\u{2028}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var copy = text
            #expect(copy.withUTF8(ThaiText.needsMarkRepair) == Self.needsMarkRepairByScalars(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// The repair rules' test, scalar by scalar.
    static func needsMarkRepairByScalars(_ text: String) -> Bool {
        let tone: ClosedRange<UInt32> = 0x0E48...0x0E4B
        func isMark(_ value: UInt32) -> Bool { value == 0x0E31 || (0x0E34...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value) }
        let values = text.unicodeScalars.map(\.value)
        for (index, value) in values.enumerated() {
            let previous = index > 0 ? values[index - 1] : 0, beforePrevious = index > 1 ? values[index - 2] : 0
            if previous == 0x0E4D && (value == 0x0E32 || tone.contains(value)) { return true }
            if previous == 0x0E32 && tone.contains(value) && (0x0E01...0x0E2E).contains(beforePrevious) { return true }
            if previous == 0x0E40 && value == 0x0E40 { return true }
            if value == previous && isMark(value) { return true }
        }
        return false
    }

    @Test("the scalars taken as NFC-stable are: alone, between Thai and Latin letters and after a Thai mark, NFC leaves them")
    func nfcStableScalars() {
        var stable = 0
        for value in UInt32(0x0300)...0x1FFFF where ThaiText.isNFCStable(value) && !(0x0E00...0x0E7F).contains(value) {
            guard let scalar = Unicode.Scalar(value), !ThaiText.isWhitespace(value) else { continue }
            stable += 1
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            let text = "ก\u{0E38}" + String(scalar) + "a"
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                    "U+\(String(value, radix: 16))")
        }
        #expect(stable > 10_000)
        for value: UInt32 in [0x2329, 0x232A, 0x2ADC, 0x2126, 0x0301] {
            #expect(!ThaiText.isNFCStable(value))
        }
        // Text with only such symbols is left as it is; one combining accent still composes.
        #expect(ThaiText.normalize("● ข่าว ☎ 02 \u{E107} ✓") == "● ข่าว ☎ 02 \u{E107} ✓")
        #expect(ThaiText.normalize("☎ Cafe\u{0301}") == "☎ Café")
    }

    @Test("NFC: Latin with combining accents is composed")
    func nfc() {
        #expect(ThaiText.normalize("Cafe\u{0301}") == "Café")
    }

    @Test("the comparison key ignores case, dashes and the spaces between Thai words")
    func matchKey() {
        #expect(NormalizedText("รายงานผล การดำเนินงาน").key == NormalizedText("รายงานผลการดำเนินงาน").key)
        #expect(NormalizedText("E–Service").key == "eservice")
        #expect(NormalizedText("ถาม - ตอบ").key == "ถามตอบ")
        #expect(NormalizedText("Social  Network").key == "social network")
        #expect(NormalizedText("รอบ ๖ เดือน").key == "รอบ6เดือน")
        #expect(NormalizedText("นโยบายการบริหารทรัพยากรบุคคล").key == NormalizedText("นโยบายบริหารทรัพยากรบุคคล").key)
        #expect(NormalizedText("การ์ตูน").key == "การ์ตูน")
        #expect(NormalizedText("Q & A").key == "q&a")
    }

    @Test("the comparison key over bytes is what it is scalar by scalar: every kind of scalar")
    func matchKeyAgainstScalars() {
        let pieces = ["ก", "การ", "การ์", "กา", "ร", "ข่าว", "การิ", "1", "a", "Z", "E", " ", "-", "\u{2013}", "\u{2212}",
                      "\u{FF0D}", "\u{FE63}", "é", "É", "\u{23A}", "\u{212A}", "\u{130}", "😀", "ß", "Ж", "\u{0E31}", "\u{0E4E}",
                      "\u{0E50}", "\u{0E7F}", "\u{0E00}", "\u{0E3F}", "ก\u{0E31}", "\u{0E01}\u{0E32}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let key = ThaiText.matchKey(ofNormalized: text)
            let expected = Self.matchKeyScalarByScalar(text)
            #expect(key.utf8.elementsEqual(expected.utf8), "\(Array(text.unicodeScalars))")
        }
    }

    /// The comparison key written the plain way: dashes out, lower case, spaces only between
    /// Latin letters or digits, then การ dropped where it is its own syllable.
    static func matchKeyScalarByScalar(_ text: String) -> String {
        func isDash(_ value: UInt32) -> Bool {
            value == 0x2D || (0x2010...0x2015).contains(value) || value == 0x2212 || value == 0xFE63 || value == 0xFF0D
        }
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : scalar
        }
        var spaced: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars where !isDash(scalar.value) {
            if scalar == " " {
                pendingSpace = true
                continue
            }
            let lower = lowered(scalar)
            if pendingSpace, let previous = spaced.last, isAlphanumeric(previous), isAlphanumeric(lower) { spaced.append(" ") }
            pendingSpace = false
            spaced.append(lower)
        }
        let kaan: [Unicode.Scalar] = ["\u{0E01}", "\u{0E32}", "\u{0E23}"]
        let marks = Set([0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4E))
        var result = String.UnicodeScalarView()
        var index = 0
        while index < spaced.count {
            if Array(spaced[index..<min(index + 3, spaced.count)]) == kaan,
               !(index + 3 < spaced.count && marks.contains(Int(spaced[index + 3].value))) {
                index += 3
                continue
            }
            result.append(spaced[index])
            index += 1
        }
        return String(result)
    }

    @Test("normalising twice changes nothing")
    func idempotent() {
        for text in ["น\u{0E49}\u{0E4D}\u{0E32}", "  กฏหมาย ๒๕๖๗ ", "เเผน", "E–Service  Q&A"] {
            let once = ThaiText.normalize(text)
            #expect(ThaiText.normalize(once) == once)
        }
    }
}
