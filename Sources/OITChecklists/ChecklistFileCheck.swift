import Foundation
import OITCore
import Yams

/// Checks any file a person may hand to `oit checklists validate`: a form, or a lexicon
/// (`concepts.yaml`, recognised by its top-level `concepts:` list).
public enum ChecklistFileCheck {
    public enum Outcome: Sendable {
        case checklist(Checklist)
        case lexicon(Lexicon)
        case problems(ChecklistProblems)
    }

    public static func check(_ text: String, file: String, lexicon: Lexicon) -> Outcome {
        if isLexicon(text) {
            switch ConceptsReader.read(text, file: file) {
            case .success(let lexicon): return .lexicon(lexicon)
            case .failure(let problems): return .problems(problems)
            }
        }
        switch ChecklistReader.read(text, file: file, lexicon: lexicon) {
        case .success(let checklist): return .checklist(checklist)
        case .failure(let problems): return .problems(problems)
        }
    }

    private static func isLexicon(_ text: String) -> Bool {
        guard let node = try? Yams.compose(yaml: text, YAMLDocument.resolver), case .mapping(let mapping) = node else { return false }
        return mapping.keys.contains { $0.string == "concepts" } && !mapping.keys.contains { $0.string == "items" }
    }
}
