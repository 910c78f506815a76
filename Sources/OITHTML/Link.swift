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

    public let kind: Kind
    /// The attribute verbatim: Thai, spaces, template code and all.
    public let href: String
    /// The absolute URL, resolved against the page (and its `<base href>`), or nil when the
    /// href cannot be resolved (unrendered template code, a page with no URL).
    public let url: URL?
    /// The label: `aria-label`, `title`, then the anchor's text with the `alt`/`title` of its
    /// images, whitespace collapsed.
    public let text: String
    /// The `src` of images inside the link: an image-only banner is often named for what it links.
    public let imageSources: [String]
    /// Set when the link leads nowhere.
    public let deadReason: DeadReason?
    /// The line of the page where the link starts.
    public let line: Int
    /// The headings in force where the link stands, outermost first: section headings (h1-h6)
    /// and the emphasised labels under them (`<strong>O12 ...</strong>`, `<summary>`, `<th>`).
    public let headings: [String]
    /// The labels of the menu entries the link is nested under, outermost first.
    public let menuPath: [String]
    /// The link opens a sub-menu or a collapsed panel rather than a page: it heads a nested list,
    /// or says so (`data-toggle`, `aria-haspopup`, `class="dropdown-toggle"`).
    public let isToggle: Bool

    public var isDead: Bool { deadReason != nil }

    public init(kind: Kind, href: String, url: URL?, text: String, imageSources: [String] = [],
                deadReason: DeadReason?, line: Int, headings: [String] = [], menuPath: [String] = [],
                isToggle: Bool = false) {
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
