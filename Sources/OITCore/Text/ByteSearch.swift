/// Substring search over UTF-8 bytes: exact, and free of the grapheme-cluster work that
/// `String.contains` does. For hot paths that look for ASCII or normalised Thai in long text.
public enum ByteSearch {
    public static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return pattern.isEmpty }
        var start = 0
        let last = bytes.count - pattern.count
        while start <= last {
            if bytes[start] == first {
                var matched = 1
                while matched < pattern.count && bytes[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}

extension StringProtocol {
    /// Whether `other` occurs in this text byte for byte (UTF-8): what `contains` means for ASCII
    /// and for normalised keys, without Foundation's locale-aware search (slow on Linux).
    public func containsBytes<Other: StringProtocol>(of other: Other) -> Bool {
        ByteSearch.contains(Array(utf8), Array(other.utf8))
    }
}
