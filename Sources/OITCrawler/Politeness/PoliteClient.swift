import Foundation

/// The one way the crawler and the verifier reach a server: robots.txt obeyed, every hop
/// through the host limiter, retries with backoff for 429/503/timeouts (honouring
/// `Retry-After`), redirects followed by our code with the chain recorded (loops and long
/// chains stopped), and the on-disk cache consulted when there is one.
public struct PoliteClient: Sendable {
    public let fetcher: any Fetcher
    public let limiter: HostLimiter
    public let robots: RobotsCache
    public let cache: ResponseCache?
    public let options: ClientOptions
    /// Sleeps between retries; replaceable so tests need not wait.
    let sleep: @Sendable (Double) async -> Void

    public init(fetcher: any Fetcher, limiter: HostLimiter = HostLimiter(), cache: ResponseCache? = nil,
                options: ClientOptions = ClientOptions(), robots: RobotsCache? = nil) {
        self.init(fetcher: fetcher, limiter: limiter, cache: cache, options: options, robots: robots) { seconds in
            try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
        }
    }

    init(fetcher: any Fetcher, limiter: HostLimiter, cache: ResponseCache?, options: ClientOptions,
         robots: RobotsCache?, sleep: @escaping @Sendable (Double) async -> Void) {
        self.fetcher = fetcher
        self.limiter = limiter
        self.cache = cache
        self.options = options
        self.robots = robots ?? RobotsCache(userAgentToken: options.productToken)
        self.sleep = sleep
    }

    /// Fetches `request`, following redirects; the response is for the final URL and carries the chain.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let started = Date()
        var current = request
        var chain = [request.url]
        var hops: [FetchResponse.Redirect] = []
        var attempts = 0
        while true {
            if options.obeyRobots, current.url.scheme?.lowercased().hasPrefix("http") == true {
                let rules = await robots.rules(for: current.url) { url throws(FetchError) in
                    try await self.hop(FetchRequest(url: url, maxBodyBytes: 512 * 1024, timeout: request.timeout))
                }
                guard rules.allows(current.url) else {
                    // No answer for robots.txt is no answer for the site: say what failed.
                    if case .noAnswer(let error)? = await robots.status(of: current.url) { throw error }
                    throw .robotsDisallowed(current.url)
                }
                if let delay = rules.crawlDelay, delay > 0 {
                    limiter.slowDown(HostLimiter.key(for: current.url), to: min(delay, options.maxCrawlDelay))
                }
            }
            var response = try await hop(current)
            attempts += response.attempts
            if response.isRedirect, let location = response.headers["location"],
               let next = URL(string: location, relativeTo: current.url)?.absoluteURL {
                guard !chain.contains(next) else { throw .redirectLoop(chain + [next]) }
                guard hops.count < options.maxRedirects else { throw .tooManyRedirects(chain) }
                hops.append(FetchResponse.Redirect(from: current.url, status: response.status, to: next))
                chain.append(next)
                current.url = next
                if response.status == 303 { current.method = .get }
                continue
            }
            response.requestedURL = request.url
            response.url = current.url
            response.redirects = hops
            response.attempts = attempts
            response.elapsed = Date().timeIntervalSince(started)
            return response
        }
    }

    /// One URL, no redirects: the cache, then the network through the limiter, with retries.
    func hop(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        var request = request
        let cached = cache?.lookup(request)
        if let cache {
            if cache.mode == .offline {
                guard let cached else { throw .notCached(request.url) }
                return cached.response
            }
            if let cached, cached.age < cache.maxAge { return cached.response }
            if let cached {
                request.headers.merge(ResponseCache.conditionalHeaders(for: cached)) { _, new in new }
            }
        }
        let host = HostLimiter.key(for: request.url)
        var attempt = 0
        while true {
            attempt += 1
            await limiter.acquire(host)
            await limiter.start(host)
            let result: Result<FetchResponse, FetchError>
            do {
                // No suspension between the start mark and the request leaving (see StartSpacer).
                result = .success(try await fetcher.fetch(request))
            } catch {
                result = .failure(error)
            }
            await limiter.release(host)
            switch result {
            case .success(var response):
                let retryAfter = RetryPolicy.isRetryable(status: response.status) ? response.headers.retryAfter() : nil
                if let retryAfter {
                    // The server asked every client to wait: the whole host waits, not only this request.
                    limiter.pause(host, for: min(retryAfter, options.retry.maxRetryAfter))
                }
                if let delay = options.retry.delay(afterAttempt: attempt, response: response, error: nil) {
                    if retryAfter == nil { await sleep(delay) }
                    continue
                }
                response.attempts = attempt
                if response.status == 304, let cached {
                    var reused = cached.response
                    reused.attempts = attempt
                    return reused
                }
                cache?.store(response, for: request)
                return response
            case .failure(let error):
                if error == .cancelled || Task.isCancelled { throw .cancelled }
                if let delay = options.retry.delay(afterAttempt: attempt, response: nil, error: error) {
                    await sleep(delay)
                    continue
                }
                // Offline in fact: the cached copy is better than nothing, and says where it came from.
                if let cached, case .connection = error { return cached.response }
                if let cached, case .dns = error { return cached.response }
                throw error
            }
        }
    }
}
