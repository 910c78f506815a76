import Foundation
import OITCore

/// Everything a crawl of one site saw, as plain values for the matcher and the report.
public struct CrawlResult: Sendable {
    /// Why a URL was found but not fetched.
    public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
        case depth
        case pageLimit
        case documentLimit
        case trap(TrapGuard.Refusal)
        case budget
        /// Not needed: the crawl's goal was met (every item decided) before it was read.
        case goalMet

        public var description: String {
            switch self {
            case .depth: return "deeper than the depth limit"
            case .pageLimit: return "over the page limit"
            case .documentLimit: return "over the document limit"
            case .trap(let refusal): return refusal.description
            case .budget: return "the site's time budget ran out"
            case .goalMet: return "not needed: every item was decided"
            }
        }

        /// ``description`` in Thai and English, for listings in the user's language.
        public var explanation: LocalizedText {
            switch self {
            case .depth: return LocalizedText(th: "ลึกเกินขอบเขตที่กำหนด", en: description)
            case .pageLimit: return LocalizedText(th: "เกินจำนวนหน้าที่กำหนด", en: description)
            case .documentLimit: return LocalizedText(th: "เกินจำนวนเอกสารที่กำหนด", en: description)
            case .trap(let refusal): return refusal.explanation
            case .budget: return LocalizedText(th: "หมดเวลาที่กำหนดให้เว็บไซต์นี้", en: description)
            case .goalMet: return LocalizedText(th: "ไม่จำเป็น: ตัดสินครบทุกข้อแล้ว", en: description)
            }
        }
    }

    public struct Skipped: Hashable, Sendable {
        public let url: URL
        public let reason: SkipReason
    }

    public let start: URL
    public let scope: SiteScope
    /// Pages in the order they were queued.
    public let pages: [CrawledPage]
    public let documents: [CheckedDocument]
    public let skipped: [Skipped]
    /// What each origin's robots.txt said; empty when robots.txt was ignored.
    public let robots: [String: RobotsCache.Status]
    public let robotsIgnored: Bool
    /// The time budget ran out before the frontier was empty.
    public let budgetExhausted: Bool
    public let elapsed: Double

    /// How many distinct URLs were found but not fetched.
    public var skippedURLCount: Int { Set(skipped.map(\.url)).count }

    /// How many distinct URLs were left unread because of a limit (not because they were not needed).
    public var cutOffURLCount: Int { Set(skipped.filter { $0.reason != .goalMet }.map(\.url)).count }

    /// The crawl stopped because its goal was met, with pages still queued.
    public var stoppedEarly: Bool { skipped.contains { $0.reason == .goalMet } }

    /// The start page as it came back (nil if it did not).
    public var startPage: CrawledPage? { pages.first }

    /// Whether nothing of the site could be read at all.
    public var siteUnreachable: Bool { !(startPage?.verdict.isVisible ?? false) && pages.allSatisfy { $0.document == nil } }
}
