import Foundation

/// An address of the shape most links of a crawl have, read from its bytes: `http://` or
/// `https://`, a host of lower-case ASCII letters, digits, dots and dashes, perhaps a port, then
/// the rest. Asking `URL` for its scheme, host, port, path, query and fragment takes each apart
/// again (a few hundred instructions each, for every link of every page). Nil for any other
/// shape (capitals, user info, brackets, escapes in the host...): `URL` is asked then, and
/// ``host(of:)`` and ``path(of:)`` answer as `URL` does.
public struct PlainAddress {
    /// Scheme and host lower-case, no default port (and a port as its number is written), a path
    /// that is not empty and has no dot segment: what `URLCanonical.normalized` leaves as it is.
    public let isCanonical: Bool
    public let hasQuery: Bool
    public let hasFragment: Bool
    public let pathHasSemicolon: Bool
    /// Where the host and the path (to the query or fragment) stand in the address's bytes.
    let hostRange: Range<Int>
    let pathRange: Range<Int>
    /// The path has a percent escape (`URL.path` decodes it).
    let pathHasEscape: Bool

    public init?(_ address: String) {
        var address = address
        guard let read = address.withUTF8({ Self.read($0) }) else { return nil }
        self = read
    }

    private init(isCanonical: Bool, hasQuery: Bool, hasFragment: Bool, pathHasSemicolon: Bool, hostRange: Range<Int>,
                 pathRange: Range<Int>, pathHasEscape: Bool) {
        self.isCanonical = isCanonical
        self.hasQuery = hasQuery
        self.hasFragment = hasFragment
        self.pathHasSemicolon = pathHasSemicolon
        self.hostRange = hostRange
        self.pathRange = pathRange
        self.pathHasEscape = pathHasEscape
    }

    /// `url.host`, from the address's bytes when it is of the plain shape.
    public static func host(of url: URL) -> String? {
        host(ofPlain: url) ?? url.host
    }

    /// The host of a plain address (an http(s) one, lower-case), or nil when it is not plain.
    public static func host(ofPlain url: URL) -> String? {
        guard url.baseURL == nil else { return nil }
        var address = url.absoluteString
        return address.withUTF8 { bytes in
            read(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.hostRange]), as: UTF8.self) }
        }
    }

    /// `url.path` (escapes decoded, trailing slashes dropped but the first), from the address's
    /// bytes when it is of the plain shape and its path has no escape.
    public static func path(of url: URL) -> String {
        if url.baseURL == nil {
            var address = url.absoluteString
            let path = address.withUTF8 { bytes -> String? in
                guard let plain = read(bytes), !plain.pathHasEscape else { return nil }
                var end = plain.pathRange.upperBound
                while end - plain.pathRange.lowerBound > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[plain.pathRange.lowerBound..<end]), as: UTF8.self)
            }
            if let path { return path }
        }
        return url.path
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainAddress? {
        let defaultPort: Int
        var index: Int
        if bytes.starts(with: "http://".utf8) {
            (defaultPort, index) = (80, 7)
        } else if bytes.starts(with: "https://".utf8) {
            (defaultPort, index) = (443, 8)
        } else {
            return nil
        }
        // The host.
        let hostStart = index
        while index < bytes.count, isHostByte(bytes[index]) { index += 1 }
        guard index > hostStart else { return nil }
        let hostRange = hostStart..<index
        // The port: canonical when it is not the scheme's and written as its number is (an empty
        // one or a leading zero is rewritten).
        var portIsCanonical = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            let digitsStart = index
            var value = 0
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10, index - digitsStart < 5 {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            guard value <= 65_535 else { return nil }
            let digits = index - digitsStart
            portIsCanonical = digits > 0 && value != defaultPort && !(digits > 1 && bytes[digitsStart] == UInt8(ascii: "0"))
        }
        guard index == bytes.count || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "?")
                || bytes[index] == UInt8(ascii: "#") else { return nil }
        // The path, to the query or fragment.
        let pathStart = index
        var pathHasDotSegment = false
        var pathHasSemicolon = false
        var pathHasEscape = false
        while index < bytes.count, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") {
            if bytes[index] == UInt8(ascii: "."), bytes[index - 1] == UInt8(ascii: "/") { pathHasDotSegment = true }
            if bytes[index] == UInt8(ascii: ";") { pathHasSemicolon = true }
            if bytes[index] == UInt8(ascii: "%") { pathHasEscape = true }
            index += 1
        }
        let pathRange = pathStart..<index
        let hasQuery = index < bytes.count && bytes[index] == UInt8(ascii: "?")
        var hasFragment = index < bytes.count && bytes[index] == UInt8(ascii: "#")
        if hasQuery {
            while index < bytes.count, bytes[index] != UInt8(ascii: "#") { index += 1 }
            hasFragment = index < bytes.count
        }
        let hasPath = pathStart < bytes.count && bytes[pathStart] == UInt8(ascii: "/")
        return PlainAddress(isCanonical: portIsCanonical && hasPath && !pathHasDotSegment,
                            hasQuery: hasQuery, hasFragment: hasFragment, pathHasSemicolon: pathHasSemicolon,
                            hostRange: hostRange, pathRange: pathRange, pathHasEscape: pathHasEscape)
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
