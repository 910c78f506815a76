import Foundation
import OITCore

/// Receives libxml2's SAX events for one page and collects its title, headings, text and
/// links. One collector per parse; it never crosses threads, and libxml2 calls it one event at
/// a time: the fields every event touches are `@exclusivity(unchecked)`, as Swift's run-time
/// check of each access to a class's field (begin and end, through thread-local storage) was 1%
/// of a full crawl's CPU.
final class PageCollector {
    @exclusivity(unchecked) private(set) var title: [UInt8] = []
    /// The visible text, collapsed as it arrives into room for as much as is kept: a page's whole
    /// text, collected and collapsed afterwards, was most of what a page reader allocated.
    private let textRoom: UnsafeMutableBufferPointer<UInt8>
    @exclusivity(unchecked) private var textCollapser = WhitespaceCollapser()
    private(set) var headings: [Heading] = []
    @exclusivity(unchecked) private(set) var rawLinks: [RawLink] = []
    private(set) var baseHref: String?
    private(set) var sawElement = false
    private(set) var hasPasswordField = false
    /// libxml2 met bytes that are not UTF-8 (and read the rest of the page as Latin-1), or a
    /// character it does not allow.
    var sawInvalidUTF8 = false
    /// Reads the parser's current line; set once parsing starts.
    var currentLine: () -> Int = { 0 }
    /// Has the parser pass over the text that follows the start tag just reported (when it can);
    /// set once parsing starts, called when ``wantsText`` is false.
    var skipText: () -> Void = {}
    /// Whether the parser is to be given a ``skipText`` (the tests read pages both ways).
    var skipsUnwantedText = true
    /// Texts the parser passed over.
    var textsSkipped = 0

    /// A link as found, before its href is resolved.
    struct RawLink {
        let kind: Link.Kind
        let href: String
        /// Why the href leads nowhere, read once for the collector and the document.
        let deadReason: Link.DeadReason?
        let label: String
        let images: [String]
        let line: Int
        let headings: [String]
        let menuPath: [String]
        var isToggle: Bool
    }

    private struct OpenAnchor {
        /// Elements open in libxml2's view when the link started, the link included.
        let depth: Int
        let href: String?
        let deadReason: Link.DeadReason?
        /// `aria-label` and `title`, which come before the text in the label.
        let ariaLabel: String?
        let title: String?
        /// From `spares`.
        var content: [UInt8]
        var images: [String] = []
        let line: Int
        let headings: [String]
        let menuPath: [String]
        let isToggle: Bool
    }

    private struct OpenListItem {
        /// Tells list items apart, so that a link heads only the links of its own item.
        var id = 0
        /// From `spares`, as `links`.
        var text: [UInt8]
        var label: String?
        /// The item's class says it holds a drop-down (`dropdown`, `has-sub`, `menu-item-has-children`).
        var isDropdown = false
        /// Links emitted in the item before any sub-menu: they head it if one opens.
        var links: [Int]
    }

    private struct OpenHeading {
        /// 1-6 for section headings, 7 for emphasised labels.
        var level: Int
        /// From `spares`.
        var text: [UInt8]
        /// Depth of nested heading-like elements inside the outermost one.
        var depth = 1
    }

    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private var hiddenDepth = 0
    /// The last link that leads nowhere, while no other link has followed it, and the list item
    /// it stands in (0: none).
    private var pendingHeadingLink: (index: Int, listItem: Int)?
    /// The list item holding the link that heads the links after it: the heading ends with it.
    private var headingLinkItem: Int?
    private var listItemsOpened = 0
    private var inTitle = false
    private var titleDone = false
    @exclusivity(unchecked) private var anchor: OpenAnchor?
    @exclusivity(unchecked) private var listItems: [OpenListItem] = [] {
        didSet { menuPathInForce = nil }
    }
    @exclusivity(unchecked) private var heading: OpenHeading?
    @exclusivity(unchecked) private var spares = SpareBuffers()
    /// The outline in force: (level, text); emphasis labels have level 7.
    private var outline: [(level: Int, text: String)] = [] {
        didSet { headingsInForce = nil }
    }
    /// The outline's texts and the menu path, made once for all the links until they change
    /// (a menu's links share one array instead of building one each).
    private var headingsInForce: [String]?
    private var menuPathInForce: [String]?

    /// - Parameter textLimit: UTF-8 bytes of visible text to keep (whitespace collapsed).
    init(textLimit: Int) {
        textRoom = .allocate(capacity: max(0, textLimit))
    }

