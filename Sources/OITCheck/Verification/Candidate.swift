import Foundation
import OITCore
import OITHTML

/// A link that may answer an item, with where it leads and what that means for the item.
public struct Candidate: Sendable {
    public let link: ClassifiedLink
    /// The page the link is on.
    public let page: URL
    public let target: Target
    /// The date that decided the period, if one did.
    public let date: EvidenceDate?
    public let status: ItemStatus
    /// Why it is not a pass.
    public let reason: Reason?

    /// - Parameter targetID: the key of where the link leads (``TargetResolver/id(of:)``), which
    ///   the caller has already worked out.
    public init(link: ClassifiedLink, page: URL, target: Target, targetID: String, date: EvidenceDate?, status: ItemStatus,
                reason: Reason?) {
        self.link = link
        self.page = page
        self.target = target
        self.date = date
        self.status = status
        self.reason = reason
        self.targetID = targetID
    }

    /// The key of where it leads: the same target linked twice is one piece of evidence.
    let targetID: String
}
