/// The concepts and the words that name them, compiled for matching text.
///
/// A text matches a concept when its comparison key contains one of the concept's phrases
/// (Thai has no spaces between words, so matching is on substrings of the key, not on
/// tokens), or all the words of one of its combinations. Latin phrases must stand as words
/// ("ita" does not match inside "capital"). Three rules resolve collisions:
/// - a phrase lying inside a longer phrase of another concept gives way to it
///   ("รายงานผลการจัดซื้อจัดจ้างประจำปี" is the annual procurement report, not a
///   procurement announcement because it contains "จัดซื้อจัดจ้าง");
/// - a concept is dropped when the text also contains one of its negative terms outside
///   its own phrases (a procurement *plan* is not a procurement *announcement*);
/// - in a long label, a short common word past its opening words is only a mention
///   ("ข่าวประชาสัมพันธ์ การเผยแพร่...เกี่ยวกับภารกิจ" is news, not powers and duties);
/// - what follows a clause that describes ("ข่าวประชาสัมพันธ์ ที่แสดง...ตามหน้าที่และอำนาจ",
///   a word starting ที่, ซึ่ง, ตาม, เกี่ยวกับ, ประกอบด้วย, โดย or เพื่อ after a space) names
///   nothing new.
public struct Lexicon: Sendable {
    public let concepts: [Concept]
    private let byID: [ConceptID: Int]
    private let matcher: PhraseMatcher
    /// Per phrase in the matcher: the concept it belongs to, its role, the phrase as written,
    /// and whether it must stand as a Latin word.
    private let entries: [Entry]
    /// Per concept, its combinations as indices into `entries`.
    private let combinations: [[[Int]]]

    private enum Role: Sendable {
        case phrase
        case negative
        /// One word of a combination.
        case part
    }

    private struct Entry: Sendable {
        let concept: Int
        let role: Role
        let phrase: String
        let length: Int
        let latinStart: Bool
        let latinEnd: Bool
    }

    /// One concept's evidence in a text: where its phrase (or each word of its combination) stands.
    private struct Occurrence {
        let concept: Int
        let phrase: String
        let ranges: [Range<Int>]
        let isWeak: Bool
        /// From the first word's start to the last word's end (compared pairwise: made once).
        let span: Range<Int>
        var length: Int { ranges.reduce(0) { $0 + $1.count } }

        init(concept: Int, phrase: String, ranges: [Range<Int>], isWeak: Bool) {
            self.concept = concept
            self.phrase = phrase
            self.ranges = ranges
            self.isWeak = isWeak
            span = ranges.lazy.map(\.lowerBound).min()!..<ranges.lazy.map(\.upperBound).max()!
        }
    }

    /// A phrase this short (in key characters) is a common word: "ข่าว", "กฎหมาย", "ภารกิจ", "ผู้บริหาร".
    static let weakLength = 9
    /// A label longer than this (key characters) is a description, not a menu entry.
    static let longLabel = 24
    /// A common word this far into a long label is a mention.
    static let leadingWindow = 12

    public init(concepts: [Concept]) {
        self.concepts = concepts
        var byID: [ConceptID: Int] = [:]
        var keys: [String] = []
        var entries: [Entry] = []
        var combinations: [[[Int]]] = []
        func add(_ phrase: String, concept: Int, role: Role) -> Int? {
            let key = NormalizedText(phrase).key
            guard !key.isEmpty else { return nil }
            keys.append(key)
            entries.append(Entry(concept: concept, role: role, phrase: phrase, length: key.unicodeScalars.count,
                                 latinStart: Lexicon.isLatinWordCharacter(key.unicodeScalars.first!),
                                 latinEnd: Lexicon.isLatinWordCharacter(key.unicodeScalars.last!)))
            return entries.count - 1
        }
        for (index, concept) in concepts.enumerated() {
            byID[concept.id] = index
            for phrase in concept.phrases { _ = add(phrase, concept: index, role: .phrase) }
            for term in concept.negativeTerms { _ = add(term, concept: index, role: .negative) }
            combinations.append(concept.combinations.map { words in words.compactMap { add($0, concept: index, role: .part) } })
        }
        self.byID = byID
        self.entries = entries
        self.combinations = combinations
        self.matcher = PhraseMatcher(phrases: keys)
    }

    public func concept(_ id: ConceptID) -> Concept? {
        byID[id].map { concepts[$0] }
    }

    public func contains(_ id: ConceptID) -> Bool { byID[id] != nil }