    deinit {
        textRoom.deallocate()
    }

    /// The visible text as UTF-8, whitespace collapsed, cut on a whole scalar at the limit.
    var textUTF8: [UInt8] {
        Array(textRoom[..<textCollapser.written])
    }

    /// Whether text arriving now would be kept anywhere: in the title, a link's label, a
    /// heading, a list item's label, or the page's text while there is room for it. Text inside
    /// hidden elements never is.
    var wantsText: Bool {
        if hiddenDepth > 0 { return false }
        if inTitle || anchor != nil || heading != nil { return true }
        if let last = listItems.last, last.label == nil { return true }
        return !textCollapser.isFull
    }

    // MARK: - SAX events

    func startElement(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        sawElement = true
        depth += 1
        let element = Element(name: name)
        if hiddenDepth > 0 {
            if element == .hidden { hiddenDepth += 1 }
            return
        }
        if element.breaksText { breakText() }
        switch element {
        case .hidden:
            hiddenDepth += 1
        case .title:
            inTitle = !titleDone
        case .heading(let level):
            openHeading(level: level)
        case .emphasis:
            if anchor == nil { openHeading(level: 7) }
        case .anchor:
            closeAnchor()
            let attributes = Attributes(attributes)
            let href = attributes["href"]
            let deadReason = href.flatMap(HrefResolver.deadReason(of:))
            let leadsNowhere = deadReason != nil
            // A link that leads nowhere, followed by one that leads somewhere, heads it.
            if !leadsNowhere, href != nil, let pending = pendingHeadingLink, pending.listItem == (listItems.last?.id ?? 0) {
                rawLinks[pending.index].isToggle = true
            }
            if href != nil { pendingHeadingLink = nil }
            let headsDropdown = leadsNowhere && (listItems.last.map { $0.isDropdown && $0.links.isEmpty } ?? false)
            anchor = OpenAnchor(depth: depth, href: href, deadReason: deadReason,
                                ariaLabel: attributes["aria-label"], title: attributes["title"], content: spares.bytes(),
                                line: currentLine(), headings: currentHeadings(), menuPath: menuPath(),
                                isToggle: Self.saysToggle(attributes) || headsDropdown)
        case .area:
            let attributes = Attributes(attributes)
            if let href = attributes["href"] {
                emit(kind: .area, href: href, deadReason: HrefResolver.deadReason(of: href),
                     label: Self.joined([attributes["aria-label"], attributes["alt"], attributes["title"]].compactMap { $0 }),
                     images: [], line: currentLine(), headings: currentHeadings(), menuPath: menuPath())
            }
        case .frame:
            let attributes = Attributes(attributes)
            let kind: Link.Kind = String(cString: name) == "iframe" ? .iframe : .frame
            if let source = attributes["src"] {
                emit(kind: kind, href: source, deadReason: HrefResolver.deadReason(of: source),
                     label: Self.joined([attributes["aria-label"], attributes["title"]].compactMap { $0 }),
                     images: [], line: currentLine(), headings: currentHeadings(), menuPath: menuPath())
            }
        case .image:
            guard anchor != nil else { return }
            let attributes = Attributes(attributes)
            for label in [attributes["alt"], attributes["title"]].compactMap({ $0 }) where !label.isEmpty {
                appendToAnchor(" ")
                appendToAnchor(label)
                appendToAnchor(" ")
            }
            if let source = attributes["src"] { anchor?.images.append(source) }
        case .base:
            if baseHref == nil, let href = Attributes(attributes)["href"] { baseHref = href }
        case .input:
            if !hasPasswordField, Attributes(attributes)["type"]?.lowercased() == "password" { hasPasswordField = true }
        case .listItem:
            let dropdown = Attributes(attributes).value(of: "class", containsAnyOf: Self.dropdownClasses)
            listItemsOpened += 1
            listItems.append(OpenListItem(id: listItemsOpened, text: spares.bytes(), isDropdown: dropdown, links: spares.indices()))
        case .submenu:
            labelListItemIfNested()
        case .block, .inline:
            break
        }
    }

