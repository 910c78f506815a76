/// When the evidence for an item must be dated, relative to the fiscal year being assessed.
public enum PeriodRule: String, Hashable, Sendable, CaseIterable, Codable {
    /// No date requirement (structure, contact, laws).
    case none
    /// Dated in the fiscal year being assessed (plans, announcements, declarations).
    case currentFY = "current-fy"
    /// About the fiscal year before it: annual reports are published after the year closes.
    case previousFY = "previous-fy"
    /// Covers at least October-March of the fiscal year being assessed (six-month reports,
    /// statistics).
    case firstHalfCurrentFY = "first-half-current-fy"
    /// A multi-year plan whose span includes the fiscal year being assessed.
    case multiYearIncludingCurrent = "multi-year-including-current"

    /// Whether evidence about `evidence` fiscal years meets the rule when `assessed` is the
    /// fiscal year being assessed.
    public func isSatisfied(by evidence: ClosedRange<FiscalYear>, assessing assessed: FiscalYear) -> Bool {
        switch self {
        case .none: return true
        case .currentFY, .firstHalfCurrentFY, .multiYearIncludingCurrent: return evidence.contains(assessed)
        case .previousFY: return evidence.contains(assessed.previous)
        }
    }

    /// The fiscal year the evidence should name when `assessed` is assessed, if one.
    public func expectedYear(assessing assessed: FiscalYear) -> FiscalYear? {
        switch self {
        case .none: return nil
        case .previousFY: return assessed.previous
        case .currentFY, .firstHalfCurrentFY, .multiYearIncludingCurrent: return assessed
        }
    }

    /// What the rule asks for, for a person.
    public var explanation: LocalizedText {
        switch self {
        case .none:
            return LocalizedText(th: "ไม่กำหนดช่วงเวลา", en: "no date requirement")
        case .currentFY:
            return LocalizedText(th: "ข้อมูลของปีงบประมาณที่ประเมิน", en: "dated in the fiscal year assessed")
        case .previousFY:
            return LocalizedText(th: "ข้อมูลของปีงบประมาณที่ผ่านมา (ย้อนหลัง 1 ปี)", en: "about the previous fiscal year")
        case .firstHalfCurrentFY:
            return LocalizedText(th: "ครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณที่ประเมิน (ต.ค.-มี.ค.)",
                                 en: "covers at least October-March of the fiscal year assessed")
        case .multiYearIncludingCurrent:
            return LocalizedText(th: "แผนหลายปีที่ครอบคลุมปีงบประมาณที่ประเมิน",
                                 en: "a multi-year plan that spans the fiscal year assessed")
        }
    }
}
