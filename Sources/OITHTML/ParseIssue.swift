/// Something wrong with a page that did not stop it from being read, kept so that a report can
/// say why a label looks garbled or a menu ends early.
public enum ParseIssue: Hashable, Sendable, CustomStringConvertible {
    /// Bytes that were not valid in the page's encoding, shown as U+FFFD.
    case undecodableBytes(count: Int, encoding: CharacterEncoding)
    /// The page ends in the middle of a tag, comment or character: the download was cut short.
    case truncated(TruncationPoint)
    /// The page declares an encoding no decoder knows; the next rule of the standard was used.
    case unknownEncodingLabel(String)

    public enum TruncationPoint: String, Hashable, Sendable {
        case insideTag = "inside a tag"
        case insideComment = "inside a comment"
        case insideCharacter = "inside a multi-byte character"
    }

    public var description: String {
        switch self {
        case .undecodableBytes(let count, let encoding):
            return "\(count) byte(s) are not valid \(encoding.name) and were replaced"
        case .truncated(let point):
            return "the page ends \(point.rawValue): it looks truncated"
        case .unknownEncodingLabel(let label):
            return "the declared encoding \"\(label)\" is unknown and was ignored"
        }
    }
}
