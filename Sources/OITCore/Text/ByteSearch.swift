#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: exact, and free of the grapheme-cluster work that
/// `String.contains` does. For hot paths that look for ASCII or normalised Thai in long text.
/// Candidates are found by the pattern's last byte: every Thai letter starts with the same
/// byte (0xE0), so a search keyed on the first byte stops at every letter.
public enum ByteSearch {
    /// Whether some byte of the eight in `word` is `byte`: exactly when the word XOR `byte`
    /// repeated has a zero byte. For scans that skip eight bytes at a time.
    @inlinable
    public static func word(_ word: UInt64, contains byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let value = word ^ (ones &* UInt64(byte))
        return (value &- ones) & ~value & (ones &* 0x80) != 0
    }

    /// Whether some byte of the eight in `word` is below `limit` (at most 0x80, for which the
    /// borrows between bytes never make a false answer).
    @inlinable
    public static func word(_ word: UInt64, hasByteBelow limit: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word &- ones &* UInt64(limit)) & ~word & (ones &* 0x80) != 0
    }

    @inlinable
    public static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { contains(haystack, $0) }
        }
    }

    @inlinable
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: pattern, in: haystack) != nil
    }

    /// Where `pattern` first occurs in `bytes`.
    @inlinable
    public static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { firstIndex(of: $0, in: haystack) }
        }
    }

    @inlinable
    public static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !pattern.isEmpty else { return 0 }
        guard haystack.count >= pattern.count, let start = haystack.baseAddress, let needle = pattern.baseAddress else {
            return nil
        }
        let lastOffset = pattern.count - 1
        let lastByte = pattern[lastOffset]
        var position = 0
        let end = haystack.count - pattern.count
        while position <= end {
            if haystack[position + lastOffset] == lastByte, memcmp(start + position, needle, lastOffset) == 0 {
                return position
            }
            position += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether `other` occurs in this text byte for byte (UTF-8): what `contains` means for ASCII
    /// and for normalised keys, without Foundation's locale-aware search (slow on Linux).
    /// Inlinable so that callers in other modules get a copy specialised for their types (the
    /// generic one looks up type metadata on every call).
    @inlinable
    public func containsBytes<Other: StringProtocol>(of other: Other) -> Bool {
        withUTF8Bytes { haystack in other.withUTF8Bytes { ByteSearch.contains(haystack, $0) } }
    }

    /// The text with every occurrence of `target` replaced, compared byte for byte: what
    /// Foundation's `replacingOccurrences` does for normalised text, without its locale-aware
    /// search.
    public func replacingBytes<Target: StringProtocol>(of target: Target, with replacement: String) -> String {
        withUTF8Bytes { text in
            target.withUTF8Bytes { pattern -> String in
                guard !pattern.isEmpty, var found = ByteSearch.firstIndex(of: pattern, in: text) else { return String(self) }
                var output: [UInt8] = []
                output.reserveCapacity(text.count)
                var start = 0
                while true {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<found]))
                    output.append(contentsOf: replacement.utf8)
                    start = found + pattern.count
                    guard let next = ByteSearch.firstIndex(of: pattern, in: UnsafeBufferPointer(rebasing: text[start...])) else {
                        break
                    }
                    found = start + next
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
                return String(decoding: output, as: UTF8.self)
            }
        }
    }

    /// Runs `body` over the text's UTF-8 bytes, copying them only when they are not contiguous.
    @inlinable
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
