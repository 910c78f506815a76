import OITHTML
import OITCore

/// A link with the concepts the classifier gave it, and what they were read from.
public struct ClassifiedLink: Hashable, Sendable {
    /// What a link's concepts were read from, most trusted first.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// Its own label (text, image alt/title, title, aria-label).
        case label
        /// An item code in its label (O12), resolved through the form of the year the page names.
        case code
        /// The item heading it stands under on a hub page.
        case heading
        /// The menu entry it is nested under.
        case menu
        /// Words of its URL or file name.
        case url
        /// Nothing named a concept.
        case none
    }

    public let link: Link
    public let concepts: [ConceptID]
    public let basis: Basis

    public init(link: Link, concepts: [ConceptID], basis: Basis) {
        self.link = link
        self.concepts = concepts
        self.basis = basis
    }
}
