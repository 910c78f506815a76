import Foundation
import OITCore
import Yams

/// Reads `concepts.yaml` into a ``Lexicon``, reporting every problem with its line.
public enum ConceptsReader {
    static let conceptFields = ["id", "th", "en", "kind", "synonyms", "all_of", "url_hints", "negative", "period", "external",
                                "fix", "fix_en", "examples", "counterexamples", "note"]

    public static func read(_ text: String, file: String) -> Result<Lexicon, ChecklistProblems> {
        let log = ProblemLog(file: file)
        let parsed = parse(text, log: log)
        if log.problems.isEmpty {
            let lexicon = Lexicon(concepts: parsed.map(\.concept))
            let lines = Dictionary(parsed.map { ($0.concept.id, $0.line) }, uniquingKeysWith: { first, _ in first })
            checkExamples(of: lexicon, log: log, lines: lines)
            if log.problems.isEmpty { return .success(lexicon) }
        }
        return .failure(ChecklistProblems(log.problems))
    }

    /// The concepts with the line each starts on.
    private static func parse(_ text: String, log: ProblemLog) -> [(concept: Concept, line: Int?)] {
        guard let root = YAMLDocument.compose(text, log: log),
              let fields = YAMLFields(root, path: "", log: log, allowed: ["concepts"]) else { return [] }
        guard let list = fields.value("concepts") else {
            log.add(root, "concepts", "missing")
            return []
        }
        guard case .sequence(let sequence) = list else {
            log.add(list, "concepts", "expected a list of concepts")
            return []
        }
        var concepts: [(concept: Concept, line: Int?)] = []
        var firstLine: [ConceptID: Int] = [:]
        for (index, node) in sequence.enumerated() {
            guard let concept = parseConcept(node, path: "concepts[\(index)]", log: log) else { continue }
            if let line = firstLine[concept.id] {
                log.add(node, "concepts[\(index)].id", "duplicate concept id \"\(concept.id)\" (first on line \(line))")
                continue
            }
            firstLine[concept.id] = node.mark?.line ?? 0
            concepts.append((concept, node.mark?.line))
        }
        return concepts
    }

    private static func parseConcept(_ node: Node, path: String, log: ProblemLog) -> Concept? {
        guard let fields = YAMLFields(node, path: path, log: log, allowed: conceptFields) else { return nil }
        let id = fields.string("id", required: true).map { ConceptID($0) }
        if let id, !id.isWellFormed {
            log.add(fields.value("id"), fields.field("id"), "\"\(id)\" is not an id: lower-case words joined by hyphens")
        }
        let th = fields.string("th", required: true)
        let en = fields.string("en", required: true)
        let kind = fields.string("kind").flatMap { raw -> Concept.Kind? in
            if let kind = Concept.Kind(rawValue: raw) { return kind }
            log.add(fields.value("kind"), fields.field("kind"), "\"\(raw)\" is not one of: disclosure, hub, survey")
            return nil
        } ?? .disclosure
        let period = fields.choice("period", as: PeriodRule.self) ?? PeriodRule.none
        let fix = fields.string("fix", required: kind == .disclosure)
        let fixEnglish = fields.string("fix_en")
        let strings: (String) -> [String] = { key in fields.strings(key)?.map(\.0) ?? [] }
        let examples = strings("examples")
        if kind == .disclosure && examples.isEmpty {
            log.add(node, fields.field("examples"), "give at least one label that must match this concept")
        }
        guard let id, id.isWellFormed, let th, let en else { return nil }
        let combinations = readCombinations(fields, log: log)
        return Concept(id: id, label: LocalizedText(th: th, en: en), kind: kind, synonyms: strings("synonyms"),
                       combinations: combinations,
                       urlHints: strings("url_hints"), negativeTerms: strings("negative"), defaultPeriod: period,
                       externalAllowed: fields.bool("external") ?? false,
                       fix: fix.map { LocalizedText(th: $0, en: fixEnglish ?? "") },
                       examples: examples, counterexamples: strings("counterexamples"),
                       note: fields.string("note"))
    }

    /// `all_of: [[word, word], ...]`: each entry a list of two or more words.
    private static func readCombinations(_ fields: YAMLFields, log: ProblemLog) -> [[String]] {
        guard let node = fields.value("all_of") else { return [] }
        guard case .sequence(let sets) = node else {
            log.add(node, fields.field("all_of"), "expected a list of word lists, like [[รายงาน, 6 เดือน]]")
            return []
        }
        return sets.enumerated().compactMap { index, set -> [String]? in
            guard case .sequence(let words) = set, words.count >= 2,
                  words.allSatisfy({ $0.scalar != nil }) else {
                log.add(set, "\(fields.field("all_of"))[\(index)]", "expected a list of two or more words")
                return nil
            }
            return words.compactMap(\.string)
        }
    }

    /// Every example must name its concept and every counterexample must not: a synonym added
    /// for one concept must not quietly break another.
    private static func checkExamples(of lexicon: Lexicon, log: ProblemLog, lines: [ConceptID: Int?]) {
        for concept in lexicon.concepts {
            for example in concept.examples {
                let found = lexicon.concepts(in: NormalizedText(example))
                if !found.contains(concept.id) {
                    let got = found.isEmpty ? "nothing" : found.map(\.rawValue).joined(separator: ", ")
                    log.add(line: lines[concept.id] ?? nil, "\(concept.id).examples",
                            "\"\(example)\" should match \(concept.id) but matches \(got)")
                }
            }
            for counterexample in concept.counterexamples
            where lexicon.concepts(in: NormalizedText(counterexample)).contains(concept.id) {
                log.add(line: lines[concept.id] ?? nil, "\(concept.id).counterexamples",
                        "\"\(counterexample)\" must not match \(concept.id)")
            }
        }
    }
}
