import Foundation
import OITCore

/// A date read for a piece of evidence, with where it was read from. A date is either what the
/// evidence is about ("แผนดำเนินงานประจำปี 2568") or when it was published (an upload folder
/// /2025/04/, a PDF's creation date, Last-Modified).
public struct EvidenceDate: Hashable, Sendable {
    /// Where the date was read, most trusted first.
    public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
        case label
        /// The heading the link stands under on its page.
        case heading
        case url
        case title
        case pdf
        case lastModified = "last-modified"
        case text
    }

    public enum Kind: Hashable, Sendable {
        /// The fiscal years the evidence is about.
        case about(ClosedRange<FiscalYear>)
        /// The month it was published or last changed.
        case published(CalendarMonth)
    }

    public let kind: Kind
    public let source: Source
    /// The words or value it was read from.
    public let text: String

    public init(kind: Kind, source: Source, text: String) {
        self.kind = kind
        self.source = source
        self.text = text
    }

    /// The Buddhist year to show for it.
    public var year: Int {
        switch kind {
        case .about(let range): return range.upperBound.buddhistYear
        case .published(let month): return FiscalYear(containing: month).buddhistYear
        }
    }

    /// Whether this date meets `rule` when `assessed` is the fiscal year assessed; nil when it
    /// cannot tell (a publication date says nothing of a multi-year plan's span).
    public func satisfies(_ rule: PeriodRule, assessing assessed: FiscalYear) -> Bool? {
        switch kind {
        case .about(let range):
            return rule.isSatisfied(by: range, assessing: assessed)
        case .published(let month):
            // Published before the window: it cannot be of the period. Published after it: it may
            // still be (a report uploaded late, a file touched since), so it does not decide.
            guard let window = Self.publicationWindow(rule, assessing: assessed) else { return rule == .none ? true : nil }
            if month < window.lowerBound { return false }
            return month <= window.upperBound ? true : nil
        }
    }

    /// The months in which evidence meeting `rule` is published.
    static func publicationWindow(_ rule: PeriodRule, assessing assessed: FiscalYear) -> ClosedRange<CalendarMonth>? {
        switch rule {
        case .none, .multiYearIncludingCurrent: return nil
        // A plan may be published in the last quarter before its year starts.
        case .currentFY: return assessed.firstMonth.advanced(by: -3)...assessed.lastMonth
        // A report on last year is published late in that year or during this one.
        case .previousFY: return assessed.previous.firstMonth...assessed.lastMonth
        // A six-month report is published once the first half is nearly over.
        case .firstHalfCurrentFY: return assessed.firstHalf.upperBound.advanced(by: -1)...assessed.lastMonth
        }
    }

    /// Dates in a text (a label, a title): a year is what the evidence is about;
    /// a month ("ประกาศ ณ 20 ก.ย. 2567", "สขร.1 ต.ค. 67") is read as when it was published.
    static func mentioned(in text: String, source: Source) -> [EvidenceDate] {
        ThaiDateReader.mentions(in: text).map { EvidenceDate($0, source: source) }
    }

    /// ``mentioned(in:source:)`` of a text given as its UTF-8 bytes (a page's, as collected).
    static func mentioned(inUTF8 text: ArraySlice<UInt8>, source: Source) -> [EvidenceDate] {
        text.withUnsafeBufferPointer { ThaiDateReader.mentions(inUTF8: $0) }.map { EvidenceDate($0, source: source) }
    }

    /// What a mention says: the month it was published in, or the years it is about.
    init(_ mention: DateMention, source: Source) {
        if let month = mention.calendarMonth {
            self.init(kind: .published(month), source: source, text: mention.text)
        } else {
            self.init(kind: .about(mention.fiscalYears), source: source, text: mention.text)
        }
    }

    /// Dates in a URL: a year in the file name ("o13-2567.pdf") is what it is about; an upload
    /// folder ("/2025/04/") is when it was published.
    static func inURL(_ url: URL) -> [EvidenceDate] {
        // Both kinds of date have digits; most paths (/about/structure.html) have none.
        let decoded = PlainAddress.path(of: url)
        guard ThaiDateReader.hasDigit(decoded) else { return [] }
        // Encoded twice, a path still has escapes after URL's own decoding ("%25E0...").
        let path = decoded.utf8.contains(UInt8(ascii: "%")) ? decoded.removingPercentEncoding ?? decoded : decoded
        // Split and read as bytes: this is asked of every candidate's URL.
        let segments = path.utf8.split(separator: UInt8(ascii: "/")).map(Substring.init)
        // WordPress-style upload folders: /YYYY/MM/
        for (index, segment) in segments.enumerated() where index + 1 < segments.count {
            let next = segments[index + 1]
            if segment.utf8.count == 4, let year = Int(segment), (1997...2077).contains(year),
               next.utf8.count == 2, let month = Int(next), (1...12).contains(month) {
                return [EvidenceDate(kind: .published(CalendarMonth(buddhistYear: year + 543, month: month)), source: .url,
                                     text: "/\(segment)/\(next)/")]
            }
        }
        let name = segments.last.map(withoutExtension) ?? ""
        let words = String(decoding: name.utf8.map { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") ? 0x20 : $0 },
                           as: UTF8.self)
        return mentioned(in: words, source: .url)
    }

    /// A file name without its extension, as `NSString.deletingPathExtension` drops it: from the
    /// last dot, unless that dot starts the name (".htaccess") or the name is "..".
    static func withoutExtension(_ name: Substring) -> Substring {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex, name != ".." else { return name }
        return name[..<dot]
    }

    static func published(_ date: Date, source: Source) -> EvidenceDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        let month = CalendarMonth(buddhistYear: (parts.year ?? 1970) + 543, month: parts.month ?? 1)
        return EvidenceDate(kind: .published(month), source: source, text: month.description)
    }
}
