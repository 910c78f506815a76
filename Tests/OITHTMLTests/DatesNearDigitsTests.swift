import Foundation
import Testing
import OITHTML
@testable import OITCore

/// A long text's dates are read in the stretches around its digits (``DigitStretches``), not by
/// normalising all of it: the mentions must be exactly those of the whole text.
@Suite("Dates read near digits, as in the whole text")
struct DatesNearDigitsTests {
    /// The mentions of `text` read whole, as before the stretches.
    static func whole(_ text: String) -> [DateMention] {
        ThaiDateReader.mentions(in: NormalizedText(text))
    }

    @Test("every real page's text (all of it, and the 12,000 bytes a crawl keeps) has the same dates read either way")
    func realPages() throws {
        let pages = try SharedCorpus.pagesAndFixtures()
        var read = 0, mentions = 0
        for url in pages {
            let bytes = [UInt8](try Data(contentsOf: url))
            for limit in [12_000, Int.max] {
                guard let page = try? HTMLDocument.parse(bytes, url: url, contentType: nil, textLimit: limit) else { continue }
                let text = page.text
                let expected = Self.whole(text)
                #expect(ThaiDateReader.mentions(in: text) == expected, "\(url.lastPathComponent), limit \(limit)")
                #expect(page.textUTF8.withUnsafeBufferPointer { ThaiDateReader.mentions(inUTF8: $0) } == expected)
                if let near = ThaiDateReader.mentionsNearDigits(in: text) {
                    #expect(near == expected, "\(url.lastPathComponent), limit \(limit)")
                    read += 1
                    mentions += near.count
                }
            }
        }
        // Not vacuous: the stretches were read, and found dates.
        if SharedCorpus.isAvailable { #expect(read >= 20 && mentions >= 40, "\(read) texts, \(mentions) mentions") }
        #expect(read >= 2, "\(read) texts read in stretches")
    }

    /// Words that dates are made of (prefixes, months, years, days, separators), and pieces of
    /// them that gaps put back together ("ปี งบ ประมาณ พ. ศ." reads as "ปีงบประมาณ พ.ศ.").
    static let dateWords: [String] = [
        "ปี", "งบ", "ประมาณ", "พ.", "ศ.", "ต.", "ค.", "ตุลา", "คม", "f", "y",
        "ปีงบประมาณ", "พ.ศ.", "พ.ศ", "ค.ศ.", "ปีงบฯ", "ปีงบ", "งบประมาณ", "FY", "fy", "ปี", "วันที่", "ตุลาคม", "ต.ค.",
        "ม.ค.", "กันยายน", "January", "Oct", "ถึง", "-", "–", "/", ".", "(", ")", ",",
        "2567", "2566", "2570", "68", "67", "70", "15", "1", "10", "2024", "๒๕๖๗", "๖๘", "๑", "๑๐", "1/10/2567", "2024-10-01",
    ]
    /// Words around them, some of which normalising changes (misspellings, marks to repair, NFC).
    static let fillerWords: [String] = [
        "ประกาศ", "รายงานผลการดำเนินงาน", "ข้อมูล", "กฏหมาย", "งบประมาน", "เเผน", "นํ้า", "ทํา", "ข้้อมูล", "สรา้ง",
        "e\u{301}", "café", "spotify", "ข่าว", "สขร.", "ก", "a", "\u{0E49}", "\u{0E4D}", "\u{0E32}",
    ]
    /// What stands between words: nothing, spaces of every kind, characters normalising removes.
    static let gaps: [String] = [
        "", "", " ", " ", " ", "  ", "\u{A0}", "\t", "\n", "\u{85}", "\u{3000}", "\u{200B}", " \u{200B} ", "\u{FEFF}", "\u{AD}",
    ]

    @Test("generated long texts: dates, prefixes, Thai digits, marks to repair, misspellings, odd spaces, all around stretch edges")
    func generatedTexts() {
        var generator = SystemRandomNumberGenerator()
        var read = 0, fellBack = 0
        for round in 0..<1_500 {
            // Mostly words, with dates now and then: stretches and the gaps between them.
            var parts: [String] = []
            let target = Int.random(in: 1_024...6_000, using: &generator)
            var length = 0
            while length < target {
                let part: String
                if Int.random(in: 0..<30, using: &generator) == 0 {
                    part = (0..<Int.random(in: 1...7, using: &generator)).map { _ in
                        (Int.random(in: 0..<4, using: &generator) == 0 ? Self.fillerWords : Self.dateWords).randomElement(using: &generator)!
                            + Self.gaps.randomElement(using: &generator)!
                    }.joined()
                } else if Int.random(in: 0..<200, using: &generator) == 0 {
                    // A mark typed over and over: stretches shrink once normalised.
                    part = String(repeating: "\u{0E49}", count: Int.random(in: 10...150, using: &generator))
                } else {
                    part = Self.fillerWords.randomElement(using: &generator)! + Self.gaps.randomElement(using: &generator)!
                }
                parts.append(part)
                length += part.utf8.count
            }
            let text = parts.joined()
            let expected = Self.whole(text)
            #expect(ThaiDateReader.mentions(in: text) == expected, "round \(round)")
            #expect(Array(text.utf8).withUnsafeBufferPointer { ThaiDateReader.mentions(inUTF8: $0) } == expected, "round \(round)")
            if let near = ThaiDateReader.mentionsNearDigits(in: text) {
                #expect(near == expected, "round \(round): \(text)")
                read += 1
            } else {
                fellBack += 1
            }
        }
        #expect(read > 500, "\(read) read in stretches, \(fellBack) whole")
    }

    @Test("a mark typed a hundred times before a date leaves too little around it once normalised: the text is read whole")
    func collapsedContext() throws {
        let filler = String(repeating: "ข่าวประชาสัมพันธ์ ", count: 100)
        let text = filler + "แผน" + String(repeating: "\u{0E49}", count: 100) + "ปีงบประมาณ 2567 " + filler
        #expect(ThaiDateReader.mentionsNearDigits(in: text) == nil)
        let mention = try #require(ThaiDateReader.mentions(in: text).first)
        #expect(mention.kind == .fiscalYear && mention.years == 2567...2567)
        #expect(ThaiDateReader.mentions(in: text) == Self.whole(text))
        // Without the marks the stretch is read, and finds the same.
        let plain = filler + "แผนปีงบประมาณ 2567 " + filler
        #expect(ThaiDateReader.mentionsNearDigits(in: plain)?.map(\.text) == ["ปีงบประมาณ 2567"])
    }

    @Test("stretches start after whitespace and end at it, take in every digit with room around it, and do not overlap")
    func stretches() {
        let words = String(repeating: "ข้อความ ", count: 40)
        var text = words + "2567" + words + "๒๕๖๘ 12" + words + "99"
        let stretches = text.withUTF8 { DigitStretches.of($0, reach: 8) }
        #expect(stretches.count == 3)
        let utf8 = Array(text.utf8)
        for (index, range) in stretches.enumerated() {
            #expect(range.lowerBound == 0 || utf8[range.lowerBound - 1] == 0x20)
            #expect(range.upperBound == utf8.count || utf8[range.upperBound] == 0x20)
            if index > 0 { #expect(stretches[index - 1].upperBound < range.lowerBound) }
            let piece = String(decoding: utf8[range], as: UTF8.self)
            #expect(piece.hasPrefix("ข้อความ ข้อความ"))
        }
        #expect(stretches.last?.upperBound == utf8.count)
        // Every digit is in a stretch.
        for (offset, byte) in utf8.enumerated() where (0x30...0x39).contains(byte) {
            #expect(stretches.contains { $0.contains(offset) })
        }
        // A text with no whitespace near its digits is one stretch.
        let unbroken = String(repeating: "ข้อความ", count: 50) + "2567" + String(repeating: "ข้อความ", count: 50)
        var copy = unbroken
        #expect(copy.withUTF8 { DigitStretches.of($0, reach: 8) } == [0..<unbroken.utf8.count])
    }
}
