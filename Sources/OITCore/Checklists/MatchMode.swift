/// How an item with several concepts passes.
public enum MatchMode: String, Hashable, Sendable, Codable {
    /// Any one of its concepts found is enough (the default).
    case any
    /// Every concept must be found.
    case all
}
