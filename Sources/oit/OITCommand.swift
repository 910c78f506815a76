import ArgumentParser

/// `oit`: checks that a Thai agency's website publishes the OIT items of the ITA.
struct OITCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oit",
        abstract: "Check a Thai agency's website against the OIT (open data) items of the ITA.",
        discussion: """
        The ITA (การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ) scores every Thai \
        agency; its OIT part asks each agency to publish some 25-45 items on its own website. oit \
        knows those forms as data and checks a site against them.

        Examples:
          oit checklists                      list the forms that ship with oit
          oit checklists show amphoe-2567     the district-office form, item by item
          oit checklists validate my-form.yaml
          oit checklists import form.csv --id dopa-2568 --agency-type amphoe
        """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, BatchCommand.self, DiffCommand.self, DemoCommand.self, ChecklistsCommand.self, CrawlCommand.self]
    )
}
