/// An OIT form as data: the items an agency of a given type must publish for a fiscal year.
/// A new year's form is a new file, not new code.
public struct Checklist: Hashable, Sendable, Identifiable {
    /// A short id: `amphoe-2567`, `nacc-2568`.
    public let id: String
    public let title: LocalizedText
    /// The fiscal year the form was made for.
    public let fiscalYear: FiscalYear
    /// The agency types that answer this form.
    public let agencyTypes: [AgencyType]
    /// The agency types for which this form is the default when none is named.
    public let defaultFor: [AgencyType]
    public let status: ChecklistStatus
    /// Where the item list comes from.
    public let sources: [String]
    public let note: String?
    public let items: [ChecklistItem]

    public init(id: String, title: LocalizedText, fiscalYear: FiscalYear, agencyTypes: [AgencyType],
                defaultFor: [AgencyType] = [], status: ChecklistStatus, sources: [String] = [],
                note: String? = nil, items: [ChecklistItem]) {
        self.id = id
        self.title = title
        self.fiscalYear = fiscalYear
        self.agencyTypes = agencyTypes
        self.defaultFor = defaultFor
        self.status = status
        self.sources = sources
        self.note = note
        self.items = items
    }

    /// Every concept some item asks for, in the order the items first name them.
    public var concepts: [ConceptID] {
        var seen = Set<ConceptID>()
        return items.flatMap(\.concepts).filter { seen.insert($0).inserted }
    }

    public func item(code: String) -> ChecklistItem? {
        let wanted = code.uppercased()
        return items.first { $0.code.uppercased() == wanted }
    }
}
