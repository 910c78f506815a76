import Foundation
import OITCore
import OITCrawler
import OITHTML

/// Decides what an assessor would conclude from one candidate link for one item: can it be
/// opened, is it the agency's own, is it of the right period.
public struct CandidateJudge: Sendable {
    /// The fiscal year assessed.
    public let assessed: FiscalYear
    /// The agency's own site.
    public let scope: SiteScope
    /// The site was read from disk (a saved page, a mirror): a missing file says nothing of the live site.
    public let isLocal: Bool

    public init(assessed: FiscalYear, scope: SiteScope, isLocal: Bool) {
        self.assessed = assessed
        self.scope = scope
        self.isLocal = isLocal
    }

    public func judge(_ link: ClassifiedLink, on page: URL, target: Target, for item: ChecklistItem) -> Candidate {
        judge(link, on: page, target: target, targetID: TargetResolver.id(of: link.link), targetDates: TargetDates(target),
              for: item)
    }

    /// - Parameters:
    ///   - targetID: the key of where the link leads (``TargetResolver/id(of:)``).
    ///   - targetDates: the target's dates, read once per target however many links lead to it.
    func judge(_ link: ClassifiedLink, on page: URL, target: Target, targetID: String,
               targetDates: TargetDates, for item: ChecklistItem) -> Candidate {
        let period = PeriodJudge(rule: item.period, assessed: assessed)
        func make(_ status: ItemStatus, _ reason: Reason?, date: EvidenceDate? = nil) -> Candidate {
            Candidate(link: link, page: page, target: target, targetID: targetID, date: date, status: status, reason: reason)
        }
        // Can an assessor open it?
        if let (status, reason) = reachability(of: target, link: link.link) {
            // Not opened, but its label already shows last year's edition: that is what the assessor sees too.
            if status == .review, case .outOfPeriod(let date) = period.decide(link: link.link, targetDates: nil) {
                return make(.stale, .stale(date, rule: item.period, assessing: assessed), date: date)
            }
            return make(status, reason)
        }
        // Is it on the agency's own site?
        if let url = target.finalURL ?? link.link.url, !item.externalAllowed, !isOwn(url) {
            return make(.missing, .external(host: url.host ?? url.absoluteString))
        }
        var decision = period.decide(link: link.link, targetDates: targetDates)
        if case .unverified(.socialNetwork) = target, case .undated = decision { decision = .fits(nil) }
        switch decision {
        case .outOfPeriod(let date):
            return make(.stale, .stale(date, rule: item.period, assessing: assessed), date: date)
        case .undated:
            return make(.review, .noDate(item.period))
        case .fits(let date):
            if Self.asksForCorruptionChannel(item), !Self.namesCorruption(link: link.link, target: target) {
                return make(.review, .generalComplaintChannel, date: date)
            }
            return make(.pass, nil, date: date)
        }
    }

    /// The status and reason when the target cannot be seen; nil when it can.
    func reachability(of target: Target, link: Link) -> (ItemStatus, Reason)? {
        switch target {
        case .dead(let reason):
            return (.broken, .dead(reason, href: link.href))
        case .unverified(.unreadableAddress):
            return (.broken, .unreadableAddress)
        case .unverified(.offline):
            return (.review, .notOpenedOffline)
        case .unverified(.otherSite):
            return (.review, .notOpenedOtherSite)
        case .unverified(.socialNetwork):
            return nil
        case .failed(let error):
            return verdict(.failed(error))
        case .page(let page):
            return verdict(page.verdict)
        case .fetched(_, _, let verdict):
            return self.verdict(verdict)
        case .document(let document):
            if let error = document.error { return verdict(.failed(error)) }
            guard let status = document.status else { return (.review, .notOpenedOffline) }
            return verdict((200..<300).contains(status) ? .ok : .httpError(status))
        }
    }

    /// What an assessor gets from a page or document that answered (or did not).
    private func verdict(_ verdict: PageVerdict) -> (ItemStatus, Reason)? {
        switch verdict {
        case .ok: return nil
        case .soft404(let detail): return (.broken, .soft404(detail))
        case .loginWall: return (.broken, .loginWall)
        case .httpError(let code) where isLocal && code == 404: return (.review, .missingFromCopy)
        case .httpError(let code): return ([429, 503].contains(code) ? .review : .broken, .httpStatus(code))
        case .robotsDisallowed: return (.review, .robotsDisallowed)
        case .failed(let error): return (Self.isUndecided(error) ? .review : .broken, .failed(error))
        }
    }

    /// Errors that say nothing of the link itself: we did not, or may not, ask.
    static func isUndecided(_ error: FetchError) -> Bool {
        switch error {
        case .timeout, .robotsDisallowed, .notCached, .cancelled: return true
        default: return false
        }
    }

    func isOwn(_ url: URL) -> Bool {
        scope.contains(url) || url.isFileURL
    }

    // MARK: Corruption channels

    /// Words that make a complaints channel one for corruption.
    static let corruptionWords = ["ทุจริต", "ประพฤติมิชอบ", "เบาะแส", "corruption", "whistle", "fraud"].map { NormalizedText($0).key }

    /// The item asks for a channel for corruption reports, not any complaints channel.
    static func asksForCorruptionChannel(_ item: ChecklistItem) -> Bool {
        guard item.concepts.contains("complaint-channel") else { return false }
        let title = NormalizedText(item.title).key
        return corruptionWords.contains { title.containsBytes(of: $0) }
    }

    static func namesCorruption(link: Link, target: Target) -> Bool {
        // Not the page's text: a site menu naming "ร้องเรียนการทุจริต" is on every page.
        let texts = [link.text, link.url?.absoluteString ?? "", target.headline ?? ""]
        return texts.contains { text in
            let key = NormalizedText(text).key
            return corruptionWords.contains { key.containsBytes(of: $0) }
        }
    }
}
