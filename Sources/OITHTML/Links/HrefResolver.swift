import Foundation
import OITCore

/// Resolves raw hrefs against a page URL and its `<base href>`, the way a browser would, and
/// tells which ones lead nowhere.
struct HrefResolver {
    let base: URL?
    /// Resolutions already made on the site's other pages.
    let memo: HrefMemo?
    private let baseParts: HrefMemo.BaseParts?

    init(base: URL?, memo: HrefMemo? = nil) {
        self.base = base
        self.memo = memo
        self.baseParts = HrefMemo.BaseParts(base)
    }

    /// Why `href` leads nowhere, or nil when it leads somewhere: read as a browser reads it (the
    /// URL standard), C0 controls and spaces around it stripped and tabs and newlines inside it
    /// removed, it is empty, only a fragment, or a script. A no-break space is part of the
    /// address, as in a browser: `"\u{A0}#"` leads to a page (a missing one, most likely).
    /// Walks scalars without Foundation: it is asked of every link of every page.
    static func deadReason(of href: String) -> Link.DeadReason? {
        var scalars = href.unicodeScalars.lazy.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            .drop { $0.value <= 0x20 }.makeIterator()
        guard let first = scalars.next() else { return .empty }
        if first == "#" { return .fragment }
        var scalar: Unicode.Scalar? = first
        for expected in "javascript:".unicodeScalars {
            guard let next = scalar else { return nil }
            let lowered = (0x41...0x5A).contains(next.value) ? next.value + 0x20 : next.value
            if lowered != expected.value { return nil }
            scalar = scalars.next()
        }
        return .script
    }

    /// The absolute URL of `href`, or nil when it cannot be resolved.
    func resolve(_ href: String) -> URL? {
        if let memo, let key = baseParts?.key(of: href) {
            return memo.url(for: key) { resolving(href) }
        }
        return resolving(href)
    }

    private func resolving(_ href: String) -> URL? {
        if let baseParts, let absolute = Self.plainAbsolute(href, origin: baseParts.origin, directory: baseParts.directory) {
            return URL(string: absolute).map(URLCanonical.normalized)
        }
        return resolvingByFoundation(href)
    }

    /// The absolute address of a plain path (`/news/p3.html`, `docs/o1.pdf`: letters, digits and
    /// `/-._~` only) under an http(s) base: the origin or the base's directory followed by it.
    /// That is what resolving it against the base makes (RFC 3986 5.2: nothing to merge but the
    /// directory, nothing to encode; dot segments are removed after, by ``URLCanonical``, as
    /// from any resolved URL), without Foundation parsing it relative to the base and then again
    /// absolute. Nil for any other href.
    static func plainAbsolute(_ href: String, origin: String, directory: String) -> String? {
        let bytes = href.utf8
        guard let first = bytes.first, first != UInt8(ascii: "/") || bytes.dropFirst().first != UInt8(ascii: "/"),
              bytes.allSatisfy(isPlain) else { return nil }
        return (first == UInt8(ascii: "/") ? origin : directory) + href
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Resolved as the URL standard says, through Foundation: any href.
    func resolvingByFoundation(_ href: String) -> URL? {
        var cleaned = TemplateHref.rendered(href) ?? href
        // The URL standard strips leading/trailing C0 controls and spaces, and removes tabs and
        // newlines anywhere; backslashes are slashes in http(s) URLs.
        cleaned = cleaned.trimmingASCIIWhitespace()
        cleaned.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard !cleaned.isEmpty else { return nil }
        let lowered = cleaned.lowercased()
        if lowered.hasPrefix("javascript:") { return nil }
        let isOtherScheme = Self.scheme(of: lowered).map { !["http", "https", "file"].contains($0) } ?? false
        if !isOtherScheme, cleaned.utf8.contains(UInt8(ascii: "\\")) {
            cleaned = cleaned.replacingOccurrences(of: "\\", with: "/")
        }
        let resolved: URL?
        if isOtherScheme {
            resolved = URL(string: cleaned)
        } else if let base {
            resolved = URL(string: cleaned, relativeTo: base)?.absoluteURL
        } else {
            resolved = URL(string: cleaned).flatMap { $0.scheme == nil ? nil : $0 }
        }
        guard let resolved else { return nil }
        return URLCanonical.normalized(resolved)
    }

    private static func scheme(of lowered: String) -> String? {
        guard let colon = lowered.firstIndex(of: ":") else { return nil }
        let candidate = lowered[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            return nil
        }
        return String(candidate)
    }
}
