import Foundation

/// The one place where text from Thai websites and forms is normalised.
///
/// Labels on agency sites are typed by hand in vendor CMSs: Thai digits, zero-width spaces,
/// `&nbsp;` padding, sara am typed as two characters, a doubled sara e for sara ae and a
/// handful of stock misspellings. Everything that compares text (the lexicon, the date reader,
/// the checklist importer) goes through ``NormalizedText``, which calls these rules once.
public enum ThaiText {
    /// Thai digits ๐-๙ become ASCII 0-9, zero-width characters and soft hyphens are removed,
    /// every run of whitespace (including no-break spaces) becomes one space, sara am is written
    /// one way, misplaced and doubled marks are repaired, and common misspellings are folded.
    /// The result is NFC and trimmed.
    public static func normalize(_ text: String) -> String {
        let (cleaned, needsNFC, needsMarkRepair) = cleaned(text)
        var result = needsMarkRepair ? String(repairThaiMarks(in: cleaned.unicodeScalars)) : cleaned
        if needsNFC {
            result = result.precomposedStringWithCanonicalMapping
        }
        return foldMisspellings(result)
    }

    /// The first step of ``normalize(_:)``: invisible characters removed, whitespace collapsed
    /// and trimmed, Thai digits made ASCII; whether any character may need composing (NFC), and
    /// whether Thai marks need repair (``needsMarkRepair(_:)`` of the result, watched as it is
    /// written rather than walked again). Walked as UTF-8 and written as UTF-8: appending scalar
    /// by scalar to a String re-encodes each one, and this runs over the text of every page a
    /// check reads.
    static func cleaned(_ text: String) -> (text: String, needsNFC: Bool, needsMarkRepair: Bool) {
        var needsNFC = false
        var marks = MarkRepairWatch()
        var text = text
        let cleaned = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var written = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    // Kept as they are, without working out their scalar: printable ASCII but the
                    // space, and Thai but its digits (U+0E50-U+0E59: E0 B9 90-99) - labels are
                    // made of little else.
                    let kept = lead > 0x20 && lead < 0x7F ? 1
                        : lead == 0xE0 && (bytes[index + 1] == 0xB8 || (bytes[index + 1] == 0xB9 && !(0x90...0x99).contains(bytes[index + 2]))) ? 3 : 0
                    if kept > 0 {
                        if pendingSpace {
                            out[written] = 0x20
                            written += 1
                            pendingSpace = false
                            marks.see(0)
                        }
                        marks.see(kept == 3 ? thaiValue(bytes[index + 1], bytes[index + 2]) : 0)
                        for offset in 0..<kept { out[written + offset] = bytes[index + offset] }
                        written += kept
                        index += kept
                        continue
                    }
                    let length = sequenceLength(lead: lead)
                    let value = scalarValue(bytes, at: index, length: length)
                    defer { index += length }
                    if isRemovable(value) { continue }
                    if isWhitespace(value) {
                        pendingSpace = written > 0
                        continue
                    }
                    if pendingSpace {
                        out[written] = 0x20
                        written += 1
                        pendingSpace = false
                        marks.see(0)
                    }
                    // Thai digits (made ASCII) are asked for above; here nothing is Thai.
                    marks.see(0)
                    if (0x0E50...0x0E59).contains(value) {
                        out[written] = UInt8(value - 0x0E50 + 0x30)
                        written += 1
                        continue
                    }
                    if value >= 0x0300 && !isNFCStable(value) {
                        needsNFC = true
                    }
                    for offset in 0..<length { out[written + offset] = bytes[index + offset] }
                    written += length
                }
                return written
            }
        }
        return (cleaned, needsNFC, marks.needed)
    }

    /// Scalars from U+0300 up that NFC leaves as they are wherever they stand (no decomposition
    /// that changes them, combining class 0, never the second of a composition), so that a text
    /// of them needs no NFC: Thai, general punctuation (its spaces are collapsed before this is
    /// asked), the symbols pages use as bullets and icons (arrows, shapes, ☎ ✓ ★; not the three
    /// that NFC maps elsewhere), private-use icon fonts, emoji and U+FFFD. NFC through
    /// Foundation is slow, and a page's text with one such icon went through it whole.
    static func isNFCStable(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0E7F, 0x2000...0x206F, 0xE000...0xF8FF, 0xFFFD, 0x1F000...0x1FAFF: return true
        case 0x2329, 0x232A, 0x2ADC: return false       // 〈 〉 to U+3008/U+3009; ⫝̸ decomposes
        case 0x2190...0x2BFF: return true
        default: return false
        }
    }

    /// Bytes of the UTF-8 sequence `lead` starts (the bytes of a String: always well formed).
    @inline(__always)
    static func sequenceLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar value of the `length`-byte UTF-8 sequence at `index` (the bytes of a String:
    /// always well formed).
    @inline(__always)
    static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch length {
        case 1: return lead
        case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3: return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
        }
    }

    /// Whitespace (including no-break and zero-width spaces) collapsed to single spaces and
    /// trimmed, nothing else changed: the form in which a page's own words are shown to people.
    public static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapsingWhitespace(utf8: $0) }
    }

    /// ``collapsingWhitespace(_:)`` over UTF-8 bytes, as a page reader collects them, stopping
    /// before the result would pass `limit` bytes (on a whole scalar).
    public static func collapsingWhitespace(utf8 bytes: [UInt8], limit: Int = .max) -> String {
        bytes.withUnsafeBufferPointer { collapsingWhitespace(utf8: $0, limit: limit) }
    }

    /// Works on the bytes directly: it runs over every label and the text of every page.
    static func collapsingWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> String {
        String(unsafeUninitializedCapacity: min(bytes.count, max(0, limit))) { output in
            var collapser = WhitespaceCollapser()
            collapser.collapse(bytes, into: output)
            return collapser.written
        }
    }

    /// The form used to compare text: ``normalize(_:)``, then Latin letters lower-cased, dashes
    /// and hyphens removed, and spaces removed except between two Latin letters or digits
    /// (Thai is written without spaces between words, so "รายงานผล การดำเนินงาน" and
    /// "รายงานผลการดำเนินงาน" must compare equal, while "e service" keeps its word break).
    /// The nominaliser การ is dropped too: sites write "นโยบายบริหารทรัพยากรบุคคล" and
    /// "แผนจัดซื้อจัดจ้าง" as often as the forms' "นโยบายการบริหาร..." and "แผนการจัดซื้อ...".
    public static func matchKey(ofNormalized normalized: String) -> String {
        var normalized = normalized
        return normalized.withUTF8 { bytes in
            // Twice the room: a lower-case letter can take a byte more than its capital (Ⱥ, ⱥ).
            String(unsafeUninitializedCapacity: 2 * bytes.count) { output in
                dropKaan(output, count: spacedKey(bytes, into: output))
            }
        }
    }

    /// Dashes out, letters lower-cased, spaces kept only between two Latin letters or digits:
    /// written into `output` (twice the input's room), returning the bytes written.
    private static func spacedKey(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        var previousIsAlphanumeric = false
        var pendingSpace = false
        var index = 0
        func append(_ byte: UInt8) {
            output[written] = byte
            written += 1
        }
        while index < bytes.count {
            let lead = bytes[index]
            if lead == 0xE0, bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9 {
                // Thai (U+0E00-U+0E7F): no dash, no case, not a Latin letter or digit.
                pendingSpace = false
                previousIsAlphanumeric = false
                for offset in index..<index + 3 { append(bytes[offset]) }
                index += 3
                continue
            }
            let length = sequenceLength(lead: lead)
            let value = scalarValue(bytes, at: index, length: length)
            let start = index
            index += length
            if isDash(value) { continue }
            if value == 0x20 {
                pendingSpace = true
                continue
            }
            let lowered = lowercased(Unicode.Scalar(value)!).value
            let alphanumeric = isASCIIAlphanumeric(lowered)
            if pendingSpace, previousIsAlphanumeric, alphanumeric { append(0x20) }
            pendingSpace = false
            previousIsAlphanumeric = alphanumeric
            if lowered == value {
                for offset in start..<index { append(bytes[offset]) }
            } else {
                for byte in UTF8.encode(Unicode.Scalar(lowered)!)! { append(byte) }
            }
        }
        return written
    }

    /// "การ" removed wherever it stands as its own syllable (not "การ์" of การ์ตูน), in place over
    /// the first `count` bytes of `key`; returns the bytes kept.
    private static func dropKaan(_ key: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        var read = 0
        var written = 0
        while read < count {
            // ก (E0 B8 81) asked first: every Thai letter starts with E0.
            if key[read] == 0xE0, read + 9 <= count, key[read + 2] == 0x81, (0..<9).allSatisfy({ key[read + $0] == kaanBytes[$0] }),
               !(read + 12 <= count && key[read + 9] == 0xE0 && isCombiningThaiMark(thaiValue(key[read + 10], key[read + 11]))) {
                read += 9
                continue
            }
            key[written] = key[read]
            written += 1
            read += 1
        }
        return written
    }

    /// การ in UTF-8.
    private static let kaanBytes: [UInt8] = Array("การ".utf8)

    /// The scalar of a Thai letter's second and third bytes (after 0xE0).
    private static func thaiValue(_ second: UInt8, _ third: UInt8) -> UInt32 {
        UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
    }

    // MARK: - Rules

    /// Misspellings seen on agency sites, folded to the standard spelling. Each entry is a
    /// string that is never correct Thai, so replacing it cannot damage a correct word.
    static let misspellings: [(wrong: String, right: String)] = [
        ("กฏหมาย", "กฎหมาย"),       // ฏ for ฎ (but ปรากฏ is correct, so only whole words)
        ("กฏระเบียบ", "กฎระเบียบ"),
        ("กฏกระทรวง", "กฎกระทรวง"),
        ("กฏเกณฑ์", "กฎเกณฑ์"),
        ("ปรกาศ", "ประกาศ"),
        ("ข้อมมูล", "ข้อมูล"),
        ("จัดชื้อ", "จัดซื้อ"),         // ช for ซ
        ("เจตจำนงค์", "เจตจำนง"),
        ("ประชาสัมพันธุ์", "ประชาสัมพันธ์"),
        ("ประเมิณ", "ประเมิน"),
        ("รับขอขวัญ", "รับของขวัญ"),
        ("งบประมานณ", "งบประมาณ"),
        ("งบประมาน", "งบประมาณ"),
    ]

    private static func foldMisspellings(_ text: String) -> String {
        // Searched as bytes in one pass: this runs over whole pages, and Foundation's search
        // folds clusters. Every misspelling starts with a Thai letter (0xE0 0xB8/0xB9 xx): only
        // at a letter some misspelling starts with (a bit of `firstLetters`) are their first
        // eight bytes compared, as one word, and only on a match the rest.
        let firstLetters = misspellingFirstLetters
        let prefixes = misspellingPrefixes
        let patterns = misspellingBytes
        let found = text.withUTF8Bytes { bytes -> UInt64 in
            var found: UInt64 = 0
            guard let base = bytes.baseAddress, bytes.count >= 8 else { return 0 }
            let raw = UnsafeRawPointer(base)
            for index in 0...(bytes.count - 8) where bytes[index] == 0xE0 {
                let second = bytes[index + 1], third = bytes[index + 2]
                guard second == 0xB8 || second == 0xB9,
                      (second == 0xB8 ? firstLetters.b8 : firstLetters.b9) & (1 << UInt64(third & 0x3F)) != 0 else { continue }
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                for candidate in prefixes.indices where prefixes[candidate] == word && found & (1 << UInt64(candidate)) == 0 {
                    let pattern = patterns[candidate]
                    if index + pattern.count <= bytes.count, memcmp(base + index, pattern, pattern.count) == 0 {
                        found |= 1 << UInt64(candidate)
                    }
                }
            }
            return found
        }
        guard found != 0 else { return text }
        var result = text
        for index in misspellings.indices where found & (1 << UInt64(index)) != 0 {
            result = result.replacingOccurrences(of: misspellings[index].wrong, with: misspellings[index].right)
        }
        return result
    }

    private static let misspellingBytes = misspellings.map { Array($0.wrong.utf8) }

    /// The first letters of the misspellings, as bits of the low six bits of their third byte,
    /// one word for each second byte (0xB8: U+0E00-U+0E3F, 0xB9: U+0E40-U+0E7F).
    private static let misspellingFirstLetters: (b8: UInt64, b9: UInt64) = misspellingBytes.reduce((0, 0)) { masks, bytes in
        let bit: UInt64 = 1 << UInt64(bytes[2] & 0x3F)
        return bytes[1] == 0xB8 ? (masks.b8 | bit, masks.b9) : (masks.b8, masks.b9 | bit)
    }

    /// The first eight bytes of each misspelling as a word loaded from memory (every one starts
    /// with a Thai letter and is longer than that; at most 64 of them, one bit each).
    private static let misspellingPrefixes: [UInt64] = {
        precondition(misspellingBytes.count <= 64, "the misspellings found are bits of a word")
        return misspellingBytes.map { bytes in
            precondition(bytes.count >= 8 && bytes[0] == 0xE0, "a misspelling must start with a Thai letter and be 8 bytes or more")
            return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        }
    }()

    /// Sara am (ำ U+0E33) typed as nikhahit + sara aa, with or without a tone mark between or
    /// before them; a tone mark typed after sara aa; a doubled sara e typed for sara ae; and a
    /// combining mark typed twice.
    private static func repairThaiMarks(in input: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var scalars = Array(input)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            let next = index + 1 < scalars.count ? scalars[index + 1].value : 0
            let afterNext = index + 2 < scalars.count ? scalars[index + 2].value : 0
            switch value {
            case 0x0E4D where next == 0x0E32:                    // ํ า -> ำ
                out.append("\u{0E33}"); index += 2; continue
            case 0x0E4D where isToneMark(next) && afterNext == 0x0E32:  // ํ ่ า -> ่ ำ
                out.append(scalars[index + 1]); out.append("\u{0E33}"); index += 3; continue
            case 0x0E32 where isToneMark(next) && index > 0 && isThaiConsonant(scalars[index - 1].value):
                // า ้ after a consonant: the tone mark belongs on the consonant (สรา้ง -> สร้าง)
                out.append(scalars[index + 1]); out.append(scalars[index]); index += 2; continue
            case 0x0E40 where next == 0x0E40:                    // เ เ -> แ
                out.append("\u{0E41}"); index += 2; continue
            default:
                break
            }
            if isCombiningThaiMark(value), let last = out.last, last.value == value {
                index += 1; continue                              // ข้้อมูล -> ข้อมูล
            }
            out.append(scalars[index])
            index += 1
        }
        scalars = out
        return String.UnicodeScalarView(scalars)
    }

    /// Whether any rule of ``repairThaiMarks(in:)`` applies to the scalars of `utf8` (valid):
    /// most text needs none, and is then left as it is without being copied. Walked as bytes
    /// (the rules are about Thai scalars only; any other scalar counts as 0), as this runs over
    /// the text of every page whose dates are read.
    static func needsMarkRepair(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var marks = MarkRepairWatch()
        var index = 0
        while index < utf8.count, !marks.needed {
            let lead = utf8[index]
            let length = sequenceLength(lead: lead)
            marks.see(lead == 0xE0 && index + 2 < utf8.count && (utf8[index + 1] == 0xB8 || utf8[index + 1] == 0xB9)
                ? thaiValue(utf8[index + 1], utf8[index + 2]) : 0)
            index += length
        }
        return marks.needed
    }

    /// The rules of ``repairThaiMarks(in:)`` as a watch over scalars seen one by one (any
    /// scalar not Thai seen as 0): whether one of them applies.
    struct MarkRepairWatch {
        private var previous: UInt32 = 0
        private var beforePrevious: UInt32 = 0
        private(set) var needed = false

        @inline(__always)
        mutating func see(_ value: UInt32) {
            if previous == 0x0E4D && (value == 0x0E32 || isToneMark(value))
                || previous == 0x0E32 && isToneMark(value) && isThaiConsonant(beforePrevious)
                || previous == 0x0E40 && value == 0x0E40
                || value == previous && isCombiningThaiMark(value) {
                needed = true
            }
            beforePrevious = previous
            previous = value
        }
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isRemovable(_ value: UInt32) -> Bool {
        // zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen
        value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060
            || value == 0xFEFF || value == 0x00AD
    }

    private static func isDash(_ value: UInt32) -> Bool {
        value == 0x2D || (0x2010...0x2015).contains(value) || value == 0x2212 || value == 0xFE63 || value == 0xFF0D
    }

    private static func isToneMark(_ value: UInt32) -> Bool { (0x0E48...0x0E4B).contains(value) }

    private static func isThaiConsonant(_ value: UInt32) -> Bool { (0x0E01...0x0E2E).contains(value) }

    private static func isCombiningThaiMark(_ value: UInt32) -> Bool {
        value == 0x0E31 || (0x0E34...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value)
    }

    private static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        default: return false
        }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if (0x41...0x5A).contains(scalar.value) { return Unicode.Scalar(scalar.value + 0x20)! }
        if scalar.value < 0x80 || (0x0E00...0x0E7F).contains(scalar.value) { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
