import Foundation
import OITCore

/// Which URLs belong to the agency's own site. A site is its registrable domain (so
/// `www.`, other subdomains and http/https are the same site, and two agencies under `go.th`
/// are two sites); on a shared platform it is the start URL's path prefix or query ids.
public struct SiteScope: Hashable, Sendable, CustomStringConvertible {
    /// The registrable domain (`example.go.th`), or the host itself for IP addresses, local
    /// names and `file://` mirrors.
    public let domain: String
    /// On a shared platform, what else a URL must carry.
    public let platformKey: PlatformKey?

    public enum PlatformKey: Hashable, Sendable {
        case query([String: String])
        case pathPrefix(String)
    }

    public init(start: URL, suffixes: PublicSuffixList = .shared, platforms: [SharedPlatform] = SharedPlatform.defaults) {
        let host = start.host?.lowercased() ?? ""
        let domain = suffixes.registrableDomain(of: host) ?? host
        self.domain = domain
        self.suffixes = suffixes
        // A saved page: its site is the folder it was saved in.
        if start.isFileURL {
            platformKey = .pathPrefix(start.deletingLastPathComponent().path)
            return
        }
        guard let platform = platforms.first(where: { $0.domain == domain }) else {
            platformKey = nil
            return
        }
        switch platform.key {
        case .query(let names):
            let items = URLComponents(url: start, resolvingAgainstBaseURL: false)?.queryItems ?? []
            var wanted: [String: String] = [:]
            for name in names {
                if let value = items.first(where: { $0.name.lowercased() == name })?.value { wanted[name] = value }
            }
            platformKey = wanted.isEmpty ? nil : .query(wanted)
        case .pathSegments(let count):
            let segments = start.path.split(separator: "/").prefix(count)
            platformKey = segments.count == count ? .pathPrefix("/" + segments.joined(separator: "/")) : nil
        }
    }

    /// Kept to classify other URLs the same way.
    private let suffixes: PublicSuffixList

    public static func == (lhs: SiteScope, rhs: SiteScope) -> Bool {
        lhs.domain == rhs.domain && lhs.platformKey == rhs.platformKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(domain)
        hasher.combine(platformKey)
    }

    /// Whether `url` is part of the site.
    public func contains(_ url: URL) -> Bool {
        // A plain address (``PlainAddress``) is http(s) with a lower-case host, read from its bytes.
        let host: String
        if let plainHost = PlainAddress.host(ofPlain: url) {
            host = plainHost
        } else {
            guard let scheme = url.scheme?.lowercased(), ["http", "https", "file"].contains(scheme) else { return false }
            host = url.host?.lowercased() ?? ""
        }
        // The site's own domain is its own registrable domain: no suffix look-up needed.
        guard host == domain || (suffixes.registrableDomain(of: host) ?? host) == domain else { return false }
        switch platformKey {
        case nil:
            return true
        case .query(let wanted)?:
            let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            return wanted.allSatisfy { name, value in
                items.contains { $0.name.lowercased() == name && $0.value == value }
            }
        case .pathPrefix(let prefix)?:
            return url.path == prefix || url.path.hasPrefix(prefix.hasSuffix("/") ? prefix : prefix + "/")
        }
    }

    public var description: String {
        switch platformKey {
        case nil: return domain
        case .query(let wanted)?:
            return domain + "?" + wanted.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        case .pathPrefix(let prefix)?: return domain + prefix
        }
    }
}
