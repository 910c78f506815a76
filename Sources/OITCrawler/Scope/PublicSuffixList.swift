import Foundation

/// The Public Suffix List: which parts of a host name are a public suffix (`go.th`, `ac.th`,
/// `co.uk`) and so which part is the registrable domain an agency owns (`example.go.th`).
/// Read from Debian's `publicsuffix` package; a small built-in list of Thai suffixes stands in
/// when that file is missing, and says so.
public struct PublicSuffixList: Sendable {
    /// Where Debian's `publicsuffix` package puts the list.
    public static let systemPath = "/usr/share/publicsuffix/public_suffix_list.dat"

    private let rules: Set<String>
    private let wildcards: Set<String>
    private let exceptions: Set<String>
    /// Whether the full list was read (false: the built-in Thai fallback).
    public let isComplete: Bool

    /// Parses the list's text: one rule a line, `//` comments, `*.` wildcards, `!` exceptions.
    public init(text: String, isComplete: Bool = true) {
        var rules = Set<String>()
        var wildcards = Set<String>()
        var exceptions = Set<String>()
        // Split as bytes: the system list is some 10,000 lines, and splitting it by Characters
        // took most of a short run's start.
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        for rawLine in text.utf8.split(whereSeparator: { (0x0A...0x0D).contains($0) }) {
            let line = String(decoding: rawLine.drop(while: isSpace).prefix(while: { !isSpace($0) }), as: UTF8.self)
            guard !line.isEmpty, !line.hasPrefix("//") else { continue }
            let rule = line.lowercased()
            if rule.hasPrefix("!") {
                exceptions.insert(String(rule.dropFirst()))
            } else if rule.hasPrefix("*.") {
                wildcards.insert(String(rule.dropFirst(2)))
            } else {
                rules.insert(rule)
            }
        }
        self.rules = rules
        self.wildcards = wildcards
        self.exceptions = exceptions
        self.isComplete = isComplete
    }

    /// The system list, or the built-in Thai fallback when the file is not installed.
    public static let shared: PublicSuffixList = {
        if let text = try? String(contentsOfFile: systemPath, encoding: .utf8) {
            return PublicSuffixList(text: text)
        }
        return fallback
    }()

    /// Thailand's second-level suffixes and the common generic ones.
    public static let fallback = PublicSuffixList(text: """
        th
        ac.th
        co.th
        go.th
        in.th
        mi.th
        net.th
        or.th
        com
        net
        org
        info
        """, isComplete: false)

    /// The public suffix of `host`: `go.th` of `www.example.go.th`. A host no rule knows has its
    /// last label as suffix (the list's default rule `*`).
    public func publicSuffix(of host: String) -> String {
        let labels = Self.labels(host)
        guard !labels.isEmpty else { return "" }
        var best = 1
        for count in 1...labels.count {
            let candidate = labels.suffix(count).joined(separator: ".")
            if exceptions.contains(candidate) {
                best = count - 1
                break
            }
            if rules.contains(candidate) { best = max(best, count) }
            if count < labels.count, wildcards.contains(candidate) { best = max(best, count + 1) }
        }
        return labels.suffix(max(best, 1)).joined(separator: ".")
    }

    /// The registrable domain: the public suffix and one label more (`example.go.th`), or nil
    /// when the host is itself a public suffix or an IP address.
    public func registrableDomain(of host: String) -> String? {
        let labels = Self.labels(host)
        guard !labels.isEmpty, !Self.isIPAddress(host) else { return nil }
        let suffixCount = publicSuffix(of: host).split(separator: ".").count
        guard labels.count > suffixCount else { return nil }
        return labels.suffix(suffixCount + 1).joined(separator: ".")
    }

    private static func labels(_ host: String) -> [String] {
        var lowered = host.lowercased()
        if lowered.hasSuffix(".") { lowered.removeLast() }
        return lowered.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    static func isIPAddress(_ host: String) -> Bool {
        if host.contains(":") { return true }   // IPv6
        let parts = host.split(separator: ".")
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }
}
