import ArgumentParser
import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler
import OITReport
#if canImport(Glibc)
import Glibc
#endif

/// `oit check URL|PATH`: every item of the form, decided, with its evidence.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a site (or a saved page, or a mirrored folder) against an OIT form.",
        discussion: """
        Reads the site as an assessor would, decides every item of the form (pass, stale, broken, \
        missing, review) with the link that shows it, and scores the form. The form is the one of \
        the agency's kind (guessed from the site, or --type) unless --checklist names one. The \
        report goes to standard output or --out (its format from the file name unless --format \
        says), progress to standard error. Exits 1 when the score is under --min-score, 3 when not \
        even the start page could be read; the report is written either way.

        Examples:
          oit check https://www.example.go.th/
          oit check https://www.example.go.th/ --out report.html          # a report to print
          oit check https://www.example.go.th/ --format itas --out itas.csv   # what to enter in ITAS
          oit check https://www.example.go.th/ --checklist nacc-2568 --fiscal-year 2568 --lang en
          oit check ./www.example.go.th                                   # a wget -m mirror, no network
          oit check saved-page.html --max-depth 0 --format json
        """
    )

    @Argument(help: "A web address, a saved page, or a mirrored site folder.")
    var site: String

    @Option(help: "The form: a shipped id (see `oit checklists`) or a checklist YAML file.")
    var checklist: String?

    @Option(help: "The agency's kind, to pick its form when --checklist is not given: amphoe, lao, general, vocational.")
    var type: AgencyType?

    @Option(name: .customLong("fiscal-year"), help: "The fiscal year assessed, e.g. 2568 (default: the current one).")
    var fiscalYear: Int?

    @Option(help: "Report format: terminal, md, html, json, csv, itas (default: from --out's name, else terminal).")
    var format: OutputFormat?

    @Option(help: "Write the report to this file instead of standard output.")
    var out: String?

    @Option(name: .customLong("min-score"), help: "Exit with status 1 when the OIT score is below this (0-100).")
    var minScore: Double?

    @OptionGroup var crawl: CrawlArguments
    @OptionGroup var language: LanguageOptions

    @Flag(name: .customLong("stay-on-site"), help: "Never open links to other sites (e-GP, e-service); they are reported for a person to check.")
    var stayOnSite = false

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score must be between 0 and 100") }
    }

    /// The format asked for, or the one --out's file name implies, or the terminal's.
    var outputFormat: OutputFormat {
        format ?? out.flatMap(OutputFormat.init(fileName:)) ?? .terminal
    }

    func run() async throws {
        let library = try LibraryLoader.load()
        let assessed = try Clock.assessedYear(fiscalYear)
        let input = try SiteInput.resolve(site, origin: crawl.origin) {
            CurlFetcher(userAgent: crawl.userAgent, connectionsPerHost: crawl.perHost)
        }
        let named = try checklist.map { id throws(CLIFailure) -> Checklist in try LibraryLoader.checklist(id, in: library) }
        let output = try out.map(ReportFile.init(path:))
        let session = try crawl.session(for: input, library: library, otherSites: !stayOnSite)
        let progress = ProgressLine(quiet: quiet)
        let type = self.type
        var goal = session.goal(assessing: assessed, stopsEarly: !crawl.noEarlyStop) { start, title in
            library.form(named: named, type: type, start: start, homeTitle: title)
        }
        let lang = language.lang
        let result = await session.crawl(from: input.start, until: &goal) { progress.update($0.line(in: lang)) }
        let form = try defaultChecklist(library.form(named: named, type: type, for: result), kind: type ?? session.agencyType(of: result))
        progress.update(lang == .th ? "ตรวจลิงก์ของ \(form.items.count) ข้อใน \(form.id)"
                                    : "checking the links of \(form.items.count) items of \(form.id)")
        let report = await session.check(result, against: form, assessing: assessed, reading: goal.reading) { done, total in
            progress.update(lang == .th ? "เปิดลิงก์ของ \(form.id) แล้ว \(done) จาก \(total)"
                                        : "verifying links for \(form.id): \(done) of \(total) opened")
        }
        progress.finish()
        let context = ReportContext(language: language.lang, checkedOn: try Clock.today())
        let colour = output == nil && outputFormat == .terminal && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = outputFormat.reporter(colour: colour).render(report, context: context)
        if let output { try output.write(Data(text.utf8)) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
        if result.siteUnreachable { throw CLIFailure.unreachable(result, input: input) }
        if let minScore, report.score.value < minScore {
            throw CLIFailure.failed(th: String(format: "คะแนน OIT %.2f ต่ำกว่า --min-score %g", report.score.value, minScore),
                                   en: String(format: "the OIT score %.2f is below --min-score %g", report.score.value, minScore))
        }
    }

    /// The form chosen, or a usage error naming the agency's kind when none is its default.
    private func defaultChecklist(_ chosen: Checklist?, kind: AgencyType) throws(CLIFailure) -> Checklist {
        guard let form = chosen else {
            throw .usage(th: "ไม่มีแบบตรวจที่ใช้เป็นค่าตั้งต้นสำหรับ \(kind.rawValue) ให้ระบุด้วย --checklist (ดู `oit checklists`)",
                         en: "no shipped form is the default for \(kind.rawValue); name one with --checklist (see `oit checklists`)")
        }
        return form
    }
}
