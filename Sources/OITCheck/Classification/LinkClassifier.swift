import Foundation
import OITCore
import OITHTML

/// Gives every link of a page its disclosure concepts: from its own label first; for a label that
/// names nothing ("ดาวน์โหลด", a year, an icon, an item code), from the item heading it stands
/// under, the menu entry it is nested under, or the words of its URL. Menu toggles carry no
/// concept: the links they open do.
public struct LinkClassifier: Sendable {
    public let lexicon: Lexicon
    /// Forms whose item codes can be resolved, by the fiscal year they are for.
    public let forms: [Checklist]
    private let urlWords: URLWords
    /// The readings of labels, headings and paths this classifier has made, for every memo made
    /// with it: one classifier serves all the sites of a session.
    public let readings: LabelReadings

    public init(lexicon: Lexicon, forms: [Checklist], readings: LabelReadings = LabelReadings()) {
        self.lexicon = lexicon
        self.forms = forms
        self.urlWords = URLWords(lexicon: lexicon)
        self.readings = readings
    }

    /// A memo for one site's pages, drawing on the readings of the sites before it.
    public func memo() -> LabelMemo {
        LabelMemo(shared: readings)
    }

    public func classify(_ page: HTMLDocument) -> [ClassifiedLink] {
        var memo = memo()
        return classify(page, memo: &memo)
    }

    /// Classifies `page`'s links, reading each distinct label and heading once per `memo`
    /// (keep one for a site: its menus repeat on every page).
    public func classify(_ page: HTMLDocument, memo: inout LabelMemo) -> [ClassifiedLink] {
        // Every label read once, for its link and for telling a hub page by its coded links.
        let readings = page.links.map { memo.label($0.text, lexicon: lexicon) }
        var context = PageContext(page: page, labels: readings)
        return zip(page.links, readings).map { classify($0, reading: $1, context: &context, memo: &memo) }
    }

    func classify(_ link: Link, reading: LabelMemo.Reading, context: inout PageContext,
                  memo: inout LabelMemo) -> ClassifiedLink {
        // A menu toggle that leads nowhere carries nothing: the links it opens do.
        if link.isToggle && link.isDead { return ClassifiedLink(link: link, concepts: [], basis: .none) }
        let label = reading.label
        // A link to the IIT/EIT surveys names no item.
        if reading.namesSurvey { return ClassifiedLink(link: link, concepts: [], basis: .label) }
        let fromLabel = reading.concepts
        let heading = itemHeading(of: link, context: &context, memo: &memo)
        if !fromLabel.isEmpty {
            // On a hub page, a link under an item heading that names another item is evidence for
            // both; one that names part of the heading's item, repeats its words ("ดูการมีส่วนร่วม"
            // under "การมีส่วนร่วมของผู้บริหาร"), or carries its own code, for itself or the heading.
            if let heading, context.isHub(lexicon: lexicon, memo: &memo), ItemCode.find(in: label) == nil,
               !heading.contains("ita-hub") {
                if Self.echoes(label, heading: link.headings.last) {
                    return ClassifiedLink(link: link, concepts: heading, basis: .heading)
                }
                if Set(heading).isDisjoint(with: fromLabel) {
                    return ClassifiedLink(link: link, concepts: heading + fromLabel, basis: .heading)
                }
            }
            return ClassifiedLink(link: link, concepts: fromLabel, basis: .label)
        }
        // What the label rules out, no heading, menu or URL puts back.
        let ruledOut = reading.ruledOut
        if reading.isPageNumber { return ClassifiedLink(link: link, concepts: [], basis: .none) }
        let generic = reading.isGeneric
        let code = reading.code
        if let code, let concepts = resolve(code, year: context.year(lexicon: lexicon, memo: &memo)), !concepts.isEmpty {
            return ClassifiedLink(link: link, concepts: concepts, basis: .code)
        }
        // An OIT code the form does not have ("O36" under "O10 E-Service") names another item, not the heading's.
        let namesOtherItem = code?.scheme == .oit && code != link.headings.last.flatMap { ItemCode.find(in: NormalizedText($0)) }
        // A label that names nothing takes the heading it stands under: any such label on a hub
        // page or as a sub-item ("- งบลงทุน"); elsewhere only a button word, a date or an icon.
        if !namesOtherItem, let heading = heading?.filter({ !ruledOut.contains($0) }), !heading.isEmpty,
           generic || context.isHub(lexicon: lexicon, memo: &memo) || GenericLabel.isSubItem(link.text),
           generic || !heading.contains("ita-hub") {
            return ClassifiedLink(link: link, concepts: heading, basis: .heading)
        }
        let dependent = generic || GenericLabel.isSubItem(link.text)
        if dependent, let menu = link.menuPath.last {
            let concepts = lexicon.concepts(in: NormalizedText(menu))
                .filter { lexicon.concept($0)?.kind == .disclosure && !ruledOut.contains($0) }
            if !concepts.isEmpty { return ClassifiedLink(link: link, concepts: concepts, basis: .menu) }
        }
        // A link back to the page it is on (pagination, sorting): its URL says nothing new.
        if let url = link.url, case let urlPath = PlainAddress.path(of: url), !context.isSelf(url, path: urlPath) {
            let path = link.imageSources.isEmpty ? urlPath : urlPath + " " + link.imageSources.joined(separator: " ")
            // A link named by an item code is an item, not the hub its URL sits under.
            let fromURL = memo.concepts(inPath: path, words: urlWords)
                .filter { !ruledOut.contains($0) && !(code != nil && $0 == "ita-hub") }
            if !fromURL.isEmpty, generic || !fromURL.contains("ita-hub") {
                return ClassifiedLink(link: link, concepts: fromURL, basis: .url)
            }
        }
        return ClassifiedLink(link: link, concepts: [], basis: .none)
    }

