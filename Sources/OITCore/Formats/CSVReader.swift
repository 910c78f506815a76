/// Reads CSV (RFC 4180: quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
/// a UTF-8 byte order mark) and keeps the line each record starts on, so that a bad row in a
/// coordinator's spreadsheet can be pointed at. The kept CSV libraries do not report lines.
public enum CSVReader {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// A quoted field is never closed.
        case unterminatedQuote(line: Int)

        public var description: String {
            switch self {
            case .unterminatedQuote(let line):
                return "line \(line): a quoted field is never closed (a missing \")"
            }
        }
    }

    public static func records(in text: String, separator: Character = ",") throws(Failure) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldStarted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        if text.first == "\u{FEFF}" { _ = characters.next() }

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldStarted = false
        }

        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where !fieldStarted || field.trimmingSpaces().isEmpty:
                field = ""
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            case separator:
                fields.append(field)
                field = ""
                fieldStarted = false
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
                fieldStarted = true
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
