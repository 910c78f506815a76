import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files written whole or not at all: to `NAME.XXXXXXXX.partial` beside the target, then renamed
/// over it, so that a run killed at any moment leaves only complete files (and `.partial` ones
/// that the next run clears).
///
/// No `fsync`: what the files must survive is a run stopped (Ctrl-C, a kill, a crash), and the
/// kernel keeps what was written then. After a power cut a report may come back empty or torn;
/// the batch reads a site's JSON before counting it finished (``BatchFolder/finished(_:)``), so
/// such a site is checked again. (`Data.write` synced every file: 1.5% of a batch's CPU.)
enum WholeFile {
    static let partialSuffix = ".partial"

    static func write(_ data: Data, to url: URL) throws {
        try data.withUnsafeBytes { try write(bytes: $0, to: url) }
    }

    /// Writes `bytes` without copying them into a `Data` first (a site's JSON report is megabytes).
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try bytes.withUnsafeBytes { try write(bytes: $0, to: url) }
    }

    /// Removes what a killed run was writing in `folder` when it died.
    static func removePartials(in folder: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(partialSuffix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private static func write(bytes: UnsafeRawBufferPointer, to url: URL) throws {
        // A name of its own: two writers of one file (a batch's sites finishing together) must not
        // rename each other's partial file.
        let target = url.path
        var partial = ""
        var descriptor: Int32 = -1
        // A new name if one is taken (another writer's, or left by a killed run). (Not a UUID:
        // Foundation reads /dev/urandom for each, an open, a read and a close.)
        for _ in 0..<8 where descriptor < 0 {
            partial = "\(target).\(String(UInt32.random(in: .min ... .max), radix: 16))\(partialSuffix)"
            descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0, errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw failure(errno) }
        var code = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0, rename(partial, target) != 0 { code = errno }
        guard code == 0 else {
            unlink(partial)
            throw failure(code)
        }
    }

    /// Every byte, however many calls `write` takes (it may write part, or be interrupted);
    /// 0, or the error that stopped it.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// The system's words for `code` ("No space left on device"), as the error's description.
    private static func failure(_ code: Int32) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
    }
}
