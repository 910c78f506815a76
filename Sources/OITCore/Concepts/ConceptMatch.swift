/// A concept found in a text, with the phrase that named it.
public struct ConceptMatch: Hashable, Sendable {
    public let concept: ConceptID
    /// The lexicon phrase that matched, as written in the lexicon.
    public let phrase: String
    /// Where the phrase sits in the text's comparison key, in Unicode scalars.
    public let range: Range<Int>

    public init(concept: ConceptID, phrase: String, range: Range<Int>) {
        self.concept = concept
        self.phrase = phrase
        self.range = range
    }
}
