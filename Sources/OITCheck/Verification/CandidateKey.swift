import OITCore
import OITHTML

/// What a candidate's verdict depends on: where it leads and everything of the link a judgement
/// reads, but not the page it sits on nor its line there. A menu link repeated on every page is
/// one candidate to judge, not one per page.
struct CandidateKey: Hashable {
    let target: String
    let kind: Link.Kind
    let href: String
    let text: String
    let imageSources: [String]
    let deadReason: Link.DeadReason?
    let headings: [String]
    let menuPath: [String]
    let isToggle: Bool
    let concepts: [ConceptID]
    let basis: ClassifiedLink.Basis

    init(_ link: ClassifiedLink, target: String) {
        self.target = target
        kind = link.link.kind
        href = link.link.href
        text = link.link.text
        imageSources = link.link.imageSources
        deadReason = link.link.deadReason
        headings = link.link.headings
        menuPath = link.link.menuPath
        isToggle = link.link.isToggle
        concepts = link.concepts
        basis = link.basis
    }
}
