import CLibXML2
import OITCore

/// Looks at raw bytes before parsing: is there anything, is it a binary file, is it cut short.
enum ContentSniffer {
    /// Magic numbers of the files agency sites link to most.
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        (Array("%PDF-".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP or Office (docx/xlsx/pptx)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Office 97-2003 (doc/xls/ppt)"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0x1F, 0x8B], "gzip"),
        (Array("Rar!".utf8), "RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        (Array("{\\rtf".utf8), "RTF"),
        ([0x00, 0x00, 0x00], "binary"),
    ]

    static func rejection(of bytes: ArraySlice<UInt8>, utf16: Bool) -> HTMLParseError? {
        if bytes.allSatisfy(\.isASCIIWhitespace) {
            return .empty
        }
        for signature in signatures where bytes.starts(with: signature.prefix) {
            if signature.kind == "RTF" || !utf16 { return .binary(kind: signature.kind) }
        }
        if bytes.dropFirst(4).starts(with: Array("ftyp".utf8)) {
            return .binary(kind: "MP4 video or HEIC image")
        }
        if !utf16, bytes.prefix(1024).contains(0) {
            return .binary(kind: "binary")
        }
        return nil
    }

    /// Whether UTF-8 text has any markup: a `<` followed by a letter, `/`, `!` or `?`.
    static func hasMarkup(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { buffer in
            guard buffer.count > 1 else { return false }
            for index in 0..<(buffer.count - 1) where buffer[index] == UInt8(ascii: "<") {
                let next = buffer[index + 1]
                if (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
                    || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                    return true
                }
            }
            return false
        }
    }

    private static let openComment = Array("<!--".utf8)
    private static let closeComment = Array("-->".utf8)

    /// Where UTF-8 markup ends if it was cut off: inside an unfinished comment or tag.
    static func truncation(of utf8: [UInt8]) -> ParseIssue.TruncationPoint? {
        utf8.withUnsafeBufferPointer { bytes -> ParseIssue.TruncationPoint? in
            var end = bytes.count
            while end > 0, bytes[end - 1].isASCIIWhitespace { end -= 1 }
            guard end > 0 else { return nil }
            // A comment opened and never closed ("<!-->" closes itself).
            if let open = lastIndex(of: Self.openComment, in: bytes, before: end) {
                let after = UnsafeBufferPointer(rebasing: bytes[(open + 2)..<end])
                if !Self.closeComment.withUnsafeBufferPointer({ ByteSearch.contains(after, $0) }) { return .insideComment }
            }
            guard let lastOpen = lastIndex(of: UInt8(ascii: "<"), in: bytes, before: end) else { return nil }
            let lastClose = lastIndex(of: UInt8(ascii: ">"), in: bytes, before: end)
            if lastClose.map({ $0 < lastOpen }) ?? true, lastOpen + 1 < end {
                let next = bytes[lastOpen + 1]
                let startsTag = (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next) || next == UInt8(ascii: "/")
                if startsTag { return .insideTag }
            }
            return nil
        }
    }

    /// The last `byte` before `end` (libc's backward search: a page with no comment is searched
    /// back to its start for one).
    private static func lastIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        guard let base = bytes.baseAddress, end > 0,
              let found = oit_last_byte(base, Int32(byte), end) else { return nil }
        return UnsafeRawPointer(base).distance(to: found)
    }

    /// The last `pattern` (two bytes or more) ending by `end`, found by its second byte: the `!`
    /// of `<!--` is rare in a page, where its `<` stands at every tag.
    private static func lastIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var limit = end - pattern.count + 2   // the second byte of a match stands before this
        while limit > 1, let second = lastIndex(of: pattern[1], in: bytes, before: limit) {
            let start = second - 1
            if start >= 0, UnsafeBufferPointer(rebasing: bytes[start..<start + pattern.count]).elementsEqual(pattern) {
                return start
            }
            limit = second
        }
        return nil
    }
}
