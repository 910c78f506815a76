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
