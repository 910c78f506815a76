import Foundation
import OITChecklists
import OITCore

/// The shipped library and this target's fixtures.
enum LibraryFixtures {
    private static let loaded = Result { () throws(ChecklistLibraryError) in try ChecklistLibrary.bundled() }

    /// The shipped library; a test that needs it fails (not crashes) when it does not load.
    static func library() throws -> ChecklistLibrary {
        try loaded.get()
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// ../shared beside the checkout (`OIT_SHARED` overrides), for the spec files.
    static let shared: URL = {
        if let override = ProcessInfo.processInfo.environment["OIT_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static func sharedText(_ path: String) -> String? {
        try? String(contentsOf: shared.appendingPathComponent(path), encoding: .utf8)
    }

    /// The rows of the first Markdown table in `text` whose header starts with `| firstHeader`.
    static func markdownTable(_ text: String, firstHeader: String) -> [[String]] {
        var rows: [[String]] = []
        var inTable = false
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") else {
                if inTable { break }
                continue
            }
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if !inTable {
                inTable = cells.first == firstHeader
                continue
            }
            if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
            rows.append(cells)
        }
        return rows
    }
}
