import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files written whole or not at all: to `NAME.XXXXXXXX.partial` beside the target, then renamed
/// over it, so that a run killed at any moment leaves only complete files (and `.partial` ones
/// that the next run clears).
enum WholeFile {
    static let partialSuffix = ".partial"

    static func write(_ data: Data, to url: URL) throws {
        // A name of its own: two writers of one file (a batch's sites finishing together) must not
        // rename each other's partial file.
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent("\(url.lastPathComponent).\(UUID().uuidString.prefix(8))\(partialSuffix)")
        do {
            try data.write(to: partial)
            guard rename(partial.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// Writes `bytes` without copying them into a `Data` first (a site's JSON report is megabytes).
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return try write(Data(), to: url) }
            try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none), to: url)
        }
    }

    /// Removes what a killed run was writing in `folder` when it died.
    static func removePartials(in folder: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(partialSuffix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
