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

    public init(link: ClassifiedLink, page: URL, target: Target, date: EvidenceDate?, status: ItemStatus, reason: Reason?) {
        self.link = link
        self.page = page
        self.target = target
        self.date = date
        self.status = status
        self.reason = reason
        targetID = TargetResolver.id(of: link.link)
    }

    /// The key of where it leads: the same target linked twice is one piece of evidence.
    let targetID: String
}
