import ArgumentParser
import OITCore
import OITReport

extension Language: ExpressibleByArgument {}
extension AgencyType: ExpressibleByArgument {}
extension ChecklistStatus: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Options every command that prints for people shares.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the output: th (default) or en.")
    var lang: Language = .th
}
