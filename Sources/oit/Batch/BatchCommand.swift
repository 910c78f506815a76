import ArgumentParser
import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler
import OITReport

/// `oit batch SITES.csv --out DIR`: every agency of a province, checked concurrently and politely,
/// each report written as soon as it is done, and the province summary.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Check every site of a CSV (name,url[,type,checklist,amphoe,province]) and summarise the province.",
        discussion: """
        Sites run --jobs at a time; politeness is per host across the whole batch, so districts \
        sharing one platform host are not hit harder together. Each site's JSON, Markdown and HTML \
        report is written to DIR/sites/ as soon as it is finished; DIR/index.html, summary.csv and \
        summary.json sum up the province. A batch stopped at any moment and started again with \
        --resume checks only the sites not yet finished. Bad rows are reported with their line and \
        skipped.

        Examples:
          oit batch province.csv --out results/
          oit batch province.csv --out results/ --resume
          oit batch amphoe.csv --out results/ --checklist amphoe-2567 --fiscal-year 2568 --jobs 8 --interval 0.5
          oit batch thailand.csv --out part-3/ --shard 3/8      # one of 8 machines
        """
    )

    @Argument(help: "The sites CSV: a header row with name and url (and optionally type, checklist, amphoe, province).")
    var sitesFile: String

    @Option(help: "The folder for the reports and the summary.")
    var out: String

    @Option(help: "The form for every site without one of its own (default: the form of each agency's kind).")
    var checklist: String?

    @Option(name: .customLong("fiscal-year"), help: "The fiscal year assessed, e.g. 2568 (default: the current one).")
    var fiscalYear: Int?

    @Option(help: "Sites checked at the same time. Each host is still asked politely (--per-host, --interval) and --concurrency caps requests in flight, so more jobs cost memory, not politeness.")
    var jobs = 64

    @Flag(help: "Keep the sites already finished in --out; check only the others.")
    var resume = false

    @Option(help: ArgumentHelp("""
        Check only part i of n of the CSV (e.g. 3/8), every site of a host in the same part: run the \
        parts on n machines, each with its own --out, then put their sites/ folders in one folder \
        and run --resume there with the whole CSV for one summary.
        """, valueName: "i/n"))
    var shard: String?

    @Flag(name: .customLong("stay-on-site"), help: "Never open links to other sites (e-GP, e-service).")
    var stayOnSite = false

    @OptionGroup var crawl: CrawlArguments
    @OptionGroup var language: LanguageOptions

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        if let shard, BatchShard(shard) == nil { throw ValidationError("--shard takes i/n with 1 <= i <= n, e.g. 3/8") }
    }

    func run() async throws {
        let library = try LibraryLoader.load()
        let assessed = try Clock.assessedYear(fiscalYear)
        let whole = try Self.plan(sitesFile)
        for problem in whole.problems { Console.error("oit: \(sitesFile): \(problem.text(in: language.lang))") }
        guard !whole.sites.isEmpty else {
            throw CLIFailure.usage(th: "\(sitesFile): ไม่มีเว็บไซต์ให้ตรวจ", en: "\(sitesFile): no site to check")
        }
        let part = shard.flatMap(BatchShard.init)
        let plan = part.map(whole.part) ?? whole
        if let part, plan.sites.isEmpty {
            Console.out(language.lang == .th
                ? "ส่วนที่ \(part) ของ \(sitesFile) ไม่มีเว็บไซต์ใดจาก \(whole.sites.count) แห่ง: ไม่มีอะไรต้องตรวจ"
                : "part \(part) of \(sitesFile) holds none of its \(whole.sites.count) sites: nothing to check")
            return
        }
        let forms = try Self.forms(for: plan, batchDefault: checklist, library: library)
        let folder = try BatchFolder(path: out)
        let context = ReportContext(language: language.lang, checkedOn: try Clock.today())

        // One client for the batch: one host limiter and one robots.txt cache for every site.
        let fetcher = CurlFetcher(userAgent: crawl.userAgent, connectionsPerHost: crawl.perHost)
        let first = SiteInput(start: plan.sites[0].url, fetcher: fetcher, isLocal: false)
        let session = try crawl.session(for: first, library: library, otherSites: !stayOnSite)

        let store = SummaryStore(plan: plan)
        var toRun: [BatchSite] = []
        for site in plan.sites {
            if resume, let report = folder.finished(site) { store.finished(site, report) } else { toRun.append(site) }
        }
        if resume && toRun.count < plan.sites.count {
            let finished = plan.sites.count - toRun.count
            Console.error(language.lang == .th
                ? "oit: ทำต่อจากครั้งก่อน: ตรวจเสร็จแล้ว \(finished) จาก \(plan.sites.count) แห่ง"
                : "oit: resuming: \(finished) of \(plan.sites.count) sites already finished")
        }
        let progress = ProgressLine(quiet: quiet)
        let state = BatchProgress(total: plan.sites.count, alreadyDone: plan.sites.count - toRun.count)
        let failures = FailureLog()
        await BatchRunner(jobs: jobs).run(toRun) { event in
            switch event {
            case .started(let site): state.started(site)
            case .finished(let site, _): state.finished(site)
            }
            progress.update(state.line(in: language.lang))
        } work: { site in
            var goal = session.goal(assessing: assessed, stopsEarly: !crawl.noEarlyStop) { start, title in
                library.form(named: forms[site.slug], type: site.type, start: start, homeTitle: title) ?? library.checklists[0]
            }
            let crawlResult = await session.crawl(from: site.url, until: &goal) { crawled in
                state.pagesRead(site, crawled.pagesFetched)
                progress.update(state.line(in: language.lang))
            }
            let form = library.form(named: forms[site.slug], type: site.type, for: crawlResult) ?? library.checklists[0]
            let result = await session.check(crawlResult, against: form, assessing: assessed, reading: goal.reading)
            do {
                store.finished(site, try folder.write(site, result: result, context: context).forSummary())
                // The summary is rewritten as sites finish, at most every few seconds: writing
                // it after every site would cost time in the square of the sites.
                if store.summaryDue() { try folder.writeSummary(store.summary, context: context) }
            } catch {
                let message = (error as? CLIFailure)?.message ?? LocalizedText(th: "", en: "\(error)")
                failures.add(.failed(th: "\(site.name): \(message.text(in: .th))", en: "\(site.name): \(message.en)"))
            }
        }
        progress.finish()
        let summary = store.summary
        try folder.writeSummary(summary, context: context)
        let unreachable = summary.entries.filter(\.isUnreachable).map(\.site.name)
        let ready = summary.entries.filter(\.isReady).count
        let index = folder.root.appendingPathComponent("index.html").path
        Console.out(language.lang == .th
            ? "ตรวจแล้ว \(summary.entries.count) แห่ง พร้อม \(ready) แห่ง (85 คะแนนขึ้นไป) ยังไม่พร้อม "
                + "\(summary.entries.count - ready) แห่ง; สรุป: \(index)"
            : "\(summary.entries.count) sites checked, \(ready) ready (85 or more), "
                + "\(summary.entries.count - ready) not; summary: \(index)")
        if !unreachable.isEmpty {
            Console.error(language.lang == .th
                ? "oit: อ่านเว็บไซต์ไม่ได้ \(unreachable.count) แห่ง: \(unreachable.joined(separator: ", "))"
                : "oit: could not read \(unreachable.count) site(s): \(unreachable.joined(separator: ", "))")
        }
        if let failure = failures.first { throw failure }
    }

    static func plan(_ path: String) throws(CLIFailure) -> BatchPlan {
        let text: String
        do {
            text = try TextFile.read(path)
        } catch {
            throw .usage(th: "อ่านไฟล์ CSV รายชื่อเว็บไซต์ \(path) ไม่ได้: \(error.description)",
                         en: "cannot read the sites CSV \(path): \(error.description)")
        }
        do {
            return try BatchPlan.read(text)
        } catch {
            throw .usage(th: "\(path): \(error.explanation.th)", en: "\(path): \(error.explanation.en)")
        }
    }

    /// The form of each site that names one (its own, or the batch's); the others get their kind's default.
    static func forms(for plan: BatchPlan, batchDefault: String?, library: ChecklistLibrary) throws(CLIFailure) -> [String: Checklist] {
        var resolved: [String: Checklist] = [:]
        var byID: [String: Checklist] = [:]
        func load(_ id: String) throws(CLIFailure) -> Checklist {
            if let form = byID[id] { return form }
            let form = try LibraryLoader.checklist(id, in: library)
            byID[id] = form
            return form
        }
        let fallback = try batchDefault.map { id throws(CLIFailure) in try load(id) }
        for site in plan.sites {
            if let id = site.checklist {
                do {
                    resolved[site.slug] = try load(id)
                } catch {
                    throw .usage(th: "บรรทัด \(site.line): \(error.message.text(in: .th))",
                                 en: "line \(site.line): \(error.message.en)")
                }
            } else if let fallback {
                resolved[site.slug] = fallback
            }
        }
        return resolved
    }
}

