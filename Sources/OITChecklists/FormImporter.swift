import OITCore

/// Turns an official form that arrives as a spreadsheet (rows `code,title[,group]`) into a
/// checklist: concepts are inferred from each title through the lexicon, the period and
/// whether external sites are acceptable from those concepts. Rows it cannot map are listed,
/// never guessed.
public struct FormImporter: Sendable {
    public struct Header: Sendable {
        public var id: String
        public var title: LocalizedText
        public var fiscalYear: FiscalYear
        public var agencyTypes: [AgencyType]
        public var status: ChecklistStatus
        public var source: String

        public init(id: String, title: LocalizedText, fiscalYear: FiscalYear, agencyTypes: [AgencyType],
                    status: ChecklistStatus, source: String) {
            self.id = id
            self.title = title
            self.fiscalYear = fiscalYear
            self.agencyTypes = agencyTypes
            self.status = status
            self.source = source
        }
    }

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Words a header row starts with.
    private static let headerWords: Set<String> = ["code", "รหัส", "ข้อ", "ลำดับ", "no", "no.", "item", "ตัวชี้วัด"]

    public func importForm(_ records: [CSVRecord], header: Header) -> FormImport {
        var rows = records.filter { !$0.isBlank }
        if let first = rows.first, Self.headerWords.contains(first[0].lowercased()) || !first[0].contains(where: \.isNumber) {
            rows.removeFirst()
        }
        var items: [ChecklistItem] = []
        var unmapped: [FormImport.UnmappedRow] = []
        var rejected: [FormImport.RejectedRow] = []
        var seen = Set<String>()
        for row in rows {
            let code = Self.code(row[0])
            let title = ThaiText.collapsingWhitespace(row[1])
            guard ChecklistReader.isItemCode(code) else {
                rejected.append(.init(line: row.line, reason: "\"\(row[0])\" is not an item code such as O1"))
                continue
            }
            guard !title.isEmpty else {
                rejected.append(.init(line: row.line, reason: "item \(code) has no title"))
                continue
            }
            guard seen.insert(code).inserted else {
                rejected.append(.init(line: row.line, reason: "item \(code) is given twice"))
                continue
            }
            let concepts = lexicon.matches(in: NormalizedText(title))
                .compactMap { lexicon.concept($0.concept) }
                .filter { $0.kind == .disclosure }
            if concepts.isEmpty { unmapped.append(.init(line: row.line, code: code, title: title)) }
            let group = row[2]
            items.append(ChecklistItem(
                code: code, title: title, gloss: concepts.first?.label.en ?? "", group: group.isEmpty ? nil : group,
                concepts: concepts.map(\.id), period: concepts.first?.defaultPeriod ?? .none,
                externalAllowed: concepts.contains { $0.externalAllowed },
                howToFix: concepts.first?.fix?.th ?? "", howToFixEnglish: concepts.first?.fix?.en))
        }
        let checklist = Checklist(id: header.id, title: header.title, fiscalYear: header.fiscalYear,
                                  agencyTypes: header.agencyTypes, status: header.status,
                                  sources: [header.source], items: items)
        return FormImport(checklist: checklist, unmapped: unmapped, rejected: rejected)
    }

    /// "o1", "O 1", "1", "O01" -> "O1".
    static func code(_ raw: String) -> String {
        let compact = raw.filter { !$0.isWhitespace }.uppercased()
        let letters = compact.prefix { $0.isLetter && $0.isASCII }
        let digits = compact.dropFirst(letters.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
            return compact
        }
        return (letters.isEmpty ? "O" : String(letters)) + String(number)
    }
}
