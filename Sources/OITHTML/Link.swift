import Foundation

/// A link as a page writes it: the raw `href` exactly as in the source, the URL it resolves to,
/// the label a person sees, and where on the page it sits.
public struct Link: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case anchor = "a"
        case area
        case frame
        case iframe
    }

    /// Why a link leads nowhere.
    public enum DeadReason: String, Hashable, Sendable {
        /// `href=""` or only whitespace.
        case empty
        /// `#`, `#!` or another fragment of the same page: a menu toggle, not a destination.
        case fragment
        /// `javascript:...`.
        case script
    }

    /// What the link holds, in one reference: a page's links are copied into classifications,
    /// candidates and reports, and a copy of ten fields retained each of them.
    private final class Storage: Sendable {
        let kind: Kind
        let href: String
        let url: URL?
        let text: String
        let imageSources: [String]
        let deadReason: DeadReason?
        let line: Int
        let headings: [String]
        let menuPath: [String]
        let isToggle: Bool

        init(kind: Kind, href: String, url: URL?, text: String, imageSources: [String], deadReason: DeadReason?,
             line: Int, headings: [String], menuPath: [String], isToggle: Bool) {
            self.kind = kind
            self.href = href
            self.url = url
            self.text = text
            self.imageSources = imageSources
            self.deadReason = deadReason
            self.line = line
            self.headings = headings
            self.menuPath = menuPath
            self.isToggle = isToggle
        }
    }

    private let storage: Storage

    public var kind: Kind { storage.kind }
    /// The attribute verbatim: Thai, spaces, template code and all.
    public var href: String { storage.href }
    /// The absolute URL, resolved against the page (and its `<base href>`), or nil when the
    /// href cannot be resolved (unrendered template code, a page with no URL).
    public var url: URL? { storage.url }
    /// The label: `aria-label`, `title`, then the anchor's text with the `alt`/`title` of its
    /// images, whitespace collapsed.
    public var text: String { storage.text }
    /// The `src` of images inside the link: an image-only banner is often named for what it links.
    public var imageSources: [String] { storage.imageSources }
    /// Set when the link leads nowhere.
    public var deadReason: DeadReason? { storage.deadReason }
    /// The line of the page where the link starts.
    public var line: Int { storage.line }
    /// The headings in force where the link stands, outermost first: section headings (h1-h6)
    /// and the emphasised labels under them (`<strong>O12 ...</strong>`, `<summary>`, `<th>`).
    public var headings: [String] { storage.headings }
    /// The labels of the menu entries the link is nested under, outermost first.
    public var menuPath: [String] { storage.menuPath }
    /// The link opens a sub-menu or a collapsed panel rather than a page: it heads a nested list,
    /// or says so (`data-toggle`, `aria-haspopup`, `class="dropdown-toggle"`).
    public var isToggle: Bool { storage.isToggle }

    public var isDead: Bool { deadReason != nil }

    public init(kind: Kind, href: String, url: URL?, text: String, imageSources: [String] = [],
                deadReason: DeadReason?, line: Int, headings: [String] = [], menuPath: [String] = [],
                isToggle: Bool = false) {
        storage = Storage(kind: kind, href: href, url: url, text: text, imageSources: imageSources,
                          deadReason: deadReason, line: line, headings: headings, menuPath: menuPath, isToggle: isToggle)
    }

    public static func == (lhs: Link, rhs: Link) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.kind == rhs.kind && lhs.href == rhs.href && lhs.url == rhs.url && lhs.text == rhs.text
                && lhs.imageSources == rhs.imageSources && lhs.deadReason == rhs.deadReason && lhs.line == rhs.line
                && lhs.headings == rhs.headings && lhs.menuPath == rhs.menuPath && lhs.isToggle == rhs.isToggle)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(href)
        hasher.combine(url)
        hasher.combine(text)
        hasher.combine(imageSources)
        hasher.combine(deadReason)
        hasher.combine(line)
        hasher.combine(headings)
        hasher.combine(menuPath)
        hasher.combine(isToggle)
    }
}
