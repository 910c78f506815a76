import Testing
@testable import OITHTML

@Suite("Elements the page reader knows by name")
struct ElementTests {
    @Test("a name read from libxml2's bytes is the element its table names, short names packed or long")
    func namesFromBytes() {
        #expect(Element.table.count > 50)
        for (name, element) in Element.table {
            #expect(Self.element(name) == element, "\(name)")
        }
        #expect(Element.table.keys.contains { $0.utf8.count > 8 })      // "blockquote", "figcaption"
    }

    @Test("names the table lacks are inline, whatever their length or how they begin",
          arguments: ["", "x", "span", "h7", "lis", "ahref", "tablexyz", "blockquot", "blockquotes", "sectionx", "templates"])
    func unknownNames(_ name: String) {
        #expect(Self.element(name) == .inline)
    }

    static func element(_ name: String) -> Element {
        Array(name.utf8 + [0]).withUnsafeBufferPointer { Element(name: $0.baseAddress!) }
    }
}
