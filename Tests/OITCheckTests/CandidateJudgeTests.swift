import Foundation
import OITCheck
import OITCore
import OITCrawler
import Testing

/// What an assessor would conclude from one link: reachable, the agency's own, of the period.
@Suite("Candidate verdicts")
struct CandidateJudgeTests {
    typealias F = JudgeFixtures
    let plan = F.item()

    func status(_ link: ClassifiedLink, _ target: Target, item: ChecklistItem? = nil,
                judge: CandidateJudge = F.judge) -> (ItemStatus, Reason?) {
        let candidate = judge.judge(link, on: F.site, target: target, for: item ?? plan)
        return (candidate.status, candidate.reason)
    }

    @Test("a current document passes; its year is read from the label first")
    func pass() {
        let (status, reason) = status(F.link("แผนดำเนินงานประจำปี 2568", href: "/files/plan-2567.pdf"), F.document("/files/plan-2567.pdf"))
        #expect(status == .pass)
        #expect(reason == nil)
    }

    @Test("last year's edition is stale, and the reason names the year and where it was read")
    func stale() throws {
        let (status, reason) = status(F.link("แผนดำเนินงานประจำปี ๒๕๖๗", href: "/files/plan.pdf"), F.document("/files/plan.pdf"))
        #expect(status == .stale)
        let text = try #require(reason)
        #expect(text.th.contains("2567") && text.th.contains("2568"))
        #expect(text.en.contains("link label"))
    }

    @Test("links that lead nowhere, fail or hide behind a login are broken", arguments: [
        ("#", Target.dead(.fragment)),
        ("/x.pdf", Target.failed(.dns(host: "www.tambon.go.th"))),
        ("/x.pdf", Target.failed(.tls("certificate expired"))),
        ("/x.pdf", Target.failed(.redirectLoop([]))),
    ])
    func broken(_ href: String, _ target: Target) {
        #expect(status(F.link("แผนดำเนินงาน 2568", href: href), target).0 == .broken)
    }

    @Test("an error status is broken; 429 and 503 are for a person to look at again")
    func httpStatuses() {
        let link = F.link("แผนดำเนินงาน 2568", href: "/x.pdf")
        #expect(status(link, F.document("/x.pdf", status: 404)).0 == .broken)
        #expect(status(link, F.document("/x.pdf", status: 500)).0 == .broken)
        #expect(status(link, F.document("/x.pdf", status: 429)).0 == .review)
        #expect(status(link, F.document("/x.pdf", status: 503)).0 == .review)
    }

    @Test("soft 404s and login walls are broken; timeouts and robots.txt are review")
    func verdicts() throws {
        let link = F.link("แผนดำเนินงาน 2568", href: "/plan.php")
        #expect(status(link, try F.page("/plan.php", html: "<title>x</title>", verdict: .soft404(.saysNotFound(nil)))).0 == .broken)
        #expect(status(link, try F.page("/plan.php", html: "<title>x</title>", verdict: .loginWall)).0 == .broken)
        #expect(status(link, try F.page("/plan.php", html: "<title>x</title>", verdict: .robotsDisallowed)).0 == .review)
        #expect(status(link, .failed(.timeout(seconds: 20))).0 == .review)
    }

    @Test("a missing file in a saved copy says nothing of the live site")
    func localCopy() {
        let local = CandidateJudge(assessed: FiscalYear(2568), scope: F.scope, isLocal: true)
        let (status, reason) = status(F.link("แผนดำเนินงาน 2568", href: "/x.pdf"), F.document("/x.pdf", status: 404), judge: local)
        #expect(status == .review)
        #expect(reason?.en.contains("saved copy") == true)
    }

    @Test("not opened: review, unless its label already shows last year")
    func notOpened() {
        #expect(status(F.link("แผนดำเนินงาน 2568", href: "/x.pdf"), .unverified(.offline)).0 == .review)
        #expect(status(F.link("แผนดำเนินงาน 2566", href: "/x.pdf"), .unverified(.offline)).0 == .stale)
    }

