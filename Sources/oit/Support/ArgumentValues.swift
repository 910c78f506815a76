import ArgumentParser
import OITCore

extension Language: ExpressibleByArgument {}
extension AgencyType: ExpressibleByArgument {}
extension ChecklistStatus: ExpressibleByArgument {}

/// Options every command that prints for people shares.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the output: th (default) or en.")
    var lang: Language = .th
}