    /// The concepts named in `text`, each with the longest phrase that named it, in the order
    /// they appear.
    public func matches(in text: NormalizedText) -> [ConceptMatch] {
        // Most labels and headings name nothing: no phrase, no part, nothing to veto.
        let hits = matcher.hits(in: text.key)
        if hits.isEmpty { return [] }
        let key = Array(text.key.unicodeScalars)
        var phrases: [Occurrence] = []
        var negatives: [(concept: Int, range: Range<Int>)] = []
        var parts: [Int: [Range<Int>]] = [:]
        for hit in hits {
            let entry = entries[hit.phrase]
            if entry.latinStart, hit.range.lowerBound > 0, Lexicon.isLatinWordCharacter(key[hit.range.lowerBound - 1]) {
                continue
            }
            if entry.latinEnd, hit.range.upperBound < key.count, Lexicon.isLatinWordCharacter(key[hit.range.upperBound]) {
                continue
            }
            switch entry.role {
            case .phrase:
                phrases.append(Occurrence(concept: entry.concept, phrase: entry.phrase, ranges: [hit.range],
                                          isWeak: entry.length <= Self.weakLength))
            case .negative:
                negatives.append((entry.concept, hit.range))
            case .part:
                if parts[hit.phrase] == nil { parts[hit.phrase] = [hit.range] }
            }
        }
        // Combinations whose every word is present.
        for (concept, sets) in combinations.enumerated() where !parts.isEmpty {
            for set in sets where !set.isEmpty && set.allSatisfy({ parts[$0] != nil }) {
                let ranges = set.map { parts[$0]![0] }
                phrases.append(Occurrence(concept: concept, phrase: set.map { entries[$0].phrase }.joined(separator: " + "),
                                          ranges: ranges, isWeak: false))
            }
        }
        // A phrase inside a strictly longer phrase of another concept gives way.
        var standing = phrases.filter { candidate in
            !phrases.contains { other in
                other.concept != candidate.concept && other.ranges.count == 1 && candidate.ranges.count == 1
                    && other.span.count > candidate.span.count
                    && other.span.lowerBound <= candidate.span.lowerBound
                    && other.span.upperBound >= candidate.span.upperBound
            }
        }
        // What follows a describing clause after the first concept names nothing new, and rules
        // nothing out.
        var cut = Int.max
        if let first = standing.map(\.span.lowerBound).min(), let clause = Self.describingClause(in: text, after: first) {
            cut = clause
            let before = Set(standing.filter { $0.span.lowerBound < cut }.map(\.concept))
            standing.removeAll { $0.span.lowerBound >= cut && !before.contains($0.concept) }
        }
        // A negative term outside the concept's own words drops the concept.
        let vetoed = Set(negatives.filter { $0.range.lowerBound < cut }.compactMap { negative -> Int? in
            let covered = standing.contains { own in
                own.concept == negative.concept && own.ranges.contains {
                    $0.lowerBound <= negative.range.lowerBound && $0.upperBound >= negative.range.upperBound
                }
            }
            return covered ? nil : negative.concept
        })
        standing.removeAll { vetoed.contains($0.concept) }
        // In a long label, a common word past its opening words is a mention.
        if key.count > Self.longLabel {
            let strong = Set(standing.filter { !$0.isWeak }.map(\.concept))
            standing.removeAll { occurrence in
                occurrence.isWeak && occurrence.span.lowerBound > Self.leadingWindow && !strong.contains(occurrence.concept)
            }
        }
        var best: [Int: Occurrence] = [:]
        for occurrence in standing {
            if let current = best[occurrence.concept], current.length >= occurrence.length { continue }
            best[occurrence.concept] = occurrence
        }
        return best.values
            .sorted { ($0.span.lowerBound, $0.concept) < ($1.span.lowerBound, $1.concept) }
            .map { ConceptMatch(concept: concepts[$0.concept].id, phrase: $0.phrase, range: $0.span) }
    }

    /// The concepts a negative term in `text` rules out: "ศูนย์ข้อมูลข่าวสาร" is not news, whatever
    /// its URL or menu says.
    /// - Parameter matches: what ``matches(in:)`` found in `text` (a concept named is not ruled out).
    public func vetoes(in text: NormalizedText, matches: [ConceptMatch]) -> Set<ConceptID> {
        var ruled = Set<ConceptID>()
        for hit in matcher.hits(in: text.key) where entries[hit.phrase].role == .negative {
            ruled.insert(concepts[entries[hit.phrase].concept].id)
        }
        return ruled.subtracting(matches.map(\.concept))
    }

    /// The concept ids named in `text`.
    public func concepts(in text: NormalizedText) -> [ConceptID] {
        matches(in: text).map(\.concept)
    }

    /// Words that open a clause describing what came before.
    static let describingWords = ["ที่", "ซึ่ง", "ตาม", "เกี่ยวกับ", "ประกอบด้วย", "โดย", "เพื่อ"]
    /// The same as bytes: a word is tested against each, and comparing Thai Strings goes through
    /// Unicode normalisation.
    private static let describingBytes = describingWords.map { Array($0.utf8) }

    /// Where (in key characters) the first describing clause after key position `start` begins.
    static func describingClause(in text: NormalizedText, after start: Int) -> Int? {
        // Normalised text has single spaces between words: every word but the first follows one.
        var value = text.value
        return value.withUTF8 { bytes -> Int? in
            var index = 0
            while index < bytes.count {
                guard bytes[index] == 0x20 else {
                    index += 1
                    continue
                }
                let word = index + 1
                if describingBytes.contains(where: { bytes[word...].starts(with: $0) }) {
                    // The key of the words before, made only where a describing word stands. They
                    // are normalised already (normalising is local at spaces, and does nothing twice).
                    let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<index]), as: UTF8.self)
                    let position = ThaiText.matchKey(ofNormalized: before).unicodeScalars.count
                    if position > start { return position }
                }
                index = word
            }
            return nil
        }
    }

    private static func isLatinWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        default: return false
        }
    }
}
