import Foundation
import OITCheck
import OITCore

/// A check arranged for people, in one language: the facts at the top, one row per item, and
/// the items to fix first. Markdown, HTML and the terminal all write this; none of them decides
/// anything.
struct GapReport {
    struct Row {
        let code: String
        let title: String
        let status: ItemStatus
        let statusLabel: String
        /// Where the best evidence leads (the URL to submit for a pass); nil for a link that
        /// leads nowhere.
        let url: String?
        /// The href of a best evidence that leads nowhere (`#`, `javascript:`), to show as text.
        let deadHref: String?
        /// The label of the best evidence's link.
        let linkText: String?
        /// The page it was found on.
        let page: String?
        /// What its target answered (a ranged 206 counts as 200).
        let httpStatus: Int?
        let year: Int?
        /// What is wrong and what to do; empty for a pass.
        let reasons: [String]
        /// What the form asks to publish; nil for a pass.
        let fix: String?
    }

    let agency: String
    let site: String
    let checklistID: String
    let checklistTitle: String
    /// Set when the form is reconstructed or partial: how far to trust it and what to do.
    let checklistWarning: String?
    let fiscalYear: Int
    let checkedOn: String
    let score: Score
    let bandLabel: String
    let pagesRead: Int
    let documentsChecked: Int
    let rows: [Row]

    init(_ result: CheckResult, context: ReportContext) {
        let crawl = result.crawl
        let title = crawl.startPage?.document?.title.trimmingCharacters(in: .whitespaces) ?? ""
        agency = title.isEmpty ? (crawl.start.host ?? crawl.start.absoluteString) : title
        site = crawl.start.absoluteString
        checklistID = result.checklist.id
        checklistTitle = context.say(result.checklist.title)
        checklistWarning = result.checklist.status.needsWarning
            ? context.say(th: "แบบฟอร์มนี้", en: "This form: ") + context.say(result.checklist.status.explanation)
                + context.say(th: " ", en: ". ") + context.say(
                th: "เมื่อได้แบบฟอร์มฉบับทางการ ให้นำเข้าด้วย `oit checklists import FORM.csv --id ID` แล้วตรวจใหม่ด้วย `--checklist ID`",
                en: "When the official form arrives, load it with `oit checklists import FORM.csv --id ID` and check again with `--checklist ID`.")
            : nil
        fiscalYear = result.fiscalYear.buddhistYear
        checkedOn = context.checkedOn
        score = result.score
        bandLabel = context.say(result.score.band.label)
        pagesRead = crawl.pages.count
        documentsChecked = crawl.documents.count
        rows = result.items.map { item in
            let best = item.evidence.first
            return Row(code: item.item.code, title: item.item.title(in: context.language), status: item.status,
                       statusLabel: context.say(item.status.label),
                       url: best.flatMap { $0.link.link.isDead ? nil : ($0.link.link.url?.absoluteString ?? $0.link.link.href) },
                       deadHref: best.flatMap { $0.link.link.isDead ? $0.link.link.href : nil },
                       linkText: best?.link.link.text, page: best?.page.absoluteString,
                       httpStatus: best?.target.httpStatus, year: best?.date?.year,
                       reasons: item.reasons.map(context.say), fix: item.fix.map(context.say))
        }
    }

    /// Items that are not a pass, the quickest to mend first: a link that fails (fix the link),
    /// last year's edition (publish this year's), what needs a person's look, then what is missing.
    var fixFirst: [Row] {
        let order: [ItemStatus] = [.broken, .stale, .review, .missing]
        return order.flatMap { status in rows.filter { $0.status == status } }
    }

    /// "80.00"
    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
