import Foundation
import OITCheck

/// What a fixture site must come to, read from `fixtures/sites/NAME.expected`: the form and
/// fiscal year to check it with, and per item the status and the address of the best evidence.
struct SiteExpectation: CustomStringConvertible {
    struct Item {
        let status: ItemStatus
        /// A path on the site (`/ita/qa.html`) or a full URL; nil when not asserted.
        let evidence: String?
        let line: Int
    }

    let name: String
    let origin: URL
    let checklist: String
    let fiscalYear: Int
    /// The status of every item not listed (`all missing`).
    let otherwise: ItemStatus?
    let items: [String: Item]

    var description: String { name }

    /// Every `.expected` file beside the fixture sites.
    static func all() throws -> [SiteExpectation] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.sites.path)
            .filter { $0.hasSuffix(".expected") }.sorted()
        return try names.map { try read(String($0.dropLast(".expected".count))) }
    }

    static func read(_ name: String) throws -> SiteExpectation {
        let text = try String(contentsOf: Repository.sites.appendingPathComponent(name + ".expected"), encoding: .utf8)
        var origin = URL(string: "http://mirror.local/")!
        var checklist = ""
        var fiscalYear = 0
        var otherwise: ItemStatus?
        var items: [String: Item] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if let value = line.value(of: "origin") { origin = URL(string: value)! }
            else if let value = line.value(of: "checklist") { checklist = value }
            else if let value = line.value(of: "fiscal-year") { fiscalYear = Int(value)! }
            else if line.hasPrefix("all ") {
                let word = line.dropFirst(4).prefix { $0.isLetter }
                otherwise = try status(String(word), line: index + 1)
            } else {
                let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard words.count >= 2 else { throw Malformed(file: name, line: index + 1) }
                let evidence = words.count > 2 && (words[2].hasPrefix("/") || words[2].hasPrefix("http")) ? words[2] : nil
                items[words[0]] = Item(status: try status(words[1], line: index + 1), evidence: evidence, line: index + 1)
            }
        }
        return SiteExpectation(name: name, origin: origin, checklist: checklist, fiscalYear: fiscalYear,
                               otherwise: otherwise, items: items)
    }

    private static func status(_ word: String, line: Int) throws -> ItemStatus {
        guard let status = ItemStatus(rawValue: word) else { throw Malformed(file: word, line: line) }
        return status
    }

    /// The evidence address as a URL on this site.
    func url(_ evidence: String) -> String {
        evidence.hasPrefix("/") ? URL(string: evidence, relativeTo: origin)!.absoluteString : evidence
    }

    struct Malformed: Error, CustomStringConvertible {
        let file: String
        let line: Int
        var description: String { "\(file).expected line \(line) is not \"CODE STATUS [EVIDENCE] [note]\"" }
    }
}

private extension String {
    /// The value of a `key: value` line.
    func value(of key: String) -> String? {
        guard hasPrefix(key + ":") else { return nil }
        return dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
    }
}
