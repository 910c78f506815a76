import Foundation
import OITCheck
import OITCore
import OITCrawler

/// The report as JSON, in the contract every consumer reads (../shared/DESIGN.md): `schema`,
/// `checklist`, `site`, `fiscal_year`, `score`, `items[]` with evidence and reasons, and
/// `links[]`: every anchor of every page read with what the matcher made of it.
public struct JSONReport: Codable, Sendable {
    public static let schema = "oit-check/report/1"

    public struct ChecklistInfo: Codable, Sendable {
        public let id: String
        public let title: String
        public let status: String
        public let fiscalYear: Int

        enum CodingKeys: String, CodingKey {
            case id, title, status, fiscalYear = "fiscal_year"
        }
    }

    public struct Site: Codable, Sendable {
        public let url: String
        public let finalURL: String?
        public let pagesRead: Int
        public let documentsChecked: Int
        public let pagesSkipped: Int
        public let robotsIgnored: Bool
        public let budgetExhausted: Bool
        /// The crawl stopped once every item was decided, with pages left unread (nil in
        /// reports written before early stopping existed).
        public let stoppedEarly: Bool?
        /// Not even the start page could be read.
        public let unreachable: Bool

        enum CodingKeys: String, CodingKey {
            case url, finalURL = "final_url", pagesRead = "pages_read", documentsChecked = "documents_checked"
            case pagesSkipped = "pages_skipped", robotsIgnored = "robots_ignored", budgetExhausted = "budget_exhausted"
            case stoppedEarly = "stopped_early", unreachable
        }
    }

    public struct ScoreInfo: Codable, Sendable {
        public let value: Double
        public let passed: Int
        public let items: Int
        public let passLine: Double
        public let topBand: Double
        public let ifFixed: Double
        public let band: ScoreBand

        enum CodingKeys: String, CodingKey {
            case value, passed, items, passLine = "pass_line", topBand = "top_band", ifFixed = "if_fixed", band
        }
    }

    public struct Evidence: Codable, Sendable {
        public let href: String
        public let url: String?
        public let finalURL: String?
        public let text: String
        public let page: String
        public let httpStatus: Int?
        public let year: Int?
        public let yearSource: String?
        public let status: ItemStatus
        public let basis: String

        enum CodingKeys: String, CodingKey {
            case href, url, finalURL = "final_url", text, page, httpStatus = "http_status", year
            case yearSource = "year_source", status, basis
        }

        func write(_ json: inout PrettyJSON) {
            json.member("basis", basis)
            json.member("final_url", ifPresent: finalURL)
            json.member("href", href)
            json.member("http_status", ifPresent: httpStatus)
            json.member("page", page)
            json.member("status", status.rawValue)
            json.member("text", text)
            json.member("url", ifPresent: url)
            json.member("year", ifPresent: year)
            json.member("year_source", ifPresent: yearSource)
        }
    }

    public struct Item: Codable, Sendable {
        public let code: String
        public let title: String
        public let titleEN: String
        public let concepts: [String]
        public let status: ItemStatus
        public let evidence: [Evidence]
        public let reasons: [Reason]
        /// What the form asks to publish; absent for a pass.
        public let fix: Reason?

        enum CodingKeys: String, CodingKey {
            case code, title, titleEN = "title_en", concepts, status, evidence, reasons, fix
        }

        func write(_ json: inout PrettyJSON) {
            json.member("code", code)
            json.member("concepts", concepts)
            json.member("evidence") { $0.array(evidence) { $0.object($1.write) } }
            if let fix { json.member("fix") { $0.object(fix.write) } }
            json.member("reasons") { $0.array(reasons) { $0.object($1.write) } }
            json.member("status", status.rawValue)
            json.member("title", title)
            json.member("title_en", titleEN)
        }
    }

    public let schema: String
    public let checklist: ChecklistInfo
    public let site: Site
    public let fiscalYear: Int
    public let score: ScoreInfo
    public let counts: [String: Int]
    public private(set) var items: [Item]
    /// `links[]` as read back from a file.
    private var storedLinks: [LinkRecord] = []
    /// `links[]` of a report made from a check: the pages' classified links, written from
    /// there (a full crawl's report lists tens of thousands; a record made for each first cost
    /// a copy of every field).
    private var pages: [CheckResult.PageLinks] = []

    /// Every anchor of every page read, as the report lists it.
    public var links: [LinkRecord] {
        var records = storedLinks
        forEachAnchor { address, classified in records.append(LinkRecord(page: address, classified)) }
        return records
    }

    /// What `links[]` lists of a check's pages: each anchor, with its page's address.
    private func forEachAnchor(_ body: (String, ClassifiedLink) -> Void) {
        for page in pages {
            let address = page.page.absoluteString
            for classified in page.links where classified.link.kind == .anchor { body(address, classified) }
        }
    }

    enum CodingKeys: String, CodingKey {
        case schema, checklist, site, fiscalYear = "fiscal_year", score, counts, items, storedLinks = "links"
    }

