import OITChecklists
import OITCore

/// The shipped checklists, with load failures turned into messages.
enum LibraryLoader {
    static func load() throws(CLIFailure) -> ChecklistLibrary {
        do {
            return try ChecklistLibrary.bundled()
        } catch {
            throw CLIFailure(message: error.description, exitCode: ExitStatus.failed)
        }
    }

    /// A shipped checklist by id, or a checklist file by path; an unknown id is a usage error
    /// that names the known ones, an invalid file one that lists its problems.
    static func checklist(_ idOrPath: String, in library: ChecklistLibrary) throws(CLIFailure) -> Checklist {
        do {
            return try library.resolve(idOrPath)
        } catch {
            throw .usage(error.description)
        }
    }
}
