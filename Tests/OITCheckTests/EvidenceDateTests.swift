import Foundation
@testable import OITCheck
import OITCore
import Testing

/// Dates of evidence and the period rules of the forms.
@Suite("Evidence dates against period rules")
struct EvidenceDateTests {
    let fy2568 = FiscalYear(2568)

    func about(_ text: String) -> [EvidenceDate] { EvidenceDate.mentioned(in: text, source: .label) }

    @Test("a year in a label is what the evidence is about", arguments: [
        ("แผนดำเนินงานประจำปี 2568", PeriodRule.currentFY, true),
        ("แผนดำเนินงานประจำปี ๒๕๖๗", .currentFY, false),
        ("รายงานผลการดำเนินงานประจำปี 2567", .previousFY, true),
        ("รายงานผลการดำเนินงานประจำปี 2568", .previousFY, false),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", .multiYearIncludingCurrent, true),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2561-2565)", .multiYearIncludingCurrent, false),
        ("รายงานรอบ 6 เดือน ปีงบประมาณ 2568", .firstHalfCurrentFY, true),
    ])
    func labelYears(_ text: String, _ rule: PeriodRule, _ expected: Bool) throws {
        let date = try #require(about(text).first)
        #expect(date.satisfies(rule, assessing: fy2568) == expected)
    }

    @Test("a month is when it was published: October 2567 belongs to fiscal year 2568")
    func months() throws {
        let october = try #require(about("สขร.1 เดือนตุลาคม 2567").first)
        #expect(october.kind == .published(CalendarMonth(buddhistYear: 2567, month: 10)))
        #expect(october.year == 2568)
        #expect(october.satisfies(.currentFY, assessing: fy2568) == true)
        // Published in the last quarter before the year: a plan for it.
        let july = try #require(about("ประกาศ ณ วันที่ 20 ก.ค. 2567").first)
        #expect(july.satisfies(.currentFY, assessing: fy2568) == true)
        let old = try #require(about("ประกาศ ณ วันที่ 20 ก.พ. 2566").first)
        #expect(old.satisfies(.currentFY, assessing: fy2568) == false)
    }

    @Test("a publication date after the period does not decide")
    func lateDates() {
        let late = EvidenceDate(kind: .published(CalendarMonth(buddhistYear: 2569, month: 2)), source: .lastModified, text: "")
        #expect(late.satisfies(.currentFY, assessing: fy2568) == nil)
        #expect(late.satisfies(.multiYearIncludingCurrent, assessing: fy2568) == nil)
        #expect(late.satisfies(.none, assessing: fy2568) == true)
    }

    @Test("a URL's file name says what it is about; an upload folder says when", arguments: [
        ("https://x.go.th/files/o13-2567.pdf", 2567),
        ("https://x.go.th/wp-content/uploads/2024/11/plan.pdf", 2568),
        ("https://x.go.th/files/plan_2568_final.pdf", 2568),
        ("https://x.go.th/files/%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%97-plan.pdf", 2567),   // ๒๕๖๗, percent-encoded
        ("https://x.go.th/files/%25E0%25B9%2592%25E0%25B9%2595%25E0%25B9%2596%25E0%25B9%2598.pdf", 2568),   // encoded twice
    ])
    func urls(_ url: String, _ year: Int) throws {
        let date = try #require(EvidenceDate.inURL(URL(string: url)!).first)
        #expect(date.year == year)
    }

    @Test("a file name loses its extension as NSString.deletingPathExtension drops it")
    func fileExtensions() {
        let pieces = [".", "..", "a", "plan", "ก", "2567", "_", "-", "pdf", "tar", "é", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let name = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(String(EvidenceDate.withoutExtension(Substring(name))) == (name as NSString).deletingPathExtension,
                    "\(name)")
        }
        #expect(EvidenceDate.inURL(URL(string: "https://x.go.th/2024/11/")!).first?.text == "/2024/11/")
        #expect(EvidenceDate.inURL(URL(string: "https://x.go.th/2024/13/a.pdf")!).isEmpty)
    }

    @Test("a URL with no digit names no date")
    func urlsWithoutDates() {
        #expect(EvidenceDate.inURL(URL(string: "https://x.go.th/about/structure.html")!).isEmpty)
        #expect(EvidenceDate.inURL(URL(string: "https://x.go.th/%E0%B9%81%E0%B8%9C%E0%B8%99.pdf")!).isEmpty)   // แผน
    }
}
