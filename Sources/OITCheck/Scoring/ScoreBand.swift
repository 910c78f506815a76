import OITCore

/// The ITA rating band an OIT score allows (NACC's bands since 2567): the overall ITA reaches
/// "ผ่านดีเยี่ยม" only when the ITA and each of its instruments (IIT, EIT, OIT) score 95 or more,
/// "ผ่านดี" at 85 or more; below 85 an instrument needs improvement.
public enum ScoreBand: String, Hashable, Sendable, CaseIterable, Codable {
    case excellent
    case good
    case needsImprovement = "needs-improvement"
    case urgent

    public init(score: Double) {
        switch score {
        case 95...: self = .excellent
        case 85..<95: self = .good
        case 70..<85: self = .needsImprovement
        default: self = .urgent
        }
    }

    public var label: LocalizedText {
        switch self {
        case .excellent: return LocalizedText(th: "ผ่านดีเยี่ยม", en: "excellent")
        case .good: return LocalizedText(th: "ผ่านดี", en: "good")
        case .needsImprovement: return LocalizedText(th: "ต้องปรับปรุง", en: "needs improvement")
        case .urgent: return LocalizedText(th: "ต้องปรับปรุงโดยด่วน", en: "needs urgent improvement")
        }
    }
}
