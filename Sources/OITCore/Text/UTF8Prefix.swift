extension Array<UInt8> {
    /// The longest start of these UTF-8 bytes (valid) that fits in `limit` bytes and ends on a
    /// whole Unicode scalar. The cut is found in constant time, where a String's `prefix(_:)`
    /// walks every grapheme cluster before it (a Thai cluster may lose a trailing mark at the cut).
    public func prefix(wholeScalarsIn limit: Int) -> ArraySlice<UInt8> {
        guard count > limit else { return self[...] }
        var end = Swift.max(0, limit)
        while end > 0, UTF8.isContinuation(self[end]) { end -= 1 }
        return self[..<end]
    }
}
