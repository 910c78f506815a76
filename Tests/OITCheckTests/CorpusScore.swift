import Foundation

/// The link-to-concept score of ../shared/corpus/tools/eval.py, computed in-process: labelled
/// anchors are paired with the reported links by raw href, the most similar text first, and
/// scored per concept; the result is micro-averaged.
struct CorpusScore {
    struct Label: Decodable {
        let href: String
        let text: String
        let concepts: [String]?
        let confidence: String?
    }

    struct Reported {
        let href: String
        let text: String
        let concepts: [String]
    }

    enum Confidence: Int { case low, medium, high }

    private(set) var truePositives: [String: Int] = [:]
    private(set) var falsePositives: [String: Int] = [:]
    private(set) var falseNegatives: [String: Int] = [:]
    private(set) var anchorsFound = 0
    private(set) var anchorsLabelled = 0
    let floor: Confidence

    init(minimumConfidence: Confidence) {
        floor = minimumConfidence
    }

    static func labels(in file: URL) throws -> [Label] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { line in
            try JSONDecoder().decode(Label.self, from: Data(line.utf8))
        }
    }

    /// Adds one page: its labels and what the checker reported for it.
    mutating func add(labels: [Label], reported: [Reported]) {
        var byHref: [String: [Reported]] = [:]
        var hrefOrder: [String] = []
        for link in reported {
            if byHref[link.href] == nil { hrefOrder.append(link.href) }
            byHref[link.href, default: []].append(link)
        }
        for label in labels {
            let concepts = (label.concepts ?? []).filter { $0 != "?" }
            let kept = concepts.isEmpty || (Self.confidence(label.confidence).rawValue >= floor.rawValue)
            guard var candidates = byHref[label.href], !candidates.isEmpty else {
                if kept {
                    anchorsLabelled += 1
                    for concept in concepts { falseNegatives[concept, default: 0] += 1 }
                }
                continue
            }
            let target = Self.norm(label.text)
            var bestIndex = 0
            var bestRatio = -1.0
            for (index, candidate) in candidates.enumerated() {
                let ratio = Self.ratio(Self.norm(candidate.text), target)
                if ratio > bestRatio { (bestIndex, bestRatio) = (index, ratio) }
            }
            let best = candidates.remove(at: bestIndex)
            byHref[label.href] = candidates
            guard kept else { continue }
            anchorsFound += 1
            anchorsLabelled += 1
            let want = Set(concepts), got = Set(best.concepts)
            for concept in want.intersection(got) { truePositives[concept, default: 0] += 1 }
            for concept in got.subtracting(want) { falsePositives[concept, default: 0] += 1 }
            for concept in want.subtracting(got) { falseNegatives[concept, default: 0] += 1 }
        }
        for href in hrefOrder {
            for link in byHref[href] ?? [] {
                for concept in link.concepts { falsePositives[concept, default: 0] += 1 }
            }
        }
    }

    var precision: Double {
        let tp = truePositives.values.reduce(0, +), fp = falsePositives.values.reduce(0, +)
        return tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
    }

    var recall: Double {
        let tp = truePositives.values.reduce(0, +), fn = falseNegatives.values.reduce(0, +)
        return tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
    }

    var microF1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    private static func confidence(_ word: String?) -> Confidence {
        switch word {
        case "low": return .low
        case "medium": return .medium
        default: return .high
        }
    }

    static func norm(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Python's `difflib.SequenceMatcher(None, a, b).ratio()`: twice the characters in matching
    /// blocks over the total length (texts here are short, so its autojunk never applies).
    static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(matched(x, 0, x.count, y, 0, y.count)) / Double(x.count + y.count)
    }

    /// Characters in the matching blocks of x[alo..<ahi] and y[blo..<bhi]: the longest match
    /// (leftmost in x, then in y), then the same on each side of it.
    private static func matched(_ x: [Unicode.Scalar], _ alo: Int, _ ahi: Int, _ y: [Unicode.Scalar], _ blo: Int, _ bhi: Int) -> Int {
        guard alo < ahi, blo < bhi else { return 0 }
        var bestI = alo, bestJ = blo, bestSize = 0
        var lengths = [Int: Int]()
        for i in alo..<ahi {
            var next = [Int: Int]()
            for j in blo..<bhi where y[j] == x[i] {
                let size = (lengths[j - 1] ?? 0) + 1
                next[j] = size
                if size > bestSize { (bestI, bestJ, bestSize) = (i - size + 1, j - size + 1, size) }
            }
            lengths = next
        }
        guard bestSize > 0 else { return 0 }
        return bestSize + matched(x, alo, bestI, y, blo, bestJ) + matched(x, bestI + bestSize, ahi, y, bestJ + bestSize, bhi)
    }
}