    public init(_ result: CheckResult, language: Language) {
        let crawl = result.crawl
        schema = Self.schema
        checklist = ChecklistInfo(id: result.checklist.id, title: result.checklist.title.text(in: language),
                                  status: result.checklist.status.rawValue,
                                  fiscalYear: result.checklist.fiscalYear.buddhistYear)
        site = Site(url: crawl.start.absoluteString, finalURL: crawl.startPage?.finalURL.absoluteString,
                    pagesRead: crawl.pages.count, documentsChecked: crawl.documents.count,
                    pagesSkipped: crawl.skippedURLCount, robotsIgnored: crawl.robotsIgnored,
                    budgetExhausted: crawl.budgetExhausted, stoppedEarly: crawl.stoppedEarly,
                    unreachable: crawl.siteUnreachable)
        fiscalYear = result.fiscalYear.buddhistYear
        score = ScoreInfo(value: result.score.value, passed: result.score.passed, items: result.score.items,
                          passLine: Score.passLine, topBand: Score.topBand, ifFixed: result.score.ifFixed,
                          band: result.score.band)
        counts = Dictionary(uniqueKeysWithValues: ItemStatus.allCases.map { ($0.rawValue, result.count(of: $0)) })
        items = result.items.map { item in
            Item(code: item.item.code, title: item.item.title, titleEN: item.item.title(in: .en),
                 concepts: item.item.concepts.map(\.rawValue), status: item.status,
                 evidence: item.evidence.map(Self.evidence), reasons: item.reasons, fix: item.fix)
        }
        pages = result.pages
    }

    /// Written as the synthesised form would be, with `links` whichever way the report holds them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(checklist, forKey: .checklist)
        try container.encode(site, forKey: .site)
        try container.encode(fiscalYear, forKey: .fiscalYear)
        try container.encode(score, forKey: .score)
        try container.encode(counts, forKey: .counts)
        try container.encode(items, forKey: .items)
        try container.encode(links, forKey: .storedLinks)
    }

    static func evidence(_ candidate: Candidate) -> Evidence {
        let link = candidate.link.link
        let final = candidate.target.finalURL.flatMap { $0 == link.url ? nil : $0.absoluteString }
        return Evidence(href: link.href, url: link.url?.absoluteString, finalURL: final, text: link.text,
                        page: candidate.page.absoluteString, httpStatus: candidate.target.httpStatus,
                        year: candidate.date?.year, yearSource: candidate.date?.source.rawValue,
                        status: candidate.status, basis: candidate.link.basis.rawValue)
    }

    /// The report as its file's text: keys sorted, slashes and Thai as written, so that it diffs
    /// well; byte for byte what `JSONEncoder` makes of the `Codable` form with `.prettyPrinted`,
    /// except that each of `links[]` is on one line as `JSONEncoder` writes it without (a test
    /// holds them together): written by hand because a report lists every link of every page
    /// read, and a link a line keeps a full crawl's report a quarter smaller and easy to grep.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// ``text`` as the bytes of its file.
    public var utf8: [UInt8] {
        let linkCount = storedLinks.count + pages.reduce(0) { $0 + $1.links.count }
        var json = PrettyJSON(capacity: 512 + 300 * linkCount + 1_000 * items.count)
        json.object { json in
            json.member("checklist") { $0.object { json in
                json.member("fiscal_year", checklist.fiscalYear)
                json.member("id", checklist.id)
                json.member("status", checklist.status)
                json.member("title", checklist.title)
            } }
            json.member("counts") { $0.object { json in
                for (status, count) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    json.member(escaping: status, count)
                }
            } }
            json.member("fiscal_year", fiscalYear)
            json.member("items") { json in
                json.array { json in
                    for index in items.indices { json.element { json in json.object { items[index].write(&$0) } } }
                }
            }
            json.member("links") { json in
                json.array { json in
                    // One line a link: a full crawl's report lists tens of thousands.
                    for index in storedLinks.indices { json.element { json in json.compactObject { storedLinks[index].write(&$0) } } }
                    forEachAnchor { address, classified in
                        json.element { json in json.compactObject { LinkRecord.write(classified, page: address, to: &$0) } }
                    }
                }
            }
            json.member("schema", schema)
            json.member("score") { $0.object { json in
                json.member("band", score.band.rawValue)
                json.member("if_fixed", score.ifFixed)
                json.member("items", score.items)
                json.member("pass_line", score.passLine)
                json.member("passed", score.passed)
                json.member("top_band", score.topBand)
                json.member("value", score.value)
            } }
            json.member("site") { $0.object { json in
                json.member("budget_exhausted", site.budgetExhausted)
                json.member("documents_checked", site.documentsChecked)
                json.member("final_url", ifPresent: site.finalURL)
                json.member("pages_read", site.pagesRead)
                json.member("pages_skipped", site.pagesSkipped)
                json.member("robots_ignored", site.robotsIgnored)
                json.member("stopped_early", ifPresent: site.stoppedEarly)
                json.member("unreachable", site.unreachable)
                json.member("url", site.url)
            } }
        }
        return json.utf8()
    }

    /// Only what a province summary reads, as a batch keeps every finished site in memory: no
    /// `links[]`, each item's first evidence, no reasons or fixes.
    public func forSummary() -> JSONReport {
        var copy = self
        copy.storedLinks = []
        copy.pages = []
        copy.items = items.map { item in
            Item(code: item.code, title: item.title, titleEN: item.titleEN, concepts: item.concepts, status: item.status,
                 evidence: Array(item.evidence.prefix(1)), reasons: [], fix: nil)
        }
        return copy
    }

    /// A report read back (a batch's finished sites, `oit diff`).
    public static func decode(_ data: Data) throws -> JSONReport {
        try JSONDecoder().decode(JSONReport.self, from: data)
    }
}

extension LocalizedText {
    /// A reason or a fix in a report: `en` and `th`.
    func write(_ json: inout PrettyJSON) {
        json.member("en", en)
        json.member("th", th)
    }
}
