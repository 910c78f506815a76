/// Finds the years and dates in a piece of Thai (or English) text.
///
/// Reads Buddhist and Christian years, Thai digits (through ``NormalizedText``), "พ.ศ. 2567",
/// "ปีงบประมาณ 2568", "ปีงบฯ 68", "2567-2570" ranges, full and abbreviated Thai month names
/// ("ตุลาคม 2566", "ต.ค. 66", "15 ต.ค. 2566"), numeric dates (1/10/2567, 2024-10-01) and
/// English month names. A two-digit year is only read where a prefix makes it a year
/// (ปีงบฯ 68, พ.ศ. 67, ต.ค. 66, ปี 68), so that item codes and counts are never taken for years.
public enum ThaiDateReader {
    /// Whether `text` has a digit, Arabic or Thai: every date has one, and most labels, headings
    /// and paths have none, which is found without normalising them.
    public static func hasDigit(_ text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ DigitStretches.firstDigit(in: $0, from: 0) != nil }) {
            return found
        }
        var text = String(text)
        return text.withUTF8 { DigitStretches.firstDigit(in: $0, from: 0) != nil }
    }

    public static func mentions(in raw: String) -> [DateMention] {
        guard hasDigit(raw) else { return [] }
        if raw.utf8.count >= longText, let found = mentionsNearDigits(in: raw) { return found }
        // The normalised value only: a page's text has no use for the comparison key.
        return mentions(inNormalized: ThaiText.normalize(raw))
    }

    /// The mentions of a text given as its UTF-8 bytes (valid, as a page's text is collected):
    /// a long one is read near its digits without a String made of all of it.
    public static func mentions(inUTF8 utf8: UnsafeBufferPointer<UInt8>) -> [DateMention] {
        guard DigitStretches.firstDigit(in: utf8, from: 0) != nil else { return [] }
        if utf8.count >= longText, let found = mentionsNearDigits(inUTF8: utf8) { return found }
        return mentions(inNormalized: ThaiText.normalize(String(decoding: utf8, as: UTF8.self)))
    }

    /// From this many bytes on, a text is read in its stretches around digits.
    static let longText = 1024
    /// The scalars around a digit (spaces aside) that a mention may take in: the prefix read
    /// before a number is at most 24 (and the one before it), the range or date after it a dozen.
    static let context = 32

    /// The mentions of a long text (a page's), read in ``DigitStretches`` and not whole: most
    /// of a page is words, and normalising all of it was most of the cost of reading its dates.
    /// Nil (read it whole) when most of it is near digits anyway, or when a stretch, once
    /// normalised, holds less than ``context`` around its digits (marks typed many times over
    /// collapse): the mentions are then exactly those of the whole text.
    static func mentionsNearDigits(in raw: String) -> [DateMention]? {
        var raw = raw
        return raw.withUTF8 { mentionsNearDigits(inUTF8: $0) }
    }

    private static func mentionsNearDigits(inUTF8 utf8: UnsafeBufferPointer<UInt8>) -> [DateMention]? {
        // Twice the context in raw scalars: normalising may merge two into one.
        let stretches = DigitStretches.of(utf8, reach: 2 * context)
        guard stretches.reduce(0, { $0 + $1.count }) * 4 < utf8.count * 3 else { return nil }
        var found: [DateMention] = []
        for range in stretches {
            let piece = ThaiText.normalize(String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self))
            let scalars = scalarArray(piece)
            guard hasContext(scalars, before: range.lowerBound > 0, after: range.upperBound < utf8.count) else { return nil }
            found += mentions(inScalars: scalars)
        }
        return found
    }

    /// Whether `scalars` hold ``context`` scalars (spaces aside) before their first digit and after
    /// their last, where asked.
    private static func hasContext(_ scalars: [Unicode.Scalar], before: Bool, after: Bool) -> Bool {
        func enough(_ side: some Sequence<Unicode.Scalar>) -> Bool {
            var counted = 0
            for scalar in side {
                if isDigit(scalar) { return false }
                if scalar != " " { counted += 1 }
                if counted >= context { return true }
            }
            return false
        }
        return (!before || enough(scalars)) && (!after || enough(scalars.reversed()))
    }

    public static func mentions(in text: NormalizedText) -> [DateMention] {
        mentions(inNormalized: text.value)
    }

    /// `value` has been through ``ThaiText/normalize(_:)``.
    private static func mentions(inNormalized value: String) -> [DateMention] {
        // Every mention has a digit (ASCII, once normalised): most labels have none.
        guard value.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [] }
        return mentions(inScalars: scalarArray(value))
    }

    private static func mentions(inScalars scalars: [Unicode.Scalar]) -> [DateMention] {
        var found: [DateMention] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                index += 1
                continue
            }
            let run = digitRun(in: scalars, from: index)
            if let (mention, end) = numericDate(in: scalars, at: index, run: run) {
                found.append(mention)
                index = end
                continue
            }
            if let (mention, end) = yearMention(in: scalars, run: run) {
                found.append(mention)
                index = end
                continue
            }
            index = run.end
        }
        return found
    }

    /// The scalars of `text`, decoded from its bytes (`Array(text.unicodeScalars)` goes through
    /// the generic sequence copy, a fifth of reading a page's dates).
    private static func scalarArray(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var index = 0
                while index < utf8.count {
                    let length = ThaiText.sequenceLength(lead: utf8[index])
                    buffer[count] = Unicode.Scalar(ThaiText.scalarValue(utf8, at: index, length: length)).unsafelyUnwrapped
                    count += 1
                    index += length
                }
            }
        }
    }

    // MARK: - Years with a prefix

    private enum Prefix {
        case fiscal, buddhist, christian, year, month(Int)
    }

    private static let fiscalPrefixes = ["ปีงบประมาณพ.ศ.", "ปีงบประมาณพ.ศ", "ปีงบประมาณ", "ปีงบฯพ.ศ.", "ปีงบฯ",
                                         "ปีงบ.", "ปีงบ", "งบประมาณพ.ศ.", "งบประมาณ", "fiscalyear", "fy."]
    private static let buddhistPrefixes = ["พ.ศ.", "พ.ศ", "พศ."]
    private static let christianPrefixes = ["ค.ศ.", "ค.ศ", "คศ."]

    private static func yearMention(in scalars: [Unicode.Scalar], run: DigitRun) -> (DateMention, Int)? {
        let (prefix, prefixStart) = classifyPrefix(in: scalars, before: run.start)
        let year: (year: Int, era: Era)
        switch run.length {
        case 4:
            switch prefix {
            case .christian?:
                guard Era.plausibleChristian.contains(run.value) else { return nil }
                year = (run.value + Era.offset, .christian)
            case .buddhist?:
                guard Era.plausibleBuddhist.contains(run.value) else { return nil }
                year = (run.value, .buddhist)
            default:
                guard let read = Era.buddhistYear(fromFourDigits: run.value) else { return nil }
                year = read
            }
        case 2:
            guard let prefix, run.value >= 40 else { return nil }
            if case .christian = prefix { return nil }
            year = (2500 + run.value, .buddhist)
        default:
            return nil
        }
        let start = prefixStart ?? run.start
        if let (upper, end) = rangeEnd(in: scalars, after: run, lower: year) {
            let mention = DateMention(kind: .yearRange, years: year.year...upper, era: year.era,
                                      text: string(scalars, start..<end))
            return (mention, end)
        }
        let text = string(scalars, start..<run.end)
        switch prefix {
        case .fiscal?:
            return (DateMention(kind: .fiscalYear, years: year.year...year.year, era: year.era, text: text), run.end)
        case .month(let month)?:
            let day = dayBefore(in: scalars, index: prefixStart ?? run.start)
            let mentionStart = day?.start ?? start
            return (DateMention(kind: .month, years: year.year...year.year, month: month, day: day?.value,
                                era: year.era, text: string(scalars, mentionStart..<run.end)), run.end)
        default:
            return (DateMention(kind: .year, years: year.year...year.year, era: year.era, text: text), run.end)
        }
    }

    /// What the words just before a number say it is, and where those words start.
    private static func classifyPrefix(in scalars: [Unicode.Scalar], before index: Int) -> (Prefix?, Int?) {
        // Every word below ends in one of a few characters: most numbers follow none of them.
        var last = index - 1
        while last >= 0 && scalars[last] == " " { last -= 1 }
        guard last >= 0, prefixEnds.contains(lowercased(scalars[last]).value) else { return (nil, nil) }
        // The last few characters before the number, spaces dropped, Latin lower-cased,
        // remembering where each came from.
        var compact: [Unicode.Scalar] = []
        var origin: [Int] = []
        compact.reserveCapacity(24)
        origin.reserveCapacity(24)
        var cursor = index - 1
        while cursor >= 0 && compact.count < 24 {
            let scalar = scalars[cursor]
            if scalar != " " {
                compact.append(lowercased(scalar))
                origin.append(cursor)
            }
            cursor -= 1
        }
        compact.reverse()
        origin.reverse()
        // Compared scalar by scalar: this runs before every number in a page's text, and every
        // word compared starts with a letter, so a cluster cannot straddle its start.
        func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
            compact.count >= suffix.count && compact[(compact.count - suffix.count)...].elementsEqual(suffix)
        }
        func start(ofSuffix suffix: [Unicode.Scalar]) -> Int {
            origin[origin.count - suffix.count]
        }
        for prefix in fiscalPrefixScalars where hasSuffix(prefix) {
            return (.fiscal, start(ofSuffix: prefix))
        }
        // A Latin word must not be the end of a longer word ("fy" in "spotify").
        func standsAlone(_ suffix: [Unicode.Scalar]) -> Bool {
            let first = start(ofSuffix: suffix)
            return first == 0 || !isLatinLetter(scalars[first - 1])
        }
        if hasSuffix(fiscalLatin), standsAlone(fiscalLatin) {
            return (.fiscal, start(ofSuffix: fiscalLatin))
        }
        for (month, spelling) in zip(ThaiMonth.spellings, monthScalars) where hasSuffix(spelling) {
            if month.isLatin && !standsAlone(spelling) { continue }
            return (.month(month.month), start(ofSuffix: spelling))
        }
        for prefix in buddhistPrefixScalars where hasSuffix(prefix) {
            return (.buddhist, start(ofSuffix: prefix))
        }
        for prefix in christianPrefixScalars where hasSuffix(prefix) {
            return (.christian, start(ofSuffix: prefix))
        }
        if hasSuffix(yearWord) {
            return (.year, start(ofSuffix: yearWord))
        }
        return (nil, nil)
    }

    private static let fiscalPrefixScalars = fiscalPrefixes.map { Array($0.unicodeScalars) }
    private static let buddhistPrefixScalars = buddhistPrefixes.map { Array($0.unicodeScalars) }
    private static let christianPrefixScalars = christianPrefixes.map { Array($0.unicodeScalars) }
    private static let monthScalars = ThaiMonth.spellings.map { Array($0.spelling.unicodeScalars) }
    private static let fiscalLatin = Array("fy".unicodeScalars)
    private static let yearWord = Array("ปี".unicodeScalars)
    /// The last characters of the words ``classifyPrefix(in:before:)`` looks for.
    private static let prefixEnds = Set((fiscalPrefixScalars + buddhistPrefixScalars + christianPrefixScalars + monthScalars
                                         + [fiscalLatin, yearWord]).compactMap { $0.last?.value })

    /// "2566-2570", "2566 - 70", "2566 ถึง 2570": the upper year of a span that starts at `run`.
    private static func rangeEnd(in scalars: [Unicode.Scalar], after run: DigitRun,
                                 lower: (year: Int, era: Era)) -> (Int, Int)? {
        var cursor = skipSpaces(in: scalars, from: run.end)
        guard cursor < scalars.count else { return nil }
        if isDash(scalars[cursor]) {
            cursor += 1
        } else if matches(scalars, at: cursor, "ถึง") {
            cursor += 3
        } else {
            return nil
        }
        cursor = skipSpaces(in: scalars, from: cursor)
        // "พ.ศ. 2566 - พ.ศ. 2570"
        for prefix in buddhistPrefixes where matches(scalars, at: cursor, prefix) {
            cursor = skipSpaces(in: scalars, from: cursor + prefix.unicodeScalars.count)
            break
        }
        guard cursor < scalars.count, isDigit(scalars[cursor]) else { return nil }
        let second = digitRun(in: scalars, from: cursor)
        var upper: Int
        switch second.length {
        case 4:
            upper = lower.era == .christian ? second.value + Era.offset : second.value
        case 2:
            upper = (lower.year / 100) * 100 + second.value
        default:
            return nil
        }
        if lower.era == .buddhist, second.length == 4, Era.plausibleChristian.contains(second.value) {
            upper = second.value + Era.offset
        }
        guard upper > lower.year, upper - lower.year <= 20 else { return nil }
        return (upper, second.end)
    }

    /// "15 ต.ค.": the day written before a month name.
    private static func dayBefore(in scalars: [Unicode.Scalar], index: Int) -> (value: Int, start: Int)? {
        var cursor = index - 1
        while cursor >= 0 && scalars[cursor] == " " { cursor -= 1 }
        guard cursor >= 0, isDigit(scalars[cursor]) else { return nil }
        var start = cursor
        while start > 0 && isDigit(scalars[start - 1]) { start -= 1 }
        // A day stands on its own: "15 ต.ค.", not the "1" of "สขร.1 ต.ค.".
        if start > 0, scalars[start - 1] != " ", scalars[start - 1] != "(", scalars[start - 1] != "," { return nil }
        let length = cursor - start + 1
        guard length <= 2, let value = Int(string(scalars, start..<(cursor + 1))), (1...31).contains(value) else {
            return nil
        }
        return (value, start)
    }

    // MARK: - Numeric dates

    /// "1/10/2567", "01-10-2024", "2024-10-01", "2567/10/01".
    private static func numericDate(in scalars: [Unicode.Scalar], at index: Int, run first: DigitRun) -> (DateMention, Int)? {
        guard first.end < scalars.count else { return nil }
        let separator = scalars[first.end]
        guard separator == "/" || separator == "-" || separator == "." else { return nil }
        guard first.end + 1 < scalars.count, isDigit(scalars[first.end + 1]) else { return nil }
        let second = digitRun(in: scalars, from: first.end + 1)
        guard second.length <= 2, second.end < scalars.count, scalars[second.end] == separator,
              second.end + 1 < scalars.count, isDigit(scalars[second.end + 1]) else { return nil }
        let third = digitRun(in: scalars, from: second.end + 1)
        let text = string(scalars, index..<third.end)
        if first.length == 4, third.length <= 2,
           let year = Era.buddhistYear(fromFourDigits: first.value),
           (1...12).contains(second.value), (1...31).contains(third.value) {
            return (DateMention(kind: .month, years: year.year...year.year, month: second.value, day: third.value,
                                era: year.era, text: text), third.end)
        }
        if first.length <= 2, third.length == 4,
           let year = Era.buddhistYear(fromFourDigits: third.value),
           (1...12).contains(second.value), (1...31).contains(first.value) {
            return (DateMention(kind: .month, years: year.year...year.year, month: second.value, day: first.value,
                                era: year.era, text: text), third.end)
        }
        return nil
    }

    // MARK: - Scanning helpers

    private struct DigitRun {
        let start: Int
        let end: Int
        let value: Int
        var length: Int { end - start }
    }

    private static func digitRun(in scalars: [Unicode.Scalar], from start: Int) -> DigitRun {
        var end = start
        var value = 0
        while end < scalars.count, isDigit(scalars[end]) {
            if end - start < 9 { value = value * 10 + Int(scalars[end].value - 0x30) }
            end += 1
        }
        return DigitRun(start: start, end: end, value: value)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || (0x2010...0x2015).contains(scalar.value) || scalar.value == 0x2212
    }

    private static func skipSpaces(in scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count && scalars[cursor] == " " { cursor += 1 }
        return cursor
    }

    private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
        var cursor = index
        for scalar in word.unicodeScalars {
            guard cursor < scalars.count, lowercased(scalars[cursor]) == scalar else { return false }
            cursor += 1
        }
        return true
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    /// The text of `range` (encoded at once: a String built scalar by scalar grew with each).
    private static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: 4 * range.count) { output in
            var written = 0
            for scalar in scalars[range] {
                UTF8.encode(scalar) { byte in
                    output[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
