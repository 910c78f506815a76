/// A year or date found in a piece of text: "ปีงบประมาณ 2568", "พ.ศ. 2567", "2566-2570",
/// "ต.ค. 66", "1 ตุลาคม 2566", "2024". Years are held in the Buddhist era whatever the text used.
public struct DateMention: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// Named as a fiscal year: "ปีงบประมาณ 2568", "ปีงบฯ 68", "FY2025".
        case fiscalYear
        /// A year on its own: "พ.ศ. 2567", "ประจำปี 2567", "2024".
        case year
        /// A span of years: "2566-2570", "พ.ศ. 2566 - 2570".
        case yearRange
        /// A month of a year, possibly with a day: "ตุลาคม 2566", "15 ต.ค. 66", "1/10/2567".
        case month
    }

    public let kind: Kind
    /// The year, or the span of years, in the Buddhist era.
    public let years: ClosedRange<Int>
    /// For `.month`: 1...12.
    public let month: Int?
    /// For `.month`, when the text gives the day.
    public let day: Int?
    /// How the year was written.
    public let era: Era
    /// The words the mention was read from, as they appear in the normalised text.
    public let text: String

    public init(kind: Kind, years: ClosedRange<Int>, month: Int? = nil, day: Int? = nil, era: Era, text: String) {
        self.kind = kind
        self.years = years
        self.month = month
        self.day = day
        self.era = era
        self.text = text
    }

    /// The fiscal years the mention points at. A month belongs to exactly one fiscal year; a
    /// bare year is read as the fiscal year of that number, which is how Thai agencies label
    /// their documents ("แผนดำเนินงานประจำปี 2568" is the FY2568 plan).
    public var fiscalYears: ClosedRange<FiscalYear> {
        if kind == .month, let month {
            let fiscal = FiscalYear(containing: CalendarMonth(buddhistYear: years.lowerBound, month: month))
            return fiscal...fiscal
        }
        return FiscalYear(years.lowerBound)...FiscalYear(years.upperBound)
    }

    /// For `.month`: the month itself.
    public var calendarMonth: CalendarMonth? {
        month.map { CalendarMonth(buddhistYear: years.lowerBound, month: $0) }
    }

    public var description: String {
        switch kind {
        case .fiscalYear: return "FY\(years.lowerBound)"
        case .year: return "\(years.lowerBound)"
        case .yearRange: return "\(years.lowerBound)-\(years.upperBound)"
        case .month:
            let base = calendarMonth.map(\.description) ?? "\(years.lowerBound)"
            return day.map { "\(base)-\($0 < 10 ? "0" : "")\($0)" } ?? base
        }
    }
}
