import Foundation
@testable import OITCheck
import OITHTML
import Testing

/// A session's sites share what their classifier has read of labels, headings and URL paths.
@Suite("Label readings shared by a session's sites")
struct LabelReadingsTests {
    static let pages: [HTMLDocument] = ["labels.html", "hub.html", "menu.html"].compactMap { name in
        let url = LinkClassifierTests.fixtures.appendingPathComponent(name)
        guard let bytes = try? Data(contentsOf: url) else { return nil }
        return try? HTMLDocument.parse([UInt8](bytes), url: URL(string: "https://www.example.go.th/ita/\(name)"))
    }

    static func fresh(_ readings: LabelReadings = LabelReadings()) -> LinkClassifier {
        LinkClassifier(lexicon: Repository.library.lexicon, forms: Repository.library.checklists, readings: readings)
    }

    @Test("a site classifies its pages the same with the readings of the sites before it, and reads no label twice")
    func sharedAsAlone() {
        #expect(Self.pages.count == 3)
        let shared = Self.fresh()
        // Each page is a site of its own (its own memo), read twice over: the second round finds
        // every reading made, the first round already shares across its "sites".
        for round in 0..<2 {
            let before = shared.readings.count
            for page in Self.pages {
                var memo = shared.memo()
                let alone = Self.fresh().classify(page)
                #expect(shared.classify(page, memo: &memo) == alone, "round \(round), \(page.url!)")
            }
            if round == 0 { #expect(shared.readings.count > 30) } else { #expect(shared.readings.count == before) }
        }
    }

    @Test("each kind of reading keeps at most its capacity, and what is not kept is read again the same")
    func capacity() {
        let small = Self.fresh(LabelReadings(capacity: 3))
        for page in Self.pages {
            var memo = small.memo()
            #expect(small.classify(page, memo: &memo) == Self.fresh().classify(page))
        }
        // Labels, headings, page headings and paths: three each at most.
        #expect((4...12).contains(small.readings.count), "\(small.readings.count) kept")
    }
}
