import Foundation
import OITCore

/// The words of a URL's path and file name (`Pages/pbsv_statistics` -> pages, pbsv, statistics),
/// matched against the lexicon's URL hints.
struct URLWords: Sendable {
    /// One-word hints, by the word.
    private let exact: [String: [ConceptID]]
    /// One-word hints of five letters or more, which may also start a longer word.
    private let prefixes: [(word: String, concept: ConceptID)]
    /// Hints of several words (`line.me`, `procurement-plan`), looked for in the whole path.
    private let phrases: [(bytes: [UInt8], concept: ConceptID)]
    /// The lexicon's order, in which concepts are returned.
    private let order: [ConceptID: Int]

    init(lexicon: Lexicon) {
        var exact: [String: [ConceptID]] = [:]
        var prefixes: [(String, ConceptID)] = []
        var phrases: [([UInt8], ConceptID)] = []
        var order: [ConceptID: Int] = [:]
        for (index, concept) in lexicon.concepts.enumerated() {
            order[concept.id] = index
            for hint in concept.urlHints.map({ $0.lowercased() }) {
                let words = Self.words(of: hint)
                if words.count > 1 {
                    phrases.append((Array(hint.utf8), concept.id))
                } else if let word = words.first {
                    exact[word, default: []].append(concept.id)
                    if word.utf8.count >= 5 { prefixes.append((word, concept.id)) }
                }
            }
        }
        self.exact = exact
        self.prefixes = prefixes
        self.phrases = phrases
        self.order = order
    }

    /// Concepts whose URL hints name a word of `path` (a hint of five letters or more may also
    /// start a longer word: `structure` in `structure_id`), in the lexicon's order.
    func concepts(inPath path: String) -> [ConceptID] {
        // A URL's path comes decoded; Foundation's decoding again only where a "%" is left (it
        // was 0.4% of a full crawl, for nothing on almost every path).
        let escaped = path.utf8.contains(UInt8(ascii: "%"))
        let decoded = ((escaped ? path.removingPercentEncoding : nil) ?? path).lowercased()
        let words = Self.words(of: decoded)
        guard !words.isEmpty else { return [] }
        var found = Set<ConceptID>()
        for word in words {
            if let concepts = exact[word] { found.formUnion(concepts) }
        }
        for (hint, concept) in prefixes where !found.contains(concept) {
            if words.contains(where: { $0.hasPrefix(hint) }) { found.insert(concept) }
        }
        if !phrases.isEmpty {
            let bytes = Array(decoded.utf8)
            for (hint, concept) in phrases where !found.contains(concept) && ByteSearch.contains(bytes, hint) {
                found.insert(concept)
            }
        }
        return found.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
    }

    /// Runs of letters and digits; ASCII is split without Unicode property look-ups.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isWordScalar = value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
