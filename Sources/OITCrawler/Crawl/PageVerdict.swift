import Foundation
import OITCore
import OITHTML

/// What a fetched page turned out to be, as an assessor opening it would see it.
public enum PageVerdict: Hashable, Sendable, CustomStringConvertible {
    /// A real page.
    case ok
    /// A 200 page that is not the page: it says "not found", or is the home page again.
    case soft404(Soft404)
    /// A login form stands where the page should be.
    case loginWall
    /// The server answered with an error status.
    case httpError(Int)
    /// Not fetched: robots.txt forbids it.
    case robotsDisallowed
    /// No answer: DNS, connection, TLS, timeout, redirect loop.
    case failed(FetchError)

    public var description: String {
        switch self {
        case .ok: return "ok"
        case .soft404(let reason): return "soft 404 (\(reason))"
        case .loginWall: return "login wall"
        case .httpError(let status): return "HTTP \(status)"
        case .robotsDisallowed: return "robots.txt disallows it"
        case .failed(let error): return error.description
        }
    }

    /// ``description`` in Thai and English, for listings in the user's language.
    public var explanation: LocalizedText {
        switch self {
        case .ok: return LocalizedText(th: "ปกติ", en: description)
        case .soft404(let reason): return LocalizedText(th: "ไม่ใช่หน้าจริง (\(reason.explanation.th))", en: description)
        case .loginWall: return LocalizedText(th: "ต้องเข้าสู่ระบบ", en: description)
        case .httpError: return LocalizedText(th: description, en: description)
        case .robotsDisallowed: return LocalizedText(th: "robots.txt ไม่อนุญาต", en: description)
        case .failed(let error): return error.explanation
        }
    }

    /// Whether an assessor could see the page's content.
    public var isVisible: Bool { self == .ok }
}

/// Why a 200 page is not the page asked for.
public enum Soft404: Hashable, Sendable, CustomStringConvertible {
    /// It says "not found" (in its title or headings: the phrase; in its short text: nil).
    case saysNotFound(String?)
    /// The request was redirected to the home page.
    case redirectedHome
    /// It is byte for byte the home page.
    case sameAsHome

    public var description: String {
        switch self {
        case .saysNotFound(let phrase?): return "the page says \"\(phrase)\""
        case .saysNotFound(nil): return "the page says it was not found"
        case .redirectedHome: return "redirected to the home page"
        case .sameAsHome: return "the same as the home page"
        }
    }

    public var explanation: LocalizedText {
        switch self {
        case .saysNotFound(let phrase?): return LocalizedText(th: "หน้านั้นเขียนว่า \"\(phrase)\"", en: description)
        case .saysNotFound(nil): return LocalizedText(th: "หน้านั้นแจ้งว่าไม่พบข้อมูล", en: description)
        case .redirectedHome: return LocalizedText(th: "ถูกส่งต่อไปที่หน้าแรก", en: description)
        case .sameAsHome: return LocalizedText(th: "เป็นหน้าแรกซ้ำทุกประการ", en: description)
        }
    }
}

/// Tells soft 404s and login walls from real pages.
public struct PageJudge: Sendable {
    /// Words of "page not found" pages, Thai and English, compared after Thai normalisation.
    public static let notFoundPhrases = [
        "ไม่พบหน้า", "ไม่พบหน้าที่", "ไม่พบเพจ", "ไม่พบหน้าเว็บ", "หน้าที่คุณต้องการไม่มีอยู่", "หน้าที่ท่านต้องการไม่มีอยู่",
        "ไม่พบข้อมูลที่ท่านต้องการ", "ไม่พบข้อมูลที่คุณต้องการ", "ขออภัย ไม่พบ",
        "page not found", "404 not found", "error 404", "404 error", "not found", "the page you requested",
        "page does not exist", "page cannot be found",
    ].map { NormalizedText($0).key }

    /// The first of ``notFoundPhrases`` (in their order) that `key` holds: found in one pass
    /// (searching for each in turn was 17 searches of every page's headline).
    static func notFoundPhrase(in key: String) -> String? {
        notFoundMatcher.hits(in: key).map(\.phrase).min().map { notFoundPhrases[$0] }
    }

    private static let notFoundMatcher = PhraseMatcher(phrases: notFoundPhrases)

    /// `/index.html`, `/index.php`, `/default.aspx`: the home page under another name.
    static func isHomeIndex(_ url: URL) -> Bool {
        let segments = url.path.split(separator: "/")
        guard segments.count == 1, let name = segments.first?.lowercased() else { return false }
        return name.hasPrefix("index.") || name.hasPrefix("default.") || name.hasPrefix("home.")
    }

    /// URL words of login pages.
    static let loginWords = ["login", "log-in", "signin", "sign-in", "wp-login", "logon", "auth", "sso", "member"]

    public init() {}

    /// - Parameters:
    ///   - requested: the URL asked for; `response` is what came back after redirects.
    ///   - home: the site's home page as fetched, to recognise "the home page again".
    public func verdict(requested: URL, response: FetchResponse, page: HTMLDocument?, home: HomeFingerprint?) -> PageVerdict {
        if response.status == 401 || response.status == 407 { return .loginWall }
        guard (200..<300).contains(response.status) else { return .httpError(response.status) }
        guard let page else { return .ok }
        if page.hasPasswordField {
            let finalPath = response.url.path.lowercased()
            let requestedPath = requested.path.lowercased()
            let wentToLogin = Self.loginWords.contains { finalPath.containsBytes(of: $0) && !requestedPath.containsBytes(of: $0) }
            let isMostlyForm = Self.isShort(utf8: page.textUTF8, under: 1500)
            if wentToLogin || isMostlyForm { return .loginWall }
        }
        let headline = ([page.title] + page.headings.prefix(3).map(\.text)).joined(separator: " ")
        if let phrase = Self.notFoundPhrase(in: NormalizedText(headline).key) {
            return .soft404(.saysNotFound(phrase))
        }
        if Self.isShort(utf8: page.textUTF8, under: 400), Self.notFoundPhrase(in: NormalizedText(page.text).key) != nil {
            return .soft404(.saysNotFound(nil))
        }
        if let home, requested.path.count > 1, !Self.isHomeIndex(requested) {
            if response.url.path.count <= 1, !response.redirects.isEmpty {
                return .soft404(.redirectedHome)
            }
            if home.matches(response.body), response.url != home.url {
                return .soft404(.sameAsHome)
            }
        }
        return .ok
    }
}

extension PageJudge {
    /// Whether a text (valid UTF-8) has fewer than `limit` characters (scalars: bytes that
    /// continue none), counting no further than that: a page's text runs to thousands.
    static func isShort(utf8: [UInt8], under limit: Int) -> Bool {
        if utf8.count < limit { return true }
        var count = 0
        for byte in utf8 where !UTF8.isContinuation(byte) {
            count += 1
            if count >= limit { return false }
        }
        return count < limit
    }
}

/// The home page as fetched, to recognise a page that is only the home page again.
public struct HomeFingerprint: Hashable, Sendable {
    public let url: URL
    let length: Int
    let hash: UInt64

    public init(url: URL, body: [UInt8]) {
        self.url = url
        self.length = body.count
        self.hash = FNV1a.hash(body)
    }

    func matches(_ body: [UInt8]) -> Bool {
        body.count == length && FNV1a.hash(body) == hash
    }
}
