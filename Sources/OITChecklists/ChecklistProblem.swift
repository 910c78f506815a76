/// One thing wrong with a checklist or concepts file, located so that a person can fix it:
/// `forms/x.yaml:42:7: items[3].period: "current" is not a period (none, current-fy, ...)`.
public struct ChecklistProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// Where in the document: `status`, `items[3].period`, `O5.concepts`.
    public let field: String
    public let message: String

    public init(file: String, line: Int?, column: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
    }
}

/// Every problem found in a file, not just the first.
public struct ChecklistProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public let problems: [ChecklistProblem]

    public init(_ problems: [ChecklistProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
