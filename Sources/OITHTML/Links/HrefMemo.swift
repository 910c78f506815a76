import Foundation
import Synchronization

/// The hrefs a site's pages have already resolved, so that the menus every page repeats are
/// resolved once per site instead of once per page (URL parsing is most of a link's cost).
/// Shared by the pages of one crawl, which are parsed in parallel.
public final class HrefMemo: Sendable {
    struct Key: Hashable {
        /// What the resolution depends on besides the href: nothing for an absolute http(s)
        /// URL, the base's scheme, origin or directory for the other kinds of href.
        let base: String
        let href: String
    }

    private let resolved = Mutex<[Key: URL?]>([:])

    public init() {}

    func url(for key: Key, resolving resolve: () -> URL?) -> URL? {
        if let known = resolved.withLock({ $0[key] }) { return known }
        let url = resolve()
        resolved.withLock { $0[key] = url }
        return url
    }

    /// The part of `base` that an href of each kind is resolved against.
    struct BaseParts {
        let scheme: String
        let origin: String
        let directory: String

        init?(_ base: URL?) {
            guard let base, let scheme = base.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
                return nil
            }
            let text = base.absoluteString
            let bytes = text.utf8
            // Scheme, "//", authority: the origin ends at the first "/" after it. (By bytes: a
            // Foundation search for "://" here was 0.35% of a full crawl's CPU.)
            let afterScheme = bytes.index(bytes.startIndex, offsetBy: scheme.utf8.count, limitedBy: bytes.endIndex)
            guard let afterScheme, bytes[afterScheme...].starts(with: "://".utf8) else { return nil }
            let authority = bytes.index(afterScheme, offsetBy: 3)
            let end = bytes[authority...].firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
            let pathStart = bytes[authority..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
            let lastSlash = bytes[pathStart..<end].lastIndex(of: UInt8(ascii: "/"))
            self.scheme = scheme
            self.origin = String(text[..<pathStart])
            self.directory = lastSlash.map { String(text[...$0]) } ?? origin + "/"
        }

        /// The memo key of `href`, or nil for an href resolved against the whole base URL (a
        /// query or fragment alone, an empty or odd one): those are resolved every time.
        func key(of href: String) -> Key? {
            var bytes = href.utf8.makeIterator()
            guard let first = bytes.next() else { return nil }
            let second = bytes.next()
            let isSlash = { (byte: UInt8?) in byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") }
            if isSlash(first) {
                return Key(base: isSlash(second) ? scheme : origin, href: href)
            }
            let isLetterOrDigit = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            guard isLetterOrDigit || first == UInt8(ascii: ".") || first == UInt8(ascii: "_") || first >= 0x80 else {
                return nil
            }
            let lowered = href.prefix(8).lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return Key(base: "", href: href) }
            return Key(base: directory, href: href)
        }
    }
}
