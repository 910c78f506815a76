/// One record of a CSV file, with the line it starts on (a quoted field may span lines).
public struct CSVRecord: Hashable, Sendable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, trimmed; empty when the record is shorter.
    public subscript(index: Int) -> String {
        index < fields.count ? fields[index].trimmingSpaces() : ""
    }

    /// Whether every field is blank.
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces().isEmpty } }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, ThaiText.isWhitespace(first.value) { scalars.removeFirst() }
        while let last = scalars.last, ThaiText.isWhitespace(last.value) { scalars.removeLast() }
        return String(scalars)
    }
}
