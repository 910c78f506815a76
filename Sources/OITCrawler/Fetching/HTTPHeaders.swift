import Foundation

/// Response headers with case-insensitive names, as a plain value.
public struct HTTPHeaders: Hashable, Sendable, Codable, ExpressibleByDictionaryLiteral, Sequence {
    /// Lower-cased names, in the order received.
    private var fields: [Field]

    public struct Field: Hashable, Sendable, Codable {
        public let name: String
        public let value: String
    }

    public init(_ pairs: [(String, String)] = []) {
        fields = pairs.map { Field(name: $0.0.lowercased(), value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The first value of `name`, any case.
    public subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name == wanted }?.value
    }

    public mutating func set(_ name: String, _ value: String) {
        let lowered = name.lowercased()
        fields.removeAll { $0.name == lowered }
        fields.append(Field(name: lowered, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// `text/html` of `text/html; charset=utf-8`, lower-cased.
    public var mediaType: String? {
        self["content-type"]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    public var contentLength: Int? { self["content-length"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    /// The total size from `Content-Range: bytes 0-99/12345`.
    public var contentRangeTotal: Int? {
        guard let value = self["content-range"], let slash = value.lastIndex(of: "/") else { return nil }
        return Int(value[value.index(after: slash)...].trimmingCharacters(in: .whitespaces))
    }

    public var lastModified: Date? { self["last-modified"].flatMap(HTTPDate.parse) }

    /// `Retry-After` in seconds from now, whether given as seconds or as a date.
    public func retryAfter(now: Date = Date()) -> Double? {
        guard let value = self["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) { return Swift.max(0, seconds) }
        return HTTPDate.parse(value).map { Swift.max(0, $0.timeIntervalSince(now)) }
    }
}

/// HTTP dates (RFC 9110: IMF-fixdate, and the obsolete RFC 850 and asctime forms).
public enum HTTPDate {
    private static let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]

    public static func parse(_ text: String) -> Date? {
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    public static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = formats[0]
        return formatter.string(from: date).replacingOccurrences(of: "GMT+0", with: "GMT")
    }
}
