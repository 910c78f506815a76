/// Limits of one site's crawl. The defaults cover a typical LAO or district site.
public struct CrawlOptions: Hashable, Sendable {
    /// Clicks from the start page.
    public var maxDepth: Int
    /// Pages read (HTML), the start page included.
    public var maxPages: Int
    /// Documents checked (PDF, Office files, images).
    public var maxDocuments: Int
    /// Requests of this site in flight at once (the host limiter still has the last word).
    public var concurrency: Int
    /// Seconds one request may take.
    public var requestTimeout: Double
    /// Seconds the whole site may take; then no new request is started.
    public var siteBudget: Double
    /// A page's body is cut off after this many bytes.
    public var maxPageBytes: Int
    /// Bytes read from each end of a PDF for its own dates.
    public var documentProbeBytes: Int
    public var checkDocuments: Bool
    public var traps: TrapGuard.Limits
    public var platforms: [SharedPlatform]

    public init(maxDepth: Int = 3, maxPages: Int = 300, maxDocuments: Int = 400, concurrency: Int = 4,
                requestTimeout: Double = 20, siteBudget: Double = 900, maxPageBytes: Int = 5 * 1024 * 1024,
                documentProbeBytes: Int = 64 * 1024, checkDocuments: Bool = true,
                traps: TrapGuard.Limits = TrapGuard.Limits(), platforms: [SharedPlatform] = SharedPlatform.defaults) {
        self.maxDepth = maxDepth
        self.maxPages = maxPages
        self.maxDocuments = maxDocuments
        self.concurrency = concurrency
        self.requestTimeout = requestTimeout
        self.siteBudget = siteBudget
        self.maxPageBytes = maxPageBytes
        self.documentProbeBytes = documentProbeBytes
        self.checkDocuments = checkDocuments
        self.traps = traps
        self.platforms = platforms
    }
}
