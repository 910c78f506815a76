/// One question of an OIT form: what the agency must publish, how it is recognised (concepts),
/// and what makes the evidence acceptable (period, place, count, elements).
public struct ChecklistItem: Hashable, Sendable {
    /// The form's code: "O1" ... "O43".
    public let code: String
    /// The Thai title as the form words it.
    public let title: String
    /// An English gloss of the title.
    public let gloss: String
    /// The form's group or sub-indicator ("9.1 ข้อมูลพื้นฐาน"), if known.
    public let group: String?
    /// The disclosure concepts that answer the item.
    public let concepts: [ConceptID]
    /// Whether any one concept or all of them must be found.
    public let match: MatchMode
    public let period: PeriodRule
    /// Whether evidence on another site is acceptable (social network, e-service, e-GP).
    public let externalAllowed: Bool
    /// The least number of documents or entries, where the form sets one (at least 5 laws).
    public let minimumCount: Int?
    /// What the evidence must show, where the form lists it (name, position, photo, contact).
    public let requiredElements: [String]
    /// What to do when the item is not found, in Thai.
    public let howToFix: String
    /// The same in English, when written.
    public let howToFixEnglish: String?
    /// The title was inferred rather than read from a copy of the form.
    public let titleInferred: Bool
    public let note: String?

    public init(code: String, title: String, gloss: String, group: String? = nil, concepts: [ConceptID],
                match: MatchMode = .any, period: PeriodRule = .none, externalAllowed: Bool = false,
                minimumCount: Int? = nil, requiredElements: [String] = [], howToFix: String,
                howToFixEnglish: String? = nil, titleInferred: Bool = false, note: String? = nil) {
        self.code = code
        self.title = title
        self.gloss = gloss
        self.group = group
        self.concepts = concepts
        self.match = match
        self.period = period
        self.externalAllowed = externalAllowed
        self.minimumCount = minimumCount
        self.requiredElements = requiredElements
        self.howToFix = howToFix
        self.howToFixEnglish = howToFixEnglish
        self.titleInferred = titleInferred
        self.note = note
    }

    /// The title in `language`: Thai, or the English gloss.
    public func title(in language: Language) -> String {
        language == .en && !gloss.isEmpty ? gloss : title
    }

    /// The fix in `language`, falling back to Thai.
    public func howToFix(in language: Language) -> String {
        language == .en ? (howToFixEnglish ?? howToFix) : howToFix
    }
}
