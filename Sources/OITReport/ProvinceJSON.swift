import Foundation
import OITCheck
import OITCore

/// The province summary as JSON (`summary.json`): every agency with its score and item
/// statuses, and every item's pass share.
public struct ProvinceJSON: Codable, Sendable {
    public static let schema = "oit-check/province/1"

    public struct Site: Codable, Sendable {
        public let name: String
        public let url: String
        public let slug: String
        public let line: Int
        public let type: String?
        public let amphoe: String?
        public let province: String?
        public let checked: Bool
        public let unreachable: Bool
        public let checklist: String?
        public let fiscalYear: Int?
        public let score: Double?
        public let band: ScoreBand?
        public let counts: [String: Int]?
        /// Item code -> status.
        public let items: [String: ItemStatus]?

        enum CodingKeys: String, CodingKey {
            case name, url, slug, line, type, amphoe, province, checked, unreachable, checklist
            case fiscalYear = "fiscal_year", score, band, counts, items
        }
    }

    public struct Item: Codable, Sendable {
        public let checklist: String
        public let code: String
        public let title: String
        public let passed: Int
        public let agencies: Int
        public let share: Double
    }

    public let schema: String
    public let checkedOn: String
    public let sites: [Site]
    public let items: [Item]

    enum CodingKeys: String, CodingKey {
        case schema, checkedOn = "checked_on", sites, items
    }

    public init(_ summary: ProvinceSummary, checkedOn: String) {
        schema = Self.schema
        self.checkedOn = checkedOn
        sites = summary.ranked.map { entry in
            let report = entry.report
            return Site(name: entry.site.name, url: entry.site.url.absoluteString, slug: entry.site.slug, line: entry.site.line,
                        type: entry.site.type?.rawValue, amphoe: entry.site.amphoe, province: entry.site.province,
                        checked: report != nil, unreachable: entry.isUnreachable, checklist: report?.checklist.id,
                        fiscalYear: report?.fiscalYear, score: report?.score.value, band: report?.score.band,
                        counts: report?.counts,
                        items: report.map { Dictionary(uniqueKeysWithValues: $0.items.map { ($0.code, $0.status) }) })
        }
        items = summary.itemShares.map { share in
            Item(checklist: share.checklist, code: share.code, title: share.title, passed: share.passed,
                 agencies: share.agencies, share: (share.share * 1000).rounded() / 1000)
        }
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
