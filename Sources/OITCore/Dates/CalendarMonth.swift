/// A month of a year in the Buddhist era, the unit that fiscal-year rules are checked in.
public struct CalendarMonth: Hashable, Comparable, Sendable, Strideable, CustomStringConvertible {
    public let buddhistYear: Int
    /// 1 = January ... 12 = December.
    public let month: Int

    public init(buddhistYear: Int, month: Int) {
        precondition((1...12).contains(month), "month \(month) is not 1...12")
        self.buddhistYear = buddhistYear
        self.month = month
    }

    public var christianYear: Int { buddhistYear - 543 }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.buddhistYear, lhs.month) < (rhs.buddhistYear, rhs.month)
    }

    public func distance(to other: CalendarMonth) -> Int {
        (other.buddhistYear * 12 + other.month) - (buddhistYear * 12 + month)
    }

    public func advanced(by n: Int) -> CalendarMonth {
        let index = buddhistYear * 12 + (month - 1) + n
        return CalendarMonth(buddhistYear: index / 12, month: index % 12 + 1)
    }

    /// "2567-10".
    public var description: String {
        month < 10 ? "\(buddhistYear)-0\(month)" : "\(buddhistYear)-\(month)"
    }
}
