#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text as a dictionary key by its UTF-8 bytes. A `String` key hashes and compares a
/// non-ASCII text through Unicode normalisation (canonical equivalence), scalar by scalar: for
/// the Thai labels a crawl looks up on every page, that cost more than the memo saved. Two texts
/// equal in meaning but not in bytes are different keys, which a memo can afford: the second is
/// read once more.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.text.withUTF8Bytes { left in
            rhs.text.withUTF8Bytes { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }
}
