/// How far a checklist file can be trusted to be the form the assessors use.
public enum ChecklistStatus: String, Hashable, Sendable, CaseIterable, Codable {
    /// Loaded from the official form (for example through `oit checklists import`).
    case official
    /// Every item confirmed by at least one copy of the form published by an agency.
    case confirmed
    /// Some items or titles are inferred; the file says which.
    case partial
    /// Rebuilt from indirect sources; the official form was not available.
    case reconstructed

    /// Whether a report must warn that the list may differ from the assessors' form.
    public var needsWarning: Bool { self == .partial || self == .reconstructed }

    public var explanation: LocalizedText {
        switch self {
        case .official:
            return LocalizedText(th: "แบบฟอร์มทางการ", en: "the official form")
        case .confirmed:
            return LocalizedText(th: "ยืนยันจากเว็บไซต์หน่วยงานที่เผยแพร่แบบฟอร์มครบ",
                                 en: "confirmed from an agency's complete copy of the form")
        case .partial:
            return LocalizedText(th: "บางข้อเป็นการอนุมาน อาจไม่ตรงกับแบบฟอร์มทางการ",
                                 en: "some items are inferred and may differ from the official form")
        case .reconstructed:
            return LocalizedText(th: "เรียบเรียงขึ้นใหม่ ไม่ใช่แบบฟอร์มทางการ",
                                 en: "reconstructed, not the official form")
        }
    }
}
