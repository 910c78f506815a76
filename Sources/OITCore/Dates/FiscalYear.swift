import Foundation

/// A Thai government fiscal year (ปีงบประมาณ), numbered in the Buddhist era:
/// FY N runs from 1 October N-1 to 30 September N. FY2568 is 1 Oct 2567 - 30 Sep 2568
/// (1 Oct 2024 - 30 Sep 2025).
public struct FiscalYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year in the Buddhist era, e.g. 2568.
    public let buddhistYear: Int

    public init(_ buddhistYear: Int) {
        self.buddhistYear = buddhistYear
    }

    /// The fiscal year that contains the given month.
    public init(containing month: CalendarMonth) {
        self.buddhistYear = month.month >= 10 ? month.buddhistYear + 1 : month.buddhistYear
    }

    /// The fiscal year in force at `date` in Thailand (1 October starts a new one).
    public static func containing(_ date: Date) -> FiscalYear {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month], from: date)
        let month = CalendarMonth(buddhistYear: (parts.year ?? 1970) + 543, month: parts.month ?? 1)
        return FiscalYear(containing: month)
    }

    /// The year in the Christian era in which this fiscal year ends.
    public var christianYear: Int { buddhistYear - 543 }

    public var previous: FiscalYear { FiscalYear(buddhistYear - 1) }
    public var next: FiscalYear { FiscalYear(buddhistYear + 1) }

    /// October of the previous year.
    public var firstMonth: CalendarMonth { CalendarMonth(buddhistYear: buddhistYear - 1, month: 10) }
    /// September of this year.
    public var lastMonth: CalendarMonth { CalendarMonth(buddhistYear: buddhistYear, month: 9) }
    /// The six months October-March, which six-month reports (รอบ 6 เดือน) must cover.
    public var firstHalf: ClosedRange<CalendarMonth> { firstMonth...CalendarMonth(buddhistYear: buddhistYear, month: 3) }
    /// All twelve months.
    public var months: ClosedRange<CalendarMonth> { firstMonth...lastMonth }

    public func contains(_ month: CalendarMonth) -> Bool { months.contains(month) }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.buddhistYear < rhs.buddhistYear }

    /// "FY2568".
    public var description: String { "FY\(buddhistYear)" }

    public init(from decoder: any Decoder) throws {
        self.buddhistYear = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(buddhistYear)
    }
}