/// The finished sites' reports (without their links), for the summary.
private final class SummaryStore: @unchecked Sendable {
    private let lock = NSLock()
    private let plan: BatchPlan
    private var reports: [String: JSONReport] = [:]
    private var summaryWritten: Date?
    /// Seconds between two interim summaries.
    private let summaryInterval: Double = 5

    init(plan: BatchPlan) {
        self.plan = plan
    }

    /// Whether an interim summary is due (the first one at once, then every few seconds); if so,
    /// it counts as written.
    func summaryDue(now: Date = Date()) -> Bool {
        lock.withLock {
            if let last = summaryWritten, now.timeIntervalSince(last) < summaryInterval { return false }
            summaryWritten = now
            return true
        }
    }

    func finished(_ site: BatchSite, _ report: JSONReport) {
        lock.withLock { reports[site.slug] = report }
    }

    var summary: ProvinceSummary {
        lock.withLock { ProvinceSummary(entries: plan.sites.map { ProvinceSummary.Entry(site: $0, report: reports[$0.slug]) }) }
    }
}

/// Sites whose reports could not be written.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [CLIFailure] = []

    func add(_ failure: CLIFailure) { lock.withLock { failures.append(failure) } }
    var first: CLIFailure? { lock.withLock { failures.first } }
}
