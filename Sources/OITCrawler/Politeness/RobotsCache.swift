import Foundation
import OITCore

/// robots.txt of each origin a crawl touches, fetched once (concurrent askers share the fetch).
/// Per RFC 9309: a 4xx robots.txt allows everything; a 5xx or an unreachable one disallows
/// everything, and the report says so (the user may choose to ignore robots.txt).
public actor RobotsCache {
    /// What was learnt about one origin's robots.txt.
    public enum Status: Hashable, Sendable, CustomStringConvertible {
        /// Rules were read; `rules` counts them.
        case rules(count: Int)
        /// No robots.txt (a 4xx): everything allowed.
        case none(status: Int)
        /// The server failed (5xx): everything disallowed.
        case unreachable(String)
        /// No answer at all (DNS, connection, TLS, timeout): the site itself cannot be read.
        case noAnswer(FetchError)

        public var description: String {
            switch self {
            case .rules(let count): return "\(count) rule(s)"
            case .none(let status): return "none (HTTP \(status)): everything allowed"
            case .unreachable(let reason): return "unreachable (\(reason)): nothing allowed"
            case .noAnswer(let error): return "no answer (\(error)): nothing allowed"
            }
        }

        /// ``description`` in Thai and English, for listings in the user's language.
        public var explanation: LocalizedText {
            let th: String
            switch self {
            case .rules(let count): th = "\(count) กฎ"
            case .none(let status): th = "ไม่มี (HTTP \(status)): อ่านได้ทั้งหมด"
            case .unreachable(let reason): th = "เปิดไม่ได้ (\(reason)): ไม่อ่านหน้าใดเลย"
            case .noAnswer(let error): th = "ไม่ตอบ (\(error.explanation.th)): ไม่อ่านหน้าใดเลย"
            }
            return LocalizedText(th: th, en: description)
        }
    }

    private let userAgentToken: String
    private var entries: [String: Task<(RobotsRules, Status), Never>] = [:]
    private var statuses: [String: Status] = [:]

    /// - Parameter userAgentToken: the product token groups are matched against (`oit-check`).
    public init(userAgentToken: String) {
        self.userAgentToken = userAgentToken
    }

    /// The rules for `url`'s origin, fetching robots.txt with `fetch` the first time.
    public func rules(for url: URL, fetch: @escaping @Sendable (URL) async throws(FetchError) -> FetchResponse) async -> RobotsRules {
        guard let origin = Self.origin(of: url) else { return .allowAll }
        if let entry = entries[origin] {
            let (rules, status) = await entry.value
            statuses[origin] = status
            return rules
        }
        let token = userAgentToken
        let task = Task { () -> (RobotsRules, Status) in
            guard let robotsURL = URL(string: origin + "/robots.txt") else { return (.allowAll, .none(status: 0)) }
            do {
                let response = try await fetch(robotsURL)
                switch response.status {
                case 200..<300:
                    let rules = RobotsRules(text: String(decoding: response.body, as: UTF8.self), userAgent: token)
                    return (rules, .rules(count: rules.rules.count))
                case 400..<500:
                    return (.allowAll, .none(status: response.status))
                default:
                    return (.disallowAll, .unreachable("HTTP \(response.status)"))
                }
            } catch let error as FetchError {
                return (.disallowAll, .noAnswer(error))
            } catch {
                return (.disallowAll, .unreachable("\(error)"))
            }
        }
        entries[origin] = task
        let (rules, status) = await task.value
        statuses[origin] = status
        return rules
    }

    /// What each origin's robots.txt said, for the report.
    public var report: [String: Status] { statuses }

    /// What `url`'s origin's robots.txt said, once it was asked.
    public func status(of url: URL) -> Status? {
        Self.origin(of: url).flatMap { statuses[$0] }
    }

    /// `https://host:port`, the unit robots.txt applies to.
    static func origin(of url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host else {
            return nil
        }
        let port = url.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host.lowercased())\(port)"
    }
}
