/// A field of a CSV file as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
/// break, quotes doubled. A field that a spreadsheet would take for a formula (=, +, -, @) is
/// prefixed with an apostrophe, so that text from a website cannot run in Excel.
enum CSVField {
    /// Read by bytes: a province summary has a field per agency, item and column, and reading
    /// Thai by characters (grapheme breaks) made the file most of the summary's cost. A line
    /// break written CR LF is one character, which a look for "\n" or "\r" alone missed.
    static func escape(_ value: String) -> String {
        var text = value
        if let first = value.utf8.first, "=+-@".utf8.contains(first), !value.dropFirst().isEmpty { text = "'" + value }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Lines of fields, CRLF-terminated, behind a UTF-8 byte order mark (Excel's sign for UTF-8).
    static func file(_ rows: [[String]]) -> String {
        var file = "\u{FEFF}"
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { file += "," }
                file += escape(field)
            }
            file += "\r\n"
        }
        return file
    }
}
