/// Saved templates (PHP, Blade, Twig, ERB) write hrefs as code: `<?php echo site_url('Pages/authority'); ?>`,
/// `{{ asset('files/ita/o1.pdf') }}`, `<?= base_url() ?>ita/detail`. A browser never sees these,
/// but the path inside the code is what the link will lead to once rendered. This recovers it.
enum TemplateHref {
    private static let openers: [(open: String, close: String)] = [
        ("<?php", "?>"), ("<?=", "?>"), ("<?", "?>"), ("{{", "}}"), ("{!!", "!!}"), ("<%=", "%>"), ("<%", "%>"),
        ("{%", "%}"),
    ]

    /// URL-building helpers whose first string argument is the path they produce.
    private static let urlFunctions = ["site_url", "base_url", "asset", "url", "secure_url", "secure_asset",
                                       "public_path", "storage_url"]

    /// Whether the href has a template opener (`<?`, `<%`, `{{`, `{!!`, `{%`). A byte scan:
    /// it runs on every href of every page.
    static func containsTemplateCode(_ href: String) -> Bool {
        var previous: UInt8 = 0
        for byte in href.utf8 {
            if previous == UInt8(ascii: "<") && (byte == UInt8(ascii: "?") || byte == UInt8(ascii: "%")) { return true }
            if previous == UInt8(ascii: "{") && (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "%")) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// The href with every template block replaced by the path its URL helper is given (or
    /// by nothing when it names no path), or nil when the href holds no template code.
    static func rendered(_ href: String) -> String? {
        guard containsTemplateCode(href) else { return nil }
        var output = ""
        var rest = Substring(href)
        while let (pair, range) = earliestOpener(in: rest) {
            output += rest[..<range.lowerBound]
            let afterOpen = rest[range.upperBound...]
            guard let end = afterOpen.firstRange(of: pair.close) else {
                rest = ""
                break
            }
            output += pathArgument(in: String(afterOpen[..<end.lowerBound])) ?? ""
            rest = afterOpen[end.upperBound...]
        }
        output += rest
        // `{{ url('/') }}/policy` renders as "//policy": collapse the doubled slashes the
        // substitution made, but keep a scheme's "//".
        return collapseSlashes(output)
    }

    /// The first template opener in `text` (the longest when two start at the same place).
    private static func earliestOpener(in text: Substring) -> ((open: String, close: String), Range<Substring.Index>)? {
        openers.compactMap { pair in text.firstRange(of: pair.open).map { (pair, $0) } }
            .min { lhs, rhs in
                lhs.1.lowerBound < rhs.1.lowerBound
                    || (lhs.1.lowerBound == rhs.1.lowerBound && lhs.0.open.count > rhs.0.open.count)
            }
    }

    /// The first quoted argument of a URL helper in a code block: `site_url('Pages/x')` -> `Pages/x`.
    private static func pathArgument(in code: String) -> String? {
        for function in urlFunctions {
            guard let call = code.firstRange(of: function + "(") ?? code.firstRange(of: function + " (") else { continue }
            let arguments = code[call.upperBound...]
            guard let quote = arguments.first(where: { $0 == "'" || $0 == "\"" || $0 == ")" }), quote != ")" else {
                return ""
            }
            guard let open = arguments.firstIndex(of: quote) else { return "" }
            let afterQuote = arguments[arguments.index(after: open)...]
            guard let close = afterQuote.firstIndex(of: quote) else { return "" }
            return String(afterQuote[..<close])
        }
        return nil
    }

    private static func collapseSlashes(_ text: String) -> String {
        var result = ""
        var previousSlash = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "/" {
                let afterScheme = result.hasSuffix(":") || (result.hasSuffix(":/") && previousSlash)
                if previousSlash && !afterScheme {
                    index = text.index(after: index)
                    continue
                }
                previousSlash = true
            } else {
                previousSlash = false
            }
            result.append(character)
            index = text.index(after: index)
        }
        return result
    }
}
