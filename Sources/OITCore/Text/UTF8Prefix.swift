extension String {
    /// The longest start of the string that fits in `limit` UTF-8 bytes and ends on a whole
    /// Unicode scalar. The cut is found in constant time, where `prefix(_:)` walks every
    /// grapheme cluster before it (a Thai cluster may lose a trailing mark at the cut).
    public func prefix(utf8Bytes limit: Int) -> Substring {
        let bytes = utf8
        guard bytes.count > limit else { return self[...] }
        var end = bytes.index(bytes.startIndex, offsetBy: max(0, limit))
        while end > bytes.startIndex, UTF8.isContinuation(bytes[end]) {
            bytes.formIndex(before: &end)
        }
        return self[..<end]
    }
}

extension Array<UInt8> {
    /// The longest start of these UTF-8 bytes (valid) that fits in `limit` bytes and ends on a
    /// whole scalar, as ``Swift/String/prefix(utf8Bytes:)`` cuts a String.
    public func prefix(wholeScalarsIn limit: Int) -> ArraySlice<UInt8> {
        guard count > limit else { return self[...] }
        var end = Swift.max(0, limit)
        while end > 0, UTF8.isContinuation(self[end]) { end -= 1 }
        return self[..<end]
    }
}
