import Foundation
import OITCore

/// The canonical form of http(s) and file URLs: scheme and host lower-cased, default ports and
/// dot segments removed, an empty path made "/". Other schemes (mailto:, tel:) are left as they are.
public enum URLCanonical {
    public static func normalized(_ url: URL) -> URL {
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
