import Foundation
import OITCore

/// What a report needs beyond the check itself: the language to write in and the day of the check.
public struct ReportContext: Sendable {
    public let language: Language
    /// The day of the check in Thailand, `YYYY-MM-DD`.
    public let checkedOn: String

    public init(language: Language, checkedOn date: Date) {
        self.language = language
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        checkedOn = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `text` in the report's language.
    func say(_ text: LocalizedText) -> String { text.text(in: language) }

    func say(th: String, en: String) -> String { language == .th ? th : en }
}
