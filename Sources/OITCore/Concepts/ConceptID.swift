/// A disclosure concept id such as `structure` or `procurement-plan`: the vocabulary shared by
/// the checklists, the matcher, the JSON report and the labelled corpus. Ids are stable:
/// new ones are added, old ones are never renamed.
public struct ConceptID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
                         ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Lower-case ASCII words joined by single hyphens: `anti-corruption-6-month-report`.
    public var isWellFormed: Bool {
        !rawValue.isEmpty && !rawValue.hasPrefix("-") && !rawValue.hasSuffix("-") && !rawValue.contains("--")
            && rawValue.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public static func < (lhs: ConceptID, rhs: ConceptID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
