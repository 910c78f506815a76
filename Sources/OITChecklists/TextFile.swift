import Foundation

/// Reads a UTF-8 text file (a checklist, a lexicon, a form saved as "CSV UTF-8"), dropping a
/// byte order mark, with a reason a person can act on when it cannot.
public enum TextFile {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case noSuchFile(String)
        case isFolder(String)
        case unreadable(String)
        case notUTF8(String)

        public var path: String {
            switch self {
            case .noSuchFile(let path), .isFolder(let path), .unreadable(let path), .notUTF8(let path): return path
            }
        }

        public var description: String {
            switch self {
            case .noSuchFile(let path): return "no such file: \(path)"
            case .isFolder(let path): return "\(path) is a folder, not a file"
            case .unreadable(let path): return "cannot read \(path)"
            case .notUTF8(let path): return "\(path) is not UTF-8 text (save it as UTF-8, or \"CSV UTF-8\" in Excel)"
            }
        }
    }

    public static func read(_ path: String) throws(Failure) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .noSuchFile(path) }
        guard !isFolder.boolValue else { throw .isFolder(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard var text = String(data: data, encoding: .utf8) else { throw .notUTF8(path) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
