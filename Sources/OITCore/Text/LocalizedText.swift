/// A text in Thai with its English counterpart.
public struct LocalizedText: Hashable, Sendable, Codable {
    public let th: String
    public let en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    /// The text in `language`, falling back to the other one when that one is empty.
    public func text(in language: Language) -> String {
        switch language {
        case .th: return th.isEmpty ? en : th
        case .en: return en.isEmpty ? th : en
        }
    }
}
