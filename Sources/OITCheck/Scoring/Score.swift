/// The OIT score as the assessor computes it: 100 for each item that passes, 0 for any other
/// (an assessor who cannot open a link fails it), averaged over the items of the form.
public struct Score: Hashable, Sendable, Codable {
    /// The line an agency must reach to pass the OIT.
    public static let passLine = 85.0
    /// The score the top ITA band (AA) needs.
    public static let topBand = 95.0

    public let value: Double
    public let passed: Int
    public let items: Int
    /// The score if every broken, stale and review item were fixed (missing ones stay missing).
    public let ifFixed: Double

    public init(statuses: [ItemStatus]) {
        items = statuses.count
        passed = statuses.filter { $0 == .pass }.count
        let fixable = statuses.filter { $0 != .pass && $0 != .missing }.count
        value = Self.percent(passed, of: items)
        ifFixed = Self.percent(passed + fixable, of: items)
    }

    public var meetsPassLine: Bool { value >= Self.passLine }
    public var band: ScoreBand { ScoreBand(score: value) }
    public var inTopBand: Bool { value >= Self.topBand }

    /// Rounded to two decimals, as the assessment reports it.
    private static func percent(_ count: Int, of total: Int) -> Double {
        guard total > 0 else { return 0 }
        return (Double(count) * 100 / Double(total) * 100).rounded() / 100
    }
}
