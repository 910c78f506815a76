import Foundation

/// The rules of a robots.txt for one crawler (RFC 9309): the group naming our product token, or
/// the `*` group; the longest matching rule wins, `Allow` on a tie; `*` and `$` in patterns.
public struct RobotsRules: Hashable, Sendable {
    public struct Rule: Hashable, Sendable {
        public let allow: Bool
        public let pattern: String
    }

    public let rules: [Rule]
    /// `Crawl-delay` of the chosen group, in seconds (not in the RFC, but widely written).
    public let crawlDelay: Double?

    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")], crawlDelay: nil)

    public init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses robots.txt text for the crawler whose product token is `userAgent` (`oit-check`).
    public init(text: String, userAgent: String) {
        let token = userAgent.lowercased()
        var groups: [(agents: [String], rules: [Rule], delay: Double?)] = []
        var current: (agents: [String], rules: [Rule], delay: Double?)?
        var lastWasAgent = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "user-agent":
                if !lastWasAgent {
                    if let current { groups.append(current) }
                    current = ([], [], nil)
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil else { continue }
                // An empty Disallow allows everything: no rule.
                if value.isEmpty { continue }
                current?.rules.append(Rule(allow: field == "allow", pattern: value))
            case "crawl-delay":
                lastWasAgent = false
                current?.delay = Double(value)
            default:
                lastWasAgent = false
            }
        }
        if let current { groups.append(current) }
        let mine = groups.filter { group in group.agents.contains { $0 != "*" && token.contains($0) } }
        let chosen = mine.isEmpty ? groups.filter { $0.agents.contains("*") } : mine
        self.rules = chosen.flatMap(\.rules)
        self.crawlDelay = chosen.compactMap(\.delay).first
    }

    /// Whether a URL's path and query may be fetched.
    public func allows(_ url: URL) -> Bool {
        var target = url.path.isEmpty ? "/" : (URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? url.path)
        if target.isEmpty { target = "/" }
        if let query = url.query { target += "?" + query }
        var best: (length: Int, allow: Bool)?
        for rule in rules where Self.matches(rule.pattern, target) {
            let length = rule.pattern.count
            if best == nil || length > best!.length || (length == best!.length && rule.allow) {
                best = (length, rule.allow)
            }
        }
        return best?.allow ?? true
    }

    /// Pattern matching with `*` (any run of characters) and a trailing `$` (the end).
    static func matches(_ pattern: String, _ target: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard target.hasPrefix(parts[0]) else { return false }
        var rest = Substring(target).dropFirst(parts[0].count)
        if parts.count == 1 { return !anchored || rest.isEmpty }
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let found = rest.firstRange(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        let last = parts[parts.count - 1]
        if anchored { return rest.hasSuffix(last) }
        return last.isEmpty || rest.firstRange(of: last) != nil
    }
}
