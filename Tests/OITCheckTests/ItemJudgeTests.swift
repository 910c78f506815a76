import Foundation
import OITCheck
import OITCore
import Testing

/// From candidates to an item's verdict, and from verdicts to the score.
@Suite("Item verdicts and the score")
struct ItemJudgeTests {
    typealias F = JudgeFixtures
    let itemJudge = ItemJudge(lexicon: Repository.library.lexicon, pagesRead: 12, pagesSkipped: 3)

    func candidate(_ text: String, _ href: String, _ target: Target, concepts: [ConceptID] = ["annual-plan"],
                   item: ChecklistItem = F.item(), basis: ClassifiedLink.Basis = .label) -> Candidate {
        F.judge.judge(F.link(text, href: href, concepts: concepts, basis: basis), on: F.site, target: target, for: item)
    }

    @Test("the best candidate decides; the others are listed after it, each target once")
    func bestFirst() {
        let item = F.item()
        let candidates = [
            candidate("แผนดำเนินงาน 2567", "/old.pdf", F.document("/old.pdf")),
            candidate("แผนดำเนินงาน 2568", "#", .dead(.fragment)),
            candidate("แผนดำเนินงาน 2568", "/plan.pdf", F.document("/plan.pdf")),
            candidate("ดาวน์โหลด", "/plan.pdf", F.document("/plan.pdf"), basis: .heading),
        ]
        let result = itemJudge.judge(item, candidates: candidates)
        #expect(result.status == .pass)
        #expect(result.reasons.isEmpty && result.fix == nil)
        #expect(result.evidence.map(\.link.link.href) == ["/plan.pdf", "/old.pdf", "#"])
    }

    @Test("nothing found: missing, saying how far the search went and how to fix it")
    func missing() throws {
        let result = itemJudge.judge(F.item(), candidates: [])
        #expect(result.status == .missing)
        #expect(result.reasons.count == 1)
        let first = try #require(result.reasons.first)
        #expect(first.th.contains("12 หน้า") && first.th.contains("3 หน้า"))
        #expect(first.en.contains("Annual operating plan"))
        #expect(result.fix?.en == "Publish it.")
    }

    @Test("match: all needs every concept; the weakest decides")
    func matchAll() {
        let item = F.item("O1", title: "โครงสร้างและอำนาจหน้าที่", concepts: ["structure", "powers-duties"], match: .all, period: .none)
        let structure = candidate("โครงสร้าง", "/structure.php", F.document("/structure.pdf"), concepts: ["structure"], item: item)
        let duties = candidate("อำนาจหน้าที่", "#", .dead(.fragment), concepts: ["powers-duties"], item: item)
        #expect(itemJudge.judge(item, candidates: [structure]).status == .missing)
        let both = itemJudge.judge(item, candidates: [structure, duties])
        #expect(both.status == .broken)
        #expect(both.evidence.count == 2)
        let anyItem = F.item("O1", title: "โครงสร้าง", concepts: ["structure", "powers-duties"], period: .none)
        #expect(itemJudge.judge(anyItem, candidates: [structure]).status == .pass)
    }

    @Test("the score: 100 per pass over the items; if fixed, all but the missing")
    func score() {
        let score = Score(statuses: [.pass, .pass, .stale, .broken, .review, .missing, .pass])
        #expect(score.passed == 3 && score.items == 7)
        #expect(score.value == 42.86)
        #expect(score.ifFixed == 85.71)
        #expect(!score.meetsPassLine && !score.inTopBand)
        let top = Score(statuses: Array(repeating: .pass, count: 20))
        #expect(top.value == 100 && top.meetsPassLine && top.inTopBand)
        #expect(Score(statuses: []).value == 0)
    }

    @Test("the agency's kind is read from its address and title", arguments: [
        ("https://www.amphoe.com/am/1234/", "หน้าแรก", AgencyType.amphoe),
        ("https://www.tuayang.go.th/", "ที่ว่าการอำเภอตัวอย่าง", .amphoe),
        ("https://www.sao.go.th/", "องค์การบริหารส่วนตำบลบ้านใหม่", .lao),
        ("https://www.tessaban.go.th/", "เทศบาลเมืองตัวอย่าง", .lao),
        ("https://www.tc.ac.th/", "วิทยาลัยเทคนิคตัวอย่าง", .vocational),
        ("https://www.dept.go.th/", "กรมตัวอย่าง", .general),
    ])
    func agencyType(_ url: String, _ title: String, _ expected: AgencyType) {
        #expect(AgencyTypeGuess.guess(start: URL(string: url)!, title: title) == expected)
    }
}
