/// Finds every occurrence of many phrases in one pass over a text (Aho-Corasick over Unicode
/// scalars). The lexicon has some 600 phrases and a crawl classifies thousands of labels, so
/// the matcher costs one step per character, not one search per phrase.
public struct PhraseMatcher: Sendable {
    public struct Hit: Hashable, Sendable {
        /// Index of the phrase in the list the matcher was built from.
        public let phrase: Int
        /// Scalar offsets of the occurrence in the searched text.
        public let range: Range<Int>
    }

    private struct Node: Sendable {
        var next: [UInt32: Int32] = [:]
        var fail: Int32 = 0
        /// Phrases ending here, including those reached through failure links.
        var outputs: [Int32] = []
    }

    private var nodes: [Node]
    private let lengths: [Int]

    /// Builds the matcher. Phrases are compared scalar by scalar, so pass them in the same
    /// form as the texts (``NormalizedText/key``). Empty phrases never match.
    public init(phrases: [String]) {
        var nodes = [Node()]
        var lengths: [Int] = []
        for (index, phrase) in phrases.enumerated() {
            var state = 0
            var length = 0
            for scalar in phrase.unicodeScalars {
                length += 1
                if let next = nodes[state].next[scalar.value] {
                    state = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[state].next[scalar.value] = Int32(nodes.count - 1)
                    state = nodes.count - 1
                }
            }
            lengths.append(length)
            if length > 0 { nodes[state].outputs.append(Int32(index)) }
        }
        // Breadth-first failure links.
        var queue: [Int] = []
        for (_, child) in nodes[0].next {
            nodes[Int(child)].fail = 0
            queue.append(Int(child))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in nodes[state].next {
                var fallback = Int(nodes[state].fail)
                while fallback != 0 && nodes[fallback].next[scalar] == nil {
                    fallback = Int(nodes[fallback].fail)
                }
                let target = nodes[fallback].next[scalar].map(Int.init) ?? 0
                nodes[Int(child)].fail = Int32(target == Int(child) ? 0 : target)
                nodes[Int(child)].outputs += nodes[Int(nodes[Int(child)].fail)].outputs
                queue.append(Int(child))
            }
        }
        self.nodes = nodes
        self.lengths = lengths
    }

    /// Every occurrence of every phrase in `text`, ordered by where it ends.
    public func hits(in text: String) -> [Hit] {
        var hits: [Hit] = []
        var state = 0
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            while state != 0 && nodes[state].next[scalar.value] == nil {
                state = Int(nodes[state].fail)
            }
            state = nodes[state].next[scalar.value].map(Int.init) ?? 0
            for phrase in nodes[state].outputs {
                let length = lengths[Int(phrase)]
                hits.append(Hit(phrase: Int(phrase), range: (position - length)..<position))
            }
        }
        return hits
    }
}
