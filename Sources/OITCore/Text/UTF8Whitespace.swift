/// The whitespace and invisible characters of ``ThaiText``, recognised in UTF-8 bytes.
enum UTF8Whitespace {
    /// Whether `byte` cannot begin whitespace or an invisible character: neither an ASCII space
    /// nor the lead byte of one (so every continuation byte, and Thai's 0xE0, can't).
    @inline(__always)
    static func startsNone(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: return false
        default: return true
        }
    }

    /// Whether some byte of the eight in `word` may begin whitespace or an invisible character
    /// (never false when one does; true for any byte below 0x21, which only sends the word to
    /// ``startsNone(_:)`` byte by byte). Thai's lead byte 0xE0 and continuation bytes pass.
    @inline(__always)
    static func mayStartAny(_ word: UInt64) -> Bool {
        ByteSearch.word(word, hasByteBelow: 0x21) || ByteSearch.word(word, contains: 0xC2) || ByteSearch.word(word, contains: 0xE1)
            || ByteSearch.word(word, contains: 0xE2) || ByteSearch.word(word, contains: 0xE3)
            || ByteSearch.word(word, contains: 0xEF)
    }

    /// The length of the whitespace or invisible character at `index`, or 0.
    @inline(__always)
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        switch lead {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
            return 1
        case 0xC2:
            guard let second = byte(bytes, index, 1) else { return 0 }
            return second == 0x85 || second == 0xA0 || second == 0xAD ? 2 : 0     // NEL, NBSP, soft hyphen
        case 0xE1:
            return byte(bytes, index, 1) == 0x9A && byte(bytes, index, 2) == 0x80 ? 3 : 0   // U+1680
        case 0xE2:
            guard let second = byte(bytes, index, 1), let third = byte(bytes, index, 2) else { return 0 }
            if second == 0x80 && ((0x80...0x8D).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) {
                return 3                    // U+2000-U+200D, U+2028, U+2029, U+202F
            }
            if second == 0x81 && (third == 0x9F || third == 0xA0) { return 3 }      // U+205F, U+2060
            return 0
        case 0xE3:
            return byte(bytes, index, 1) == 0x80 && byte(bytes, index, 2) == 0x80 ? 3 : 0   // U+3000
        case 0xEF:
            return byte(bytes, index, 1) == 0xBB && byte(bytes, index, 2) == 0xBF ? 3 : 0   // U+FEFF
        default:
            return 0
        }
    }

    /// Whether the character at `index` (already matched) is one that takes no room at all:
    /// zero-width space, joiners, word joiner, byte order mark, soft hyphen.
    @inline(__always)
    static func isInvisible(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2: return byte(bytes, index, 1) == 0xAD
        case 0xE2:
            let second = byte(bytes, index, 1), third = byte(bytes, index, 2)
            return (second == 0x80 && (0x8B...0x8D).contains(third ?? 0)) || (second == 0x81 && third == 0xA0)
        case 0xEF: return true
        default: return false
        }
    }

    @inline(__always)
    private static func byte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ offset: Int) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }
}
