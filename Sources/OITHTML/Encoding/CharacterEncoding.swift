import OITCore

/// A character encoding a page can be written in, named by the labels of the WHATWG Encoding
/// Standard. Thai pages are UTF-8 or windows-874, which is what `tis-620`, `iso-8859-11` and
/// `x-cp874` mean to a browser.
public enum CharacterEncoding: Hashable, Sendable, CustomStringConvertible {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    /// Thai: TIS-620 plus a few punctuation marks in 0x80-0x9F.
    case windows874
    /// Western European; also what `iso-8859-1`, `latin1` and `us-ascii` mean to a browser.
    case windows1252
    /// Any other encoding, by the name iconv knows it by.
    case other(String)

    /// The encoding a label names, or nil for an empty or malformed label.
    public init?(label: String) {
        let label = label.trimmingASCIIWhitespace().lowercased()
        guard !label.isEmpty else { return nil }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            self = .utf8
        case "tis-620", "tis620", "windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911",
             "x-cp874", "cp874", "ms874", "windows874", "iso_8859-11", "thai":
            self = .windows874
        case "windows-1252", "x-cp1252", "cp1252", "ansi_x3.4-1968", "ascii", "us-ascii", "cp819",
             "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
             "iso_8859-1:1987", "l1", "latin1", "x-user-defined":
            self = .windows1252
        case "utf-16", "utf-16le", "unicode", "unicodefeff", "ucs-2", "csunicode", "iso-10646-ucs-2":
            self = .utf16LittleEndian
        case "utf-16be", "unicodefffe":
            self = .utf16BigEndian
        default:
            let allowed = label.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.:".unicodeScalars.contains($0)
            }
            guard allowed, label.count <= 40 else { return nil }
            self = .other(label)
        }
    }

    /// The canonical name: `utf-8`, `windows-874`, ...
    public var name: String {
        switch self {
        case .utf8: return "utf-8"
        case .utf16LittleEndian: return "utf-16le"
        case .utf16BigEndian: return "utf-16be"
        case .windows874: return "windows-874"
        case .windows1252: return "windows-1252"
        case .other(let name): return name
        }
    }

    public var description: String { name }
}
