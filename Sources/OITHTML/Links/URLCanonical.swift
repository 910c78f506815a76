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

    /// An absolute http(s) URL already in canonical form, told without taking it apart into
    /// components and putting it back (most links of a crawl, and that round trip was its
    /// costliest part): lower-case scheme and ASCII host, no default port, a path without dot segments.
    public static func isCanonical(_ url: URL) -> Bool {
        guard url.baseURL == nil, let scheme = url.scheme, scheme == "http" || scheme == "https",
              url.port.map({ $0 != (scheme == "http" ? 80 : 443) }) ?? true,
              let host = url.host(percentEncoded: true), !host.isEmpty,
              host.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) else { return false }
        let path = url.path(percentEncoded: true)
        return !path.isEmpty && !path.containsBytes(of: "/.")
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
