/// How a ``PoliteClient`` behaves towards servers.
public struct ClientOptions: Hashable, Sendable {
    /// Names the tool and where to read about it; the product token before "/" is what
    /// robots.txt groups are matched against.
    public var userAgent: String
    public var obeyRobots: Bool
    public var retry: RetryPolicy
    public var maxRedirects: Int
    /// A robots.txt `Crawl-delay` is honoured up to this many seconds.
    public var maxCrawlDelay: Double

    public static let defaultUserAgent = "oit-check/0.1 (+https://github.com/oit-check/oit-check; ITA OIT pre-submission check)"

    public init(userAgent: String = ClientOptions.defaultUserAgent, obeyRobots: Bool = true,
                retry: RetryPolicy = RetryPolicy(), maxRedirects: Int = 10, maxCrawlDelay: Double = 10) {
        self.userAgent = userAgent
        self.obeyRobots = obeyRobots
        self.retry = retry
        self.maxRedirects = maxRedirects
        self.maxCrawlDelay = maxCrawlDelay
    }

    /// `oit-check` of `oit-check/0.1 (...)`.
    public var productToken: String {
        String(userAgent.prefix { $0 != "/" && $0 != " " }).lowercased()
    }
}