    func endElement(_ name: UnsafePointer<UInt8>) {
        defer { depth -= 1 }
        let element = Element(name: name)
        if hiddenDepth > 0 {
            if element == .hidden { hiddenDepth -= 1 }
            return
        }
        if element.breaksText { breakText() }
        switch element {
        case .title:
            if inTitle {
                inTitle = false
                titleDone = true
            }
        case .heading, .emphasis:
            closeHeading()
        case .anchor:
            // A late close of a link already ended by its ignored `</a>` must not end a later one.
            if anchor?.depth == depth { closeAnchor() }
        case .listItem:
            guard var closed = listItems.popLast() else { break }
            spares.keep(&closed.text)
            spares.keep(&closed.links)
            if closed.id == headingLinkItem {
                outline.removeAll { $0.level == Self.linkHeadingLevel }
                headingLinkItem = nil
            }
        default:
            break
        }
    }

    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard hiddenDepth == 0, count > 0 else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        if inTitle {
            title.append(contentsOf: buffer)
            return
        }
        textCollapser.collapse(buffer, into: textRoom)
        // The buffers come from `spares` with room for a label already.
        if anchor != nil { anchor!.content.append(contentsOf: buffer) }
        if heading != nil { heading!.text.append(contentsOf: buffer) }
        if let last = listItems.indices.last, listItems[last].label == nil {
            listItems[last].text.append(contentsOf: buffer)
        }
    }

    /// libxml2 skipped an end tag `name` because other elements are still open inside it.
    func endTagIgnored(_ name: String) {
        if name == "a", hiddenDepth == 0 { closeAnchor() }
    }

    func finish() {
        closeAnchor()
        if heading != nil {
            heading!.depth = 1
            closeHeading()
        }
    }

    // MARK: - Pieces

    private func breakText() {
        textCollapser.breakWord()
        if anchor != nil, let last = anchor!.content.last, last != 0x20 { anchor!.content.append(0x20) }
        if heading != nil, let last = heading!.text.last, last != 0x20 { heading!.text.append(0x20) }
    }

    private func appendToAnchor(_ string: String) {
        anchor?.content.append(contentsOf: string.utf8)
    }

    private func openHeading(level: Int) {
        if heading != nil {
            heading!.depth += 1
            heading!.level = min(heading!.level, level)
            return
        }
        heading = OpenHeading(level: level, text: spares.bytes())
    }

    private func closeHeading() {
        guard heading != nil else { return }
        heading!.depth -= 1
        guard heading!.depth == 0, var closed = heading else { return }
        heading = nil
        pendingHeadingLink = nil
        let text = ThaiText.collapsingWhitespace(utf8: closed.text)
        spares.keep(&closed.text)
        guard !text.isEmpty, Self.isHeadingLength(text) else { return }
        if closed.level <= 6 { headings.append(Heading(level: closed.level, text: text)) }
        outline.removeAll { $0.level >= closed.level }
        outline.append((closed.level, text))
    }

    /// At most 300 characters: longer is a paragraph set in bold, not a heading. Counted by
    /// characters only past 300 bytes (a character has a byte at least): counting the characters
    /// of every heading was 0.4% of a full crawl.
    static func isHeadingLength(_ text: String) -> Bool {
        text.utf8.count <= 300 || text.count <= 300
    }

    private func closeAnchor() {
        guard var open = anchor else { return }
        anchor = nil
        defer { spares.keep(&open.content) }
        guard let href = open.href else { return }
        // The text is collapsed straight from its bytes; most links have no attribute labels.
        let content = ThaiText.collapsingWhitespace(utf8: open.content)
        let label = open.ariaLabel == nil && open.title == nil ? content
            : Self.joined([open.ariaLabel, open.title, content].compactMap { $0 })
        emit(kind: .anchor, href: href, deadReason: open.deadReason, label: label, images: open.images,
             line: open.line, headings: open.headings, menuPath: open.menuPath, isToggle: open.isToggle)
        // A link that leads nowhere may head the links after it ("17.3 ..." over its months):
        // its label stands in the outline, below the page's own headings, until the next such
        // link or a heading.
        if open.deadReason != nil, let label = rawLinks.last?.label, !label.isEmpty, Self.isHeadingLength(label) {
            outline.removeAll { $0.level == Self.linkHeadingLevel }
            outline.append((Self.linkHeadingLevel, label))
            pendingHeadingLink = (rawLinks.count - 1, listItems.last?.id ?? 0)
            headingLinkItem = listItems.last?.id
        }
    }

    /// The outline level of a link that heads the links after it: below every heading.
    private static let linkHeadingLevel = 8

    /// What a link's own attributes say about it being a toggle.
    private static func saysToggle(_ attributes: Attributes) -> Bool {
        if attributes["data-toggle"] != nil || attributes["data-bs-toggle"] != nil { return true }
        if let popup = attributes["aria-haspopup"]?.lowercased(), popup != "false" { return true }
        return attributes.value(of: "class", containsAnyOf: toggleClasses)
    }

    /// Classes of a link that opens a sub-menu or a panel.
    private static let toggleClasses: [StaticString] = ["dropdown-toggle", "dropbtn", "collapsed", "menu-toggle", "submenu-toggle"]
    /// Classes of a list item that holds a drop-down.
    private static let dropdownClasses: [StaticString] = ["dropdown", "has-sub", "has-children", "submenu", "sub-menu", "parent"]

    /// A link's labels as one, whitespace collapsed: the same label twice counts once.
    private static func joined(_ labels: [String]) -> String {
        var parts: [String] = []
        for label in labels.map(ThaiText.collapsingWhitespace) where !label.isEmpty && !parts.contains(label) {
            parts.append(label)
        }
        return parts.joined(separator: " ")
    }

    private func emit(kind: Link.Kind, href: String, deadReason: Link.DeadReason?, label: String, images: [String],
                      line: Int, headings: [String], menuPath: [String], isToggle: Bool = false) {
        rawLinks.append(RawLink(kind: kind, href: href, deadReason: deadReason, label: label, images: images,
                                line: line, headings: headings, menuPath: menuPath, isToggle: isToggle))
        if let last = listItems.indices.last, listItems[last].label == nil {
            listItems[last].links.append(rawLinks.count - 1)
        }
    }

    /// A sub-menu opening inside a list item makes the item's text so far the menu's label.
    private func labelListItemIfNested() {
        guard let last = listItems.indices.last, listItems[last].label == nil else { return }
        let label = ThaiText.collapsingWhitespace(utf8: listItems[last].text)
        if !label.isEmpty { listItems[last].label = label }
        for index in listItems[last].links { rawLinks[index].isToggle = true }
        listItems[last].links.removeAll(keepingCapacity: true)
    }

    private func menuPath() -> [String] {
        if let known = menuPathInForce { return known }
        let path = listItems.compactMap(\.label)
        menuPathInForce = path
        return path
    }

    private func currentHeadings() -> [String] {
        if let known = headingsInForce { return known }
        let texts = outline.map(\.text)
        headingsInForce = texts
        return texts
    }
}

