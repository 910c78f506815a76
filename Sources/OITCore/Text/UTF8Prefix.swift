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
