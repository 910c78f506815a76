import ArgumentParser
import Foundation
import OITReport

/// `oit diff OLD_DIR NEW_DIR`: what changed between two runs of a batch.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two batch results: per agency, the items fixed, failing again and new, and the score change.",
        discussion: """
        Examples:
          oit diff results-2567-12/ results-2568-01/
          oit diff old/ new/ --format md > changes.md
        """
    )

    @Argument(help: "The earlier batch's --out folder.")
    var old: String

    @Argument(help: "The later batch's --out folder.")
    var new: String

    @Option(help: "terminal or md.")
    var format: OutputFormat = .terminal

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        guard format == .terminal || format == .md else { throw ValidationError("--format must be terminal or md") }
    }

    func run() throws {
        let diff = ProvinceDiff(old: try Self.summary(old), new: try Self.summary(new))
        Console.out(format == .md ? diff.markdown(language: language.lang) : diff.terminal(language: language.lang))
    }

    static func summary(_ folder: String) throws(CLIFailure) -> ProvinceJSON {
        let file = URL(fileURLWithPath: folder).appendingPathComponent("summary.json")
        guard let data = try? Data(contentsOf: file) else {
            throw .usage(th: "\(folder) ไม่มี summary.json: ให้ระบุโฟลเดอร์ --out ของการรัน `oit batch`",
                         en: "\(folder) holds no summary.json: give the --out folder of an `oit batch` run")
        }
        do {
            return try JSONDecoder().decode(ProvinceJSON.self, from: data)
        } catch {
            throw .usage(th: "\(file.path) ไม่ใช่ไฟล์สรุปของ oit batch: \(error)", en: "\(file.path) is not a summary of oit batch: \(error)")
        }
    }
}
