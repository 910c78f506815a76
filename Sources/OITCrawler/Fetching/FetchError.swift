import Foundation
import OITCore

/// Why a request got no HTTP response at all. HTTP statuses (404, 500, 429) are responses, not
/// errors: a crawl reports them from the response.
public enum FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    /// The host name does not resolve.
    case dns(host: String)
    /// No connection: refused, reset, unreachable.
    case connection(String)
    /// The TLS handshake failed (an incomplete or expired certificate chain, often).
    case tls(String)
    case timeout(seconds: Double)
    /// More redirects than allowed; the chain so far.
    case tooManyRedirects([URL])
    /// A redirect back to a URL already visited in the chain.
    case redirectLoop([URL])
    /// robots.txt forbids the URL (the crawl was not told to ignore it).
    case robotsDisallowed(URL)
    /// Running offline from the cache, and the URL is not in it.
    case notCached(URL)
    /// The run was stopped (interrupted, or the site's time budget ran out).
    case cancelled
    case other(String)

    public var description: String {
        switch self {
        case .invalidURL(let text): return "not a valid URL: \(text)"
        case .unsupportedScheme(let scheme): return "cannot fetch \(scheme): URLs"
        case .dns(let host): return "the host name \(host) does not resolve (DNS)"
        case .connection(let detail): return "could not connect: \(detail)"
        case .tls(let detail): return "the secure connection (TLS) failed: \(detail)"
        case .timeout(let seconds): return "no answer within \(Int(seconds.rounded())) s"
        case .tooManyRedirects(let chain): return "more than \(chain.count - 1) redirects"
        case .redirectLoop(let chain): return "a redirect loop: " + chain.map(\.absoluteString).joined(separator: " -> ")
        case .robotsDisallowed(let url): return "robots.txt does not allow \(url.path)"
        case .notCached(let url): return "offline, and \(url.absoluteString) is not in the cache"
        case .cancelled: return "stopped before it finished"
        case .other(let detail): return detail
        }
    }

    /// ``description`` in Thai and English, for listings in the user's language.
    public var explanation: LocalizedText {
        let th: String
        switch self {
        case .invalidURL(let text): th = "ที่อยู่ไม่ถูกต้อง: \(text)"
        case .unsupportedScheme(let scheme): th = "เปิดที่อยู่แบบ \(scheme): ไม่ได้"
        case .dns(let host): th = "หาชื่อโดเมน \(host) ไม่พบ (DNS)"
        case .connection(let detail): th = "เชื่อมต่อไม่ได้: \(detail)"
        case .tls(let detail): th = "การเชื่อมต่อแบบปลอดภัย (TLS) ล้มเหลว: \(detail)"
        case .timeout(let seconds): th = "ไม่ตอบภายใน \(Int(seconds.rounded())) วินาที"
        case .tooManyRedirects(let chain): th = "ส่งต่อ (redirect) เกิน \(chain.count - 1) ครั้ง"
        case .redirectLoop(let chain): th = "ส่งต่อวนซ้ำ: " + chain.map(\.absoluteString).joined(separator: " -> ")
        case .robotsDisallowed(let url): th = "robots.txt ไม่อนุญาตให้อ่าน \(url.path)"
        case .notCached(let url): th = "ออฟไลน์ และไม่มี \(url.absoluteString) ในแคช"
        case .cancelled: th = "หยุดก่อนเสร็จ"
        case .other(let detail): th = detail
        }
        return LocalizedText(th: th, en: description)
    }

    /// Whether trying again later may help (a slow or overloaded server, a dropped connection).
    public var isTransient: Bool {
        switch self {
        case .timeout, .connection: return true
        default: return false
        }
    }
}
