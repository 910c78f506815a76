/// An error the command reports in a line or two and turns into an exit status.
struct CLIFailure: Error, CustomStringConvertible {
    let message: String
    let exitCode: Int32

    /// The run finished but its result is not clean (invalid files, unmapped rows): status 1.
    static func failed(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: ExitStatus.failed) }

    /// The command was asked for something it cannot do as given: status 2.
    static func usage(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: ExitStatus.usage) }

    var description: String { message }
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
