/// Escaping for the reports, where every character that needs it is one ASCII byte: the text is
/// walked as bytes (walking it by Characters compared each one as a string).
enum ByteEscape {
    /// `text` with each byte that `escape` handles (by appending what stands for it to the
    /// output and returning true) replaced, and every other byte kept.
    static func apply(_ text: String, _ escape: (UInt8, inout [UInt8]) -> Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 where !escape(byte, &out) { out.append(byte) }
        return String(decoding: out, as: UTF8.self)
    }
}
