/// Escaping for the reports, where every character that needs it is one ASCII byte: the text is
/// walked as bytes (walking it by Characters compared each one as a string), and a text with
/// none of those bytes (most labels and addresses) comes back as it is, not copied.
enum ByteEscape {
    /// ASCII bytes, as bits.
    struct Bytes {
        private var bits: (UInt64, UInt64) = (0, 0)

        init(_ ascii: String) {
            for byte in ascii.utf8 {
                precondition(byte < 0x80, "only ASCII bytes are escaped")
                if byte < 64 { bits.0 |= 1 << UInt64(byte) } else { bits.1 |= 1 << UInt64(byte - 64) }
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? bits.0 & (1 << UInt64(byte)) != 0 : byte < 128 && bits.1 & (1 << UInt64(byte - 64)) != 0
        }
    }

    /// `text` with each of the `special` bytes replaced by what `escape` appends for it to the
    /// output (nothing drops it), and every other byte kept.
    static func apply(_ text: String, _ special: Bytes, _ escape: (UInt8, inout [UInt8]) -> Void) -> String {
        var text = text
        let escaped: [UInt8]? = text.withUTF8 { utf8 in
            guard let first = utf8.firstIndex(where: special.contains) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<first]))
            for byte in utf8[first...] {
                if special.contains(byte) { escape(byte, &out) } else { out.append(byte) }
            }
            return out
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
