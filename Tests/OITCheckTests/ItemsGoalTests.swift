import Foundation
import OITCheck
import OITCore
import OITCrawler
import Testing

/// Early stopping on in-memory sites: a hub that links every item (some missing, some last
/// year's), behind a home page that also leads to many pages of no interest.
@Suite("Stopping a site's crawl once every item is decided")
struct ItemsGoalTests {
    static let start = URL(string: "https://www.tambon.go.th/")!
    static let assessed = FiscalYear(2568)

    /// The site: `missing` items have no link, `stale` ones link last year's edition, and
    /// `activities` pages on places to visit hang off a page the home page links (the first
    /// `onHome` of them off the home page itself), each linking the next three.
    /// `elsewhere` items are linked from a page under a menu entry that names no item
    /// (เอกสารเผยแพร่), listed last on the home page, instead of from the hub.
    static func site(form: Checklist, missing: Set<String> = [], stale: Set<String> = [], elsewhere: Set<String> = [],
                     activities: Int = 60, onHome: Int = 0) -> InMemoryFetcher {
        let fetcher = InMemoryFetcher()
        let base = "https://www.tambon.go.th"
        let lexicon = Repository.library.lexicon
        var hub = "<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</h1>"
        var documents = "<h1>เอกสารเผยแพร่</h1>"
        for item in form.items where !missing.contains(item.code) {
            var block = "<h3>\(item.code) \(item.title)</h3><p>"
            let concepts = item.match == .all ? item.concepts : Array(item.concepts.prefix(1))
            for (number, concept) in concepts.enumerated() {
                let label = (lexicon.concept(concept)?.label.th ?? concept.rawValue) + " " + year(item.period, fresh: !stale.contains(item.code))
                if concept.rawValue == "social-network" {
                    block += "<a href=\"https://www.facebook.com/tambon\">Facebook</a> "
                } else if item.period == .none {
                    let path = "/items/\(item.code)-\(number).html"
                    fetcher.serve(base + path, body: "<title>\(label)</title><h1>\(label)</h1>")
                    block += "<a href=\"\(path)\">\(label)</a> "
                } else {
                    let path = "/files/\(item.code)-\(number).pdf"
                    fetcher.serve(base + path, headers: ["content-type": "application/pdf"], bytes: Array("%PDF-1.4\n".utf8))
                    block += "<a href=\"\(path)\">\(label)</a> "
                }
            }
            block += "</p>"
            if elsewhere.contains(item.code) { documents += block } else { hub += block }
        }
        fetcher.serve(base + "/ita.html", body: "<title>ITA 2568</title>" + hub)
        fetcher.serve(base + "/documents.html", body: "<title>เอกสารเผยแพร่</title>" + documents)
        let travel = (1...activities).map { "<a href=\"/travel/\($0).html\">สถานที่ท่องเที่ยว \($0)</a>" }
        fetcher.serve(base + "/travel.html", body: "<title>สถานที่ท่องเที่ยว</title>" + travel.joined())
        fetcher.serve(base + "/", body: "<title>องค์การบริหารส่วนตำบลตัวอย่าง</title><a href=\"/ita.html\">ITA 2568</a>"
                      + "<a href=\"/travel.html\">สถานที่ท่องเที่ยว</a>" + travel.prefix(onHome).joined()
                      + "<a href=\"/documents.html\">เอกสารเผยแพร่</a>")
        for page in 1...activities {
            let next = (1...3).map { "<a href=\"/travel/\((page + $0 - 1) % activities + 1).html\">สถานที่ท่องเที่ยว</a>" }.joined()
            fetcher.serve(base + "/travel/\(page).html", body: "<title>สถานที่ท่องเที่ยว \(page)</title><p>ชมวิวทุ่งนาและวัดเก่า</p>\(next)")
        }
        return fetcher
    }

    static func year(_ period: PeriodRule, fresh: Bool) -> String {
        switch period {
        case .none: return ""
        case .multiYearIncludingCurrent: return fresh ? "พ.ศ. 2566-2570" : "พ.ศ. 2561-2565"
        case .previousFY: return fresh ? "2567" : "2566"
        case .currentFY, .firstHalfCurrentFY: return fresh ? "2568" : "2567"
        }
    }

