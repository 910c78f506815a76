import OITCore

/// The HTML standard's "prescan a byte stream to determine its encoding": reads the first
/// 1024 bytes for `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...; charset=...">`,
/// skipping comments and the attributes of other tags.
enum MetaCharsetScanner {
    static let limit = 1024

    static func scan(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, limit)
        var position = 0
        while position < end {
            if starts(bytes, at: position, with: "<!--") {
                position = find(bytes, "-->", from: position + 4, end: end).map { $0 + 3 } ?? end
                continue
            }
            if startsIgnoringCase(bytes, at: position, with: "<meta"), position + 5 < end,
               isSpaceOrSlash(bytes[position + 5]) {
                position += 5
                if let label = readMeta(bytes, position: &position, end: end) { return label }
                continue
            }
            if position + 1 < end, bytes[position] == UInt8(ascii: "<") {
                let next = bytes[position + 1]
                let afterSlash = position + 2 < end ? bytes[position + 2] : 0
                if isASCIILetter(next) || (next == UInt8(ascii: "/") && isASCIILetter(afterSlash)) {
                    position += next == UInt8(ascii: "/") ? 2 : 1
                    while position < end, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                    while readAttribute(bytes, position: &position, end: end) != nil {}
                    continue
                }
                if next == UInt8(ascii: "!") || next == UInt8(ascii: "/") || next == UInt8(ascii: "?") {
                    position = find(bytes, ">", from: position + 1, end: end).map { $0 + 1 } ?? end
                    continue
                }
            }
            position += 1
        }
        return nil
    }

    /// The attributes of one `<meta>` tag; the charset it declares, if it declares one.
    private static func readMeta(_ bytes: [UInt8], position: inout Int, end: Int) -> String? {
        var seen = Set<String>()
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        while let (name, value) = readAttribute(bytes, position: &position, end: end) {
            guard seen.insert(name).inserted else { continue }
            switch name {
            case "http-equiv":
                if value.lowercased() == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let label = charsetInMetaContent(value) {
                    charset = label
                    needPragma = true
                }
            case "charset":
                charset = value
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, let charset, !charset.isEmpty else { return nil }
        if needPragma && !gotPragma { return nil }
        return charset
    }

    /// "text/html; charset=windows-874" -> "windows-874" (the standard's "extract a character
    /// encoding from a meta element").
    static func charsetInMetaContent(_ content: String) -> String? {
        let scalars = Array(content.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard let found = indexOf("charset", in: scalars, from: index) else { return nil }
            var cursor = found + 7
            while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
            guard cursor < scalars.count, scalars[cursor] == "=" else {
                index = found + 7
                continue
            }
            cursor += 1
            while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
            guard cursor < scalars.count else { return nil }
            let quote = scalars[cursor]
            if quote == "\"" || quote == "'" {
                let start = cursor + 1
                guard let close = scalars[start...].firstIndex(of: quote) else { return nil }
                return String(String.UnicodeScalarView(scalars[start..<close]))
            }
            var stop = cursor
            while stop < scalars.count, !isSpace(scalars[stop]), scalars[stop] != ";" { stop += 1 }
            return String(String.UnicodeScalarView(scalars[cursor..<stop]))
        }
        return nil
    }

    /// The standard's "get an attribute": name lower-cased, value unquoted.
    private static func readAttribute(_ bytes: [UInt8], position: inout Int, end: Int) -> (String, String)? {
        while position < end, isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
        guard position < end, bytes[position] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "=") && !name.isEmpty { break }
            if isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            name.append(lower(byte))
            position += 1
        }
        while position < end, isSpace(bytes[position]) { position += 1 }
        guard position < end, bytes[position] == UInt8(ascii: "=") else {
            return (String(decoding: name, as: UTF8.self), "")
        }
        position += 1
        while position < end, isSpace(bytes[position]) { position += 1 }
        var value: [UInt8] = []
        if position < end, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
            let quote = bytes[position]
            position += 1
            while position < end, bytes[position] != quote {
                value.append(lower(bytes[position]))
                position += 1
            }
            position += 1
        } else {
            while position < end, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                value.append(lower(bytes[position]))
                position += 1
            }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    // MARK: - Bytes

    private static func starts(_ bytes: [UInt8], at position: Int, with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { pattern in
            (0..<count).allSatisfy { bytes[position + $0] == pattern[$0] }
        }
    }

    private static func startsIgnoringCase(_ bytes: [UInt8], at position: Int, with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { pattern in
            (0..<count).allSatisfy { lower(bytes[position + $0]) == pattern[$0] }
        }
    }

    private static func find(_ bytes: [UInt8], _ text: StaticString, from start: Int, end: Int) -> Int? {
        var position = start
        while position < end {
            if starts(bytes, at: position, with: text) { return position }
            position += 1
        }
        return nil
    }

    private static func indexOf(_ word: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(word.unicodeScalars)
        guard scalars.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            var matched = true
            for offset in 0..<pattern.count {
                let scalar = scalars[index + offset]
                let lowered = (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
                if lowered != pattern[offset] { matched = false; break }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte.isASCIIWhitespace }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 && isSpace(UInt8(scalar.value))
    }

    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
