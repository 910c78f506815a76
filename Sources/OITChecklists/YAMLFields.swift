import Foundation
import Yams

/// Reads the fields of one YAML mapping, recording a located ``ChecklistProblem`` for every
/// missing, mistyped, duplicated or unknown field instead of stopping at the first.
struct YAMLFields {
    let node: Node
    let path: String
    let log: ProblemLog
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Reads `node` as a mapping; nil (with a problem logged) when it is not one.
    init?(_ node: Node, path: String, log: ProblemLog, allowed: [String]) {
        guard case .mapping(let mapping) = node else {
            log.add(node, path, "expected a mapping of fields, found \(YAMLFields.kind(of: node))")
            return nil
        }
        self.node = node
        self.path = path
        self.log = log
        var pairs: [(String, Node, Node)] = []
        var seen: [String: Int] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if let first = seen[name] {
                log.add(key, YAMLFields.join(path, name), "field given twice (first on line \(first))")
                continue
            }
            seen[name] = key.mark?.line ?? 0
            if !allowed.contains(name) {
                let hint = YAMLFields.closest(to: name, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
                log.add(key, YAMLFields.join(path, name), "unknown field\(hint)")
                continue
            }
            pairs.append((name, key, value))
        }
        self.pairs = pairs
    }

    func value(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    func field(_ key: String) -> String { YAMLFields.join(path, key) }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { log.add(node, field(key), "missing") }
            return nil
        }
        guard case .scalar(let scalar) = value, !scalar.string.isEmpty || !required else {
            log.add(value, field(key), "expected text, found \(YAMLFields.kind(of: value))")
            return nil
        }
        if required && scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
            log.add(value, field(key), "must not be empty")
            return nil
        }
        return scalar.string
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = value(key) else {
            if required { log.add(node, field(key), "missing") }
            return nil
        }
        guard let int = value.int else {
            log.add(value, field(key), "expected a whole number, found \(YAMLFields.describe(value))")
            return nil
        }
        return int
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let bool = value.bool else {
            log.add(value, field(key), "expected true or false, found \(YAMLFields.describe(value))")
            return nil
        }
        return bool
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ key: String, required: Bool = false) -> [(String, Node)]? {
        guard let value = value(key) else {
            if required { log.add(node, field(key), "missing") }
            return nil
        }
        switch value {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? [] : [(scalar.string, value)]
        case .sequence(let sequence):
            var result: [(String, Node)] = []
            for (index, element) in sequence.enumerated() {
                guard case .scalar(let scalar) = element else {
                    log.add(element, "\(field(key))[\(index)]", "expected text, found \(YAMLFields.kind(of: element))")
                    continue
                }
                result.append((scalar.string, element))
            }
            return result
        default:
            log.add(value, field(key), "expected a list, found \(YAMLFields.kind(of: value))")
            return nil
        }
    }

    /// The text of `key` read against a closed set of values (`status`, `period`, ...).
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type,
                                                        required: Bool = false) -> Value? where Value.RawValue == String {
        guard let raw = string(key, required: required) else { return nil }
        if let value = Value(rawValue: raw) { return value }
        let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
        log.add(self.value(key)!, field(key), "\"\(raw)\" is not one of: \(known)")
        return nil
    }

    // MARK: - Helpers

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: return "a text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func describe(_ node: Node) -> String {
        if case .scalar(let scalar) = node { return "\"\(scalar.string)\"" }
        return kind(of: node)
    }

    /// The allowed name nearest to a misspelt one, if it is close.
    static func closest(to name: String, in names: [String]) -> String? {
        let scored = names.map { ($0, editDistance(name, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, name.count / 3) else { return nil }
        return best
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Collects problems while a file is read.
final class ProblemLog {
    let file: String
    private(set) var problems: [ChecklistProblem] = []

    init(file: String) {
        self.file = file
    }

    func add(_ node: Node?, _ field: String, _ message: String) {
        problems.append(ChecklistProblem(file: file, line: node?.mark?.line, column: node?.mark?.column,
                                         field: field, message: message))
    }

    func add(line: Int?, column: Int? = nil, _ field: String, _ message: String) {
        problems.append(ChecklistProblem(file: file, line: line, column: column, field: field, message: message))
    }
}
