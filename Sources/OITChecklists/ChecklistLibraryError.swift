/// Why a checklist could not be loaded, worded for the person at the terminal.
public enum ChecklistLibraryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The shipped `concepts.yaml` and forms are not where the binary expects them.
    case dataNotFound
    /// A file could not be read; `reason` names the file.
    case unreadable(path: String, reason: String)
    /// A file was read but is not a valid checklist.
    case invalid(ChecklistProblems)
    /// No shipped checklist has this id, and no file has this path.
    case unknownChecklist(String, known: [String])
    /// Two shipped forms claim to be the default for the same agency type.
    case conflictingDefaults(agencyType: String, ids: [String])

    public var description: String {
        switch self {
        case .dataNotFound:
            return "the shipped checklists were not found next to the oit binary; "
                + "set \(ChecklistLibrary.environmentVariable) to a folder with concepts.yaml and forms/"
        case .unreadable(_, let reason):
            return reason
        case .invalid(let problems):
            return problems.description
        case .unknownChecklist(let name, let known):
            return "unknown checklist \"\(name)\"; known: \(known.joined(separator: ", ")) (or give a path to a YAML file)"
        case .conflictingDefaults(let type, let ids):
            return "checklists \(ids.joined(separator: " and ")) are both marked default_for \(type)"
        }
    }
}
