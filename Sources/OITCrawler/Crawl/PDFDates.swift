import Foundation
import OITCore

/// The dates a PDF carries about itself, read from its first and last bytes (the Info
/// dictionary's `/CreationDate` and `/ModDate`, XMP's `CreateDate` and `ModifyDate`). Best
/// effort: a compressed or encrypted trailer yields nothing.
public struct PDFDates: Hashable, Sendable, Codable {
    public var created: Date?
    public var modified: Date?

    public init(created: Date? = nil, modified: Date? = nil) {
        self.created = created
        self.modified = modified
    }

    public var isEmpty: Bool { created == nil && modified == nil }

    /// Reads the dates from any number of byte chunks (the first and last 64 KB).
    public static func read(_ chunks: [[UInt8]]) -> PDFDates {
        var dates = PDFDates()
        for chunk in chunks {
            func info(_ key: String) -> Date? { text(from: key, in: chunk).flatMap { infoDate(key, in: $0) } }
            func xmp(_ name: String) -> Date? { text(from: "xmp:" + name, in: chunk).flatMap { xmpDate(name, in: $0) } }
            dates.created = dates.created ?? info("/CreationDate") ?? xmp("CreateDate")
            dates.modified = latest(dates.modified, info("/ModDate") ?? xmp("ModifyDate"))
        }
        return dates
    }

    /// The text from the first `key` in `chunk` on, as far as a date after it could reach; nil
    /// if the key is not there. Found as bytes: a chunk is 64 KB, a date a few dozen bytes.
    /// PDF syntax is ASCII; other bytes become "?", which no key or date contains.
    private static func text(from key: String, in chunk: [UInt8]) -> String? {
        guard let start = ByteSearch.firstIndex(of: Array(key.utf8), in: chunk) else { return nil }
        let window = chunk[start..<min(chunk.count, start + key.utf8.count + 512)]
        return String(decoding: window.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    }

    private static func latest(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case (nil, let b): return b
        case (let a, nil): return a
        case (let a?, let b?): return max(a, b)
        }
    }

    /// `/CreationDate (D:20240115103000+07'00')`.
    static func infoDate(_ key: String, in text: String) -> Date? {
        guard let keyRange = text.range(of: key) else { return nil }
        let after = text[keyRange.upperBound...].prefix(64)
        guard let open = after.firstIndex(of: "(") else { return nil }
        var value = after[after.index(after: open)...].prefix { $0 != ")" }
        if value.hasPrefix("D:") { value = value.dropFirst(2) }
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4 else { return nil }
        func part(_ offset: Int, _ length: Int, default fallback: Int) -> Int {
            guard digits.count >= offset + length else { return fallback }
            let start = digits.index(digits.startIndex, offsetBy: offset)
            return Int(digits[start..<digits.index(start, offsetBy: length)]) ?? fallback
        }
        var components = DateComponents()
        components.year = part(0, 4, default: 0)
        components.month = part(4, 2, default: 1)
        components.day = part(6, 2, default: 1)
        components.hour = part(8, 2, default: 0)
        components.minute = part(10, 2, default: 0)
        components.second = part(12, 2, default: 0)
        var offset = 0
        let zone = value.dropFirst(digits.count)
        if let sign = zone.first, sign == "+" || sign == "-" {
            let numbers = zone.dropFirst().split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            offset = ((numbers.first ?? 0) * 3600 + (numbers.dropFirst().first ?? 0) * 60) * (sign == "-" ? -1 : 1)
        }
        components.timeZone = TimeZone(secondsFromGMT: offset)
        return plausible(Calendar(identifier: .gregorian).date(from: components))
    }

    /// `<xmp:CreateDate>2024-01-15T10:30:00+07:00</xmp:CreateDate>` or `xmp:CreateDate="..."`.
    static func xmpDate(_ name: String, in text: String) -> Date? {
        guard let range = text.range(of: "xmp:" + name) else { return nil }
        let after = text[range.upperBound...].drop { $0 == ">" || $0 == "=" || $0 == "\"" || $0 == "'" }
        let value = String(after.prefix { $0 != "<" && $0 != "\"" && $0 != "'" })
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds], [.withFullDate]] {
            formatter.formatOptions = options
            if let date = formatter.date(from: value) { return plausible(date) }
        }
        return nil
    }

    /// Dates before 1995 or far in the future are encoder defaults, not the document's.
    private static func plausible(_ date: Date?) -> Date? {
        guard let date else { return nil }
        let year = Calendar(identifier: .gregorian).component(.year, from: date)
        return (1995...2100).contains(year) ? date : nil
    }
}
