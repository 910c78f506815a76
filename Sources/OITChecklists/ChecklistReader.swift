import Foundation
import OITCore
import Yams

/// Reads one checklist file (an OIT form as YAML), checking it against the lexicon. Every
/// problem is reported with its line and field: an unknown concept, a duplicate code, a bad
/// period, a misspelt field name, a missing how-to-fix text.
public enum ChecklistReader {
    static let checklistFields = ["id", "title", "fiscal_year", "agency_types", "default_for", "status", "sources",
                                  "note", "items"]
    static let itemFields = ["code", "title", "gloss", "group", "concepts", "match", "period", "external",
                             "min_count", "elements", "fix", "fix_en", "title_inferred", "note"]

    public static func read(_ text: String, file: String, lexicon: Lexicon) -> Result<Checklist, ChecklistProblems> {
        let log = ProblemLog(file: file)
        guard let root = YAMLDocument.compose(text, log: log),
              let fields = YAMLFields(root, path: "", log: log, allowed: checklistFields) else {
            return .failure(ChecklistProblems(log.problems))
        }
        let id = fields.string("id", required: true)
        if let id, !isChecklistID(id) {
            log.add(fields.value("id"), "id", "\"\(id)\" is not an id: lower-case letters, digits and hyphens")
        }
        let title = readTitle(fields, log: log)
        let fiscalYear = fields.int("fiscal_year", required: true)
        if let fiscalYear, !(2540...2650).contains(fiscalYear) {
            log.add(fields.value("fiscal_year"), "fiscal_year",
                    "\(fiscalYear) is not a fiscal year in the Buddhist era (2540-2650); a Christian year needs +543")
        }
        let agencyTypes = readAgencyTypes(fields, key: "agency_types", required: true, log: log)
        let defaultFor = readAgencyTypes(fields, key: "default_for", required: false, log: log)
        for type in defaultFor where !agencyTypes.contains(type) {
            log.add(fields.value("default_for"), "default_for", "\"\(type.rawValue)\" is not one of this form's agency_types")
        }
        let status = fields.choice("status", as: ChecklistStatus.self, required: true)
        let sources = fields.strings("sources")?.map(\.0) ?? []
        let items = readItems(fields, lexicon: lexicon, log: log)

        guard log.problems.isEmpty, let id, let title, let fiscalYear, let status else {
            return .failure(ChecklistProblems(log.problems))
        }
        return .success(Checklist(id: id, title: title, fiscalYear: FiscalYear(fiscalYear), agencyTypes: agencyTypes,
                                  defaultFor: defaultFor, status: status, sources: sources,
                                  note: fields.string("note"), items: items))
    }

    /// Lower-case letters, digits and hyphens: `amphoe-2567`.
    public static func isChecklistID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: - Header

    /// `title: {th: ..., en: ...}`, or a single Thai title.
    private static func readTitle(_ fields: YAMLFields, log: ProblemLog) -> LocalizedText? {
        guard let node = fields.value("title") else {
            log.add(fields.node, "title", "missing")
            return nil
        }
        if case .scalar(let scalar) = node { return LocalizedText(th: scalar.string, en: "") }
        guard let title = YAMLFields(node, path: "title", log: log, allowed: ["th", "en"]) else { return nil }
        guard let th = title.string("th", required: true) else { return nil }
        return LocalizedText(th: th, en: title.string("en") ?? "")
    }

    private static func readAgencyTypes(_ fields: YAMLFields, key: String, required: Bool, log: ProblemLog) -> [AgencyType] {
        guard let values = fields.strings(key, required: required) else { return [] }
        if required && values.isEmpty { log.add(fields.value(key), key, "name at least one agency type") }
        return values.compactMap { raw, node in
            if let type = AgencyType(rawValue: raw) { return type }
            let known = AgencyType.allCases.map(\.rawValue).joined(separator: ", ")
            log.add(node, key, "\"\(raw)\" is not an agency type (\(known))")
            return nil
        }
    }

    // MARK: - Items

