import ArgumentParser
import OITChecklists
import OITCore

/// `oit checklists show ID|FILE`: a form item by item.
struct ShowChecklist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a checklist item by item.",
        discussion: "Example: oit checklists show amphoe-2567"
    )

    @Argument(help: "A checklist id (see `oit checklists`) or a path to a checklist YAML file.")
    var checklist: String

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let library = try LibraryLoader.load()
        let form = try LibraryLoader.checklist(checklist, in: library)
        Console.out(ChecklistSheet(checklist: form, lexicon: library.lexicon, language: language.lang).render())
    }
}
