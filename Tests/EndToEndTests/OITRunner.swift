import Foundation
import Testing

/// Runs the built `oit` binary and captures what it prints, as a user would see it.
struct OITRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum OITRunner {
    /// The folder SwiftPM builds products into; the test bundle sits in it.
    static let productsDirectory: URL = {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }()

    static let binary = productsDirectory.appendingPathComponent("oit")

    /// The repository checkout, for fixtures that live at the top level.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `oit` with `arguments`; the clock is pinned so output that names the current fiscal
    /// year is stable.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> OITRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repository
        var environment = ProcessInfo.processInfo.environment
        environment["OIT_TODAY"] = "2026-11-21"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        return OITRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Compares output with a file in Golden/; `OIT_RECORD_GOLDEN=1` writes the file instead.
/// CI never sets it: a changed report is a failing test until a person records it on purpose.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["OIT_RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        // Decoded by hand: String(contentsOf:) would drop a CSV file's byte order mark.
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(name): run the tests once with OIT_RECORD_GOLDEN=1 and review it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
                ?? "line counts differ: \(expectedLines.count) expected, \(actualLines.count) actual"
            Issue.record("output differs from Golden/\(name) at \(where_)", sourceLocation: sourceLocation)
        }
    }
}

extension OITRunner {
    /// ``run(_:environment:)`` off Swift's cooperative pool, for tests that serve `oit` from an
    /// in-process server while it runs.
    static func runAsync(_ arguments: [String], environment: [String: String] = [:]) async throws -> OITRun {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try run(arguments, environment: environment) })
            }
        }
    }
}
