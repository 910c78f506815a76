import OITCore

/// The verdict on one item of a checklist, with the evidence behind it.
public struct ItemResult: Sendable {
    public let item: ChecklistItem
    public let status: ItemStatus
    /// The best candidate first (one per concept for a `match: all` item), then the others.
    public let evidence: [Candidate]
    /// The evidence that decided the status: the best candidate, or the best of each concept for
    /// `match: all` (for a pass, the links to submit).
    public let decisive: [Candidate]
    /// Why it is not a pass, each with what to do about it; empty for a pass.
    public let reasons: [Reason]
    /// What the item asks to publish, from the form; nil for a pass.
    public let fix: Reason?

    public init(item: ChecklistItem, status: ItemStatus, evidence: [Candidate], decisive: [Candidate], reasons: [Reason],
                fix: Reason?) {
        self.item = item
        self.status = status
        self.evidence = evidence
        self.decisive = decisive
        self.reasons = reasons
        self.fix = fix
    }
}
