import ArgumentParser

/// `oit checklists`: the OIT forms as data.
struct ChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists",
        abstract: "List, show, validate and import OIT forms (checklists).",
        discussion: """
        Examples:
          oit checklists
          oit checklists show nacc-2568 --lang en
          oit checklists validate checklists/forms/*.yaml
          oit checklists import official-form.csv --id amphoe-2568 --agency-type amphoe --out amphoe-2568.yaml
        """,
        subcommands: [ListChecklists.self, ShowChecklist.self, ValidateChecklists.self, ImportForm.self],
        defaultSubcommand: ListChecklists.self
    )
}
