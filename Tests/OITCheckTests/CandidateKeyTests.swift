import Foundation
import Testing
import OITCore
import OITHTML
@testable import OITCheck

@Suite("One candidate per link and target, whatever page it is on")
struct CandidateKeyTests {
    static func key(text: String = "แผนการจัดซื้อจัดจ้าง", line: Int = 1, headings: [String] = ["ITA"], menu: [String] = ["OIT"],
                    images: [String] = [], target: String = "https://a.go.th/o12", concepts: [ConceptID] = ["procurement-plan"],
                    basis: ClassifiedLink.Basis = .label) -> CandidateKey {
        let link = Link(kind: .anchor, href: "/o12", url: URL(string: "https://a.go.th/o12"), text: text, imageSources: images,
                        deadReason: nil, line: line, headings: headings, menuPath: menu)
        return CandidateKey(ClassifiedLink(link: link, concepts: concepts, basis: basis), target: target)
    }

    @Test("the same link on another line or page is the same candidate")
    func sameLink() {
        #expect(Self.key(line: 1) == Self.key(line: 300))
        #expect(Set([Self.key(line: 1), Self.key(line: 2)]).count == 1)
    }

    @Test("a different label, heading, menu, image, target, concept or basis is another candidate")
    func otherLinks() {
        let base = Self.key()
        let others = [Self.key(text: "แผนจัดซื้อ"), Self.key(headings: ["ITA", "O12"]), Self.key(headings: []),
                      Self.key(menu: ["ข่าว"]), Self.key(images: ["a.png"]), Self.key(target: "https://a.go.th/x"),
                      Self.key(concepts: []), Self.key(basis: .heading),
                      // Texts are compared as bytes: a decomposed form is another key.
                      Self.key(text: "Cafe\u{301}"), Self.key(headings: ["IT", "A"])]
        for other in others { #expect(other != base) }
        #expect(Self.key(text: "Cafe\u{301}") != Self.key(text: "Café"))
        #expect(Set(others + [base]).count == others.count + 1)
    }
}
