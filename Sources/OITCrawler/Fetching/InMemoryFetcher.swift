import Foundation

/// A site held in memory, for tests: a response per URL, 404 for the rest. Counts requests.
public final class InMemoryFetcher: Fetcher, @unchecked Sendable {
    private var responses: [String: FetchResponse] = [:]
    private var requests: [FetchRequest] = []
    private let lock = NSLock()

    public init() {}

    /// Serves `body` at `url` with `status` and `headers`.
    public func serve(_ url: String, status: Int = 200, headers: HTTPHeaders = ["content-type": "text/html; charset=utf-8"],
                      body: String = "") {
        serve(url, status: status, headers: headers, bytes: Array(body.utf8))
    }

    public func serve(_ url: String, status: Int = 200, headers: HTTPHeaders, bytes: [UInt8]) {
        guard let parsed = URL(string: url) else { return }
        lock.withLock {
            responses[url] = FetchResponse(requestedURL: parsed, url: parsed, status: status, headers: headers,
                                           body: bytes, source: .memory)
        }
    }

    /// Answers `url` with a redirect to `location`.
    public func redirect(_ url: String, to location: String, status: Int = 302) {
        serve(url, status: status, headers: ["location": location], bytes: [])
    }

    /// Every request received, in order.
    public var received: [FetchRequest] { lock.withLock { requests } }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let stored = lock.withLock { () -> FetchResponse? in
            requests.append(request)
            return responses[request.url.absoluteString]
        }
        guard var response = stored else {
            return FetchResponse(requestedURL: request.url, url: request.url, status: 404,
                                 headers: ["content-type": "text/html"], body: Array("<h1>404</h1>".utf8), source: .memory)
        }
        response.requestedURL = request.url
        if request.method == .head {
            response.headers.set("content-length", "\(response.body.count)")
            response.body = []
        } else {
            response.body = BodySlicer.slice(response.body, range: request.range, headers: &response.headers,
                                             status: &response.status)
            if response.body.count > request.maxBodyBytes {
                response.body = Array(response.body.prefix(request.maxBodyBytes))
                response.bodyTruncated = true
            }
        }
        return response
    }
}

/// Serves part of a body for a ranged request, as a server that honours `Range` does.
enum BodySlicer {
    static func slice(_ body: [UInt8], range: FetchRequest.ByteRange?, headers: inout HTTPHeaders, status: inout Int) -> [UInt8] {
        guard let range, status == 200, !body.isEmpty else { return body }
        let bounds: Range<Int>
        switch range {
        case .first(let count): bounds = 0..<min(count, body.count)
        case .last(let count): bounds = max(0, body.count - count)..<body.count
        }
        status = 206
        headers.set("content-range", "bytes \(bounds.lowerBound)-\(bounds.upperBound - 1)/\(body.count)")
        return Array(body[bounds])
    }
}
