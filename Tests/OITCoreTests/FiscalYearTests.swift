import Foundation
import Testing
@testable import OITCore

@Suite("Fiscal years")
struct FiscalYearTests {
    @Test("FY N runs from October N-1 to September N")
    func boundaries() {
        let fy = FiscalYear(2568)
        #expect(fy.firstMonth == CalendarMonth(buddhistYear: 2567, month: 10))
        #expect(fy.lastMonth == CalendarMonth(buddhistYear: 2568, month: 9))
        #expect(fy.months.count == 12)
        #expect(fy.contains(CalendarMonth(buddhistYear: 2567, month: 10)))
        #expect(!fy.contains(CalendarMonth(buddhistYear: 2568, month: 10)))
        #expect(fy.christianYear == 2025)
        #expect(fy.previous == FiscalYear(2567))
        #expect(fy.description == "FY2568")
    }

    @Test("the first half is October to March")
    func firstHalf() {
        let half = FiscalYear(2568).firstHalf
        #expect(half.lowerBound == CalendarMonth(buddhistYear: 2567, month: 10))
        #expect(half.upperBound == CalendarMonth(buddhistYear: 2568, month: 3))
        #expect(half.count == 6)
    }

    @Test("a month belongs to the fiscal year that contains it")
    func containingMonth() {
        #expect(FiscalYear(containing: CalendarMonth(buddhistYear: 2567, month: 9)) == FiscalYear(2567))
        #expect(FiscalYear(containing: CalendarMonth(buddhistYear: 2567, month: 10)) == FiscalYear(2568))
        #expect(FiscalYear(containing: CalendarMonth(buddhistYear: 2567, month: 12)) == FiscalYear(2568))
    }

    @Test("1 October starts a new fiscal year on Thai time, not UTC")
    func byTheClock() throws {
        let formatter = ISO8601DateFormatter()
        // 30 Sep 2025 17:30 UTC is 1 Oct 2025 00:30 in Bangkok: FY2569 has begun.
        let justAfter = try #require(formatter.date(from: "2025-09-30T17:30:00Z"))
        #expect(FiscalYear.containing(justAfter) == FiscalYear(2569))
        let justBefore = try #require(formatter.date(from: "2025-09-30T16:30:00Z"))
        #expect(FiscalYear.containing(justBefore) == FiscalYear(2568))
    }

    @Test("month arithmetic crosses years")
    func monthArithmetic() {
        let december = CalendarMonth(buddhistYear: 2567, month: 12)
        #expect(december.advanced(by: 1) == CalendarMonth(buddhistYear: 2568, month: 1))
        #expect(december.advanced(by: -12) == CalendarMonth(buddhistYear: 2566, month: 12))
        #expect(december.distance(to: CalendarMonth(buddhistYear: 2568, month: 3)) == 3)
    }

    @Test("period rules against the fiscal year assessed")
    func periodRules() {
        let assessed = FiscalYear(2568)
        let this = assessed...assessed
        let last = assessed.previous...assessed.previous
        let plan = FiscalYear(2566)...FiscalYear(2570)
        #expect(PeriodRule.none.isSatisfied(by: last, assessing: assessed))
        #expect(PeriodRule.currentFY.isSatisfied(by: this, assessing: assessed))
        #expect(!PeriodRule.currentFY.isSatisfied(by: last, assessing: assessed))
        #expect(PeriodRule.previousFY.isSatisfied(by: last, assessing: assessed))
        #expect(!PeriodRule.previousFY.isSatisfied(by: this, assessing: assessed))
        #expect(PeriodRule.multiYearIncludingCurrent.isSatisfied(by: plan, assessing: assessed))
        #expect(!PeriodRule.multiYearIncludingCurrent.isSatisfied(by: plan, assessing: FiscalYear(2571)))
        #expect(PeriodRule.previousFY.expectedYear(assessing: assessed) == FiscalYear(2567))
        #expect(PeriodRule.none.expectedYear(assessing: assessed) == nil)
    }
}
