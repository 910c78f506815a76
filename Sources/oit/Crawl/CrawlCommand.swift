import ArgumentParser
import Foundation
import OITCore
import OITCrawler

/// `oit crawl URL|PATH`: reads a site the way `oit check` does and lists what it found.
struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Read a site (or a saved page, or a mirrored folder) and list its pages and documents.",
        discussion: """
        Lists every page read with its HTTP status and what an assessor would see (ok, a soft 404, \
        a login wall, an error), every document checked, and what was skipped and why. Progress \
        goes to standard error. Exits 3 when not even the start page could be read.

        Examples:
          oit crawl https://www.example.go.th/
          oit crawl https://www.example.go.th/ --cache ~/.cache/oit     # a re-run asks only what changed
          oit crawl https://www.example.go.th/ --cache ~/.cache/oit --offline
          oit crawl ./www.example.go.th-mirror                          # wget -m output, no network
          oit crawl saved-page.html
        """
    )

    @Argument(help: "A web address, a saved page, or a mirrored site folder.")
    var site: String

    @OptionGroup var crawl: CrawlArguments
    @OptionGroup var language: LanguageOptions

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func run() async throws {
        let input = try SiteInput.resolve(site, origin: crawl.origin) {
            CurlFetcher(userAgent: crawl.userAgent, connectionsPerHost: crawl.perHost)
        }
        let session = try crawl.session(for: input, library: LibraryLoader.load())
        let progress = ProgressLine(quiet: quiet)
        let lang = language.lang
        let result = await session.crawl(from: input.start) { progress.update($0.line(in: lang)) }
        progress.finish()
        Console.out(CrawlListing(result: result, language: language.lang, options: crawl.crawlOptions(for: input)).render())
        if result.siteUnreachable { throw CLIFailure.unreachable(result, input: input) }
    }
}
