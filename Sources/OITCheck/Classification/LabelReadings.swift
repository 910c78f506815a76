import OITCore
import Synchronization

/// The readings of labels, headings and URL paths, shared by the sites a session checks: sites
/// built on one template (every district on amphoe.com, a vendor's LAO sites) carry the same
/// menus, and reading labels, headings and paths (normalising them, finding the lexicon's
/// phrases in them) was a tenth of an early-stop batch's CPU when each site read its own (on the
/// synthetic province, whose news titles are each site's own, sharing took headings and paths
/// from 3.5% to 1% and labels hardly lower). A reading depends only on the text and the
/// lexicon, which a session's sites share. Each kind keeps at most `capacity` entries, the
/// first met (a template's menus come with every site's first pages; most news titles are a
/// site's own): a national batch's memory must not grow with the sites it has finished. With
/// room for 20,000, a 160-site batch ended 7 MB higher than with 2,000.
public final class LabelReadings: Sendable {
    /// One table for each kind of reading ``LabelMemo`` makes.
    struct Tables {
        var labels: [UTF8Key: LabelMemo.Reading] = [:]
        var headings: [UTF8Key: LabelMemo.Heading] = [:]
        var pageHeadings: [UTF8Key: LabelMemo.PageHeading] = [:]
        var pathConcepts: [String: [ConceptID]] = [:]
    }

    public let capacity: Int
    private let tables = Mutex(Tables())

    public init(capacity: Int = 2_000) {
        self.capacity = capacity
    }

    /// How many readings are kept, of every kind.
    public var count: Int {
        tables.withLock { $0.labels.count + $0.headings.count + $0.pageHeadings.count + $0.pathConcepts.count }
    }

    /// The value kept for `key`, or the one `read` makes (outside the lock: two sites may read
    /// the same text at once, and come to the same reading), kept while there is room.
    func value<Key: Hashable & Sendable, Value: Sendable>(for key: Key, in table: WritableKeyPath<Tables, [Key: Value]>,
                                                          _ read: () -> Value) -> Value {
        if let known = tables.withLock({ $0[keyPath: table][key] }) { return known }
        let value = read()
        tables.withLock { tables in
            if tables[keyPath: table].count < capacity { tables[keyPath: table][key] = value }
        }
        return value
    }
}
