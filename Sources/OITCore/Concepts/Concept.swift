/// One disclosure concept as the lexicon knows it: how sites label it, which URL words hint at
/// it, which words mean a look-alike is something else, and what period and place an item
/// asking for it usually requires.
public struct Concept: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Something an OIT item asks an agency to publish.
        case disclosure
        /// The ITA/OIT hub page that lists the items; never an item by itself.
        case hub
        /// The ITA's perception surveys (IIT/EIT): a link to them names no item.
        case survey
    }

    public let id: ConceptID
    public let label: LocalizedText
    public let kind: Kind
    /// Labels seen on real sites, in any spelling the normaliser does not already fold.
    public let synonyms: [String]
    /// Sets of words that name the concept when all of them appear, in any order and with
    /// anything between ("รายงาน...การป้องกันการทุจริต...รอบ 6 เดือน").
    public let combinations: [[String]]
    /// Words in URLs and file names (`structure`, `egp`, `want`).
    public let urlHints: [String]
    /// Words that, present in a label, mean the label is a different concept
    /// (a procurement *plan* is not a procurement *announcement*).
    public let negativeTerms: [String]
    /// The period an item asking for this concept usually requires.
    public let defaultPeriod: PeriodRule
    /// Whether evidence may sit on another site (social networks, e-services, e-GP).
    public let externalAllowed: Bool
    /// What to do when an item asking for this concept is not found.
    public let fix: LocalizedText?
    /// Labels that must name this concept, and labels that must not: the lexicon's own tests.
    public let examples: [String]
    public let counterexamples: [String]
    public let note: String?

    public init(id: ConceptID, label: LocalizedText, kind: Kind = .disclosure, synonyms: [String] = [],
                combinations: [[String]] = [], urlHints: [String] = [], negativeTerms: [String] = [], defaultPeriod: PeriodRule = .none,
                externalAllowed: Bool = false, fix: LocalizedText? = nil, examples: [String] = [],
                counterexamples: [String] = [], note: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.synonyms = synonyms
        self.combinations = combinations
        self.urlHints = urlHints
        self.negativeTerms = negativeTerms
        self.defaultPeriod = defaultPeriod
        self.externalAllowed = externalAllowed
        self.fix = fix
        self.examples = examples
        self.counterexamples = counterexamples
        self.note = note
    }

    /// Every phrase that names the concept: the Thai label, then the synonyms.
    public var phrases: [String] { [label.th] + synonyms }
}
