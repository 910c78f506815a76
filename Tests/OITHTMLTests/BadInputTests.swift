import Foundation
import Testing
@testable import OITHTML

@Suite("Empty, binary and truncated input")
struct BadInputTests {
    @Test("files that are not pages are refused with a reason",
          arguments: [("empty.html", HTMLParseError.empty), ("blank.html", .empty),
                      ("not-a-page.pdf", .binary(kind: "PDF")), ("plain.txt", .notHTML)])
    func refused(_ name: String, _ expected: HTMLParseError) throws {
        let bytes = try Fixture.bytes(name)
        #expect(throws: expected) { try HTMLDocument.parse(bytes) }
    }

    @Test("binary data with NUL bytes is refused")
    func nulBytes() {
        #expect(throws: HTMLParseError.binary(kind: "binary")) {
            try HTMLDocument.parse([0x3C, 0x68, 0x00, 0x01, 0x02, 0x3C, 0x61, 0x3E])
        }
        #expect(throws: HTMLParseError.binary(kind: "PNG image")) {
            try HTMLDocument.parse([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
        }
    }

    @Test("a page cut inside a tag is read up to the cut and reported truncated")
    func cutInsideTag() throws {
        let page = try Fixture.page("truncated-tag.html")
        #expect(page.issues.contains(.truncated(.insideTag)))
        #expect(page.links.first?.href == "first.html")
    }

    @Test("a page cut inside a Thai character is reported truncated")
    func cutInsideCharacter() throws {
        let page = try Fixture.page("truncated-utf8.html")
        #expect(page.issues.contains(.truncated(.insideCharacter)))
        #expect(page.links.map(\.text) == ["โครงสร้าง"])
    }

    @Test("where a cut falls is found as a plain backward search finds it, whatever the mix of comments and tags")
    func truncationAgainstReference() {
        let pieces = ["<!--", "-->", "<!-->", "<", ">", "<a href='x'>", "</p>", "<b", "</", "x", "ก", "  ", "\n", "-", "!"]
            .map { Array($0.utf8) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                bytes += pieces.randomElement(using: &generator)!
                bytes += Array(repeating: UInt8(ascii: "y"), count: Int.random(in: 0...11, using: &generator))
            }
            #expect(ContentSniffer.truncation(of: bytes) == Self.referenceTruncation(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// The cut found the obvious way: the last `<!--` with no `-->` after it, else a last `<`
    /// opening a tag with no `>` after it.
    static func referenceTruncation(_ utf8: [UInt8]) -> ParseIssue.TruncationPoint? {
        var end = utf8.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(utf8[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        func last(_ pattern: String) -> Int? {
            let pattern = Array(pattern.utf8)
            return stride(from: end - pattern.count, through: 0, by: -1).first { Array(utf8[$0..<$0 + pattern.count]) == pattern }
        }
        if let open = last("<!--"), last("-->").map({ $0 < open }) ?? true { return .insideComment }
        guard let lastOpen = last("<") else { return nil }
        if last(">").map({ $0 < lastOpen }) ?? true, lastOpen + 1 < end {
            let next = utf8[lastOpen + 1]
            if (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next) || next == UInt8(ascii: "/") { return .insideTag }
        }
        return nil
    }

    @Test("a page cut inside a comment is reported truncated")
    func cutInsideComment() throws {
        let page = try HTMLDocument.parse(Array("<p><a href='a'>ก</a><!-- <a href='b'>ข</a>".utf8))
        #expect(page.issues.contains(.truncated(.insideComment)))
        #expect(page.links.map(\.href) == ["a"])
    }

    @Test("every prefix of a page parses or is refused, never crashes")
    func everyPrefix() throws {
        let bytes = try Fixture.bytes("hub-2568.html") + Fixture.bytes("tis620-meta.html")
        for length in stride(from: 0, through: bytes.count, by: 7) {
            do {
                let page = try HTMLDocument.parse(Array(bytes[0..<length]))
                #expect(page.links.count <= 11)
            } catch {
                #expect([HTMLParseError.empty, .notHTML].contains(error))
            }
        }
    }

    @Test("a parsed page is a plain value that crosses tasks")
    func concurrentParsing() async throws {
        let bytes = try Fixture.bytes("hub-2568.html")
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { (try? HTMLDocument.parse(bytes))?.links.count ?? -1 }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 7, count: 16))
    }
}
