import Foundation
import Testing
import OITChecklists
import OITCore

@Suite("The shipped checklists")
struct ShippedChecklistTests {
    @Test("every form loads with the number of items its sources give")
    func counts() throws {
        let library = try LibraryFixtures.library()
        let counts = Dictionary(uniqueKeysWithValues: library.checklists.map { ($0.id, $0.items.count) })
        #expect(counts == ["amphoe-2567": 30, "nacc-2563": 43, "nacc-2566": 43, "nacc-2568": 28, "nacc-2569": 26,
                           "vec-2569": 23])
        #expect(library.checklist(id: "amphoe-2567")?.status == .reconstructed)
        #expect(library.checklist(id: "nacc-2569")?.status == .partial)
        let inferred = library.checklist(id: "nacc-2569")?.items.filter(\.titleInferred).map(\.code)
        #expect(inferred == ["O2", "O4", "O5", "O6", "O7"])
    }

    @Test("each agency type has its default form")
    func defaults() throws {
        let library = try LibraryFixtures.library()
        #expect(library.defaultChecklist(for: .amphoe)?.id == "amphoe-2567")
        #expect(library.defaultChecklist(for: .general)?.id == "nacc-2568")
        #expect(library.defaultChecklist(for: .lao)?.id == "nacc-2568")
        #expect(library.defaultChecklist(for: .vocational)?.id == "vec-2569")
    }

    @Test("every item's codes run O1..On in order")
    func codesInOrder() throws {
        for checklist in try LibraryFixtures.library().checklists {
            #expect(checklist.items.map(\.code) == (1...checklist.items.count).map { "O\($0)" }, "\(checklist.id)")
        }
    }

    @Test("every item's own title is recognised as one of its concepts")
    func titlesMatchTheirConcepts() throws {
        let library = try LibraryFixtures.library()
        for checklist in library.checklists {
            for item in checklist.items {
                let found = Set(library.lexicon.concepts(in: NormalizedText(item.title)))
                #expect(!found.isDisjoint(with: item.concepts),
                        "\(checklist.id) \(item.code) \"\(item.title)\" reads as \(found.sorted()), not \(item.concepts)")
            }
        }
    }

    @Test("a shipped form written out and read back is the same form")
    func roundTrip() throws {
        let library = try LibraryFixtures.library()
        for checklist in library.checklists {
            let yaml = ChecklistWriter.yaml(checklist, lexicon: library.lexicon)
            let reread = try ChecklistReader.read(yaml, file: checklist.id, lexicon: library.lexicon).get()
            #expect(reread == checklist, "\(checklist.id) changed on the way through the writer")
        }
    }

    @Test("amphoe-2567 is exactly the 30-item table of spec/amphoe-2567.md",
          .enabled(if: LibraryFixtures.sharedText("spec/amphoe-2567.md") != nil, "../shared/spec is not beside the checkout"))
    func amphoeMatchesSpec() throws {
        let spec = try #require(LibraryFixtures.sharedText("spec/amphoe-2567.md"))
        let rows = LibraryFixtures.markdownTable(spec, firstHeader: "code")
        try #require(rows.count == 30)
        let form = try #require(try LibraryFixtures.library().checklist(id: "amphoe-2567"))
        for (row, item) in zip(rows, form.items) {
            #expect(item.code == row[0])
            #expect(item.title == row[1])
            #expect(item.concepts.map(\.rawValue) == row[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let period = row[3].split(separator: " ").first.map(String.init)
            #expect(item.period.rawValue == period, "\(item.code)")
            #expect(item.externalAllowed == row[3].contains("external allowed") || item.code == "O17", "\(item.code)")
        }
    }

    @Test("every concept id of spec/concepts.md is in the lexicon",
          .enabled(if: LibraryFixtures.sharedText("spec/concepts.md") != nil, "../shared/spec is not beside the checkout"))
    func lexiconCoversSpec() throws {
        let spec = try #require(LibraryFixtures.sharedText("spec/concepts.md"))
        let ids = LibraryFixtures.markdownTable(spec, firstHeader: "id").map { $0[0] }
        try #require(ids.count > 50)
        let lexicon = try LibraryFixtures.library().lexicon
        for id in ids {
            #expect(lexicon.contains(ConceptID(id)), "\(id) is missing from concepts.yaml")
        }
    }
}

@Suite("Each concept against its own examples")
struct ConceptExampleTests {
    static let concepts: [Concept] = (try? LibraryFixtures.library().lexicon.concepts) ?? []

    @Test("examples match the concept, counterexamples do not", arguments: concepts)
    func examples(_ concept: Concept) throws {
        let lexicon = try LibraryFixtures.library().lexicon
        #expect(!concept.examples.isEmpty || concept.kind == .hub)
        for example in concept.examples {
            #expect(lexicon.concepts(in: NormalizedText(example)).contains(concept.id), "\"\(example)\"")
        }
        for counterexample in concept.counterexamples {
            #expect(!lexicon.concepts(in: NormalizedText(counterexample)).contains(concept.id), "\"\(counterexample)\"")
        }
    }
}

extension Concept: CustomTestStringConvertible {
    public var testDescription: String { id.rawValue }
}
