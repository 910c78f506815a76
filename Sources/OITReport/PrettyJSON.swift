import OITCore

/// JSON written straight to bytes, exactly as `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty
/// container as an empty line), without building a tree of boxed values first: a report lists
/// every link of every page, and encoding it through `Codable` took a tenth of a crawl's CPU.
/// A ``compactObject(_:)`` is written on one line, as `JSONEncoder` writes it without
/// `.prettyPrinted` (`{"key":value,...}`), containers inside it too.
/// Members must be written in sorted key order (byte order, as `JSONEncoder` sorts them); a
/// debug build checks it.
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// For each open container: whether it has a member yet.
    private var open: [Bool] = []
    /// Inside a compact object: nothing goes on a line of its own.
    private var isCompact = false
    #if DEBUG
    /// For each open container, its last key, to check the order.
    private var lastKeys: [[UInt8]?] = []
    #endif

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written, with a final newline, as UTF-8 (valid: only whole strings go in).
    consuming func utf8() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: Containers

    mutating func object(_ members: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    /// An object on one line, whatever is inside it.
    mutating func compactObject(_ members: (inout PrettyJSON) -> Void) {
        let outer = isCompact
        isCompact = true
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
        isCompact = outer
    }

    mutating func array<S: Sequence>(_ elements: S, _ write: (inout PrettyJSON, S.Element) -> Void) {
        array { json in
            for element in elements { json.element { write(&$0, element) } }
        }
    }

    /// An array whose elements `body` writes, each through ``element(_:)``.
    mutating func array(_ body: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// One element of the array being written.
    mutating func element(_ write: (inout PrettyJSON) -> Void) {
        startMember()
        write(&self)
    }

    /// `"key" : ` followed by what `value` writes. The report's own keys are literals (copied
    /// from where the binary holds them) with nothing to escape.
    mutating func member(_ key: StaticString, _ value: (inout PrettyJSON) -> Void) {
        let utf8 = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        assert(!utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }, "key to escape: \(key)")
        startMember(key: utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
        separateValue()
        value(&self)
    }

    /// `"key" : number` for a key not of the report's own (read back from a report), escaped.
    mutating func member(escaping key: String, _ number: Int) {
        var key = key
        key.withUTF8 { startMember(key: $0) }
        string(key)
        separateValue()
        int(number)
    }

    /// The comma and line before a member; a debug build checks that `key` sorts after the last.
    private mutating func startMember(key: UnsafeBufferPointer<UInt8>) {
        #if DEBUG
        let last = lastKeys[lastKeys.count - 1]
        assert(last.map { $0.lexicographicallyPrecedes(key) } ?? true,
               "JSON keys out of order: \(String(decoding: key, as: UTF8.self)) after \(String(decoding: last ?? [], as: UTF8.self))")
        lastKeys[lastKeys.count - 1] = Array(key)
        #endif
        startMember()
    }

    /// Between a key and its value.
    private mutating func separateValue() {
        if isCompact {
            bytes.append(UInt8(ascii: ":"))
        } else {
            append(" : ")
        }
    }

    mutating func member(_ key: StaticString, _ text: String) { member(key) { $0.string(text) } }
    mutating func member(_ key: StaticString, _ number: Int) { member(key) { $0.int(number) } }
    mutating func member(_ key: StaticString, _ number: Double) { member(key) { $0.double(number) } }
    mutating func member(_ key: StaticString, _ flag: Bool) { member(key) { $0.bool(flag) } }
    mutating func member(_ key: StaticString, _ texts: [String]) { member(key) { $0.array(texts) { $0.string($1) } } }

    /// Nothing when `value` is nil, as `JSONEncoder` leaves out a nil optional.
    mutating func member(_ key: StaticString, ifPresent text: String?) { if let text { member(key, text) } }
    mutating func member(_ key: StaticString, ifPresent number: Int?) { if let number { member(key, number) } }
    mutating func member(_ key: StaticString, ifPresent flag: Bool?) { if let flag { member(key, flag) } }

    // MARK: Values

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            let base = UnsafeRawPointer(utf8.baseAddress)
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (labels, addresses: almost all).
                if let base {
                    while index + 8 <= utf8.count,
                          !Self.mayNeedEscaping(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                        index += 8
                    }
                }
                guard index < utf8.count else { break }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index - 1]))
                appendEscaped(byte)
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether a word may hold a byte below 0x20, a quote or a backslash (never false when it
    /// does; sometimes true when it does not, which only sends the word byte by byte).
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        ByteSearch.word(word, hasByteBelow: 0x20) || ByteSearch.word(word, contains: UInt8(ascii: "\""))
            || ByteSearch.word(word, contains: UInt8(ascii: "\\"))
    }

    /// Its decimal digits, written in place (`String(number)` made a string for each).
    mutating func int(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// As `JSONEncoder` writes a Double: its shortest form, without a trailing `.0`
    /// (`80`, `93.33`, `1e-07`). Not a number or infinite (never a score): `null`.
    mutating func double(_ number: Double) {
        guard number.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        let text = number.description
        bytes.append(contentsOf: (text.hasSuffix(".0") ? text.dropLast(2) : Substring(text)).utf8)
    }

    mutating func bool(_ flag: Bool) {
        append(flag ? "true" : "false")
    }

    // MARK: Layout

    private mutating func container(open opening: UInt8, close: UInt8, _ body: (inout PrettyJSON) -> Void) {
        bytes.append(opening)
        open.append(false)
        #if DEBUG
        lastKeys.append(nil)
        defer { lastKeys.removeLast() }
        #endif
        body(&self)
        let hadMembers = open.removeLast()
        if isCompact { return bytes.append(close) }
        bytes.append(UInt8(ascii: "\n"))
        if !hadMembers { bytes.append(UInt8(ascii: "\n")) }
        indent(open.count)
        bytes.append(close)
    }

    /// The comma after the previous member, if any, and the new member's line and indent.
    private mutating func startMember() {
        if open[open.count - 1] { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        if isCompact { return }
        bytes.append(UInt8(ascii: "\n"))
        indent(open.count)
    }

    /// The bytes of a literal, copied at once from where the binary holds them.
    private mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private mutating func indent(_ depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: #"\u00"#.utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        }
    }
}
