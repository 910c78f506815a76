import Foundation
import OITReport
import Testing

/// Comparing two runs of a batch.
@Suite("Batch runs compared")
struct ProvinceDiffTests {
    static func summary(_ sites: String) throws -> ProvinceJSON {
        let json = #"{"schema":"oit-check/province/1","checked_on":"2026-11-21","items":[],"sites":[\#(sites)]}"#
        return try JSONDecoder().decode(ProvinceJSON.self, from: Data(json.utf8))
    }

    static func site(_ name: String, score: Double, items: String) -> String {
        #"{"name":"\#(name)","url":"https://\#(name).go.th/","slug":"\#(name)","line":2,"checked":true,"unreachable":false,"#
            + #""checklist":"nacc-2568","score":\#(score),"items":{\#(items)}}"#
    }

    @Test("fixed, failing again, new, dropped, and the score change")
    func compare() throws {
        let old = try Self.summary([
            Self.site("a", score: 50, items: #""O1":"pass","O2":"missing","O10":"broken""#),
            Self.site("gone", score: 10, items: #""O1":"missing""#),
        ].joined(separator: ","))
        let new = try Self.summary([
            Self.site("a", score: 66.67, items: #""O1":"stale","O2":"pass","O10":"pass","O11":"missing""#),
            Self.site("b", score: 100, items: #""O1":"pass""#),
        ].joined(separator: ","))
        let diff = ProvinceDiff(old: old, new: new)
        let a = try #require(diff.agencies.first { $0.name == "a" })
        #expect(a.fixed == ["O2", "O10"])
        #expect(a.brokenAgain == ["O1"])
        #expect(a.new == ["O11"])
        #expect(a.change == 16.67)
        let b = try #require(diff.agencies.first { $0.name == "b" })
        #expect(b.change == nil && b.new == ["O1"])
        #expect(diff.dropped == ["gone"])
        let markdown = diff.markdown(language: .en)
        #expect(markdown.contains("| a | 50.00 | 66.67 | +16.67 | O2 O10 | O1 | O11 |"))
        #expect(markdown.contains("Not in this run: gone"))
    }
}