/// The attributes of a start tag, as libxml2 passes them: name, value, name, value, ..., NULL.
/// libxml2's HTML parser has already lower-cased the names. Read in place, during the start
/// tag's callback only: a value becomes a String when asked for (most attributes never are).
struct Attributes {
    private let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    init(_ raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        self.raw = raw
    }

    /// The first value of `name`; nil when absent or written without a value.
    subscript(name: StaticString) -> String? {
        rawValue(of: name).map { String(cString: $0) }
    }

    /// Whether the value of `name` contains any of `words` (lower-case ASCII), letter case
    /// ignored: class names, read in place without making a String of the value.
    func value(of name: StaticString, containsAnyOf words: [StaticString]) -> Bool {
        guard let value = rawValue(of: name) else { return false }
        let bytes = UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
        return words.contains { word in word.withUTF8Buffer { Self.contains(bytes, lowerCased: $0) } }
    }

    /// The NUL-terminated first value of `name`; nil when absent or written without a value.
    private func rawValue(of name: StaticString) -> UnsafePointer<UInt8>? {
        guard var cursor = raw else { return nil }
        while let key = cursor.pointee {
            if Self.named(key, name) { return (cursor + 1).pointee }
            cursor += 2
        }
        return nil
    }

    /// Whether `text` contains `word` (lower-case ASCII), ASCII letter case ignored.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, lowerCased word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty, text.count >= word.count else { return word.isEmpty }
        let lowered = { (byte: UInt8) in (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        for start in 0...(text.count - word.count) where lowered(text[start]) == word[0] {
            var offset = 1
            while offset < word.count, lowered(text[start + offset]) == word[offset] { offset += 1 }
            if offset == word.count { return true }
        }
        return false
    }

    /// Whether the NUL-terminated `key` is `name`.
    private static func named(_ key: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { wanted in
            // A shorter key meets its NUL where `wanted` has a letter, and stops there.
            for (index, byte) in wanted.enumerated() where key[index] != byte { return false }
            return key[wanted.count] == 0
        }
    }
}
