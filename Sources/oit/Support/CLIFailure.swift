import OITCore

/// An error the command reports in a line or two, in the user's language, and turns into an
/// exit status.
struct CLIFailure: Error, CustomStringConvertible {
    let message: LocalizedText
    let exitCode: Int32

    /// The run finished but its result is not clean (a score under the bar, unmapped rows): status 1.
    static func failed(th: String, en: String) -> CLIFailure {
        CLIFailure(message: LocalizedText(th: th, en: en), exitCode: ExitStatus.failed)
    }

    /// The command was asked for something it cannot do as given: status 2.
    static func usage(th: String, en: String) -> CLIFailure {
        CLIFailure(message: LocalizedText(th: th, en: en), exitCode: ExitStatus.usage)
    }

    /// For what is said in English only: the checklist authors' commands, and the shipped
    /// checklists failing to load (a fault of the build, not of the user's input).
    static func failed(_ english: String) -> CLIFailure { failed(th: "", en: english) }
    static func usage(_ english: String) -> CLIFailure { usage(th: "", en: english) }

    var description: String { message.en }
}

/// A command whose output is in a language the user chose (`--lang`): its failures are too.
protocol SpeaksLanguage {
    var outputLanguage: Language { get }
}

/// The exit statuses of `oit`, the same for every subcommand.
enum ExitStatus {
    static let success: Int32 = 0
    /// Completed, but the result is below the bar (a score under --min-score, invalid files).
    static let failed: Int32 = 1
    /// Bad arguments, unknown checklist, unreadable input, unwritable output.
    static let usage: Int32 = 2
    /// The site could not be checked at all.
    static let unreachable: Int32 = 3
}
