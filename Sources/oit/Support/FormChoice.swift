import Foundation
import OITCheck
import OITChecklists
import OITCore
import OITCrawler

extension ChecklistLibrary {
    /// The form a site is checked against: the one named, else the default of its agency type
    /// (given, or guessed from its address and home page title). The crawl's goal chooses with
    /// it as soon as the home page is read, the check again after the crawl: the same answer.
    func form(named: Checklist?, type: AgencyType?, start: URL, homeTitle: String) -> Checklist? {
        named ?? defaultChecklist(for: type ?? AgencyTypeGuess.guess(start: start, title: homeTitle))
    }

    /// ``form(named:type:start:homeTitle:)`` for a finished crawl.
    func form(named: Checklist?, type: AgencyType?, for crawl: CrawlResult) -> Checklist? {
        form(named: named, type: type, start: crawl.start, homeTitle: crawl.startPage?.document?.title ?? "")
    }
}
