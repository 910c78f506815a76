/// The elements the page reader treats specially, by their lower-case names (libxml2's HTML
/// parser lower-cases tag names).
enum Element: Equatable {
    /// `<script>`, `<style>`, `<template>`: nothing inside counts.
    case hidden
    case title
    case heading(level: Int)
    /// `<strong>`, `<b>`, `<summary>`, `<dt>`, `<th>`, `<legend>`, `<caption>`: labels that head
    /// the links after them on hub pages.
    case emphasis
    case anchor
    case area
    case frame
    case image
    case base
    /// `<input>`: a password field marks a login form.
    case input
    case listItem
    /// `<ul>`, `<ol>` and other containers that open a sub-menu when nested in a list item.
    case submenu
    /// Any other element that breaks a line of text.
    case block
    case inline

    /// Whether the element separates words in the text (a `<br>` between "ร้องเรียน" and "ทุจริต").
    var breaksText: Bool {
        switch self {
        case .inline, .anchor, .image, .emphasis, .input: return false
        default: return true
        }
    }

    static let table: [String: Element] = {
        var table: [String: Element] = [
            "script": .hidden, "style": .hidden, "template": .hidden,
            "title": .title,
            "strong": .emphasis, "b": .emphasis, "summary": .emphasis, "dt": .emphasis, "th": .emphasis,
            "legend": .emphasis, "caption": .emphasis,
            "a": .anchor, "area": .area, "frame": .frame, "iframe": .frame, "img": .image, "base": .base, "input": .input,
            "li": .listItem,
            "ul": .submenu, "ol": .submenu, "div": .submenu, "nav": .submenu, "section": .submenu,
            "table": .submenu, "dl": .submenu,
        ]
        for level in 1...6 { table["h\(level)"] = .heading(level: level) }
        for name in ["p", "br", "tr", "td", "article", "header", "footer", "aside", "dd", "form", "option",
                     "blockquote", "pre", "hr", "main", "figure", "figcaption", "address", "details", "center",
                     "fieldset", "body", "html", "head", "button", "select", "tbody", "thead", "tfoot", "textarea",
                     "frameset", "noscript", "menu", "label"] {
            table[name] = .block
        }
        return table
    }()

    /// The names of up to eight bytes, packed into an integer (first byte lowest): every start
    /// and end tag of a page is looked up, and a String made and hashed for each cost more
    /// than the rest of the look-up.
    private static let packed: [UInt64: Element] = {
        var packed: [UInt64: Element] = [:]
        for (name, element) in table where name.utf8.count <= 8 {
            packed[name.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }] = element
        }
        return packed
    }()

    init(name: UnsafePointer<UInt8>) {
        var key: UInt64 = 0
        var length = 0
        while length < 8, name[length] != 0 {
            key |= UInt64(name[length]) << (8 * length)
            length += 1
        }
        self = name[length] == 0 ? Element.packed[key] ?? .inline : Element.table[String(cString: name)] ?? .inline
    }
}
