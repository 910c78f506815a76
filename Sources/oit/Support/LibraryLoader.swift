import OITChecklists

/// The shipped checklists, with load failures turned into messages.
enum LibraryLoader {
    static func load() throws(CLIFailure) -> ChecklistLibrary {
        do {
            return try ChecklistLibrary.bundled()
        } catch {
            throw CLIFailure(message: error.description, exitCode: ExitStatus.failed)
        }
    }
}
