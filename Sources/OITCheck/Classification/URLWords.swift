import Foundation
import OITCore

/// The words of a URL's path and file name (`Pages/pbsv_statistics` -> pages, pbsv, statistics),
/// matched against the lexicon's URL hints.
struct URLWords: Sendable {
    private let hints: [(word: String, concept: ConceptID)]

    init(lexicon: Lexicon) {
        hints = lexicon.concepts.flatMap { concept in concept.urlHints.map { ($0.lowercased(), concept.id) } }
    }

    /// Concepts whose URL hints name a word of `path` (a hint of five letters or more may also
    /// start a longer word: `structure` in `structure_id`).
    func concepts(inPath path: String) -> [ConceptID] {
        let decoded = (path.removingPercentEncoding ?? path).lowercased()
        let words = decoded.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        var found: [ConceptID] = []
        for (hint, concept) in hints where !found.contains(concept) {
            let hintWords = hint.split { !($0.isLetter || $0.isNumber) }.map(String.init)
            if hintWords.count > 1 {
                if decoded.contains(hint) { found.append(concept) }
                continue
            }
            if words.contains(where: { $0 == hint || (hint.count >= 5 && $0.hasPrefix(hint)) }) { found.append(concept) }
        }
        return found
    }
}
