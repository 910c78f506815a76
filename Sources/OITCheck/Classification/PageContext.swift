import Foundation
import OITCore
import OITHTML

/// What a page says about itself that helps read its links: the ITA year it names, and whether
/// it is a hub page listing the OIT items. Its title and headings are read, and its coded links
/// counted, only when a link's classification asks (a label that names nothing, an item code):
/// most pages' links never do. Its links' labels come read (every link's is read anyway).
struct PageContext: Sendable {
    /// Where the page is, for telling a link back to it: taken once from its URL, as every link
    /// asks.
    private let path: String?
    private let host: String?
    /// The page, read for what it says of itself only when a link's classification asks.
    private let page: HTMLDocument
    /// The readings of the page's link labels, in the order of its links.
    private let labels: [LabelMemo.Reading]
    private var hub: Bool?
    private var readings: (namesHub: Bool, year: Int?)?

    init(page: HTMLDocument, labels: [LabelMemo.Reading]) {
        path = page.url.map(PlainAddress.path(of:))
        host = page.url.flatMap(PlainAddress.host(of:))
        self.page = page
        self.labels = labels
    }

    /// Whether a link whose URL is `url`, with path `path`, leads back to this page.
    func isSelf(_ url: URL, path: String) -> Bool {
        guard let ownPath = self.path else { return false }
        return path == ownPath && PlainAddress.host(of: url) == host
    }

    /// The page lists the OIT items: its title or a heading names the hub or an item code, or
    /// five links or more carry item codes.
    mutating func isHub(lexicon: Lexicon, memo: inout LabelMemo) -> Bool {
        if let hub { return hub }
        var coded = 0
        for label in labels where label.hasItemCode {
            coded += 1
            if coded >= 5 { break }
        }
        let answer = coded >= 5 || headings(lexicon: lexicon, memo: &memo).namesHub
        hub = answer
        return answer
    }

    /// The ITA year named in the title or headings ("ITA 2568", "ประจำปีงบประมาณ 2568").
    mutating func year(lexicon: Lexicon, memo: inout LabelMemo) -> Int? {
        headings(lexicon: lexicon, memo: &memo).year
    }

    private mutating func headings(lexicon: Lexicon, memo: inout LabelMemo) -> (namesHub: Bool, year: Int?) {
        if let readings { return readings }
        var year: Int?
        var hub = false
        for text in [page.title] + page.headings.prefix(12).map(\.text) {
            let reading = memo.pageHeading(text, lexicon: lexicon)
            hub = hub || reading.namesHub
            year = year ?? reading.year
        }
        readings = (hub, year)
        return (hub, year)
    }
}
