import Foundation
import OITChecklistData
import OITCore

/// The lexicon and the OIT forms the tool ships, with lookups by id, by file and by agency type.
public struct ChecklistLibrary: Sendable {
    public static let environmentVariable = ChecklistData.environmentVariable

    public let lexicon: Lexicon
    /// The shipped forms, sorted by id.
    public let checklists: [Checklist]

    public init(lexicon: Lexicon, checklists: [Checklist]) {
        self.lexicon = lexicon
        self.checklists = checklists.sorted { $0.id < $1.id }
    }

    /// The library shipped with the binary (or the folder `OIT_CHECKLISTS` names).
    public static func bundled() throws(ChecklistLibraryError) -> ChecklistLibrary {
        guard let directory = ChecklistData.directory() else { throw .dataNotFound }
        return try load(directory: directory)
    }

    /// A library read from a folder holding `concepts.yaml` and `forms/*.yaml`.
    public static func load(directory: URL) throws(ChecklistLibraryError) -> ChecklistLibrary {
        let lexicon = try loadLexicon(at: directory.appendingPathComponent("concepts.yaml"))
        let formsDirectory = directory.appendingPathComponent("forms")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: formsDirectory.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw .unreadable(path: formsDirectory.path,
                              reason: "\(directory.path) has no readable forms/ folder; "
                                + "\(environmentVariable) must name a folder with concepts.yaml and forms/")
        }
        var problems: [ChecklistProblem] = []
        var checklists: [Checklist] = []
        for name in names {
            switch try read(formsDirectory.appendingPathComponent(name), lexicon: lexicon) {
            case .success(let checklist): checklists.append(checklist)
            case .failure(let failure): problems += failure.problems
            }
        }
        guard problems.isEmpty else { throw .invalid(ChecklistProblems(problems)) }
        for type in AgencyType.allCases {
            let claiming = checklists.filter { $0.defaultFor.contains(type) }.map(\.id)
            if claiming.count > 1 { throw .conflictingDefaults(agencyType: type.rawValue, ids: claiming) }
        }
        return ChecklistLibrary(lexicon: lexicon, checklists: checklists)
    }

    public static func loadLexicon(at url: URL) throws(ChecklistLibraryError) -> Lexicon {
        let text = try readText(url)
        switch ConceptsReader.read(text, file: url.lastPathComponent) {
        case .success(let lexicon): return lexicon
        case .failure(let problems): throw .invalid(problems)
        }
    }

    /// Reads one checklist file against this library's lexicon.
    public func read(fileAt url: URL) throws(ChecklistLibraryError) -> Result<Checklist, ChecklistProblems> {
        try Self.read(url, lexicon: lexicon)
    }

    public func checklist(id: String) -> Checklist? {
        checklists.first { $0.id == id }
    }

    /// The form used for `type` when none is named.
    public func defaultChecklist(for type: AgencyType) -> Checklist? {
        checklists.first { $0.defaultFor.contains(type) }
    }

    /// A shipped checklist by id, or a checklist file by path.
    public func resolve(_ idOrPath: String) throws(ChecklistLibraryError) -> Checklist {
        if let checklist = checklist(id: idOrPath) { return checklist }
        let looksLikePath = idOrPath.contains("/") || idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml")
        guard looksLikePath || FileManager.default.fileExists(atPath: idOrPath) else {
            throw .unknownChecklist(idOrPath, known: checklists.map(\.id))
        }
        switch try read(fileAt: URL(fileURLWithPath: idOrPath)) {
        case .success(let checklist): return checklist
        case .failure(let problems): throw .invalid(problems)
        }
    }

    // MARK: - Files

    private static func read(_ url: URL, lexicon: Lexicon) throws(ChecklistLibraryError) -> Result<Checklist, ChecklistProblems> {
        ChecklistReader.read(try readText(url), file: displayPath(url), lexicon: lexicon)
    }

    static func readText(_ url: URL) throws(ChecklistLibraryError) -> String {
        do {
            return try TextFile.read(url.path)
        } catch {
            throw .unreadable(path: url.path, reason: error.description)
        }
    }

    /// `forms/amphoe-2567.yaml` for shipped files, the path as given for others.
    private static func displayPath(_ url: URL) -> String {
        let parent = url.deletingLastPathComponent().lastPathComponent
        return parent == "forms" ? "forms/\(url.lastPathComponent)" : url.relativePath
    }
}
