import Foundation

/// One request: what to fetch and how much of it.
public struct FetchRequest: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable, Codable {
        case get = "GET"
        case head = "HEAD"
    }

    /// A part of the body, for reading a document's own dates without downloading it.
    public enum ByteRange: Hashable, Sendable {
        /// The first `n` bytes.
        case first(Int)
        /// The last `n` bytes.
        case last(Int)

        /// The `Range` header value.
        public var header: String {
            switch self {
            case .first(let count): return "bytes=0-\(max(0, count - 1))"
            case .last(let count): return "bytes=-\(count)"
            }
        }
    }

    public var url: URL
    public var method: Method
    public var range: ByteRange?
    /// Extra request headers (conditional requests from the cache).
    public var headers: [String: String]
    /// The body is cut off after this many bytes (the response says so).
    public var maxBodyBytes: Int
    /// Seconds the request may take in all.
    public var timeout: Double

    public init(url: URL, method: Method = .get, range: ByteRange? = nil, headers: [String: String] = [:],
                maxBodyBytes: Int = 10 * 1024 * 1024, timeout: Double = 20) {
        self.url = url
        self.method = method
        self.range = range
        self.headers = headers
        self.maxBodyBytes = maxBodyBytes
        self.timeout = timeout
    }
}
