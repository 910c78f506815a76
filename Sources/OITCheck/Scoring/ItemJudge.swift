import Foundation
import OITCore

/// Decides an item from its candidates: the best one decides (any concept of the item, or every
/// concept for `match: all`), the others are listed; a non-pass says why and how to fix it.
public struct ItemJudge: Sendable {
    let lexicon: Lexicon
    /// Pages read, to say how far the search went when nothing was found.
    let pagesRead: Int
    /// Pages found but left unread (limits, traps, the time budget).
    let pagesSkipped: Int
    /// Why the site could not be read at all, when it could not.
    let unreachable: String?
    /// At most this many candidates are listed per item.
    let evidenceLimit = 8

    public init(lexicon: Lexicon, pagesRead: Int, pagesSkipped: Int, unreachable: String? = nil) {
        self.lexicon = lexicon
        self.pagesRead = pagesRead
        self.pagesSkipped = pagesSkipped
        self.unreachable = unreachable
    }

    public func judge(_ item: ChecklistItem, candidates: [Candidate]) -> ItemResult {
        // The positions are sorted, not the candidates (large values, moved at every step): the
        // same comparisons, so the same order.
        let order = candidates.indices.sorted { Self.isBetter(candidates[$0], candidates[$1]) }
        let ranked = Self.distinct(order.map { candidates[$0] })
        var reasons: [Reason] = []
        let status: ItemStatus
        var evidence: [Candidate]
        let decisive: [Candidate]
        switch item.match {
        case .any:
            let best = ranked.first
            status = best?.status ?? .missing
            decisive = best.map { [$0] } ?? []
            evidence = Array(ranked.prefix(evidenceLimit))
            if let reason = best?.reason { reasons.append(reason) }
            if best == nil { reasons.append(notFound(item.concepts)) }
        case .all:
            // Every concept needs its own evidence; the weakest one decides.
            var bests: [Candidate] = []
            var absent: [ConceptID] = []
            for concept in item.concepts {
                if let best = ranked.first(where: { $0.link.concepts.contains(concept) }) {
                    bests.append(best)
                } else {
                    absent.append(concept)
                }
            }
            let weakest = bests.max { $0.status.rank < $1.status.rank }
            status = absent.isEmpty ? (weakest?.status ?? .missing) : .missing
            if !absent.isEmpty { reasons.append(notFound(absent)) }
            for best in bests where best.status != .pass { if let reason = best.reason { reasons.append(reason) } }
            let firsts = Self.distinct(bests)
            decisive = firsts
            evidence = firsts + ranked.filter { candidate in !firsts.contains { $0.targetID == candidate.targetID } }
            evidence = Array(evidence.prefix(max(evidenceLimit, firsts.count)))
        }
        let fix = status == .pass ? nil : Reason(th: item.howToFix(in: .th), en: item.howToFix(in: .en))
        return ItemResult(item: item, status: status, evidence: evidence, decisive: decisive, reasons: reasons, fix: fix)
    }

    private func notFound(_ concepts: [ConceptID]) -> Reason {
        if let unreachable {
            return Reason(th: "เปิดเว็บไซต์ไม่ได้ (\(unreachable)) ผู้ประเมินจะเปิดไม่ได้เช่นกัน: ทำให้เว็บไซต์เปิดได้ แล้วตรวจใหม่",
                          en: "The site could not be opened (\(unreachable)); an assessor could not open it either: get it back up and check again.")
        }
        let names = concepts.map { lexicon.concept($0)?.label ?? LocalizedText(th: $0.rawValue, en: $0.rawValue) }
        let skippedTH = pagesSkipped > 0 ? " (มีอีก \(pagesSkipped) หน้าที่ไม่ได้อ่านเพราะเกินขอบเขตการตรวจ)" : ""
        let skippedEN = pagesSkipped > 0 ? " (\(pagesSkipped) more were found but not read, over the crawl's limits)" : ""
        return Reason(
            th: "ไม่พบลิงก์ของ \(names.map(\.th).joined(separator: ", ")) ในหน้าที่อ่าน \(pagesRead) หน้า\(skippedTH): เพิ่มเมนูหรือลิงก์ที่ใช้ชื่อเดียวกับหัวข้อในแบบ OIT",
            en: "No link to \(names.map(\.en).joined(separator: ", ")) on the \(pagesRead) pages read\(skippedEN): add a menu entry or link named as in the OIT form.")
    }

    /// Better status first; then the more trusted basis; then a dated one; then page order.
    static func isBetter(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.status.rank != b.status.rank { return a.status.rank < b.status.rank }
        if a.link.basis.rank != b.link.basis.rank { return a.link.basis.rank < b.link.basis.rank }
        return (a.date != nil) && (b.date == nil)
    }

    /// One candidate per target: the same file linked from ten pages is one piece of evidence.
    static func distinct(_ candidates: [Candidate]) -> [Candidate] {
        var seen = Set<String>()
        return candidates.filter { seen.insert($0.targetID).inserted }
    }
}

extension ClassifiedLink.Basis {
    /// Most trusted first.
    var rank: Int {
        switch self {
        case .label: return 0
        case .code: return 1
        case .heading: return 2
        case .menu: return 3
        case .url: return 4
        case .none: return 5
        }
    }
}
