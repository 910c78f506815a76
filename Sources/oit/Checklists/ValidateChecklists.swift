import ArgumentParser
import Foundation
import OITChecklists

/// `oit checklists validate FILE...`: every problem of every file, with its line and field.
struct ValidateChecklists: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check checklist files (or concepts.yaml) and report every problem with its line.",
        discussion: """
        Exits 0 when every file is valid, 1 when any has problems.
        Example: oit checklists validate checklists/forms/*.yaml checklists/concepts.yaml
        """
    )

    @Argument(help: "Checklist YAML files, or a concepts.yaml.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to validate") }
    }

    func run() throws {
        let library = try LibraryLoader.load()
        var failures = 0
        for path in files {
            let text: String
            do {
                text = try TextFile.read(path)
            } catch {
                Console.error("\(path): \(error.description)")
                failures += 1
                continue
            }
            switch ChecklistFileCheck.check(text, file: path, lexicon: library.lexicon) {
            case .checklist(let checklist):
                Console.out("\(path): ok, \(checklist.id) (\(checklist.status.rawValue)), \(checklist.items.count) items")
            case .lexicon(let lexicon):
                Console.out("\(path): ok, \(lexicon.concepts.count) concepts, every example matches")
            case .problems(let problems):
                failures += 1
                for problem in problems.problems { Console.error(problem.description) }
            }
        }
        if failures > 0 {
            throw CLIFailure.failed("\(failures) of \(files.count) file(s) have problems")
        }
    }
}
