import OITCore

/// A form read from a spreadsheet: the checklist made of it, and the rows that need a person.
public struct FormImport: Sendable {
    /// A row whose title names no concept of the lexicon: kept with no concepts, to be filled in.
    public struct UnmappedRow: Hashable, Sendable {
        public let line: Int
        public let code: String
        public let title: String

        public init(line: Int, code: String, title: String) {
            self.line = line
            self.code = code
            self.title = title
        }
    }

    /// A row that could not become an item at all.
    public struct RejectedRow: Hashable, Sendable {
        public let line: Int
        public let reason: String

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    public let checklist: Checklist
    public let unmapped: [UnmappedRow]
    public let rejected: [RejectedRow]

    /// Whether every row became an item with concepts.
    public var isComplete: Bool { unmapped.isEmpty && rejected.isEmpty }
}
