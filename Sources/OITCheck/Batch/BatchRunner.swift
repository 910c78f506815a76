import Foundation

/// Runs the sites of a batch, at most `jobs` at a time, in the order given. What a site's run
/// does (check it, write its reports) is the caller's; the runner only schedules and tells.
public struct BatchRunner: Sendable {
    public enum Event: Sendable {
        case started(BatchSite)
        case finished(BatchSite, seconds: Double)
    }

    public let jobs: Int

    public init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    public func run(_ sites: [BatchSite], events: (@Sendable (Event) -> Void)? = nil,
                    work: @escaping @Sendable (BatchSite) async -> Void) async {
        await withTaskGroup(of: Void.self) { group in
            var pending = sites.makeIterator()
            func start(_ site: BatchSite) {
                group.addTask {
                    let started = Date()
                    events?(.started(site))
                    await work(site)
                    events?(.finished(site, seconds: Date().timeIntervalSince(started)))
                }
            }
            for _ in 0..<jobs {
                guard let site = pending.next() else { break }
                start(site)
            }
            for await _ in group {
                if Task.isCancelled { continue }
                if let site = pending.next() { start(site) }
            }
        }
    }
}
