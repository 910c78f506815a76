import OITChecklists
import OITCore

/// The shipped checklists, with load failures turned into messages.
enum LibraryLoader {
    static func load() throws(CLIFailure) -> ChecklistLibrary {
        do {
            return try ChecklistLibrary.bundled()
        } catch {
            throw .failed(error.description)
        }
    }

    /// A shipped checklist by id, or a checklist file by path; an unknown id is a usage error
    /// that names the known ones, an invalid file one that lists its problems.
    static func checklist(_ idOrPath: String, in library: ChecklistLibrary) throws(CLIFailure) -> Checklist {
        do {
            return try library.resolve(idOrPath)
        } catch .unknownChecklist(let name, let known) {
            throw .usage(th: "ไม่รู้จักแบบตรวจ \"\(name)\" แบบที่มี: \(known.joined(separator: ", ")) (หรือระบุที่อยู่ไฟล์ YAML)",
                         en: ChecklistLibraryError.unknownChecklist(name, known: known).description)
        } catch {
            // A checklist file's problems, named in the file's own terms.
            throw .usage(error.description)
        }
    }
}
