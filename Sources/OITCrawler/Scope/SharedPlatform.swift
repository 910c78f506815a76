/// A host on which many agencies each have a site (the DOPA's amphoe.com, Google Sites): there
/// a site is a path prefix or a set of query ids, not the whole host.
public struct SharedPlatform: Hashable, Sendable {
    public enum Key: Hashable, Sendable {
        /// The site is the URLs whose query carries these parameters with the start URL's values
        /// (amphoe.com: `am` and `pv`, DOPA's district and province ids).
        case query([String])
        /// The site is the URLs under the first `n` path segments of the start URL
        /// (sites.google.com/view/<name>).
        case pathSegments(Int)
    }

    /// The registrable domain of the platform.
    public let domain: String
    public let key: Key

    public init(domain: String, key: Key) {
        self.domain = domain
        self.key = key
    }

    /// amphoe.com (district offices) and Google Sites (many schools and small agencies).
    public static let defaults: [SharedPlatform] = [
        SharedPlatform(domain: "amphoe.com", key: .query(["am", "pv"])),
        SharedPlatform(domain: "google.com", key: .pathSegments(2)),
    ]
}
