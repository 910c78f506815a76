import Foundation
@testable import OITCheck
import OITCore
import Testing

/// Reading a coordinator's sites CSV, and running a batch a few sites at a time.
@Suite("Batch plans and runs")
struct BatchPlanTests {
    @Test("rows become sites; bad rows are reported with their line and left out")
    func rows() throws {
        let csv = """
        \u{FEFF}Name,URL,Type,Amphoe,Province
        "อบต.บ้านใหม่, อำเภอเมือง",www.banmai.go.th,อบต.,เมือง,ตัวอย่าง
        ที่ว่าการอำเภอเมือง,https://www.amphoe.com/am/1234/,amphoe,เมือง,ตัวอย่าง
        ว่าง,,lao,,
        เว้นวรรค,https://bad host.go.th/,lao,,
        ซ้ำ,http://banmai.go.th/,lao,,
        วิทยาลัยเทคนิค,https://www.tc.ac.th,เอกชน,,

        """
        let plan = try BatchPlan.read(csv)
        #expect(plan.sites.map(\.name) == ["อบต.บ้านใหม่, อำเภอเมือง", "ที่ว่าการอำเภอเมือง", "วิทยาลัยเทคนิค"])
        #expect(plan.sites.map(\.url.absoluteString) == ["https://www.banmai.go.th/", "https://www.amphoe.com/am/1234/", "https://www.tc.ac.th/"])
        #expect(plan.sites.map(\.type) == [.lao, .amphoe, nil])
        #expect(plan.sites.map(\.line) == [2, 3, 7])
        #expect(plan.sites.map(\.slug) == ["banmai.go.th", "amphoe.com-am-1234", "tc.ac.th"])
        #expect(plan.problems.map(\.line) == [4, 5, 6, 7])
        #expect(plan.problems.map(\.skipped) == [true, true, true, false])
        #expect(plan.problems[2].message.contains("already listed on line 2"))
        #expect(plan.problems[3].message.contains("\"เอกชน\""))
    }

    @Test("kinds of agency in English or Thai", arguments: [
        ("pao", AgencyType.lao), ("municipality", .lao), ("district_office", .amphoe), ("provincial_office", .general),
        ("Vocational College", .vocational), ("เทศบาลตำบล", .lao), ("ที่ทำการปกครองอำเภอ", .amphoe), ("general", .general),
    ])
    func kinds(_ word: String, _ expected: AgencyType) {
        #expect(BatchPlan.agencyType(word) == expected)
    }

    @Test("a header without name and url is refused, naming what is missing")
    func header() {
        #expect(throws: BatchPlan.Failure.noHeader(missing: ["url"])) { try BatchPlan.read("ชื่อ,อำเภอ\nx,y\n") }
        #expect(throws: BatchPlan.Failure.empty) { try BatchPlan.read("\n\n") }
    }

    @Test("two sites on one host get two file names")
    func slugs() throws {
        let plan = try BatchPlan.read("name,url\na,https://x.go.th/a\nb,https://x.go.th/a/\nc,https://x.go.th/\n")
        #expect(plan.sites.map(\.slug) == ["x.go.th-a", "x.go.th"])
        let same = try BatchPlan.read("name,url\na,https://x.go.th/a?p=1\nb,https://x.go.th/a?p=2\n")
        #expect(same.sites.map(\.slug) == ["x.go.th-a", "x.go.th-a-2"])
    }

    @Test("a batch runs at most --jobs sites at once, every site once")
    func concurrency() async {
        let sites = (1...9).map { BatchSite(line: $0, name: "s\($0)", url: URL(string: "https://s\($0).go.th/")!, slug: "s\($0)") }
        let counter = Counter()
        await BatchRunner(jobs: 3).run(sites) { site in
            counter.begin(site.slug)
            try? await Task.sleep(nanoseconds: 20_000_000)
            counter.end()
        }
        #expect(counter.peak <= 3 && counter.peak >= 2)
        #expect(counter.seen.sorted() == sites.map(\.slug).sorted())
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var current = 0
        private(set) var peak = 0
        private(set) var seen: [String] = []
        func begin(_ slug: String) { lock.withLock { current += 1; peak = max(peak, current); seen.append(slug) } }
        func end() { lock.withLock { current -= 1 } }
    }

    @Test("a shard is i/n; every site is in exactly one part, and the sites of a host in the same one")
    func shards() throws {
        #expect(BatchShard("3/8")?.index == 3 && BatchShard("3/8")?.count == 8)
        for bad in ["0/8", "9/8", "3", "3/0", "a/b", "/8", "3/8/1"] { #expect(BatchShard(bad) == nil, "\(bad)") }
        let rows = ["name,url"] + (1...60).map { "site \($0),https://www.site\($0).go.th/" }
            + (1...20).map { "district \($0),https://www.amphoe.com/index.php?am=\($0)&pv=90" }
        let plan = try BatchPlan.read(rows.joined(separator: "\n"))
        let parts = (1...4).map { plan.part(try! #require(BatchShard("\($0)/4"))) }
        #expect(parts.map(\.sites.count).reduce(0, +) == plan.sites.count)
        #expect(Set(parts.flatMap { $0.sites.map(\.slug) }) == Set(plan.sites.map(\.slug)))
        #expect(parts.filter { $0.sites.contains { $0.url.host == "www.amphoe.com" } }.count == 1)
        #expect(parts.allSatisfy { !$0.sites.isEmpty }, "60 hosts spread over 4 parts")
    }
}
