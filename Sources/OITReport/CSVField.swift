/// A field of a CSV file as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
/// break, quotes doubled. A field that a spreadsheet would take for a formula (=, +, -, @) is
/// prefixed with an apostrophe, so that text from a website cannot run in Excel.
enum CSVField {
    static func escape(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first), text.count > 1 { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Lines of fields, CRLF-terminated, behind a UTF-8 byte order mark (Excel's sign for UTF-8).
    static func file(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(escape).joined(separator: ",") + "\r\n" }.joined()
    }
}
