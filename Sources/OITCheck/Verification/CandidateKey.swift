import OITCore
import OITHTML

/// What a candidate's verdict depends on: where it leads and everything of the link a judgement
/// reads, but not the page it sits on nor its line there. A menu link repeated on every page is
/// one candidate to judge, not one per page. Texts are compared by their bytes (``UTF8Key``):
/// hashing Thai as a String normalises it, and every link of every page read is looked up here.
struct CandidateKey: Hashable {
    let target: UTF8Key
    let kind: Link.Kind
    let href: UTF8Key
    let text: UTF8Key
    let imageSources: [UTF8Key]
    let deadReason: Link.DeadReason?
    let headings: [UTF8Key]
    let menuPath: [UTF8Key]
    let isToggle: Bool
    let concepts: [ConceptID]
    let basis: ClassifiedLink.Basis

    init(_ link: ClassifiedLink, target: String) {
        self.target = UTF8Key(target)
        kind = link.link.kind
        href = UTF8Key(link.link.href)
        text = UTF8Key(link.link.text)
        imageSources = link.link.imageSources.map(UTF8Key.init)
        deadReason = link.link.deadReason
        headings = link.link.headings.map(UTF8Key.init)
        menuPath = link.link.menuPath.map(UTF8Key.init)
        isToggle = link.link.isToggle
        concepts = link.concepts
        basis = link.basis
    }
}
