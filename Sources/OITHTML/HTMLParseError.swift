/// Why bytes could not be read as an HTML page at all.
public enum HTMLParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No bytes, or only whitespace.
    case empty
    /// The bytes are a file of another kind (PDF, image, office document, archive).
    case binary(kind: String)
    /// Text without any markup.
    case notHTML
    /// libxml2 could not start (out of memory).
    case parserUnavailable

    public var description: String {
        switch self {
        case .empty: return "the page is empty"
        case .binary(let kind): return "the content is a \(kind) file, not an HTML page"
        case .notHTML: return "the content is plain text with no HTML markup"
        case .parserUnavailable: return "the HTML parser could not be started"
        }
    }
}
