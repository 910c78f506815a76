import OITCore

/// What classifying a site's links learns of each distinct label, heading and URL path, kept so
/// that the menus every page repeats are read once per site, not once per page.
public struct LabelMemo: Sendable {
    /// A link label, read. A class: the crawl's rank and every page's classification look a
    /// label up, and a struct of eight fields copied out of the memo cost a retain per field.
    final class Reading: Sendable {
        let label: NormalizedText
        /// Concepts the label names (surveys aside).
        let concepts: [ConceptID]
        /// It names an IIT/EIT survey, which is no item.
        let namesSurvey: Bool
        /// Concepts the label rules out.
        let ruledOut: Set<ConceptID>
        let isPageNumber: Bool
        /// A label that names nothing by itself ("ดาวน์โหลด", a year, an icon).
        let isGeneric: Bool
        /// An item code in a generic label.
        let code: ItemCode?
        /// The label carries an item code (generic or not): many such links make a hub page.
        let hasItemCode: Bool
        /// How soon a crawl should follow the link (``Lexicon/crawlPriority(of:)``).
        let crawlPriority: Int

        init(text: String, lexicon: Lexicon) {
            let withoutCode = GenericLabel.withoutTemplateCode(text)
            label = NormalizedText(withoutCode)
            hasItemCode = ItemCode.find(in: withoutCode == text ? label : NormalizedText(text)) != nil
            let matches = lexicon.matches(in: label)
            let found = matches.compactMap { lexicon.concept($0.concept) }
            namesSurvey = found.contains { $0.kind == .survey }
            crawlPriority = Lexicon.crawlPriority(naming: found)
            concepts = found.map(\.id)
            ruledOut = lexicon.vetoes(in: label, matches: matches)
            isPageNumber = LinkClassifier.isPageNumber(label)
            isGeneric = GenericLabel.isGeneric(label)
            code = isGeneric ? ItemCode.find(in: label) : nil
        }
    }

    /// A heading, read: the concepts its words name (surveys aside), or else its item code.
    struct Heading: Sendable {
        let concepts: [ConceptID]
        let code: ItemCode?

        init(text: String, lexicon: Lexicon) {
            let normalized = NormalizedText(text)
            concepts = lexicon.matches(in: normalized).compactMap { lexicon.concept($0.concept) }
                .filter { $0.kind != .survey }.map(\.id)
            code = concepts.isEmpty ? ItemCode.find(in: normalized) : nil
        }
    }

    /// A page's title or heading, read for what it says of the page: the hub it names (by the
    /// hub concept or an item code) and the ITA year it names.
    struct PageHeading: Sendable {
        let namesHub: Bool
        let year: Int?

        init(text: String, lexicon: Lexicon) {
            let normalized = NormalizedText(text)
            namesHub = lexicon.concepts(in: normalized).contains("ita-hub") || ItemCode.find(in: normalized) != nil
            year = ThaiDateReader.mentions(in: normalized).first(where: { $0.kind != .month })?.years.lowerBound
        }
    }

    // Keyed by bytes: hashing Thai text as a String normalises it on every look-up.
    private var labels: [UTF8Key: Reading] = [:]
    private var headings: [UTF8Key: Heading] = [:]
    private var pageHeadings: [UTF8Key: PageHeading] = [:]
    private var pathConcepts: [String: [ConceptID]] = [:]
    /// The readings other sites made with the same lexicon, asked before reading anew.
    private let shared: LabelReadings?

    /// - Parameter shared: readings shared with the other sites of a session (same lexicon).
    public init(shared: LabelReadings? = nil) {
        self.shared = shared
    }

    /// The reading of a link label, made on first use.
    mutating func label(_ text: String, lexicon: Lexicon) -> Reading {
        let key = UTF8Key(text)
        // Asked before the closure that reads it is made: making it copied the lexicon (five
        // references) for every look-up, and almost every one finds the label read.
        if let known = labels[key] { return known }
        return Self.remembered(key, in: &labels, from: shared, \.labels) { Reading(text: text, lexicon: lexicon) }
    }

    /// The reading of a page's title or heading as a statement about the page, made on first use.
    mutating func pageHeading(_ text: String, lexicon: Lexicon) -> PageHeading {
        let key = UTF8Key(text)
        if let known = pageHeadings[key] { return known }
        return Self.remembered(key, in: &pageHeadings, from: shared, \.pageHeadings) { PageHeading(text: text, lexicon: lexicon) }
    }

    /// The reading of a heading, made on first use.
    mutating func heading(_ text: String, lexicon: Lexicon) -> Heading {
        let key = UTF8Key(text)
        if let known = headings[key] { return known }
        return Self.remembered(key, in: &headings, from: shared, \.headings) { Heading(text: text, lexicon: lexicon) }
    }

    /// The concepts the words of a URL path name (``URLWords``), found on first use: the same
    /// paths stand in every page's menus and footers.
    mutating func concepts(inPath path: String, words: URLWords) -> [ConceptID] {
        Self.remembered(path, in: &pathConcepts, from: shared, \.pathConcepts) { words.concepts(inPath: path) }
    }

    /// The value `table` holds for `key`; else the one `shared` holds in `sharedTable` (the
    /// other sites' readings), or `read` makes; kept on first use. (The readers above ask
    /// `table` first themselves.)
    private static func remembered<Key: Hashable & Sendable, Value: Sendable>(
        _ key: Key, in table: inout [Key: Value], from shared: LabelReadings?,
        _ sharedTable: WritableKeyPath<LabelReadings.Tables, [Key: Value]>, _ read: () -> Value
    ) -> Value {
        if let known = table[key] { return known }
        let value = shared?.value(for: key, in: sharedTable, read) ?? read()
        table[key] = value
        return value
    }
}
