import ArgumentParser
import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler

/// `oit check URL|PATH`: every item of the form, decided, with its evidence.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a site (or a saved page, or a mirrored folder) against an OIT form.",
        discussion: """
        Reads the site as an assessor would, decides every item of the form (pass, stale, broken, \
        missing, review) with the link that shows it, and scores the form. The form is the one of \
        the agency's kind (guessed from the site, or --type) unless --checklist names one. The \
        report goes to standard output or --out, progress to standard error. Exits 3 when not \
        even the start page could be read.

        Examples:
          oit check https://www.example.go.th/ --format json --out report.json
          oit check https://www.example.go.th/ --checklist nacc-2568 --fiscal-year 2568
          oit check ./www.example.go.th                     # a wget -m mirror, no network
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

    @Option(help: "Output format: json.")
    var format: String = "json"

    @Option(help: "Write the report to this file instead of standard output.")
    var out: String?

    @OptionGroup var crawl: CrawlArguments
    @OptionGroup var language: LanguageOptions

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        guard format == "json" else { throw ValidationError("--format \(format) is not available yet; use --format json") }
    }

    func run() async throws {
        let library = try LibraryLoader.load()
        let assessed = try Self.fiscalYear(fiscalYear)
        let input = try SiteInput.resolve(site, origin: crawl.origin) {
            URLSessionFetcher(userAgent: crawl.userAgent, connectionsPerHost: crawl.perHost)
        }
        let named = try checklist.map { id throws(CLIFailure) -> Checklist in try Self.resolve(id, in: library) }
        let output = try out.map(ReportFile.init(path:))
        let session = try crawl.session(for: input, library: library)
        let progress = ProgressLine(quiet: quiet)
        let result = await session.crawl(from: input.start) { progress.update($0.line) }
        let form = try named ?? defaultChecklist(library, kind: type ?? session.agencyType(of: result))
        progress.update("checking the links of \(form.items.count) items of \(form.id)")
        let report = await session.check(result, against: form, assessing: assessed) { done, total in
            progress.update("verifying links for \(form.id): \(done) of \(total) opened")
        }
        progress.finish()
        let json: Data
        do {
            json = try JSONReport(report, language: language.lang).encoded()
        } catch {
            throw CLIFailure.failed("could not encode the report: \(error)")
        }
        if let output { try output.write(json) } else { Console.out(String(decoding: json, as: UTF8.self)) }
        if result.siteUnreachable {
            let reason = result.startPage.map { $0.verdict.description } ?? "no answer"
            throw CLIFailure(message: "could not read \(input.start.absoluteString): \(reason)", exitCode: ExitStatus.unreachable)
        }
    }

    /// The form of the agency's kind: --type, else what the site says it is.
    private func defaultChecklist(_ library: ChecklistLibrary, kind: AgencyType) throws(CLIFailure) -> Checklist {
        guard let form = library.defaultChecklist(for: kind) else {
            throw .usage("no shipped form is the default for \(kind.rawValue); name one with --checklist (see `oit checklists`)")
        }
        return form
    }

    private static func resolve(_ id: String, in library: ChecklistLibrary) throws(CLIFailure) -> Checklist {
        do {
            return try library.resolve(id)
        } catch {
            throw .usage(error.description)
        }
    }

    /// The fiscal year asked for, in the Buddhist era (a Christian-era year is converted), or the current one.
    static func fiscalYear(_ given: Int?) throws(CLIFailure) -> FiscalYear {
        guard let given else { return try Clock.currentFiscalYear() }
        switch given {
        case 2500...2700: return FiscalYear(given)
        case 1957...2157: return FiscalYear(given + Era.offset)
        case 0...99: return FiscalYear(2500 + given)
        default: throw .usage("--fiscal-year \(given) is not a year; write the Buddhist year, e.g. 2568")
        }
    }
}
