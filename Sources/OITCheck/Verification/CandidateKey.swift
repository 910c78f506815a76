import OITCore
import OITHTML

/// What a candidate's verdict depends on: where it leads and everything of the link a judgement
/// reads, but not the page it sits on nor its line there. A menu link repeated on every page is
/// one candidate to judge, not one per page. Texts are compared by their bytes: hashing Thai as
/// a String normalises it, and every link of every page read is looked up here. The key holds
/// the link itself and reads its fields when hashed, rather than copying them into arrays of
/// keys for every link.
struct CandidateKey: Hashable {
    let target: String
    let link: ClassifiedLink

    init(_ link: ClassifiedLink, target: String) {
        self.target = target
        self.link = link
    }

    /// Hashes where the link leads, its href and label, and how many headings, images and menu
    /// levels it has: links that agree on these and differ in the rest are rare enough to be told
    /// apart by `==` alone, and hashing every heading of every link was most of the look-up.
    func hash(into hasher: inout Hasher) {
        let link = link.link
        Self.hash(target, into: &hasher)
        Self.hash(link.href, into: &hasher)
        Self.hash(link.text, into: &hasher)
        hasher.combine(link.imageSources.count)
        hasher.combine(link.headings.count)
        hasher.combine(link.menuPath.count)
        hasher.combine(self.link.concepts.count)
    }

    static func == (lhs: CandidateKey, rhs: CandidateKey) -> Bool {
        let left = lhs.link.link, right = rhs.link.link
        return same(lhs.target, rhs.target) && same(left.href, right.href) && same(left.text, right.text)
            && left.kind == right.kind && left.deadReason == right.deadReason && left.isToggle == right.isToggle
            && lhs.link.concepts == rhs.link.concepts && lhs.link.basis == rhs.link.basis
            && same(left.imageSources, right.imageSources) && same(left.headings, right.headings)
            && same(left.menuPath, right.menuPath)
    }

    private static func hash(_ text: String, into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        UTF8Key(text).hash(into: &hasher)
    }

    private static func same(_ left: String, _ right: String) -> Bool {
        UTF8Key(left) == UTF8Key(right)
    }

    private static func same(_ left: [String], _ right: [String]) -> Bool {
        left.count == right.count && zip(left, right).allSatisfy { same($0, $1) }
    }
}
