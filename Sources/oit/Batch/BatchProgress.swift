import Foundation
import OITCheck
import OITCore

/// What a batch is doing, for the progress line: sites done, running and left, and the slowest
/// site in flight.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done: Int
    private var running: [String: (name: String, since: Date)] = [:]
    private var pages: [String: Int] = [:]

    init(total: Int, alreadyDone: Int) {
        self.total = total
        self.done = alreadyDone
    }

    func started(_ site: BatchSite) {
        lock.withLock { running[site.slug] = (site.name, Date()) }
    }

    func pagesRead(_ site: BatchSite, _ count: Int) {
        lock.withLock { pages[site.slug] = count }
    }

    func finished(_ site: BatchSite) {
        lock.withLock {
            running[site.slug] = nil
            pages[site.slug] = nil
            done += 1
        }
    }

    func line(in language: Language) -> String {
        lock.withLock {
            let left = total - done - running.count
            var text = language == .th
                ? "ตรวจเสร็จ \(done)/\(total) แห่ง กำลังตรวจ \(running.count) เหลือ \(left)"
                : "sites \(done)/\(total) done, \(running.count) running, \(left) left"
            if let slowest = running.min(by: { $0.value.since < $1.value.since }) {
                let seconds = Int(Date().timeIntervalSince(slowest.value.since))
                let pagesRead = pages[slowest.key] ?? 0
                text += language == .th
                    ? "; ช้าที่สุด: \(slowest.value.name) (\(seconds) วินาที \(pagesRead) หน้า)"
                    : "; slowest: \(slowest.value.name) (\(seconds) s, \(pagesRead) pages)"
            }
            return text
        }
    }
}
