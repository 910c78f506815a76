import Foundation
import OITCore

/// Today, for the default fiscal year. `OIT_TODAY=YYYY-MM-DD` pins it (tests, re-running an
/// old check); otherwise the system clock.
enum Clock {
    static let environmentVariable = "OIT_TODAY"

    static func today(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CLIFailure) -> Date {
        guard let pinned = environment[environmentVariable], !pinned.isEmpty else { return Date() }
        let parts = pinned.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "Asia/Bangkok")
        if parts.count == 3 {
            (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
            components.hour = 12
        }
        guard parts.count == 3, let date = Calendar(identifier: .gregorian).date(from: components) else {
            throw .usage(th: "\(environmentVariable)=\(pinned) ไม่ใช่วันที่ ให้เขียนแบบ YYYY-MM-DD (ปี ค.ศ.)",
                         en: "\(environmentVariable)=\(pinned) is not a date; write it as YYYY-MM-DD (Christian era)")
        }
        return date
    }

    /// The fiscal year in force today.
    static func currentFiscalYear() throws(CLIFailure) -> FiscalYear {
        FiscalYear.containing(try today())
    }

    /// The fiscal year a --fiscal-year asks for, in the Buddhist era (a Christian-era year is
    /// converted, `68` is 2568), or the current one.
    static func assessedYear(_ given: Int?) throws(CLIFailure) -> FiscalYear {
        guard let given else { return try Clock.currentFiscalYear() }
        switch given {
        case 2500...2700: return FiscalYear(given)
        case 1957...2157: return FiscalYear(given + Era.offset)
        case 0...99: return FiscalYear(2500 + given)
        default: throw .usage(th: "--fiscal-year \(given) ไม่ใช่ปี ให้เขียนปี พ.ศ. เช่น 2568",
                              en: "--fiscal-year \(given) is not a year; write the Buddhist year, e.g. 2568")
        }
    }
}