    private static func readItems(_ fields: YAMLFields, lexicon: Lexicon, log: ProblemLog) -> [ChecklistItem] {
        guard let list = fields.value("items") else {
            log.add(fields.node, "items", "missing")
            return []
        }
        guard case .sequence(let sequence) = list, !sequence.isEmpty else {
            log.add(list, "items", "expected a non-empty list of items")
            return []
        }
        var items: [ChecklistItem] = []
        var firstLine: [String: Int] = [:]
        for (index, node) in sequence.enumerated() {
            let path = "items[\(index)]"
            let (code, item) = readItem(node, path: path, lexicon: lexicon, log: log)
            if let code {
                let key = code.uppercased()
                if let line = firstLine[key] {
                    log.add(node, "\(path).code", "duplicate code \(code) (first on line \(line))")
                    continue
                }
                firstLine[key] = node.mark?.line ?? 0
            }
            if let item { items.append(item) }
        }
        return items
    }

    /// The item's code (for spotting duplicates even when the rest is broken) and the item.
    private static func readItem(_ node: Node, path: String, lexicon: Lexicon,
                                 log: ProblemLog) -> (code: String?, item: ChecklistItem?) {
        guard let fields = YAMLFields(node, path: path, log: log, allowed: itemFields) else { return (nil, nil) }
        let code = fields.string("code", required: true)
        if let code, !isItemCode(code) {
            log.add(fields.value("code"), fields.field("code"), "\"\(code)\" is not an item code such as O1 or O12")
        }
        let title = fields.string("title", required: true)
        let concepts = readConcepts(fields, lexicon: lexicon, log: log)
        let match = fields.string("match").flatMap { raw -> MatchMode? in
            if let mode = MatchMode(rawValue: raw) { return mode }
            log.add(fields.value("match"), fields.field("match"), "\"\(raw)\" is not one of: any, all")
            return nil
        } ?? .any
        let period = fields.choice("period", as: PeriodRule.self, required: true)
        let minimumCount = fields.int("min_count")
        if let minimumCount, minimumCount < 1 {
            log.add(fields.value("min_count"), fields.field("min_count"), "must be 1 or more")
        }
        let known = concepts.compactMap { lexicon.concept($0) }
        let externalAllowed = fields.bool("external") ?? known.contains { $0.externalAllowed }
        let fix = fields.string("fix") ?? known.lazy.compactMap { $0.fix?.th }.first
        let fixEnglish = fields.string("fix_en") ?? known.lazy.compactMap { $0.fix?.en }.first { !$0.isEmpty }
        if fix == nil, !concepts.isEmpty {
            log.add(node, fields.field("fix"), "no how-to-fix text: write one, or give the concept a fix in concepts.yaml")
        }
        guard let code, isItemCode(code), let title, let period, let fix, !concepts.isEmpty else { return (code, nil) }
        return (code, ChecklistItem(code: code, title: title, gloss: fields.string("gloss") ?? "",
                             group: fields.string("group"), concepts: concepts, match: match, period: period,
                             externalAllowed: externalAllowed, minimumCount: minimumCount,
                             requiredElements: fields.strings("elements")?.map(\.0) ?? [], howToFix: fix,
                             howToFixEnglish: fixEnglish, titleInferred: fields.bool("title_inferred") ?? false,
                             note: fields.string("note")))
    }

    private static func readConcepts(_ fields: YAMLFields, lexicon: Lexicon, log: ProblemLog) -> [ConceptID] {
        guard let values = fields.strings("concepts", required: true) else { return [] }
        if values.isEmpty {
            log.add(fields.value("concepts"), fields.field("concepts"),
                    "no concept: name at least one from concepts.yaml, or the item can never be found")
        }
        var seen = Set<ConceptID>()
        return values.compactMap { raw, node in
            let id = ConceptID(raw)
            guard let concept = lexicon.concept(id) else {
                let hint = YAMLFields.closest(to: raw, in: lexicon.concepts.map(\.id.rawValue)).map { " (did you mean \"\($0)\"?)" } ?? ""
                log.add(node, fields.field("concepts"), "unknown concept \"\(raw)\"\(hint)")
                return nil
            }
            if concept.kind != .disclosure {
                log.add(node, fields.field("concepts"), "\"\(raw)\" is \(concept.kind == .hub ? "the hub page" : "a survey"), not something an item asks for")
                return nil
            }
            guard seen.insert(id).inserted else {
                log.add(node, fields.field("concepts"), "\"\(raw)\" is listed twice")
                return nil
            }
            return id
        }
    }

    /// A letter code and a number: O1, O43, EB5, MOIT12, o12.
    static func isItemCode(_ code: String) -> Bool {
        let letters = code.prefix { $0.isASCII && $0.isLetter }
        let digits = code.dropFirst(letters.count)
        return !letters.isEmpty && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
