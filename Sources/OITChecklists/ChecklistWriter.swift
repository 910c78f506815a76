import OITCore

/// Writes a checklist as YAML in the layout of the shipped forms, so that an imported form can
/// be read, reviewed and edited like them. Items without concepts get a comment saying so.
public enum ChecklistWriter {
    public static func yaml(_ checklist: Checklist, lexicon: Lexicon) -> String {
        var lines: [String] = []
        lines.append("id: \(scalar(checklist.id))")
        lines.append("title:")
        lines.append("  th: \(scalar(checklist.title.th))")
        if !checklist.title.en.isEmpty { lines.append("  en: \(scalar(checklist.title.en))") }
        lines.append("fiscal_year: \(checklist.fiscalYear.buddhistYear)")
        lines.append("agency_types: \(list(checklist.agencyTypes.map(\.rawValue)))")
        if !checklist.defaultFor.isEmpty { lines.append("default_for: \(list(checklist.defaultFor.map(\.rawValue)))") }
        lines.append("status: \(checklist.status.rawValue)")
        if !checklist.sources.isEmpty {
            lines.append("sources:")
            lines += checklist.sources.map { "  - \(scalar($0))" }
        }
        if let note = checklist.note { lines.append("note: \(scalar(note))") }
        lines.append("items:")
        for item in checklist.items {
            lines.append("  - code: \(scalar(item.code))")
            lines.append("    title: \(scalar(item.title))")
            if !item.gloss.isEmpty { lines.append("    gloss: \(scalar(item.gloss))") }
            if let group = item.group { lines.append("    group: \(scalar(group))") }
            if item.concepts.isEmpty {
                lines.append("    # No concept was found in the title: name one or more from concepts.yaml.")
            }
            lines.append("    concepts: \(list(item.concepts.map(\.rawValue)))")
            if item.match == .all { lines.append("    match: all") }
            lines.append("    period: \(item.period.rawValue)")
            let conceptDefault = item.concepts.contains { lexicon.concept($0)?.externalAllowed ?? false }
            if item.externalAllowed != conceptDefault { lines.append("    external: \(item.externalAllowed)") }
            if let count = item.minimumCount { lines.append("    min_count: \(count)") }
            if !item.requiredElements.isEmpty { lines.append("    elements: \(list(item.requiredElements))") }
            let conceptFix = item.concepts.lazy.compactMap { lexicon.concept($0)?.fix }.first
            if item.howToFix != conceptFix?.th, !item.howToFix.isEmpty { lines.append("    fix: \(scalar(item.howToFix))") }
            if let english = item.howToFixEnglish, english != conceptFix?.en, !english.isEmpty {
                lines.append("    fix_en: \(scalar(english))")
            }
            if item.titleInferred { lines.append("    title_inferred: true") }
            if let note = item.note { lines.append("    note: \(scalar(note))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map { flowScalar($0) }.joined(separator: ", ") + "]"
    }

    /// A block scalar: plain when that reads back as the same text, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        isSafePlain(text, inFlow: false) ? text : quoted(text)
    }

    private static func flowScalar(_ text: String) -> String {
        isSafePlain(text, inFlow: true) ? text : quoted(text)
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static let reservedWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    private static func isSafePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace else { return false }
        if reservedWords.contains(text.lowercased()) || Double(text) != nil || Int(text) != nil { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") || text.contains("\n") { return false }
        if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
        return true
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
