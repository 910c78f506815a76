import Foundation
import OITCore

/// What a page says, read from its bytes: title, headings, visible text and every link.
///
/// Parsing takes bytes from any source (HTTP body, a saved `.php` or `.blade.php` page, a
/// mirrored file) and decides the encoding the way a browser does. Nothing inside comments,
/// `<script>`, `<style>` or `<template>` counts. The result is a plain value, safe to send
/// between tasks.
public struct HTMLDocument: Hashable, Sendable {
    /// The page's own URL, if known.
    public let url: URL?
    /// The URL relative links resolve against: `<base href>` if the page has one, else ``url``.
    public let baseURL: URL?
    public let encoding: CharacterEncoding
    public let encodingSource: EncodingSource
    /// The `<title>`, whitespace collapsed.
    public let title: String
    public let headings: [Heading]
    /// The visible text as UTF-8 (valid), whitespace collapsed; its first `textLimit` bytes when
    /// the parse was given one (a crawl keeps no more).
    public let textUTF8: [UInt8]
    /// Every `<a href>`, `<area href>`, `<frame src>` and `<iframe src>`, in document order.
    public let links: [Link]
    /// What was wrong with the page but did not stop it from being read.
    public let issues: [ParseIssue]
    /// The page has a password field: a login form, or a page behind one.
    public let hasPasswordField: Bool

    /// The visible text, whitespace collapsed: made when asked, as most pages' text is only
    /// measured (a verdict asks whether it is short) and a check reads that of its candidates.
    public var text: String { String(decoding: textUTF8, as: UTF8.self) }

    /// Reads a page.
    /// - Parameters:
    ///   - bytes: the body, in whatever encoding it came in.
    ///   - url: where the page lives, for resolving relative links (a `file://` URL for a saved page).
    ///   - contentType: the HTTP `Content-Type` header, whose charset outranks the page's own.
    ///   - textLimit: UTF-8 bytes of the visible text to keep (cut on a whole scalar): a long
    ///     page's whole text would be most of a crawl's memory and CPU, and a check reads only
    ///     the start of it.
    ///   - hrefMemo: the resolutions of the site's other pages (its menus repeat on every page).
    /// - Throws: ``HTMLParseError`` when the bytes are empty, binary or not HTML at all.
    public static func parse(_ bytes: [UInt8], url: URL? = nil, contentType: String? = nil,
                             textLimit: Int = .max, hrefMemo: HrefMemo? = nil) throws(HTMLParseError) -> HTMLDocument {
        try parse(bytes, url: url, contentType: contentType, textLimit: textLimit, hrefMemo: hrefMemo,
                  checkingUTF8First: false)
    }

    /// - Parameter checkingUTF8First: check and repair declared UTF-8 before libxml2 reads it, as
    ///   every page was once, instead of leaving it to libxml2 (the tests compare the two).
    /// - Parameter skippingUnwantedText: let libxml2 pass over text nothing keeps, as a parse
    ///   does, instead of reading every character (the tests compare the two).
    static func parse(_ bytes: [UInt8], url: URL?, contentType: String?, textLimit: Int, hrefMemo: HrefMemo?,
                      checkingUTF8First: Bool, skippingUnwantedText: Bool = true) throws(HTMLParseError) -> HTMLDocument {
        let decision = EncodingSniffer.decide(bytes, contentType: contentType)
        let isUTF16 = decision.encoding == .utf16BigEndian || decision.encoding == .utf16LittleEndian
        if let rejection = ContentSniffer.rejection(of: bytes[decision.bomLength...], utf16: isUTF16) {
            throw rejection
        }
        // Declared UTF-8 goes to libxml2 unread: its parser checks every character anyway.
        var decoded = Transcoder.toUTF8(bytes, from: decision.encoding, skipping: decision.bomLength,
                                        check: decision.utf8Check, checkingUTF8: checkingUTF8First)
        guard ContentSniffer.hasMarkup(decoded.utf8) else { throw .notHTML }
        var collector = try read(decoded.utf8, textLimit: textLimit, skippingUnwantedText: skippingUnwantedText)
        if collector.sawInvalidUTF8, decoded.isUnchecked {
            // It met bytes that are not UTF-8: they are replaced as a browser replaces them,
            // and counted, and the page is read again.
            decoded = Transcoder.toUTF8(bytes, from: .utf8, skipping: decision.bomLength)
            collector = try read(decoded.utf8, textLimit: textLimit, skippingUnwantedText: skippingUnwantedText)
        }

        var issues: [ParseIssue] = []
        if let label = decision.ignoredLabel { issues.append(.unknownEncodingLabel(label)) }
        if decoded.replaced > 0 { issues.append(.undecodableBytes(count: decoded.replaced, encoding: decision.encoding)) }
        if decoded.endsMidCharacter {
            issues.append(.truncated(.insideCharacter))
        } else if let point = ContentSniffer.truncation(of: decoded.utf8) {
            issues.append(.truncated(point))
        }

        // A resolver against the page's own address only for a `<base href>` (few pages have one).
        let baseURL = collector.baseHref.flatMap { HrefResolver(base: url).resolve($0) } ?? url
        let resolver = HrefResolver(base: baseURL, memo: hrefMemo)
        let links = collector.rawLinks.map { raw in
            Link(kind: raw.kind, href: raw.href, url: raw.deadReason == .script ? nil : resolver.resolve(raw.href),
                 text: raw.label, imageSources: raw.images, deadReason: raw.deadReason, line: raw.line,
                 headings: raw.headings, menuPath: raw.menuPath, isToggle: raw.isToggle)
        }
        return HTMLDocument(
            url: url, baseURL: baseURL, encoding: decision.encoding, encodingSource: decision.source,
            title: ThaiText.collapsingWhitespace(utf8: collector.title),
            headings: collector.headings,
            textUTF8: collector.textUTF8,
            links: links, issues: issues, hasPasswordField: collector.hasPasswordField)
    }

    /// libxml2's reading of UTF-8 bytes.
    private static func read(_ utf8: [UInt8], textLimit: Int, skippingUnwantedText: Bool) throws(HTMLParseError) -> PageCollector {
        // The collapsed text is never longer than the page.
        let collector = PageCollector(textLimit: min(textLimit, utf8.count))
        guard SAXParser.parse(utf8, into: collector, skippingUnwantedText: skippingUnwantedText) else { throw .parserUnavailable }
        guard collector.sawElement else { throw .notHTML }
        return collector
    }

    /// Reads a page from `Data`.
    public static func parse(_ data: Data, url: URL? = nil, contentType: String? = nil) throws(HTMLParseError) -> HTMLDocument {
        try parse([UInt8](data), url: url, contentType: contentType)
    }
}
