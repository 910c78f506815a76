import Foundation
import OITCore
import OITHTML

/// What a page says about itself that helps read its links: the ITA year it names, and whether
/// it is a hub page listing the OIT items.
struct PageContext: Sendable {
    /// The ITA year named in the title or headings ("ITA 2568", "ประจำปีงบประมาณ 2568").
    let year: Int?
    /// The page lists the OIT items.
    let isHub: Bool
    /// Where the page is (for telling a link back to it).
    let url: URL?

    /// - Parameter memo: the site's readings of titles, headings and labels (a site repeats them).
    init(page: HTMLDocument, lexicon: Lexicon, memo: inout LabelMemo) {
        let texts = [page.title] + page.headings.prefix(12).map(\.text)
        var year: Int?
        var hub = false
        for text in texts {
            let reading = memo.pageHeading(text, lexicon: lexicon)
            hub = hub || reading.namesHub
            year = year ?? reading.year
        }
        // Many links carrying item codes make a hub too.
        let coded = page.links.filter { memo.label($0.text, lexicon: lexicon).hasItemCode }.count
        self.year = year
        self.isHub = hub || coded >= 5
        self.url = page.url
    }
}
