extension Lexicon {
    /// How soon a link labelled `label` is worth following: 3 for the ITA/OIT hub page, 1 for a
    /// disclosure concept, 0 for anything else. A crawl reads the promising pages first, so that
    /// a page limit or a time budget cuts what matters least.
    public func crawlPriority(of label: NormalizedText) -> Int {
        Self.crawlPriority(naming: matches(in: label).compactMap { concept($0.concept) })
    }

    /// ``crawlPriority(of:)`` of a label that names `concepts` (all it names, surveys included).
    public static func crawlPriority(naming concepts: [Concept]) -> Int {
        if concepts.contains(where: { $0.kind == .hub }) { return 3 }
        return concepts.contains { $0.kind == .disclosure } ? 1 : 0
    }

    /// The priority of a page a check wants read to verify a candidate: after the hub, before
    /// the other pages named like a concept.
    public static let candidatePriority = 2
}
