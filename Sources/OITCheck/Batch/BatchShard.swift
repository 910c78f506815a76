import Foundation
import OITCore
import OITCrawler

/// One of n parts of a batch, to split a national run across machines with an ordinary job
/// runner: part i of n takes the sites whose host hashes to i, so every site of a host (the
/// districts of www.amphoe.com) is in one part, and no host is asked by two machines at once.
public struct BatchShard: Hashable, Sendable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    /// `i/n`, with 1 <= i <= n.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let count = Int(parts[1].trimmingCharacters(in: .whitespaces)), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    public func contains(_ site: BatchSite) -> Bool {
        Int(FNV1a.hash(HostLimiter.key(for: site.url).utf8) % UInt64(count)) == index - 1
    }
}

extension BatchPlan {
    /// The sites of `shard`, with their slugs (file names) as in the whole plan, so that the
    /// parts' reports can be put in one folder and summed up with `--resume`.
    public func part(_ shard: BatchShard) -> BatchPlan {
        BatchPlan(sites: sites.filter(shard.contains), problems: problems)
    }
}
