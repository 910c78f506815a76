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
        let scalars = Array(text.value.lowercased().unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard ("a"..."z").contains(scalar) else { index += 1; continue }
            // A run of letters, then (after an optional space or dash) digits.
            var end = index
            while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
            let letters = String(String.UnicodeScalarView(scalars[index..<end]))
            let startsWord = index == 0 || !("a"..."z").contains(scalars[index - 1])
            var digitsStart = end
            if digitsStart < scalars.count, scalars[digitsStart] == " " || scalars[digitsStart] == "-" || scalars[digitsStart] == "." {
                digitsStart += 1
            }
            var digitsEnd = digitsStart
            while digitsEnd < scalars.count, ("0"..."9").contains(scalars[digitsEnd]) { digitsEnd += 1 }
            let digitCount = digitsEnd - digitsStart
            let followedByDigit = digitsEnd < scalars.count && ("0"..."9").contains(scalars[digitsEnd])
            if startsWord, (1...2).contains(digitCount), !followedByDigit,
               let number = Int(String(String.UnicodeScalarView(scalars[digitsStart..<digitsEnd]))), number > 0 {
                switch letters {
                case "o", "oit": return ItemCode(scheme: .oit, number: number)
                case "moit", "eb", "iit", "eit": return ItemCode(scheme: .other(letters.uppercased()), number: number)
                default: break
                }
            }
            index = end
        }
        return nil
    }
}
