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
        Examples:
          oit check https://www.example.go.th/ --format json --out report.json
          oit check saved-page.html --max-depth 0 --format json
        """
    )

    @Argument(help: "A web address, a saved page, or a mirrored site folder.")
    var site: String

    @Option(help: "Output format: json.")
    var format: String = "json"

    @Option(help: "Write the report to this file instead of standard output.")
    var out: String?

    @OptionGroup var crawl: CrawlArguments

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func run() async throws {
        let library = try LibraryLoader.load()
        let input = try SiteInput.resolve(site, origin: crawl.origin) {
            URLSessionFetcher(userAgent: crawl.userAgent, connectionsPerHost: crawl.perHost)
        }
        let client = try crawl.client(for: input, limiter: crawl.limiter)
        let lexicon = library.lexicon
        let crawler = Crawler(client: client, options: crawl.crawlOptions) { link, _ in
            lexicon.crawlPriority(of: NormalizedText(link.text))
        }
        let result = await crawler.crawl(from: input.start)
        let classifier = LinkClassifier(lexicon: lexicon, forms: library.checklists)
        var links: [LinkRecord] = []
        for page in result.pages {
            guard let document = page.document else { continue }
            for classified in classifier.classify(document) where classified.link.kind == .anchor {
                links.append(LinkRecord(page: page.url.absoluteString, href: classified.link.href,
                                        url: classified.link.url?.absoluteString, text: classified.link.text,
                                        concepts: classified.concepts.map(\.rawValue), basis: classified.basis.rawValue,
                                        dead: classified.link.isDead, line: classified.link.line))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(["links": links]), as: UTF8.self)
        Console.out(json)
    }
}
