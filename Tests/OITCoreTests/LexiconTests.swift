import Testing
@testable import OITCore

@Suite("Lexicon matching")
struct LexiconTests {
    /// A small lexicon written for these tests, so that they do not depend on the shipped data.
    static let lexicon = Lexicon(concepts: [
        Concept(id: "procurement-plan", label: LocalizedText(th: "แผนการจัดซื้อจัดจ้าง", en: "Procurement plan")),
        Concept(id: "procurement-announcements", label: LocalizedText(th: "ประกาศจัดซื้อจัดจ้าง", en: "Announcements"),
                synonyms: ["จัดซื้อจัดจ้าง", "e-GP"], negativeTerms: ["แผน", "สรุปผล"]),
        Concept(id: "procurement-annual-report", label: LocalizedText(th: "รายงานผลการจัดซื้อจัดจ้างประจำปี", en: "Annual")),
        Concept(id: "annual-report", label: LocalizedText(th: "รายงานผลการดำเนินงานประจำปี", en: "Annual report"),
                synonyms: ["รายงานผลการดำเนินงาน"], negativeTerms: ["6 เดือน"]),
        Concept(id: "operations-6-month-report", label: LocalizedText(th: "รายงานผลการดำเนินงาน รอบ 6 เดือน", en: "6-month")),
        Concept(id: "ita-hub", label: LocalizedText(th: "การประเมินคุณธรรมและความโปร่งใส", en: "Hub"), kind: .hub,
                synonyms: ["ITA"]),
        Concept(id: "e-service", label: LocalizedText(th: "E-Service", en: "E-Service")),
        Concept(id: "news", label: LocalizedText(th: "ข่าวประชาสัมพันธ์", en: "News")),
        Concept(id: "powers-duties", label: LocalizedText(th: "อำนาจหน้าที่", en: "Powers"), synonyms: ["ภารกิจ"]),
        Concept(id: "anti-corruption-6-month-report", label: LocalizedText(th: "รายงานป้องกันการทุจริต รอบ 6 เดือน", en: "AC 6"),
                combinations: [["ทุจริต", "6 เดือน"]]),
    ])

    func concepts(_ text: String) -> [ConceptID] {
        Self.lexicon.concepts(in: NormalizedText(text))
    }

    @Test("a phrase inside a longer phrase of another concept gives way")
    func longestPhraseWins() {
        #expect(concepts("รายงานผลการจัดซื้อจัดจ้างประจำปี 2567") == ["procurement-annual-report"])
        #expect(concepts("แผนการจัดซื้อจัดจ้าง") == ["procurement-plan"])
    }

    @Test("a negative term outside the concept's own phrase drops it")
    func negativeTerms() {
        #expect(concepts("ประกาศจัดซื้อจัดจ้าง") == ["procurement-announcements"])
        #expect(concepts("สรุปผลจัดซื้อจัดจ้าง").isEmpty)
        #expect(concepts("รายงานผลการดำเนินงาน รอบ ๖ เดือน") == ["operations-6-month-report"])
        #expect(concepts("รายงานผลการดำเนินงานประจำปี") == ["annual-report"])
    }

    @Test("Thai matches inside words, spaces or not; Latin only as whole words")
    func boundaries() {
        #expect(concepts("ข่าว จัดซื้อ จัดจ้าง") == ["procurement-announcements"])
        #expect(concepts("ITA 2568") == ["ita-hub"])
        #expect(concepts("capital ITAS").isEmpty)
        #expect(concepts("e–Service ยื่นคำร้อง") == ["e-service"])
        #expect(concepts("ระบบ e-GP") == ["procurement-announcements"])
    }

    @Test("several concepts come out in text order, each with the phrase that named it")
    func order() {
        let matches = Self.lexicon.matches(in: NormalizedText("E-Service และ ITA"))
        #expect(matches.map(\.concept) == ["e-service", "ita-hub"])
        #expect(matches[1].phrase == "ITA")
    }

    @Test("in a long label, a common word after another concept is only a mention")
    func mentions() {
        #expect(concepts("1.6 ข่าวประชาสัมพันธ์ การเผยแพร่ข้อมูลข่าวสารอย่างเป็นทางการเกี่ยวกับภารกิจของหน่วยงาน") == ["news"])
        #expect(concepts("ภารกิจ") == ["powers-duties"])
        #expect(concepts("ข่าวประชาสัมพันธ์ ภารกิจ") == ["news", "powers-duties"])
    }

    @Test("a combination names its concept when all its words are there, in any order")
    func combinations() {
        #expect(concepts("รายงานการกำกับติดตามการดำเนินงานการป้องกันการทุจริต รอบ ๖ เดือน") == ["anti-corruption-6-month-report"])
        #expect(concepts("ผลการดำเนินงาน 6 เดือน ด้านทุจริต") == ["anti-corruption-6-month-report"])
        #expect(concepts("รายงานทุจริต").isEmpty)
    }

