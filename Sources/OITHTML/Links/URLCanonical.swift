import Foundation
import OITCore

/// The canonical form of http(s) and file URLs: scheme and host lower-cased, default ports and
/// dot segments removed, an empty path made "/". Other schemes (mailto:, tel:) are left as they are.
public enum URLCanonical {
    public static func normalized(_ url: URL) -> URL {
        isCanonical(url) ? url : normalizedByComponents(url)
    }

    /// ``normalized(_:)`` the long way, through `URLComponents` (what the short way must equal).
    static func normalizedByComponents(_ url: URL) -> URL {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" || scheme == "file" else {
            return url
        }
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url }
        components.scheme = scheme
        components.host = components.host?.lowercased()
        if (scheme == "http" && components.port == 80) || (scheme == "https" && components.port == 443) {
            components.port = nil
        }
        if components.percentEncodedPath.containsBytes(of: "/.") {
            components.percentEncodedPath = removingDotSegments(components.percentEncodedPath)
        }
        if components.percentEncodedPath.isEmpty && components.host != nil { components.percentEncodedPath = "/" }
        return components.url ?? url
    }

    /// An absolute http(s) URL already in canonical form, told from its bytes without taking it
    /// apart into components and putting it back (most links of a crawl, and that round trip was
    /// its costliest part). An address not of the plain shape (``PlainAddress``) is taken as not
    /// canonical, and goes the long way: asking `URL` for its parts instead missed an empty port
    /// and an escaped host, which the long way rewrites.
    public static func isCanonical(_ url: URL) -> Bool {
        url.baseURL == nil && PlainAddress(url.absoluteString)?.isCanonical == true
    }

    /// RFC 3986 section 5.2.4.
    public static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return path.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}

/// An address of the shape most links of a crawl have, read from its bytes: `http://` or
/// `https://`, a host of lower-case ASCII letters, digits, dots and dashes, perhaps a port, then
/// the rest. Asking `URL` for its scheme, host, port, path, query and fragment takes each apart
/// again (a few hundred instructions each, for every link of every page). Nil for any other
/// shape (capitals, user info, brackets, escapes in the host...): `URL` is asked then.
public struct PlainAddress {
    /// Scheme and host lower-case, no default port (and a port as its number is written), a path
    /// that is not empty and has no dot segment: what ``URLCanonical/normalized(_:)`` leaves as it is.
    public let isCanonical: Bool
    public let hasQuery: Bool
    public let hasFragment: Bool
    public let pathHasSemicolon: Bool

    public init?(_ address: String) {
        var address = address
        guard let read = address.withUTF8({ Self.read($0) }) else { return nil }
        self = read
    }

    private init(isCanonical: Bool, hasQuery: Bool, hasFragment: Bool, pathHasSemicolon: Bool) {
        self.isCanonical = isCanonical
        self.hasQuery = hasQuery
        self.hasFragment = hasFragment
        self.pathHasSemicolon = pathHasSemicolon
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainAddress? {
        let defaultPort: Int
        var index: Int
        if starts(bytes, with: "http://") {
            (defaultPort, index) = (80, 7)
        } else if starts(bytes, with: "https://") {
            (defaultPort, index) = (443, 8)
        } else {
            return nil
        }
        // The host.
        let hostStart = index
        while index < bytes.count, isHostByte(bytes[index]) { index += 1 }
        guard index > hostStart else { return nil }
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
        while index < bytes.count, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") {
            if bytes[index] == UInt8(ascii: "."), bytes[index - 1] == UInt8(ascii: "/") { pathHasDotSegment = true }
            if bytes[index] == UInt8(ascii: ";") { pathHasSemicolon = true }
            index += 1
        }
        let hasQuery = index < bytes.count && bytes[index] == UInt8(ascii: "?")
        var hasFragment = index < bytes.count && bytes[index] == UInt8(ascii: "#")
        if hasQuery {
            while index < bytes.count, bytes[index] != UInt8(ascii: "#") { index += 1 }
            hasFragment = index < bytes.count
        }
        let hasPath = pathStart < bytes.count && bytes[pathStart] == UInt8(ascii: "/")
        return PlainAddress(isCanonical: portIsCanonical && hasPath && !pathHasDotSegment,
                            hasQuery: hasQuery, hasFragment: hasFragment, pathHasSemicolon: pathHasSemicolon)
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
        prefix.utf8CodeUnitCount <= bytes.count
            && memcmp(bytes.baseAddress!, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}

