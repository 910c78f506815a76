import OITCore

/// What an assessor opening the item's link would conclude.
public enum ItemStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Found, reachable, on the right site and of the right period.
    case pass
    /// Found, but of the wrong period (last year's plan where this year's is required).
    case stale
    /// Labelled, but the link fails, leads nowhere, is a soft 404 or a login wall.
    case broken
    /// Not found on the site.
    case missing
    /// Could not be decided (429, timeout, robots.txt, no date, not verified offline).
    case review

    /// Better first: what the best candidate of an item is chosen by.
    var rank: Int {
        switch self {
        case .pass: return 0
        case .stale: return 1
        case .review: return 2
        case .broken: return 3
        case .missing: return 4
        }
    }

    public var label: LocalizedText {
        switch self {
        case .pass: return .init(th: "ผ่าน", en: "pass")
        case .stale: return .init(th: "ไม่เป็นปัจจุบัน", en: "stale")
        case .broken: return .init(th: "ลิงก์ใช้ไม่ได้", en: "broken")
        case .missing: return .init(th: "ไม่พบ", en: "missing")
        case .review: return .init(th: "ต้องตรวจเอง", en: "review")
        }
    }
}

