/// The text and index buffers of closed links, list items and headings, kept for the next ones:
/// a menu's every item and link took an allocation or two each.
struct SpareBuffers {
    private var spareBytes: [[UInt8]] = []
    private var spareIndices: [[Int]] = []
    /// Enough for the elements open at once in any page; more are let go.
    private static let kept = 32

    /// An empty buffer with room for a label.
    mutating func bytes() -> [UInt8] {
        if let spare = spareBytes.popLast() { return spare }
        var fresh: [UInt8] = []
        fresh.reserveCapacity(128)
        return fresh
    }

    mutating func indices() -> [Int] {
        spareIndices.popLast() ?? []
    }

    /// Takes `buffer`'s storage for later, leaving it empty.
    mutating func keep(_ buffer: inout [UInt8]) {
        Self.keep(&buffer, in: &spareBytes, largest: 4_096)
    }

    mutating func keep(_ buffer: inout [Int]) {
        Self.keep(&buffer, in: &spareIndices, largest: 1_024)
    }

    /// A buffer grown past `largest` (a long text) is let go rather than kept.
    private static func keep<Element>(_ buffer: inout [Element], in spares: inout [[Element]], largest: Int) {
        var taken: [Element] = []
        swap(&taken, &buffer)
        guard taken.capacity > 0, taken.capacity <= largest, spares.count < kept else { return }
        taken.removeAll(keepingCapacity: true)
        spares.append(taken)
    }
}
