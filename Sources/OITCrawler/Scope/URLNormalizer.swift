import Foundation
import OITCore
import OITHTML

/// Makes the URLs a crawl meets comparable: no fragment, lower-case scheme and host, no default
/// port, no dot segments, no tracking or session parameters. ``key(for:)`` also sorts the query,
/// so that the same page reached with its parameters in another order is fetched once.
public struct URLNormalizer: Sendable {
    /// Parameters that only track a click (`utm_source`, `fbclid`, ...): dropped.
    public var trackingParameters: Set<String>
    /// Parameters that carry a session: dropped, or a crawl sees every page once per session.
    public var sessionParameters: Set<String>

    public init(trackingParameters: Set<String> = URLNormalizer.defaultTracking,
                sessionParameters: Set<String> = URLNormalizer.defaultSession) {
        self.trackingParameters = trackingParameters
        self.sessionParameters = sessionParameters
    }

    public static let defaultTracking: Set<String> = [
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "fbclid", "gclid",
        "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ref_src",
    ]
    public static let defaultSession: Set<String> = [
        "phpsessid", "jsessionid", "sid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken",
    ]

    /// The URL to fetch: cleaned, query order kept.
    public func clean(_ url: URL) -> URL? {
        // Nothing to drop and nothing to change: most links a crawl meets (told from the bytes of
        // an address of the plain shape; any other goes the long way).
        if url.baseURL == nil, let plain = PlainAddress(url.absoluteString), plain.isCanonical,
           !plain.hasQuery, !plain.hasFragment, !plain.pathHasSemicolon {
            return url
        }
        return cleanByComponents(url)
    }

    /// ``clean(_:)`` the long way, through `URLComponents` (what the short way must equal).
    func cleanByComponents(_ url: URL) -> URL? {
        guard url.scheme != nil,
              var components = URLComponents(url: URLCanonical.normalized(url), resolvingAgainstBaseURL: true) else {
            return nil
        }
        components.fragment = nil
        // ;jsessionid=... in the path
        if components.percentEncodedPath.utf8.contains(UInt8(ascii: ";")),
           let semicolon = components.percentEncodedPath.range(of: ";jsessionid=", options: .caseInsensitive) {
            components.percentEncodedPath = String(components.percentEncodedPath[..<semicolon.lowerBound])
        }
        if let items = components.percentEncodedQueryItems {
            let kept = items.filter { item in
                let name = item.name.lowercased()
                return !trackingParameters.contains(name) && !name.hasPrefix("utm_") && !sessionParameters.contains(name)
            }
            components.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        }
        return components.url
    }

    /// The identity of a URL for "fetched once": ``clean(_:)`` with the query sorted.
    public func key(for url: URL) -> String? {
        clean(url).flatMap(key(ofCleaned:))
    }

    /// ``clean(_:)`` and ``key(for:)`` at once.
    public func cleanedWithKey(_ url: URL) -> (URL, String)? {
        guard let cleaned = clean(url), let key = key(ofCleaned: cleaned) else { return nil }
        return (cleaned, key)
    }

    private func key(ofCleaned cleaned: URL) -> String? {
        // No query to sort: the cleaned address is the key.
        if cleaned.query == nil { return cleaned.absoluteString }
        guard var components = URLComponents(url: cleaned, resolvingAgainstBaseURL: true) else { return nil }
        if let items = components.percentEncodedQueryItems, items.count > 1 {
            components.percentEncodedQueryItems = items.sorted { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
        }
        return components.url?.absoluteString
    }
}
