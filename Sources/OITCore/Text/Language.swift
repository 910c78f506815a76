/// The language a person reads a report or a listing in. Thai is the default everywhere.
public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
    case th
    case en
}
