/// Finds every occurrence of many phrases in one pass over a text (Aho-Corasick over Unicode
/// scalars). The lexicon has some 600 phrases and a crawl classifies thousands of labels, so
/// the matcher costs one step per character, not one search per phrase.
///
/// The automaton is a table: each scalar the phrases use is a symbol (ASCII and Thai by a
/// direct look-up, anything else through a dictionary), and every state has its next state for
/// every symbol, failure links folded in. A scalar no phrase uses leads back to the start.
public struct PhraseMatcher: Sendable {
    public struct Hit: Hashable, Sendable {
        /// Index of the phrase in the list the matcher was built from.
        public let phrase: Int
        /// Scalar offsets of the occurrence in the searched text.
        public let range: Range<Int>
    }

    /// Symbol + 1 of ASCII scalars (0-127) and Thai ones (U+0E00-U+0E7F at 128-255); 0: none.
    private let directSymbols: [UInt16]
    /// Symbol of any other scalar a phrase uses.
    private let otherSymbols: [UInt32: Int]
    private let symbolCount: Int
    /// `next[state * symbolCount + symbol]`.
    private let next: [Int32]
    /// The phrases ending at each state (through failure links too): `outputs[outputStart[state]..<outputStart[state + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let lengths: [Int]

    /// Builds the matcher. Phrases are compared scalar by scalar, so pass them in the same
    /// form as the texts (``NormalizedText/key``). Empty phrases never match.
    public init(phrases: [String]) {
        // The alphabet.
        var direct = [UInt16](repeating: 0, count: 256)
        var other: [UInt32: Int] = [:]
        var symbolCount = 0
        func symbol(adding value: UInt32) -> Int {
            if let slot = Self.directSlot(value) {
                if direct[slot] == 0 {
                    symbolCount += 1
                    direct[slot] = UInt16(symbolCount)
                }
                return Int(direct[slot]) - 1
            }
            if let known = other[value] { return known }
            other[value] = symbolCount
            symbolCount += 1
            return symbolCount - 1
        }
        // The trie, transitions by symbol.
        var children: [[Int: Int]] = [[:]]
        var ends: [[Int32]] = [[]]
        var lengths: [Int] = []
        for (index, phrase) in phrases.enumerated() {
            var state = 0
            var length = 0
            for scalar in phrase.unicodeScalars {
                length += 1
                let symbol = symbol(adding: scalar.value)
                if let child = children[state][symbol] {
                    state = child
                } else {
                    children.append([:])
                    ends.append([])
                    children[state][symbol] = children.count - 1
                    state = children.count - 1
                }
            }
            lengths.append(length)
            if length > 0 { ends[state].append(Int32(index)) }
        }
        // Breadth first (a failure state is always shallower, so its moves are known): each
        // state moves as its failure state does, except along its own trie children.
        let states = children.count
        let width = max(symbolCount, 1)
        var next = [Int32](repeating: 0, count: states * width)
        var fail = [Int](repeating: 0, count: states)
        var queue: [Int] = []
        for (symbol, child) in children[0] {
            next[symbol] = Int32(child)
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ends[state] += ends[fail[state]]
            let row = state * width, failRow = fail[state] * width
            for symbol in 0..<width { next[row + symbol] = next[failRow + symbol] }
            for (symbol, child) in children[state] {
                fail[child] = Int(next[failRow + symbol])
                next[row + symbol] = Int32(child)
                queue.append(child)
            }
        }
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        for state in 0..<states {
            outputs += ends[state]
            outputStart.append(Int32(outputs.count))
        }
        self.directSymbols = direct
        self.otherSymbols = other
        self.symbolCount = width
        self.next = next
        self.outputStart = outputStart
        self.outputs = outputs
        self.lengths = lengths
    }

    /// Every occurrence of every phrase in `text`, ordered by where it ends.
    public func hits(in text: String) -> [Hit] {
        var hits: [Hit] = []
        var state = 0
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            let symbol: Int
            if let slot = Self.directSlot(scalar.value) {
                symbol = Int(directSymbols[slot]) - 1
            } else {
                symbol = otherSymbols[scalar.value] ?? -1
            }
            guard symbol >= 0 else {
                state = 0
                continue
            }
            state = Int(next[state * symbolCount + symbol])
            let first = Int(outputStart[state]), end = Int(outputStart[state + 1])
            guard first < end else { continue }
            for phrase in outputs[first..<end] {
                let length = lengths[Int(phrase)]
                hits.append(Hit(phrase: Int(phrase), range: (position - length)..<position))
            }
        }
        return hits
    }

    /// The slot of an ASCII or Thai scalar in the direct table.
    @inline(__always)
    private static func directSlot(_ value: UInt32) -> Int? {
        if value < 0x80 { return Int(value) }
        if value >= 0x0E00 && value < 0x0E80 { return Int(value - 0x0E00) + 0x80 }
        return nil
    }
}
