/// The stretches of a long text around its digits (ASCII 0-9 or Thai ๐-๙), for readers that
/// look only near digits (dates) and would otherwise normalise a whole page's text to read a
/// handful of them.
///
/// Each stretch starts just after whitespace (or at the text's start) and ends at whitespace (or
/// at the text's end), and ``ThaiText/normalize(_:)`` is local at whitespace: no rule reaches
/// across it (whitespace becomes one space; the mark repairs, NFC and the misspellings act on
/// runs without it). So a stretch normalised alone is, exactly, the part of the whole text's
/// normalised form between the same two spaces. Around every digit a stretch holds at least
/// `reach` scalars that are neither whitespace nor removed (as zero-width spaces are) before and
/// after it, unless the text ends sooner; stretches closer than that are one. How much context
/// that leaves once normalised (marks typed twice collapse) is for the reader to check.
enum DigitStretches {
    /// Byte ranges of `utf8` (valid UTF-8), in order, not overlapping.
    static func of(_ utf8: UnsafeBufferPointer<UInt8>, reach: Int) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var next = firstDigit(in: utf8, from: 0)
        while let digit = next {
            let floor = stretches.last?.upperBound ?? 0
            var start = stretchStart(in: utf8, before: digit, reach: reach, floor: floor)
            if let last = stretches.last, start <= last.upperBound { start = stretches.removeLast().lowerBound }
            let end = stretchEnd(in: utf8, after: digit, reach: reach)
            stretches.append(start..<end)
            next = firstDigit(in: utf8, from: end)
        }
        return stretches
    }

    /// The first digit at or after `index`: an ASCII digit, or the lead byte of a Thai one
    /// (U+0E50-U+0E59: E0 B9 90-99).
    static func firstDigit(in utf8: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var index = index
        while index < utf8.count {
            if isDigit(utf8, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func isDigit(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        utf8[index] &- 0x30 < 10
            || (utf8[index] == 0xE0 && index + 2 < utf8.count && utf8[index + 1] == 0xB9 && utf8[index + 2] &- 0x90 < 10)
    }

    /// Where a stretch whose first digit is at `digit` starts: `reach` counted scalars back,
    /// then back to just after whitespace; `floor` when it gets there first (the end of the
    /// stretch before, which this one then joins).
    private static func stretchStart(in utf8: UnsafeBufferPointer<UInt8>, before digit: Int, reach: Int, floor: Int) -> Int {
        var index = digit
        var counted = 0
        while index > floor {
            let start = leadByte(in: utf8, before: index)
            switch kind(utf8, at: start) {
            case .whitespace: if counted >= reach { return index }
            case .counted: counted += 1
            case .removed: break
            }
            index = start
        }
        return floor
    }

    /// Where a stretch with a digit at `digit` ends: `reach` counted scalars past its last digit
    /// (every digit met on the way is taken in), then on to the next whitespace.
    private static func stretchEnd(in utf8: UnsafeBufferPointer<UInt8>, after digit: Int, reach: Int) -> Int {
        var index = digit
        var counted = 0
        while index < utf8.count {
            if isDigit(utf8, at: index) {
                counted = 0
                index += utf8[index] < 0x80 ? 1 : 3
                continue
            }
            switch kind(utf8, at: index) {
            case .whitespace: if counted >= reach { return index }
            case .counted: counted += 1
            case .removed: break
            }
            index += ThaiText.sequenceLength(lead: utf8[index])
        }
        return utf8.count
    }

    /// What normalising does with a scalar: ends a word (whitespace), drops it, or keeps it.
    private enum Kind { case whitespace, removed, counted }

    /// The kind of the scalar at `index`, told from its first byte where that is enough: ASCII,
    /// and U+0800-U+0FFF (lead byte E0: Thai among them), which holds no whitespace and nothing removed.
    private static func kind(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Kind {
        let lead = utf8[index]
        if lead < 0x80 { return ThaiText.isWhitespace(UInt32(lead)) ? .whitespace : .counted }
        if lead == 0xE0 { return .counted }
        let value = ThaiText.scalarValue(utf8, at: index, length: ThaiText.sequenceLength(lead: lead))
        return ThaiText.isWhitespace(value) ? .whitespace : ThaiText.isRemovable(value) ? .removed : .counted
    }

    /// The start of the scalar that ends just before `index`.
    private static func leadByte(in utf8: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0 && utf8[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
