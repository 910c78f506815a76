/// The formats a check can be reported in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A table for a terminal, with colours when it is one.
    case terminal
    /// The gap report as Markdown.
    case md
    /// The gap report as one self-contained HTML file.
    case html
    /// The machine-readable report (../shared/DESIGN.md's contract).
    case json
    /// One row per item, for a spreadsheet (UTF-8 with a byte order mark, so Excel shows Thai).
    case csv
    /// One row per item in the shape of the ITAS/ITAP OIT form: มี/ไม่มี and the URL to paste.
    case itas

    /// The format a file name asks for (`report.md`, `report.html`), if any.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        guard let dot = lowered.lastIndex(of: ".") else { return nil }
        switch lowered[lowered.index(after: dot)...] {
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The reporter that writes this format; `colour` is for the terminal only.
    public func reporter(colour: Bool = false) -> any Reporter {
        switch self {
        case .terminal: return TerminalReporter(colour: colour)
        case .md: return MarkdownReporter()
        case .html: return HTMLReporter()
        case .json: return JSONReporter()
        case .csv: return CSVReporter()
        case .itas: return ITASReporter()
        }
    }
}
