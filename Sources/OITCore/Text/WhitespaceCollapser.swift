/// ``ThaiText/collapsingWhitespace(_:)`` over UTF-8 that arrives in pieces, as a page reader
/// receives a page's text: what carries over from one piece to the next is a space owed and
/// whether the output is full. Pieces must not split a character (libxml2's never do).
/// The one-shot form runs one piece through it.
public struct WhitespaceCollapser {
    /// Bytes written to the output so far.
    public private(set) var written = 0
    /// Whitespace seen since the last thing written: one space before the next.
    private var pendingSpace = false
    /// A scalar did not fit: nothing more is written, as when a one-shot collapse stops.
    public private(set) var isFull = false

    public init() {}

    /// A break between words that the text does not write (the edge of a block element): it
    /// counts as whitespace.
    public mutating func breakWord() {
        pendingSpace = written > 0
    }

    /// Collapses `bytes` into `output` after what is written there already, stopping before a
    /// scalar that would not fit whole.
    public mutating func collapse(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) {
        guard !isFull else { return }
        let room = output.count
        var index = 0
        while index < bytes.count {
            // A run of bytes that start no whitespace (ASCII letters, Thai) is copied whole.
            var runEnd = index
            // Eight bytes at a time while none may start one (text between spaces: almost all).
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while runEnd + 8 <= bytes.count,
                      !UTF8Whitespace.mayStartAny(base.loadUnaligned(fromByteOffset: runEnd, as: UInt64.self)) {
                    runEnd += 8
                }
            }
            while runEnd < bytes.count, UTF8Whitespace.startsNone(bytes[runEnd]) { runEnd += 1 }
            if runEnd > index {
                let space = pendingSpace ? 1 : 0
                // What fits of the run, cut before a scalar that would not fit whole.
                var end = runEnd
                if written + space + (runEnd - index) > room {
                    end = index + max(0, room - written - space)
                    while end > index, UTF8.isContinuation(bytes[end]) { end -= 1 }
                }
                if end > index {
                    writePendingSpace(into: output)
                    UnsafeMutableRawPointer(output.baseAddress! + written)
                        .copyMemory(from: bytes.baseAddress! + index, byteCount: end - index)
                    written += end - index
                }
                if end < runEnd {
                    isFull = true
                    return
                }
                index = runEnd
                continue
            }
            let length = UTF8Whitespace.match(bytes, at: index)
            if length > 0 {
                // Zero-width characters and soft hyphens vanish; the rest separate words.
                if !UTF8Whitespace.isInvisible(bytes, at: index) { pendingSpace = written > 0 }
                index += length
                continue
            }
            let byte = bytes[index]
            if !UTF8.isContinuation(byte), written + (pendingSpace ? 1 : 0) + ThaiText.sequenceLength(lead: byte) > room {
                isFull = true
                return
            }
            writePendingSpace(into: output)
            output[written] = byte
            written += 1
            index += 1
        }
    }

    @inline(__always)
    private mutating func writePendingSpace(into output: UnsafeMutableBufferPointer<UInt8>) {
        guard pendingSpace else { return }
        output[written] = 0x20
        written += 1
        pendingSpace = false
    }
}
