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
    /// `activities` pages on places to visit hang off the home page, each linking the next three.
    static func site(form: Checklist, missing: Set<String> = [], stale: Set<String> = [], activities: Int = 60) -> InMemoryFetcher {
        let fetcher = InMemoryFetcher()
        let base = "https://www.tambon.go.th"
        let lexicon = Repository.library.lexicon
        var hub = "<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</h1>"
        for item in form.items where !missing.contains(item.code) {
            hub += "<h3>\(item.code) \(item.title)</h3><p>"
            let concepts = item.match == .all ? item.concepts : Array(item.concepts.prefix(1))
            for (number, concept) in concepts.enumerated() {
                let label = (lexicon.concept(concept)?.label.th ?? concept.rawValue) + " " + year(item.period, fresh: !stale.contains(item.code))
                if concept.rawValue == "social-network" {
                    hub += "<a href=\"https://www.facebook.com/tambon\">Facebook</a> "
                } else if item.period == .none {
                    let path = "/items/\(item.code)-\(number).html"
                    fetcher.serve(base + path, body: "<title>\(label)</title><h1>\(label)</h1>")
                    hub += "<a href=\"\(path)\">\(label)</a> "
                } else {
                    let path = "/files/\(item.code)-\(number).pdf"
                    fetcher.serve(base + path, headers: ["content-type": "application/pdf"], bytes: Array("%PDF-1.4\n".utf8))
                    hub += "<a href=\"\(path)\">\(label)</a> "
                }
            }
            hub += "</p>"
        }
        fetcher.serve(base + "/ita.html", body: "<title>ITA 2568</title>" + hub)
        let photos = (1...activities).map { "<a href=\"/travel/\($0).html\">สถานที่ท่องเที่ยว \($0)</a>" }.joined()
        fetcher.serve(base + "/", body: "<title>องค์การบริหารส่วนตำบลตัวอย่าง</title><a href=\"/ita.html\">ITA 2568</a>\(photos)")
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
        let library = Repository.library
        let client = PoliteClient(fetcher: fetcher, limiter: HostLimiter(perHost: 2, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(concurrency: 2),
                                   client: client, externalClient: nil, opensTargets: true, isLocal: false)
        var goal = session.goal(assessing: assessed, stopsEarly: stopsEarly) { _, _ in form }
        let crawl = await session.crawl(from: start, until: &goal)
        return await session.check(crawl, against: form, assessing: assessed, reading: goal.reading)
    }

    @Test("the goal ranks a link for the crawl as the lexicon does, from the reading it makes anyway")
    func crawlPriorities() throws {
        let library = Repository.library
        let client = PoliteClient(fetcher: InMemoryFetcher(), limiter: HostLimiter(perHost: 2, interval: 0, global: 8))
        let session = CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: CrawlOptions(),
                                   client: client, externalClient: nil, opensTargets: true, isLocal: false)
        let form = try #require(library.checklist(id: "amphoe-2567"))
        var goal = session.goal(assessing: Self.assessed, stopsEarly: true) { _, _ in form }
        var ranks: [Int] = []
        for label in ["การเปิดเผยข้อมูลสาธารณะ (OIT)", "ITA 2568", "โครงสร้างหน่วยงาน", "แผนการจัดซื้อจัดจ้าง ปี 2568",
                      "ข่าวประชาสัมพันธ์", "หน้าแรก", "แบบวัด IIT", "ติดต่อเรา", ""] {
            let ranked = goal.priority(ofLabel: label)
            let rank = try #require(ranked)
            #expect(rank == library.lexicon.crawlPriority(of: NormalizedText(label)), "\(label)")
            ranks.append(rank)
        }
        #expect(Set(ranks).isSuperset(of: [0, 1, 3]))   // the labels above cover every rank
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