    static func check(_ fetcher: InMemoryFetcher, form: Checklist, stopsEarly: Bool) async -> CheckResult {
        await check(fetcher, form: form, goal: { session in
            session.goal(assessing: assessed, stopsEarly: stopsEarly) { _, _ in form }
        })
    }

    static func check(_ fetcher: InMemoryFetcher, form: Checklist, goal make: (CheckSession) -> ItemsGoal) async -> CheckResult {
        let library = Repository.library
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 2, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(concurrency: 2),
                                   client: client, externalClient: nil, opensTargets: true, isLocal: false)
        var goal = make(session)
        let crawl = await session.crawl(from: start, until: &goal)
        return await session.check(crawl, against: form, assessing: assessed, reading: goal.reading)
    }

    static func statuses(_ result: CheckResult) -> [String: ItemStatus] {
        Dictionary(uniqueKeysWithValues: result.items.map { ($0.item.code, $0.status) })
    }

    @Test("items missing or last year's: the same verdicts as reading every page, from far fewer pages",
          arguments: [([], []), (["O3", "O12", "O20"], ["O6", "O14"]), (["O1", "O2"], [])] as [([String], [String])])
    func sameVerdicts(missing: [String], stale: [String]) async throws {
        let (missing, stale) = (Set(missing), Set(stale))
        let form = try #require(Repository.library.checklist(id: "nacc-2568"))
        let full = await Self.check(Self.site(form: form, missing: missing, stale: stale), form: form, stopsEarly: false)
        let early = await Self.check(Self.site(form: form, missing: missing, stale: stale), form: form, stopsEarly: true)
        #expect(Self.statuses(early) == Self.statuses(full))
        let (fullStopped, earlyStopped) = (full.crawl.stoppedEarly, early.crawl.stoppedEarly)
        let (fullPages, earlyPages) = (full.crawl.pages.count, early.crawl.pages.count)
        #expect(!fullStopped)
        #expect(earlyStopped)
        #expect(earlyPages < fullPages / 2)
        for code in missing { #expect(Self.statuses(early)[code] == .missing) }
        for code in stale { #expect(Self.statuses(early)[code] == .stale) }
        // Pages left because they were not needed are not reported as cut off by a limit.
        #expect(early.crawl.cutOffURLCount == full.crawl.cutOffURLCount)
    }

    @Test("an item under a menu entry that names no item is still found: every page one click from home is read first")
    func menuPagesFirst() async throws {
        let form = try #require(Repository.library.checklist(id: "nacc-2568"))
        // 20 pages of no interest come before it on the home page: more than the quiet window.
        let site = { Self.site(form: form, elsewhere: ["O12"], onHome: 20) }
        let early = await Self.check(site(), form: form, stopsEarly: true)
        let full = await Self.check(site(), form: form, stopsEarly: false)
        #expect(Self.statuses(early)["O12"] == .pass)
        #expect(Self.statuses(early) == Self.statuses(full))
        let read = Set(early.crawl.pages.map(\.url.path))
        #expect(read.contains("/documents.html"))
        let stopped = early.crawl.stoppedEarly
        #expect(stopped, "the travel pages two clicks away are left")
    }

    @Test("the goal's classification is the check's: reusing it gives the same report")
    func classificationReused() async throws {
        let form = try #require(Repository.library.checklist(id: "nacc-2568"))
        let fetcher = Self.site(form: form, missing: ["O5"], activities: 10)
        let library = Repository.library
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 2, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                                   client: client, externalClient: nil, opensTargets: true, isLocal: false)
        var goal = session.goal(assessing: Self.assessed, stopsEarly: false) { _, _ in form }
        let crawl = await session.crawl(from: Self.start, until: &goal)
        #expect(goal.reading.classified.count == crawl.pages.filter { $0.document != nil }.count)
        let reused = await session.check(crawl, against: form, assessing: Self.assessed, reading: goal.reading)
        let fresh = await session.check(crawl, against: form, assessing: Self.assessed)
        #expect(reused.pages.map(\.links) == fresh.pages.map(\.links))
        #expect(Self.statuses(reused) == Self.statuses(fresh))
    }
}
