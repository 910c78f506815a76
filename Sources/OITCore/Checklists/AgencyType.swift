/// The kinds of agency whose OIT forms differ.
public enum AgencyType: String, Hashable, Sendable, CaseIterable, Codable {
    /// District office (ที่ทำการปกครองอำเภอ), with its own 30-item form on ITAP.
    case amphoe
    /// Local administrative organisation (อปท.: อบต., เทศบาล, อบจ.).
    case lao
    /// Any other government agency on the NACC general form.
    case general
    /// Vocational college (สอศ.).
    case vocational

    public var label: LocalizedText {
        switch self {
        case .amphoe: return LocalizedText(th: "ที่ทำการปกครองอำเภอ", en: "district office")
        case .lao: return LocalizedText(th: "องค์กรปกครองส่วนท้องถิ่น", en: "local administrative organisation")
        case .general: return LocalizedText(th: "หน่วยงานภาครัฐทั่วไป", en: "government agency")
        case .vocational: return LocalizedText(th: "สถานศึกษาอาชีวศึกษา", en: "vocational college")
        }
    }
}
