import Foundation
import OITCore

/// Labels that name nothing by themselves: "ดาวน์โหลด", "คลิก", "อ่านต่อ", a year, a month, a file
/// type, a dash, an icon. A link so labelled takes its meaning from where it stands.
enum GenericLabel {
    /// Button words, in their comparison form (compared as bytes: both sides are normalised
    /// keys, and a String set hashes Thai through Unicode normalisation).
    static let words: Set<UTF8Key> = Set([
        "ดาวน์โหลด", "ดาวโหลด", "ดาวน์โหลดไฟล์", "ดาวน์โหลดเอกสาร", "คลิก", "คลิกที่นี่", "คลิกเลย", "คลิกดู", "ดู", "ดูเพิ่มเติม",
        "ดูรายละเอียด", "รายละเอียด", "อ่านต่อ", "อ่านเพิ่มเติม", "เปิด", "เปิดดู", "เปิดไฟล์", "ไฟล์", "เอกสาร", "เอกสารแนบ",
        "ลิงก์", "ลิงค์", "ที่นี่", "คลิกเพื่อดู", "ดูเอกสาร", "ดูข้อมูล", "ดูไฟล์", "ดูรายงาน", "ดูรายงานผล", "ดูประกาศ", "ดูแผน",
        "download", "click", "click here", "here", "more", "read more", "view", "open", "link", "detail", "details",
        "pdf", "excel", "word", "doc", "docx", "xls", "xlsx", "file", "ไฟล์ pdf", "ไฟล์ excel",
        "ทั้งหมด", "ดูทั้งหมด", "all",
    ].map { UTF8Key(NormalizedText($0).key) })

    /// Whether `label` names nothing by itself.
    static func isGeneric(_ label: NormalizedText) -> Bool {
        if label.key.isEmpty || words.contains(UTF8Key(label.key)) { return true }
        // Every word generic: "ดูทั้งหมด ดูทั้งหมด...", "ดาวน์โหลด (PDF)", "- 2567", "O12".
        var rest = label.value
        for mention in ThaiDateReader.mentions(in: label) { rest = rest.replacingBytes(of: mention.text, with: " ") }
        // Split on scalars (comparing Characters goes through Unicode string comparison), a word
        // at a time: the first that names something answers, and most labels' first word does.
        let scalars = rest.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if separators.contains(scalars[index]) {
                if let first = start, !isGeneric(word: String(scalars[first..<index])) { return false }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        return start.map { isGeneric(word: String(scalars[$0...])) } ?? true
    }

    /// What separates the words of a label.
    private static let separators = Set(" ()[]|,".unicodeScalars)

    /// Whether one word of a label names nothing: no letters, a short item code, a button word.
    private static func isGeneric(word: String) -> Bool {
        let text = NormalizedText(word)
        let key = text.key
        let (meaningful, letters) = Self.letters(of: key)
        if letters == 0 { return true }
        if ItemCode.find(in: text) != nil, letters <= 6 { return true }
        return words.contains(UTF8Key(key)) || words.contains(UTF8Key(meaningful))
    }

    /// The Thai letters and marks (U+0E01-U+0E4E) and Latin a-z of a comparison key, and how
    /// many there are.
    static func letters(of key: String) -> (String, Int) {
        var bytes: [UInt8] = []
        var count = 0
        var utf8 = key.utf8.makeIterator()
        while let byte = utf8.next() {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
                bytes.append(byte)
                count += 1
            } else if byte == 0xE0, let second = utf8.next(), let third = utf8.next() {
                let value = UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                if (0x0E01...0x0E4E).contains(value) {
                    bytes.append(byte)
                    bytes.append(second)
                    bytes.append(third)
                    count += 1
                }
            }
        }
        return (String(decoding: bytes, as: UTF8.self), count)
    }

    private static let subItemMarks = Set("-–—•·>»▪◦*".unicodeScalars)

    /// A label written as a sub-item of the line above it: "- งบลงทุน", "– ช่องทางการติดต่อ", "• เดือนตุลาคม".
    static func isSubItem(_ raw: String) -> Bool {
        guard let first = raw.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return subItemMarks.contains(first)
    }

    /// Whether `raw` holds `$`, `?>` or `{{`, the marks of template code: one pass over its
    /// bytes (three searches of every new label before).
    static func mayHoldTemplateCode(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: "$") || (byte == UInt8(ascii: ">") && previous == UInt8(ascii: "?"))
                    || (byte == UInt8(ascii: "{") && previous == UInt8(ascii: "{")) {
                    return true
                }
                previous = byte
            }
            return false
        }
    }

    /// The label without unrendered template code: `$title_news`, `<?= $row->name ?>`, `{{ $x }}`.
    static func withoutTemplateCode(_ raw: String) -> String {
        guard mayHoldTemplateCode(raw) else { return raw }
        var out = ""
        var skipping = false
        var index = raw.startIndex
        while index < raw.endIndex {
            let character = raw[index]
            if character == "$" { skipping = true }
            if skipping, !(character.isLetter || character.isNumber || character == "_" || character == "$"
                           || character == "-" || character == ">" || character == "[" || character == "]"
                           || character == "'" || character == "\"") {
                skipping = false
            }
            if !skipping { out.append(character) }
            index = raw.index(after: index)
        }
        for code in ["<?php", "<?=", "?>", "{{", "}}", "echo"] { out = out.replacingOccurrences(of: code, with: " ") }
        return out.replacingOccurrences(of: ";", with: " ")
    }
}
