import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `oit demo`: a made-up province of eight agencies served on this machine, checked as a
/// coordinator's batch, with no network: what oit does, in a minute.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Check a made-up province served on this machine (no network needed) and write its summary.",
        discussion: """
        Serves fixtures/demo-province (eight agency sites: nearly complete and poor ones, two \
        districts sharing www.amphoe.com, one site that is down) on 127.0.0.1, runs `oit batch` on \
        its sites.csv, and says where the province summary is.

        Examples:
          oit demo
          oit demo --out /tmp/demo --lang en
        """
    )

    @Option(help: "The demo province folder (default: fixtures/demo-province of this checkout).")
    var province: String?

    @Option(help: "The folder for the reports and the summary.")
    var out = "oit-demo"

    @OptionGroup var language: LanguageOptions

    @Flag(help: "No progress on standard error.")
    var quiet = false

    func run() async throws {
        let folder = try Self.locate(province)
        let fiscalYear = Self.fiscalYear(in: folder)
        let server: DemoServer
        do {
            server = try await DemoServer(province: folder)
        } catch {
            throw CLIFailure.failed(th: "เปิดเซิร์ฟเวอร์สาธิตบน 127.0.0.1 ไม่ได้: \(error)", en: "cannot serve the demo on 127.0.0.1: \(error)")
        }
        // Every request of this run goes to the demo server, as through a web proxy.
        setenv("http_proxy", "http://127.0.0.1:\(server.port)", 1)
        setenv("HTTP_PROXY", "http://127.0.0.1:\(server.port)", 1)
        unsetenv("no_proxy")
        unsetenv("NO_PROXY")
        if !quiet {
            Console.error("oit: serving the demo province \(folder.path) on 127.0.0.1:\(server.port); "
                + "one of its sites is down on purpose")
        }
        var arguments = [folder.appendingPathComponent("sites.csv").path, "--out", out, "--fiscal-year", "\(fiscalYear)",
                         "--stay-on-site", "--interval", "0.05", "--lang", language.lang.rawValue]
        if quiet { arguments.append("--quiet") }
        do {
            let batch = try BatchCommand.parse(arguments)
            try await batch.run()
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The province folder: as given, in the current folder's checkout, or in the checkout the
    /// binary was built in (`.build/<platform>/<configuration>/oit`).
    static func locate(_ given: String?) throws(CLIFailure) -> URL {
        let relative = "fixtures/demo-province"
        var candidates: [URL] = []
        if let given { candidates.append(URL(fileURLWithPath: given)) }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relative))
        var binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(binary.appendingPathComponent(relative))
            binary.deleteLastPathComponent()
        }
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("sites.csv").path) }
        guard let found else {
            if let given {
                throw .usage(th: "\(given) ไม่มี sites.csv ของจังหวัดสาธิต", en: "\(given) holds no sites.csv of a demo province")
            }
            throw .usage(th: "หา fixtures/demo-province ไม่พบ: รัน oit demo ในโฟลเดอร์ของ oit-check หรือระบุ --province DIR",
                         en: "cannot find fixtures/demo-province: run oit demo in the oit-check checkout, or give --province DIR")
        }
        return found.standardizedFileURL
    }

    /// The fiscal year the demo sites were written for (expected.json), else 2568.
    static func fiscalYear(in folder: URL) -> Int {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("expected.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let year = object["fiscal_year"] as? Int else { return 2568 }
        return year
    }
}
