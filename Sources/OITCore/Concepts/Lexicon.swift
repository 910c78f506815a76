/// The concepts and the words that name them, compiled for matching text.
///
/// A text matches a concept when its comparison key contains one of the concept's phrases
/// (Thai has no spaces between words, so matching is on substrings of the key, not on
/// tokens). Latin phrases must stand as words ("ita" does not match inside "capital").
/// Two rules resolve collisions:
/// - a phrase lying inside a longer phrase of another concept gives way to it
///   ("รายงานผลการจัดซื้อจัดจ้างประจำปี" is the annual procurement report, not a
///   procurement announcement because it contains "จัดซื้อจัดจ้าง");
/// - a concept is dropped when the text also contains one of its negative terms outside
///   its own phrases (a procurement *plan* is not a procurement *announcement*).
public struct Lexicon: Sendable {
    public let concepts: [Concept]
    private let byID: [ConceptID: Int]
    private let matcher: PhraseMatcher
    /// Per phrase in the matcher: the concept it belongs to, whether it is a negative term,
    /// the phrase as written, and whether it must stand as a Latin word.
    private let entries: [Entry]

    private struct Entry: Sendable {
        let concept: Int
        let isNegative: Bool
        let phrase: String
        let latinStart: Bool
        let latinEnd: Bool
    }

    public init(concepts: [Concept]) {
        self.concepts = concepts
        var byID: [ConceptID: Int] = [:]
        var keys: [String] = []
        var entries: [Entry] = []
        for (index, concept) in concepts.enumerated() {
            byID[concept.id] = index
            let positives = concept.phrases.map { ($0, false) }
            let negatives = concept.negativeTerms.map { ($0, true) }
            for (phrase, isNegative) in positives + negatives {
                let key = NormalizedText(phrase).key
                guard !key.isEmpty else { continue }
                keys.append(key)
                entries.append(Entry(concept: index, isNegative: isNegative, phrase: phrase,
                                     latinStart: Lexicon.isLatinWordCharacter(key.unicodeScalars.first!),
                                     latinEnd: Lexicon.isLatinWordCharacter(key.unicodeScalars.last!)))
            }
        }
        self.byID = byID
        self.entries = entries
        self.matcher = PhraseMatcher(phrases: keys)
    }

    public func concept(_ id: ConceptID) -> Concept? {
        byID[id].map { concepts[$0] }
    }

    public func contains(_ id: ConceptID) -> Bool { byID[id] != nil }

    /// The concepts named in `text`, each with the longest phrase that named it, in the order
    /// they appear.
    public func matches(in text: NormalizedText) -> [ConceptMatch] {
        let key = Array(text.key.unicodeScalars)
        var positives: [(entry: Entry, range: Range<Int>)] = []
        var negatives: [(entry: Entry, range: Range<Int>)] = []
        for hit in matcher.hits(in: text.key) {
            let entry = entries[hit.phrase]
            if entry.latinStart, hit.range.lowerBound > 0, Lexicon.isLatinWordCharacter(key[hit.range.lowerBound - 1]) {
                continue
            }
            if entry.latinEnd, hit.range.upperBound < key.count, Lexicon.isLatinWordCharacter(key[hit.range.upperBound]) {
                continue
            }
            if entry.isNegative { negatives.append((entry, hit.range)) } else { positives.append((entry, hit.range)) }
        }
        // A phrase inside a strictly longer phrase of another concept gives way.
        let standing = positives.filter { candidate in
            !positives.contains { other in
                other.entry.concept != candidate.entry.concept
                    && other.range.count > candidate.range.count
                    && other.range.lowerBound <= candidate.range.lowerBound
                    && other.range.upperBound >= candidate.range.upperBound
            }
        }
        // A negative term outside the concept's own phrases drops the concept.
        let vetoed = Set(negatives.compactMap { negative -> Int? in
            let covered = standing.contains { own in
                own.entry.concept == negative.entry.concept
                    && own.range.lowerBound <= negative.range.lowerBound
                    && own.range.upperBound >= negative.range.upperBound
            }
            return covered ? nil : negative.entry.concept
        })
        var best: [Int: (entry: Entry, range: Range<Int>)] = [:]
        var order: [Int] = []
        for match in standing where !vetoed.contains(match.entry.concept) {
            if let current = best[match.entry.concept] {
                if match.range.count > current.range.count { best[match.entry.concept] = match }
            } else {
                best[match.entry.concept] = match
                order.append(match.entry.concept)
            }
        }
        return order
            .sorted { best[$0]!.range.lowerBound < best[$1]!.range.lowerBound }
            .map { index in
                let match = best[index]!
                return ConceptMatch(concept: concepts[index].id, phrase: match.entry.phrase, range: match.range)
            }
    }

    /// The concept ids named in `text`.
    public func concepts(in text: NormalizedText) -> [ConceptID] {
        matches(in: text).map(\.concept)
    }

    private static func isLatinWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        default: return false
        }
    }
}
