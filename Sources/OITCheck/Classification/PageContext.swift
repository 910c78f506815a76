import Foundation
import OITCore
import OITHTML

/// What a page says about itself that helps read its links: the ITA year it names, and whether
/// it is a hub page listing the OIT items. Its title and headings are read only when a link's
/// classification asks (a label that names nothing, an item code): most pages' links never do.
struct PageContext: Sendable {
    /// Where the page is (for telling a link back to it).
    let url: URL?
    /// The title and the first headings.
    private let texts: [String]
    /// Links whose labels carry item codes: many make a hub.
    private let codedLinks: Int
    private var readings: (namesHub: Bool, year: Int?)?

    /// - Parameter memo: the site's readings of titles, headings and labels (a site repeats them).
    init(page: HTMLDocument, lexicon: Lexicon, memo: inout LabelMemo) {
        url = page.url
        texts = [page.title] + page.headings.prefix(12).map(\.text)
        codedLinks = page.links.filter { memo.label($0.text, lexicon: lexicon).hasItemCode }.count
    }

    /// The page lists the OIT items: its title or a heading names the hub or an item code, or
    /// five links or more carry item codes.
    mutating func isHub(lexicon: Lexicon, memo: inout LabelMemo) -> Bool {
        codedLinks >= 5 || headings(lexicon: lexicon, memo: &memo).namesHub
    }

    /// The ITA year named in the title or headings ("ITA 2568", "ประจำปีงบประมาณ 2568").
    mutating func year(lexicon: Lexicon, memo: inout LabelMemo) -> Int? {
        headings(lexicon: lexicon, memo: &memo).year
    }

    private mutating func headings(lexicon: Lexicon, memo: inout LabelMemo) -> (namesHub: Bool, year: Int?) {
        if let readings { return readings }
        var year: Int?
        var hub = false
        for text in texts {
            let reading = memo.pageHeading(text, lexicon: lexicon)
            hub = hub || reading.namesHub
            year = year ?? reading.year
        }
        readings = (hub, year)
        return (hub, year)
    }
}
