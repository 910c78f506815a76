import Foundation

/// What came back for a request, as a plain value: no Foundation networking type crosses this line.
public struct FetchResponse: Hashable, Sendable {
    /// Where the response came from.
    public enum Source: String, Hashable, Sendable, Codable {
        case network
        /// The on-disk cache (unchanged since, or offline).
        case cache
        /// A saved page or a mirrored site on disk.
        case file
        /// A test's in-memory site.
        case memory
    }

    /// One hop of a redirect chain.
    public struct Redirect: Hashable, Sendable, Codable {
        public let from: URL
        public let status: Int
        public let to: URL

        public init(from: URL, status: Int, to: URL) {
            self.from = from
            self.status = status
            self.to = to
        }
    }

    /// The URL first asked for.
    public var requestedURL: URL
    /// The URL this response is for, after redirects.
    public var url: URL
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The body was cut off at the request's limit.
    public var bodyTruncated: Bool
    public var redirects: [Redirect]
    /// Seconds from the first request to the last byte, redirects and retries included.
    public var elapsed: Double
    public var source: Source
    /// Attempts it took (retries after 429, 503 or a timeout).
    public var attempts: Int

    public init(requestedURL: URL, url: URL, status: Int, headers: HTTPHeaders = [:], body: [UInt8] = [],
                bodyTruncated: Bool = false, redirects: [Redirect] = [], elapsed: Double = 0,
                source: Source = .network, attempts: Int = 1) {
        self.requestedURL = requestedURL
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.redirects = redirects
        self.elapsed = elapsed
        self.source = source
        self.attempts = attempts
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
    public var isRedirect: Bool { [301, 302, 303, 307, 308].contains(status) && headers["location"] != nil }
}
