import OITCore

/// Why an item is not a pass, in words a person can act on, in Thai and English.
public struct Reason: Hashable, Sendable, Codable {
    public let th: String
    public let en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    public func text(in language: Language) -> String { language == .th ? th : en }
}