    /// The concepts of the heading a link stands under: its words, or its item code.
    private func itemHeading(of link: Link, context: inout PageContext, memo: inout LabelMemo) -> [ConceptID]? {
        guard let heading = link.headings.last else { return nil }
        let reading = memo.heading(heading, lexicon: lexicon)
        if !reading.concepts.isEmpty { return reading.concepts }
        if let code = reading.code, let resolved = resolve(code, year: context.year(lexicon: lexicon, memo: &memo)),
           !resolved.isEmpty {
            return resolved
        }
        return nil
    }

    /// Whether a label only repeats words of the heading above it ("ดูการมีส่วนร่วม").
    static func echoes(_ label: NormalizedText, heading: String?) -> Bool {
        guard let heading else { return false }
        var core = label.key
        // By characters, as before; the bytes only say when no character can match (most labels).
        for prefix in ["ดู", "เปิด", "อ่าน"] where core.utf8.starts(with: prefix.utf8) && core.hasPrefix(prefix) {
            core = String(core.dropFirst(prefix.count))
        }
        let letters = core.unicodeScalars.filter { (0x0E01...0x0E4E).contains($0.value) || ("a"..."z").contains($0) }
        guard letters.count >= 4 else { return false }
        let words = String(String.UnicodeScalarView(letters))
        let key = NormalizedText(heading).key
        // A match by characters is one by bytes too: the characters' search only where the bytes are.
        return key.containsBytes(of: words) && key.contains(words)
    }

    /// "1", "2", "12": page numbers of a list, not items.
    static func isPageNumber(_ label: NormalizedText) -> Bool {
        let key = label.key
        // A character is a number by its first scalar: most labels fail on their first.
        guard let first = key.unicodeScalars.first, first.properties.numericType != nil else { return false }
        return key.count <= 3 && key.allSatisfy(\.isNumber)
    }

    /// An OIT item code through the form of the year the page names (the latest form when it names none).
    private func resolve(_ code: ItemCode, year: Int?) -> [ConceptID]? {
        guard code.scheme == .oit else { return nil }
        let general = forms.filter { $0.agencyTypes.contains(.general) }
        let form = year.flatMap { year in general.first { $0.fiscalYear.buddhistYear == year } }
            ?? general.max { $0.fiscalYear < $1.fiscalYear }
        return form?.item(code: code.code)?.concepts
    }
}
