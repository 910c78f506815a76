/// A section heading (`<h1>`-`<h6>`) of a page.
public struct Heading: Hashable, Sendable {
    public let level: Int
    public let text: String

    public init(level: Int, text: String) {
        self.level = level
        self.text = text
    }
}
