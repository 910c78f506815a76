import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Progress on standard error: one line rewritten in place on a terminal (ten times a second at
/// most), plain lines every two seconds otherwise (a log file, CI), nothing with --quiet. The
/// line is made only when it is shown: a batch reports every page it reads.
final class ProgressLine: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let quiet: Bool
    private let lock = NSLock()
    private var lastShown = Date.distantPast
    private var shown = false

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func update(_ text: @autoclosure () -> String) {
        guard !quiet else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastShown) >= (isTerminal ? 0.1 : 2) else { return }
            lastShown = now
            let text = text()
            if isTerminal {
                let width = 100
                let line = text.count > width ? String(text.prefix(width - 1)) + "…" : text
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
                shown = true
            } else {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
        }
    }

    /// Ends the progress line so that what follows starts on a clean line.
    func finish(_ text: String? = nil) {
        guard !quiet else { return }
        lock.withLock {
            if isTerminal && shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            if let text { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            shown = false
        }
    }
}
