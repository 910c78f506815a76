import Foundation
import OITCheck
import OITHTML
import Testing

/// Classification rules, each shown by a marked HTML fixture: the comment on a link's line says
/// which concepts it must get (`expect: a b`, or `expect: none`).
@Suite("Link classification")
struct LinkClassifierTests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/OITCheckTests/Fixtures")

    struct Marked: CustomStringConvertible {
        let line: Int
        let label: String
        let expected: Set<String>
        let actual: Set<String>
        let basis: ClassifiedLink.Basis
        var description: String {
            "line \(line) \"\(label)\": \(actual.sorted()) by \(basis.rawValue), expected \(expected.sorted())"
        }
    }

    static func marked(_ name: String) throws -> [Marked] {
        let url = fixtures.appendingPathComponent(name)
        let bytes = [UInt8](try Data(contentsOf: url))
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let page = try HTMLDocument.parse(bytes, url: URL(string: "https://www.example.go.th/ita/index.php"))
        let classifier = LinkClassifier(lexicon: Repository.library.lexicon, forms: Repository.library.checklists)
        return classifier.classify(page).compactMap { classified in
            let line = String(lines[classified.link.line - 1])
            guard let marker = line.range(of: "<!-- expect: ") else { return nil }
            let words = line[marker.upperBound...].split(separator: " ").prefix { $0 != "-->" }.map(String.init)
            return Marked(line: classified.link.line, label: classified.link.text,
                          expected: words == ["none"] ? [] : Set(words),
                          actual: Set(classified.concepts.map(\.rawValue)), basis: classified.basis)
        }
    }

    @Test("every marked link gets exactly its concepts", arguments: ["labels.html", "hub.html", "menu.html"])
    func marked(_ name: String) throws {
        let links = try Self.marked(name)
        let markers = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
            .components(separatedBy: "<!-- expect: ").count - 1
        #expect(links.count == markers, "\(name): a marker has no link on its line")
        for link in links {
            #expect(link.actual == link.expected, "\(name) \(link)")
        }
    }

    @Test("a generic label under an item heading is read from the heading")
    func headingBasis() throws {
        let download = try #require(try Self.marked("hub.html").first { $0.label == "ดาวน์โหลด" })
        #expect(download.basis == .heading)
        let code = try #require(try Self.marked("hub.html").first { $0.label == "O12" })
        #expect(code.basis == .code)
    }

    @Test("five links with item codes make a hub page: a name under an item's words then takes them")
    func hubByCodedLinks() throws {
        func person(coded: Int) throws -> ClassifiedLink {
            let codes = (1...coded).map { "<a href='/ita/o\($0).php'>O\($0)</a>" }.joined()
            let html = "<title>หน่วยงานตัวอย่าง</title><p>\(codes)</p><h3>ข้อมูลผู้บริหาร</h3><p><a href='/p/1.php'>นายสมชาย ใจดี</a></p>"
            let page = try HTMLDocument.parse(Array(html.utf8), url: URL(string: "https://www.example.go.th/ita/"))
            let classifier = LinkClassifier(lexicon: Repository.library.lexicon, forms: Repository.library.checklists)
            return try #require(classifier.classify(page).first { $0.link.text == "นายสมชาย ใจดี" })
        }
        let onHub = try person(coded: 5)
        #expect(onHub.concepts.map(\.rawValue) == ["executives"])
        #expect(onHub.basis == .heading)
        let elsewhere = try person(coded: 4)
        #expect(elsewhere.concepts.isEmpty)
    }
}

extension LinkClassifierTests {
    @Test("a link back to its own page (sorting, paging) takes nothing from its URL; one to another page or host does")
    func linkBackToItsPage() throws {
        let html = """
            <p><a href='/procurement/plan.php?sort=date'>เรียงตามวันที่</a>
            <a href='/procurement/plan.php#top'>เรียงตามวันที่</a>
            <a href='/procurement/plan2.php'>เรียงตามวันที่</a>
            <a href='https://www.other.go.th/procurement/plan.php'>เรียงตามวันที่</a></p>
            """
        let page = try HTMLDocument.parse(Array(html.utf8), url: URL(string: "https://www.example.go.th/procurement/plan.php"))
        let classifier = LinkClassifier(lexicon: Repository.library.lexicon, forms: Repository.library.checklists)
        let concepts = classifier.classify(page).map { $0.concepts.map(\.rawValue) }
        #expect(concepts.count == 4)
        #expect(concepts[0].isEmpty && concepts[1].isEmpty, "\(concepts)")
        #expect(!concepts[2].isEmpty && concepts[3] == concepts[2], "\(concepts)")
    }
}