    @Test("another site is refused unless the item allows it")
    func external() {
        let link = F.link("แผนดำเนินงาน 2568", href: "https://drive.example.com/plan-2568.pdf")
        let target = F.document("https://drive.example.com/plan-2568.pdf")
        #expect(status(link, target).0 == .missing)
        #expect(status(link, target).1?.th.contains("drive.example.com") == true)
        #expect(status(link, target, item: F.item(external: true)).0 == .pass)
    }

    @Test("a social network link passes unopened where the item asks for one")
    func social() {
        let item = F.item("O7", title: "Social Network", concepts: ["social-network"], period: .none, external: true)
        let link = F.link("", href: "https://www.facebook.com/tambon", concepts: ["social-network"], basis: .url)
        #expect(status(link, .unverified(.socialNetwork), item: item).0 == .pass)
    }

    @Test("no year anywhere: review, with what to write")
    func undated() {
        let (status, reason) = status(F.link("แผนดำเนินงาน", href: "/files/plan.pdf"), F.document("/files/plan.pdf"))
        #expect(status == .review)
        #expect(reason?.th.contains("ปีงบประมาณ") == true)
    }

    @Test("the period is read from the PDF's own date when nothing else says it")
    func pdfDate() {
        let link = F.link("ดาวน์โหลด", href: "/files/plan.pdf", basis: .heading, heading: "แผนดำเนินงาน")
        #expect(status(link, F.document("/files/plan.pdf", pdfCreated: "2025-01-15")).0 == .pass)
        #expect(status(link, F.document("/files/plan.pdf", pdfCreated: "2023-01-15")).0 == .stale)
        // A file changed after the year says nothing either way.
        #expect(status(link, F.document("/files/plan.pdf", lastModified: "2026-02-01")).0 == .review)
    }

    @Test("a page is dated by its title before its text")
    func pageTitle() throws {
        let link = F.link("แผนดำเนินงาน", href: "/plan.php")
        let target = try F.page("/plan.php", html: "<title>แผนดำเนินงานประจำปี 2567</title><p>อัปเดต 1 ต.ค. 2567</p>")
        #expect(status(link, target).0 == .stale)
    }

    @Test("a general complaints channel is review for an item that asks for a corruption channel")
    func complaintChannel() throws {
        let item = F.item("O21", title: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", concepts: ["complaint-channel"], period: .none)
        let general = F.link("ร้องเรียน/ร้องทุกข์", href: "/complaint.php", concepts: ["complaint-channel"])
        let page = try F.page("/complaint.php", html: "<title>ร้องเรียนร้องทุกข์</title>")
        #expect(status(general, page, item: item).0 == .review)
        let corruption = F.link("แจ้งเบาะแสการทุจริต", href: "/complaint.php", concepts: ["complaint-channel"])
        #expect(status(corruption, page, item: item).0 == .pass)
        let general2 = F.link("ร้องเรียน/ร้องทุกข์", href: "/complaint.php", concepts: ["complaint-channel"])
        let item2 = F.item("O9", title: "ช่องทางการร้องเรียน", concepts: ["complaint-channel"], period: .none)
        #expect(status(general2, page, item: item2).0 == .pass)
    }
}

extension CandidateJudgeTests {
    @Test("a page's text: any date of the period shows it; only all-older dates make it stale")
    func pageText() throws {
        let report = F.item("O10", title: "รายงานผลการดำเนินงานประจำปี", concepts: ["annual-report"], period: .previousFY)
        let link = F.link("รายงานผลการดำเนินงาน", href: "/report.php", concepts: ["annual-report"])
        let kept = try F.page("/report.php", html: "<title>รายงาน</title><p>รายงานประจำปี 2567</p><p>ข่าว 2568</p>")
        #expect(status(link, kept, item: report).0 == .pass)
        let old = try F.page("/report.php", html: "<title>รายงาน</title><p>รายงานประจำปี 2565</p><p>ปรับปรุง 2566</p>")
        #expect(status(link, old, item: report).0 == .stale)
        let newer = try F.page("/report.php", html: "<title>รายงาน</title><p>ข่าว 2568</p>")
        #expect(status(link, newer, item: report).0 == .review)
    }
}
