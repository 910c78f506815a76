/// A plain-text table whose columns line up for Thai, whose vowel and tone marks take no width
/// of their own on a terminal.
public struct TextTable {
    public let header: [String]
    public var rows: [[String]] = []

    public init(_ header: [String]) {
        self.header = header
    }

    public mutating func add(_ row: [String]) {
        rows.append(row)
    }

    public func render() -> String {
        let all = [header] + rows
        let count = header.count
        var widths = [Int](repeating: 0, count: count)
        for row in all {
            for (index, cell) in row.enumerated() where index < count - 1 {
                widths[index] = max(widths[index], TextTable.displayWidth(cell))
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - TextTable.displayWidth(cell))
            }
            .joined(separator: "  ")
            .replacingTrailingSpaces()
        }
        .joined(separator: "\n")
    }

    /// Terminal columns a text takes: combining marks and colour codes take none, East Asian wide
    /// characters two.
    public static func displayWidth(_ text: String) -> Int {
        var inEscape = false
        return text.unicodeScalars.reduce(0) { width, scalar in
            // Colour codes (ESC [ ... m) take no room.
            if scalar == "\u{1B}" { inEscape = true }
            if inEscape {
                if scalar == "m" { inEscape = false }
                return width
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                return width
            default:
                let value = scalar.value
                let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                    || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                    || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
                return width + (wide ? 2 : 1)
            }
        }
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
