/// Text that has been through ``ThaiText/normalize(_:)`` exactly once, with the key it is
/// compared by. Holding this type instead of a `String` says the rules have been applied.
public struct NormalizedText: Hashable, Sendable, CustomStringConvertible {
    /// The normalised text, fit to show (Thai digits are ASCII, whitespace collapsed).
    public let value: String
    /// The comparison key: lower-case, no dashes, no spaces between Thai words.
    public let key: String

    public init(_ raw: String) {
        let value = ThaiText.normalize(raw)
        self.value = value
        self.key = ThaiText.matchKey(ofNormalized: value)
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
}
