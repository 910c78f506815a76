import OITCore

/// An item code in a label or heading: "O12", "o12", "ITA-o12", "O 12". Codes of schemes with no
/// shipped form (MOIT, EB) are recognised so that they are not taken for OIT codes.
struct ItemCode: Hashable, Sendable {
    enum Scheme: Hashable, Sendable {
        case oit
        /// MOPH's MOIT, the older EB: no shipped form, so the text must speak.
        case other(String)
    }

    let scheme: Scheme
    let number: Int

    var code: String { "O\(number)" }

    /// The first item code in `text`.
    static func find(in text: NormalizedText) -> ItemCode? {
        // Every code has a digit (Thai digits are ASCII once normalised): most labels have none.
        guard text.value.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let units = letterUnits(text.value)
        var index = 0
        while index < units.count {
            guard isLetter(units[index]) else { index += 1; continue }
            // A run of letters, then (after an optional space, dash or dot) one or two digits.
            var end = index
            while end < units.count, isLetter(units[end]) { end += 1 }
            var digitsStart = end
            if digitsStart < units.count, units[digitsStart] == UInt8(ascii: " ") || units[digitsStart] == UInt8(ascii: "-")
                || units[digitsStart] == UInt8(ascii: ".") {
                digitsStart += 1
            }
            var digitsEnd = digitsStart
            var number = 0
            while digitsEnd < units.count, isDigit(units[digitsEnd]) {
                number = number &* 10 &+ Int(units[digitsEnd] - UInt8(ascii: "0"))
                digitsEnd += 1
            }
            if (1...2).contains(digitsEnd - digitsStart), number > 0 {
                switch units[index..<end] {
                case let letters where letters.elementsEqual("o".utf8) || letters.elementsEqual("oit".utf8):
                    return ItemCode(scheme: .oit, number: number)
                case let letters where ["moit", "eb", "iit", "eit"].contains(where: { letters.elementsEqual($0.utf8) }):
                    return ItemCode(scheme: .other(String(decoding: letters, as: UTF8.self).uppercased()), number: number)
                default: break
                }
            }
            index = end
        }
        return nil
    }

    /// The text as the search sees it, a byte a scalar: ASCII lower-cased, any other scalar 0x80
    /// (no letter, digit or separator). As `lowercased()` reads it for codes: of the two other
    /// scalars whose lower case holds a-z, NFC has made the Kelvin sign a K, and İ's "i" and
    /// combining dot end a run of letters in i, as no scheme does (the tests compare the two).
    /// `String.lowercased()` of Thai text cost 27,000 instructions a label.
    private static func letterUnits(_ text: String) -> [UInt8] {
        var units: [UInt8] = []
        units.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: units.append(UInt8(scalar.value) + 0x20)
            case 0..<0x80: units.append(UInt8(scalar.value))
            default: units.append(0x80)
            }
        }
        return units
    }

    private static func isLetter(_ unit: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(unit) }
    private static func isDigit(_ unit: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(unit) }
}
