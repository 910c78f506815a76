import Yams

/// Parses YAML text into a node tree, turning a syntax error into a located problem.
enum YAMLDocument {
    /// The implicit types the files use: true/false and whole numbers; every other plain
    /// scalar is text. Yams's default resolver also tries floats, nulls, timestamps and merge
    /// keys, each a regular expression (ICU's) run over every scalar of every file at every
    /// start of `oit`: a tenth of a start's CPU.
    static let resolver = Resolver.basic.appending(.bool).appending(.int)

    static func compose(_ text: String, log: ProblemLog) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text, resolver) else {
                log.add(line: 1, "", "the file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            log.add(line: error.line, column: error.column, "", "not valid YAML: \(error.summary)")
            return nil
        } catch {
            log.add(line: nil, "", "not valid YAML: \(error)")
            return nil
        }
    }
}

private extension YamlError {
    var mark: Mark? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark
        case .duplicatedKeysInMapping(_, let context):
            return context.mark
        default:
            return nil
        }
    }

    var line: Int? { mark?.line }
    var column: Int? { mark?.column }

    var summary: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case .duplicatedKeysInMapping(let duplicates, _):
            return "a field is given twice in one mapping: " + duplicates.joined(separator: ", ")
        default:
            return "\(self)"
        }
    }
}
