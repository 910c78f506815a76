import Foundation
import OITCheck
import OITCore
import OITCrawler
import OITHTML

/// Small values for the judges' tests: links, targets and items as a crawl would give them.
enum JudgeFixtures {
    static let site = URL(string: "https://www.tambon.go.th/")!
    static let scope = SiteScope(start: site)

    static func link(_ text: String, href: String, concepts: [ConceptID] = ["annual-plan"],
                     basis: ClassifiedLink.Basis = .label, heading: String? = nil) -> ClassifiedLink {
        let dead: Link.DeadReason? = href == "#" ? .fragment : href.hasPrefix("javascript:") ? .script : nil
        let link = Link(kind: .anchor, href: href, url: dead == nil ? URL(string: href, relativeTo: site)?.absoluteURL : nil,
                        text: text, deadReason: dead, line: 1, headings: heading.map { [$0] } ?? [])
        return ClassifiedLink(link: link, concepts: concepts, basis: basis)
    }

    static func page(_ path: String, html: String, status: Int = 200, verdict: PageVerdict = .ok) throws -> Target {
        let url = URL(string: path, relativeTo: site)!.absoluteURL
        let document = try HTMLDocument.parse(Array(html.utf8), url: url, contentType: "text/html; charset=utf-8")
        return .page(CrawledPage(url: url, finalURL: url, depth: 1, foundOn: site, status: status, verdict: verdict,
                                 redirects: [], document: document, truncated: false, source: .network, elapsed: 0))
    }

    static func document(_ path: String, status: Int? = 200, pdfCreated: String? = nil, lastModified: String? = nil,
                         error: FetchError? = nil) -> Target {
        let url = URL(string: path, relativeTo: site)!.absoluteURL
        return .document(CheckedDocument(url: url, finalURL: url, foundOn: site, status: status, mediaType: "application/pdf",
                                         size: 1000, lastModified: lastModified.flatMap(date),
                                         pdfDates: pdfCreated.map { PDFDates(created: date($0)) }, redirects: [], error: error))
    }

    /// `2025-01-15` at noon in Bangkok.
    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)
        components.timeZone = TimeZone(identifier: "Asia/Bangkok")
        return Calendar(identifier: .gregorian).date(from: components)
    }

    static func item(_ code: String = "O8", title: String = "แผนดำเนินงานประจำปี", concepts: [ConceptID] = ["annual-plan"],
                     match: MatchMode = .any, period: PeriodRule = .currentFY, external: Bool = false) -> ChecklistItem {
        ChecklistItem(code: code, title: title, gloss: "", concepts: concepts, match: match, period: period,
                      externalAllowed: external, howToFix: "เผยแพร่ให้ครบ", howToFixEnglish: "Publish it.")
    }

    static let judge = CandidateJudge(assessed: FiscalYear(2568), scope: scope, isLocal: false)
}
