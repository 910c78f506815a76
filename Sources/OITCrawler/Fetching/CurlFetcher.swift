import Foundation

/// Fetches over HTTP with libcurl: one multi handle and one thread for the whole run
/// (``CurlDriver``). Redirects are not followed here (the 3xx comes back, and ``PoliteClient``
/// follows it so the chain is recorded); the body is cut off at the request's limit; the whole
/// request must fit in its timeout. libcurl honours the usual proxy variables (`http_proxy`,
/// `https_proxy`, `no_proxy`).
///
/// Why not URLSession, which runs on the same libcurl: on Linux it wraps every socket, timer and
/// body chunk in libdispatch sources and queue hops, and measured on the benchmark province that
/// was half the CPU of a whole crawl (README, Performance).
public final class CurlFetcher: Fetcher {
    public let userAgent: String
    private let driver: CurlDriver
    private static let defaultHeaders = [
        ("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
        ("Accept-Language", "th,en;q=0.8"),
    ]

    /// `connectionsPerHost`: at most this many connections open to one host at a time.
    public convenience init(userAgent: String, connectionsPerHost: Int = 4) {
        self.init(userAgent: userAgent, connectionsPerHost: connectionsPerHost, idleWait: CurlDriver.defaultIdleWait)
    }

    /// `idleWait`: the longest the transfer thread sleeps with nothing to do, in milliseconds
    /// (tests make it long, to see that a request wakes it).
    init(userAgent: String, connectionsPerHost: Int, idleWait: Int32) {
        self.userAgent = userAgent
        driver = CurlDriver(connectionsPerHost: connectionsPerHost, idleWait: idleWait)
    }

    deinit {
        driver.stop()
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        guard let scheme = request.url.scheme?.lowercased() else { throw .invalidURL(request.url.absoluteString) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        let transfer = try CurlTransfer(request: request, userAgent: userAgent, defaultHeaders: Self.defaultHeaders)
        let driver = self.driver
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.continuation = continuation
                driver.start(transfer)
            }
        } onCancel: {
            driver.cancel(transfer)
        }
        if Task.isCancelled { throw .cancelled }
        return try result.get()
    }
}
