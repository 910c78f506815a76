/// How a year was written: Buddhist era (พ.ศ., 2567) or Christian era (ค.ศ., 2024).
/// The two differ by 543.
public enum Era: String, Hashable, Sendable, Codable {
    case buddhist
    case christian

    public static let offset = 543

    /// Years a Thai disclosure document can plausibly carry, in each era.
    static let plausibleBuddhist = 2540...2620
    static let plausibleChristian = 1997...2077

    /// Reads a four-digit year in whichever era it is plausible for, as a Buddhist year.
    static func buddhistYear(fromFourDigits value: Int) -> (year: Int, era: Era)? {
        if plausibleBuddhist.contains(value) { return (value, .buddhist) }
        if plausibleChristian.contains(value) { return (value + offset, .christian) }
        return nil
    }
}
