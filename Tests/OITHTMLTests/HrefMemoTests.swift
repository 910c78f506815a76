import Foundation
import Testing
@testable import OITHTML

@Suite("Resolving a site's hrefs once")
struct HrefMemoTests {
    static let hrefs = [
        "http://other.go.th/a", "HTTPS://Other.go.th:443/b/../c", "//cdn.go.th/x.pdf", "/about.php", "\\menu\\x.html",
        "/a/./b/../c?y=1#top", "news.php?id=3", "./docs/", "../up.html", "../../root.html", "ประกาศ.pdf", "?page=2",
        "#top", "", "  /spaced.html", "\n\tnews.php", "mailto:saraban@example.go.th", "tel:053-000000",
        "javascript:void(0)", "file.php;jsessionid=1", "_files/a.pdf", "9.html", "http:relative.html",
    ]
    static let pages = [
        "http://www.example.go.th/", "http://www.example.go.th/index.php", "http://www.example.go.th/a/b.php?x=1",
        "http://www.example.go.th/a/c.php#frag", "http://www.example.go.th/a/b/", "https://www.example.go.th/a/b.php",
        "http://www.example.go.th:8080/a/b.php", "http://example.go.th/a/b.php", "http://www.example.go.th/a",
    ]

    static func page(_ base: String?) -> [UInt8] {
        let head = base.map { "<base href='\($0)'>" } ?? ""
        return Array(("<html><head>\(head)</head><body>"
            + hrefs.map { "<a href='\($0)'>ลิงก์</a>" }.joined() + "</body></html>").utf8)
    }

    @Test("with a memo shared by every page, each page's links resolve as they do alone")
    func sameAsAlone() throws {
        let memo = HrefMemo()
        for round in 0..<2 {
            for address in Self.pages {
                for base in [nil, "/other/dir/", "https://mirror.example.go.th/m/"] {
                    let url = URL(string: address)!
                    let alone = try HTMLDocument.parse(Self.page(base), url: url)
                    let shared = try HTMLDocument.parse(Self.page(base), url: url, hrefMemo: memo)
                    #expect(alone.links.map(\.url) == shared.links.map(\.url), "round \(round), \(address), base \(base ?? "-")")
                }
            }
        }
    }

    @Test("hrefs are shared by the scheme, origin or directory they depend on, and no further")
    func keys() throws {
        let parts = try #require(HrefMemo.BaseParts(URL(string: "http://h.go.th:8080/a/b.php?x=/y#z")))
        #expect(parts.origin == "http://h.go.th:8080")
        #expect(parts.directory == "http://h.go.th:8080/a/")
        #expect(parts.key(of: "/x")?.base == "http://h.go.th:8080")
        #expect(parts.key(of: "//cdn/x")?.base == "http")
        #expect(parts.key(of: "x.php")?.base == "http://h.go.th:8080/a/")
        #expect(parts.key(of: "HTTP://h/x")?.base == "")
        #expect(parts.key(of: "?x") == nil && parts.key(of: "#x") == nil && parts.key(of: "") == nil)
        #expect(parts.key(of: " /x") == nil)
        let bare = try #require(HrefMemo.BaseParts(URL(string: "http://h.go.th")))
        #expect(bare.directory == "http://h.go.th/")
        #expect(HrefMemo.BaseParts(URL(string: "file:///tmp/a.html")) == nil)
    }
}
