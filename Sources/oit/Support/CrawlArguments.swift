import ArgumentParser
import Foundation
import OITCore
import OITCheck
import OITChecklists
import OITCrawler

/// The options of every command that fetches a site: limits, politeness, cache, robots.txt.
struct CrawlArguments: ParsableArguments {
    @Option(name: .customLong("max-depth"), help: "Clicks from the start page to follow.")
    var maxDepth = 3

    @Option(name: .customLong("max-pages"), help: "Pages to read at most.")
    var maxPages = 300

    @Option(name: .customLong("max-per-pattern"),
            help: "Pages of one address pattern to read at most: one path with other numbers (/news/1, /news/2, ...) or one query with other values (?id=1, ?id=2, ...); the guard against calendars and endless lists. Default: 120 for paths, 25 for queries.")
    var maxPerPattern: Int?

    @Option(help: "Seconds one request may take.")
    var timeout: Double = 20

    @Option(help: "Seconds the whole site may take.")
    var budget: Double = 900

    @Option(name: .customLong("per-host"), help: "Requests in flight to one host at once.")
    var perHost = 2

    @Option(help: "Seconds each connection to a host waits between its requests: a host is sent at most --per-host requests in any --interval seconds, spread evenly.")
    var interval: Double = 0.25

    @Option(help: "Requests in flight in all.")
    var concurrency = 16

    @Flag(name: .customLong("no-early-stop"),
          help: "Read every page within the limits, even once every item is decided.")
    var noEarlyStop = false

    @Option(help: "Keep responses in this folder, so a re-run asks only what changed.")
    var cache: String?

    @Flag(help: "Use only the --cache folder; never touch the network.")
    var offline = false

    @Flag(name: .customLong("ignore-robots"), help: "Fetch what robots.txt forbids (the report says so).")
    var ignoreRobots = false

    @Option(name: .customLong("user-agent"), help: "The User-Agent to send (name the tool and a contact).")
    var userAgent = ClientOptions.defaultUserAgent

    @Option(help: "For a mirrored folder: the web address it is a copy of.")
    var origin: String?

    func validate() throws {
        guard maxDepth >= 0 else { throw ValidationError("--max-depth must be 0 or more") }
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be 1 or more") }
        if let maxPerPattern, maxPerPattern < 1 { throw ValidationError("--max-per-pattern must be 1 or more") }
        guard timeout > 0, budget > 0 else { throw ValidationError("--timeout and --budget must be more than 0 seconds") }
        guard perHost >= 1, concurrency >= 1 else { throw ValidationError("--per-host and --concurrency must be 1 or more") }
        guard interval >= 0 else { throw ValidationError("--interval cannot be negative") }
        if offline && cache == nil { throw ValidationError("--offline needs --cache DIR (the folder of an earlier run)") }
    }

    func crawlOptions(for input: SiteInput) -> CrawlOptions {
        var traps = TrapGuard.Limits()
        if let maxPerPattern {
            traps.perPathShape = maxPerPattern
            traps.perQueryShape = maxPerPattern
        }
        return CrawlOptions(maxDepth: maxDepth, maxPages: maxPages, concurrency: input.isLocal ? concurrency : min(concurrency, perHost),
                            requestTimeout: timeout, siteBudget: budget, traps: traps)
    }

    /// The client for `input`, with the cache and politeness asked for.
    func client(for input: SiteInput, limiter: HostLimiter) throws(CLIFailure) -> PoliteClient {
        var responseCache: ResponseCache?
        if let cache {
            do {
                responseCache = try ResponseCache(directory: URL(fileURLWithPath: cache), mode: offline ? .offline : .revalidate)
            } catch {
                throw .usage(th: "ใช้ \(cache) เป็นโฟลเดอร์แคชไม่ได้: ตรวจว่าสร้างและเขียนได้",
                             en: "cannot use \(cache) as a cache folder: check that it can be created and written")
            }
        }
        return PoliteClient(fetcher: input.fetcher, limiter: limiter, cache: responseCache,
                            options: ClientOptions(userAgent: userAgent, obeyRobots: !ignoreRobots))
    }

    /// Politeness for a server; none for files on disk, which no one else is waiting for.
    func limiter(for input: SiteInput) -> HostLimiter {
        input.isLocal ? HostLimiter(perHost: concurrency, interval: 0, global: concurrency)
            : HostLimiter(perHost: perHost, interval: interval, global: concurrency)
    }

    /// The session that reads `input` with these options: the site through the cache and
    /// politeness asked for; other sites (for verifying links to them) once per link, without
    /// robots.txt, as a click would; for a mirrored folder, other sites from their own folders.
    /// - Parameter otherSites: whether links to other sites may be opened to verify them.
    func session(for input: SiteInput, library: ChecklistLibrary, otherSites: Bool = true) throws(CLIFailure) -> CheckSession {
        let limiter = limiter(for: input)
        let client = try client(for: input, limiter: limiter)
        let external = otherSites ? PoliteClient(fetcher: input.fetcher, limiter: limiter, cache: nil,
                                                 options: ClientOptions(userAgent: userAgent, obeyRobots: false)) : nil
        return CheckSession(lexicon: library.lexicon, forms: library.checklists, crawlOptions: crawlOptions(for: input),
                            client: client, externalClient: external, opensTargets: !input.isSingleFile,
                            isLocal: input.isLocal)
    }
}

extension CrawlProgress {
    /// One line of progress for standard error, in `language`.
    func line(in language: Language) -> String {
        let last = lastURL?.absoluteString ?? ""
        switch language {
        case .th:
            return "อ่านแล้ว \(pagesFetched) หน้า เอกสาร \(documentsChecked) ไฟล์ รอ \(queued) กำลังอ่าน \(inFlight)  " + last
        case .en:
            return "\(pagesFetched) pages, \(documentsChecked) documents, \(queued) queued, \(inFlight) in flight  " + last
        }
    }
}
