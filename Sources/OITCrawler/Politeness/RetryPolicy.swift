import Foundation

/// When and how long to wait before trying a request again: 429 and 503 answers (honouring
/// `Retry-After`), 502/504 gateways, timeouts and dropped connections; exponential backoff with
/// jitter; and a cap beyond which waiting is not worth it (the item is left for review).
public struct RetryPolicy: Hashable, Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var baseDelay: Double
    public var maxDelay: Double
    /// A `Retry-After` longer than this is not waited for.
    public var maxRetryAfter: Double

    public init(maxAttempts: Int = 3, baseDelay: Double = 0.5, maxDelay: Double = 8, maxRetryAfter: Double = 30) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    public static let none = RetryPolicy(maxAttempts: 1)

    public static func isRetryable(status: Int) -> Bool {
        status == 429 || status == 503 || status == 502 || status == 504
    }

    /// Seconds to wait before attempt `attempt + 1` after `response` (or an error), or nil to stop.
    /// `random` (the jitter, 0...1) is drawn only for a retry: asked after every response, it was
    /// a `getrandom` call each.
    public func delay(afterAttempt attempt: Int, response: FetchResponse?, error: FetchError?,
                      random: @autoclosure () -> Double = Double.random(in: 0...1)) -> Double? {
        guard attempt < maxAttempts else { return nil }
        if let response {
            guard Self.isRetryable(status: response.status) else { return nil }
            if let retryAfter = response.headers.retryAfter() {
                return retryAfter <= maxRetryAfter ? retryAfter : nil
            }
        } else if let error {
            guard error.isTransient else { return nil }
        } else {
            return nil
        }
        let exponential = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        // Full jitter in the upper half: never a burst of synchronised retries.
        return exponential * (0.5 + 0.5 * random())
    }
}
