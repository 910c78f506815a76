import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches over HTTP with one ephemeral URLSession for the whole run. Redirects are not followed
/// here (the 3xx comes back, and ``PoliteClient`` follows it so the chain is recorded); the body
/// is cut off at the request's limit; a request that takes longer than its timeout is cancelled.
/// Foundation networking types stay in this file.
public final class URLSessionFetcher: Fetcher, @unchecked Sendable {
    private let session: URLSession
    private let delegate: SessionDelegate
    public let userAgent: String

    public init(userAgent: String, connectionsPerHost: Int = 4) {
        self.userAgent = userAgent
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = max(1, connectionsPerHost)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpAdditionalHeaders = [
            "User-Agent": userAgent,
            "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
            "Accept-Language": "th,en;q=0.8",
        ]
        delegate = SessionDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        guard let scheme = request.url.scheme?.lowercased() else { throw .invalidURL(request.url.absoluteString) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData,
                                    timeoutInterval: request.timeout)
        urlRequest.httpMethod = request.method.rawValue
        if let range = request.range { urlRequest.setValue(range.header, forHTTPHeaderField: "Range") }
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }

        let task = session.dataTask(with: urlRequest)
        let started = Date()
        let taskID = task.taskIdentifier
        let delegate = self.delegate
        // The whole request, not only the wait for each byte, must fit in its timeout.
        let timer = Task {
            try await Task.sleep(nanoseconds: UInt64(request.timeout * 1_000_000_000))
            delegate.timeOut(taskID)
        }
        defer { timer.cancel() }
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<SessionDelegate.Outcome, Never>) in
                delegate.register(task, limit: request.maxBodyBytes, continuation: continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
        let elapsed = Date().timeIntervalSince(started)
        if Task.isCancelled { throw .cancelled }
        switch outcome {
        case .failure(let error):
            throw error == .timeout(seconds: 0) ? .timeout(seconds: request.timeout) : error
        case .success(let response, let body, let truncated):
            let headers = HTTPHeaders(response.allHeaderFields.compactMap { key, value in
                (key as? String).map { ($0, "\(value)") }
            })
            return FetchResponse(requestedURL: request.url, url: request.url, status: response.statusCode,
                                 headers: headers, body: body, bodyTruncated: truncated, elapsed: elapsed,
                                 source: .network)
        }
    }
}

/// Routes URLSession's delegate calls to the request waiting for each task.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Outcome {
        case success(HTTPURLResponse, [UInt8], truncated: Bool)
        case failure(FetchError)
    }

    private struct State {
        let continuation: CheckedContinuation<Outcome, Never>
        let limit: Int
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        var truncated = false
        var timedOut = false
    }

    private var states: [Int: State] = [:]
    private let lock = NSLock()

    func register(_ task: URLSessionTask, limit: Int, continuation: CheckedContinuation<Outcome, Never>) {
        lock.withLock {
            states[task.taskIdentifier] = State(continuation: continuation, limit: limit)
            tasks[task.taskIdentifier] = task
        }
    }

    /// The request ran out of time: cancel it and report a timeout.
    func timeOut(_ taskID: Int) {
        lock.withLock { states[taskID]?.timedOut = true }
        taskFor(taskID)?.cancel()
    }

    private var tasks: [Int: URLSessionTask] = [:]
    private func taskFor(_ taskID: Int) -> URLSessionTask? { lock.withLock { tasks[taskID] } }

    // Redirects come back to the caller as they are.
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        lock.withLock { states[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let id = dataTask.taskIdentifier
        let overLimit = lock.withLock { () -> Bool in
            // The body grows in place: a copy of the state taken out and put back would copy the
            // whole body on every chunk (quadratic in the page's size).
            guard let (limit, received, truncated) = states[id].map({ ($0.limit, $0.body.count, $0.truncated) }),
                  !truncated else { return false }
            let room = limit - received
            if data.count > room {
                states[id]?.body.append(contentsOf: data.prefix(max(0, room)))
                states[id]?.truncated = true
                return true
            }
            states[id]?.body.append(contentsOf: data)
            return false
        }
        if overLimit { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let state = lock.withLock { () -> State? in
            tasks[task.taskIdentifier] = nil
            return states.removeValue(forKey: task.taskIdentifier)
        }
        guard let state else { return }
        let response = state.response ?? (task.response as? HTTPURLResponse)
        if state.timedOut {
            state.continuation.resume(returning: .failure(.timeout(seconds: 0)))
        } else if let response, error == nil || state.truncated {
            state.continuation.resume(returning: .success(response, state.body, truncated: state.truncated))
        } else {
            state.continuation.resume(returning: .failure(Self.classify(error, url: task.originalRequest?.url)))
        }
    }

    static func classify(_ error: (any Error)?, url: URL?) -> FetchError {
        guard let error = error as? URLError else {
            return .other(error.map { "\($0)" } ?? "no response")
        }
        switch error.code {
        case .timedOut: return .timeout(seconds: 0)
        case .cannotFindHost, .dnsLookupFailed: return .dns(host: url?.host ?? "?")
        case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet, .resourceUnavailable,
             .badServerResponse, .zeroByteResource:
            return .connection(error.localizedDescription)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
             .clientCertificateRequired:
            return .tls(error.localizedDescription)
        case .httpTooManyRedirects: return .tooManyRedirects([])
        case .unsupportedURL: return .unsupportedScheme(url?.scheme ?? "?")
        case .badURL: return .invalidURL(url?.absoluteString ?? "?")
        case .cancelled: return .cancelled
        default: return .other(error.localizedDescription)
        }
    }
}