    @Test("crawl priority: the hub first, then disclosure concepts, then the rest")
    func crawlPriority() {
        #expect(Self.lexicon.crawlPriority(of: NormalizedText("ITA 2568")) == 3)
        #expect(Self.lexicon.crawlPriority(of: NormalizedText("ITA 2568")) > Lexicon.candidatePriority)
        #expect(Self.lexicon.crawlPriority(of: NormalizedText("แผนการจัดซื้อจัดจ้าง")) == 1)
        #expect(Self.lexicon.crawlPriority(of: NormalizedText("แผนการจัดซื้อจัดจ้าง")) < Lexicon.candidatePriority)
        #expect(Self.lexicon.crawlPriority(of: NormalizedText("ภาพกิจกรรม")) == 0)
    }

    @Test("the phrase matcher finds overlapping phrases")
    func phraseMatcher() {
        let matcher = PhraseMatcher(phrases: ["he", "she", "his", "hers", ""])
        let hits = matcher.hits(in: "ushers")
        #expect(Set(hits.map(\.phrase)) == [0, 1, 3])
        #expect(hits.first { $0.phrase == 1 }?.range == 1..<4)
        #expect(hits.first { $0.phrase == 3 }?.range == 2..<6)
        #expect(matcher.hits(in: "").isEmpty)
    }

    @Test("the phrase matcher finds what a plain search finds, in order of where each ends")
    func phraseMatcherAgainstSearch() {
        let alphabet: [Unicode.Scalar] = ["a", "b", "ก", "า", "ร", "é", "😀", " "]
        var generator = SystemRandomNumberGenerator()
        func random(_ lengths: ClosedRange<Int>) -> [Unicode.Scalar] {
            (0..<Int.random(in: lengths, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        for _ in 0..<300 {
            let phrases = (0..<Int.random(in: 1...8, using: &generator)).map { _ in random(0...4) }
            let matcher = PhraseMatcher(phrases: phrases.map { String(String.UnicodeScalarView($0)) })
            for _ in 0..<5 {
                let text = random(0...20) + (Bool.random(using: &generator) ? ["x", "ж"] : [])
                let hits = matcher.hits(in: String(String.UnicodeScalarView(text)))
                var expected = Set<PhraseMatcher.Hit>()
                for (index, phrase) in phrases.enumerated() where !phrase.isEmpty && phrase.count <= text.count {
                    for start in 0...(text.count - phrase.count) where Array(text[start..<start + phrase.count]) == phrase {
                        expected.insert(PhraseMatcher.Hit(phrase: index, range: start..<start + phrase.count))
                    }
                }
                #expect(Set(hits) == expected && hits.count == expected.count)
                #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.upperBound })
            }
        }
    }

    @Test("a describing clause starts at its describing word, counted in key characters")
    func describingClausePosition() {
        let text = NormalizedText("ข่าว ประชาสัมพันธ์ เกี่ยวกับ ภารกิจ ที่ ทำ")
        let first = NormalizedText("ข่าว ประชาสัมพันธ์").key.unicodeScalars.count
        #expect(Lexicon.describingClause(in: text, after: 0) == first)
        // Past the first clause's start, the next one.
        let second = NormalizedText("ข่าว ประชาสัมพันธ์ เกี่ยวกับ ภารกิจ").key.unicodeScalars.count
        #expect(Lexicon.describingClause(in: text, after: first) == second)
        #expect(Lexicon.describingClause(in: text, after: second) == nil)
        #expect(Lexicon.describingClause(in: NormalizedText("ข่าวประชาสัมพันธ์"), after: 0) == nil)
    }

    @Test("a describing clause's position is the key length of the words before it, read as a text of their own")
    func describingClauseAgainstWordsBefore() {
        let pieces = Lexicon.describingWords + ["ข่าว", "ภารกิจ", "ที่ดิน", "ตามนี้", "e-service", "ITA", "2567", "ก", "การ", "-"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = NormalizedText((0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "  "))
            let start = Int.random(in: 0...12, using: &generator)
            // The plain way: at each word after a space that starts with a describing word, the
            // words before normalised and keyed as a text of their own.
            let words = text.value.components(separatedBy: " ")
            let expected = words.indices.dropFirst().lazy.compactMap { index -> Int? in
                guard Lexicon.describingWords.contains(where: { words[index].utf8.starts(with: $0.utf8) }) else { return nil }
                let position = NormalizedText(words[..<index].joined(separator: " ")).key.unicodeScalars.count
                return position > start ? position : nil
            }.first
            #expect(Lexicon.describingClause(in: text, after: start) == expected, "\(text.value) after \(start)")
        }
    }
}
