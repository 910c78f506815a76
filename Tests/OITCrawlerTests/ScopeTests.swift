import Foundation
import Testing
import OITCore
@testable import OITCrawler
@testable import OITHTML

@Suite("Site scope and URL identity")
struct ScopeTests {
    static let suffixes = PublicSuffixList(text: """
        // a slice of the list
        th
        go.th
        ac.th
        com
        *.ck
        !www.ck
        """)

    @Test("registrable domains under Thai suffixes")
    func registrableDomains() {
        let list = Self.suffixes
        #expect(list.registrableDomain(of: "www.example.go.th") == "example.go.th")
        #expect(list.registrableDomain(of: "a.b.example.go.th") == "example.go.th")
        #expect(list.registrableDomain(of: "school.ac.th") == "school.ac.th")
        #expect(list.registrableDomain(of: "go.th") == nil)
        #expect(list.registrableDomain(of: "127.0.0.1") == nil)
        #expect(list.registrableDomain(of: "WWW.Example.GO.TH.") == "example.go.th")
        #expect(list.publicSuffix(of: "foo.bar.ck") == "bar.ck")
        #expect(list.registrableDomain(of: "www.ck") == "www.ck")
        #expect(list.publicSuffix(of: "unknown.zz") == "zz")
    }

    @Test("list lines: CRLF endings, leading blanks, text after the rule, Thai rules, upper case")
    func listLines() {
        let list = PublicSuffixList(text: "// comment\r\n  go.th\r\n\tAC.TH   more words\r\n\r\nไทย\nรัฐบาล.ไทย\n*.ck\n!www.ck")
        #expect(list.registrableDomain(of: "www.example.go.th") == "example.go.th")
        #expect(list.registrableDomain(of: "school.ac.th") == "school.ac.th")
        #expect(list.registrableDomain(of: "nacc.รัฐบาล.ไทย") == "nacc.รัฐบาล.ไทย")
        #expect(list.publicSuffix(of: "www.ตัวอย่าง.ไทย") == "ไทย")
        #expect(list.publicSuffix(of: "foo.bar.ck") == "bar.ck")
        #expect(list.registrableDomain(of: "www.ck") == "www.ck")
    }

    @Test("the system list is read when Debian's publicsuffix package is installed",
          .enabled(if: FileManager.default.fileExists(atPath: PublicSuffixList.systemPath)))
    func systemList() {
        #expect(PublicSuffixList.shared.isComplete)
        #expect(PublicSuffixList.shared.registrableDomain(of: "www.nacc.go.th") == "nacc.go.th")
        #expect(PublicSuffixList.shared.registrableDomain(of: "www.example.co.uk") == "example.co.uk")
    }

    @Test("www., subdomains and http/https are one site; two agencies under go.th are two")
    func oneSite() {
        let scope = SiteScope(start: URL(string: "https://www.example.go.th/index.php")!, suffixes: Self.suffixes)
        #expect(scope.domain == "example.go.th")
        #expect(scope.contains(URL(string: "http://example.go.th/structure.php")!))
        #expect(scope.contains(URL(string: "https://eservice.example.go.th/form")!))
        #expect(!scope.contains(URL(string: "https://www.other.go.th/")!))
        #expect(!scope.contains(URL(string: "https://www.facebook.com/example")!))
        #expect(!scope.contains(URL(string: "mailto:a@example.go.th")!))
    }

    @Test("on amphoe.com a site is its am/pv ids; on Google Sites its path")
    func sharedPlatforms() {
        let amphoe = SiteScope(start: URL(string: "http://www.amphoe.com/menu.php?mid=1&am=123&pv=45")!, suffixes: Self.suffixes)
        #expect(amphoe.contains(URL(string: "http://www.amphoe.com/menu.php?mid=7&am=123&pv=45")!))
        #expect(!amphoe.contains(URL(string: "http://www.amphoe.com/menu.php?mid=7&am=124&pv=45")!))
        #expect(!amphoe.contains(URL(string: "http://www.amphoe.com/index.php")!))
        #expect(amphoe.description == "amphoe.com?am=123&pv=45")
        let sites = SiteScope(start: URL(string: "https://sites.google.com/view/school-ita/home")!, suffixes: Self.suffixes)
        #expect(sites.contains(URL(string: "https://sites.google.com/view/school-ita/o1")!))
        #expect(!sites.contains(URL(string: "https://sites.google.com/view/other-school/o1")!))
    }

    @Test("a saved page's site is the folder it was saved in")
    func savedPage() {
        let scope = SiteScope(start: URL(fileURLWithPath: "/home/user/saved/site/index.html"), suffixes: Self.suffixes)
        #expect(scope.contains(URL(fileURLWithPath: "/home/user/saved/site/about/structure.html")))
        #expect(!scope.contains(URL(fileURLWithPath: "/etc/passwd")))
        #expect(!scope.contains(URL(fileURLWithPath: "/home/user/saved/site-other/index.html")))
    }

    @Test("fragments, tracking and session parameters go; the key sorts the query")
    func normalizer() {
        let normalizer = URLNormalizer()
        let messy = URL(string: "HTTP://WWW.Example.GO.TH:80/a/./b/../page.php;jsessionid=XYZ?b=2&utm_source=fb&a=1&PHPSESSID=9#top")!
        #expect(normalizer.clean(messy)?.absoluteString == "http://www.example.go.th/a/page.php?b=2&a=1")
        #expect(normalizer.key(for: messy) == "http://www.example.go.th/a/page.php?a=1&b=2")
        #expect(normalizer.key(for: URL(string: "https://x.go.th")!) == "https://x.go.th/")
        #expect(normalizer.key(for: URL(string: "https://x.go.th/p?fbclid=1")!) == "https://x.go.th/p")
    }

    @Test("the short way to a clean URL and its key gives what URLComponents gives")
    func normalizerShortcut() throws {
        let normalizer = URLNormalizer()
        let addresses = [
            "https://www.example.go.th/", "https://www.example.go.th", "http://x.go.th/a/b/page.html",
            "HTTP://x.go.th/a", "http://X.go.th/a", "http://x.go.th:80/a", "https://x.go.th:443/a", "http://x.go.th:8080/a",
            "http://x.go.th/a/./b", "http://x.go.th/a/../b", "http://x.go.th/.hidden", "http://x.go.th/a.b/c.d",
            "http://x.go.th/a#top", "http://x.go.th/a#", "http://x.go.th/a?", "http://x.go.th/a?b=1", "http://x.go.th/a?b=2&a=1",
            "http://x.go.th/a;jsessionid=1", "http://x.go.th/a;v=1", "http://x.go.th/%E0%B8%81%20x",
            "http://x.go.th/a%2Fb", "http://xn--12c1bik6bbd8ab6hd1b5jc6jta.com/", "file:///home/u/site/index.html",
            "mailto:a@x.go.th", "http://127.0.0.1:8099/p001.html", "http://user@x.go.th/a", "http://x.go.th/a//b",
        ]
        for address in addresses {
            let url = try #require(URL(string: address), "\(address)")
            #expect(normalizer.clean(url)?.absoluteString == normalizer.cleanByComponents(url)?.absoluteString, "\(address)")
            #expect(URLCanonical.normalized(url).absoluteString == URLCanonical.normalizedByComponents(url).absoluteString,
                    "\(address)")
            if let cleaned = normalizer.cleanByComponents(url), cleaned.query == nil {
                let key = URLComponents(url: cleaned, resolvingAgainstBaseURL: true)?.url?.absoluteString
                #expect(normalizer.key(for: url) == key, "\(address)")
            }
        }
        let relative = try #require(URL(string: "b/../c.html", relativeTo: URL(string: "http://x.go.th/a/")))
        #expect(normalizer.clean(relative)?.absoluteString == "http://x.go.th/a/c.html")
    }

    @Test("an address of the plain shape, read as bytes, says what URL says of it: random addresses of every shape")
    func plainAddresses() throws {
        let schemes = ["http://", "https://", "HTTP://", "Https://", "ftp://", "http:/", ""]
        let hosts = ["x.go.th", "X.go.th", "a-b.c9", "", "user@x.go.th", "xn--12c.com", "127.0.0.1", "[::1]", "x_y.th", "ก.th", "%41.th"]
        let ports = ["", "", ":80", ":443", ":8080", ":", ":080", ":0", ":99999", ":65535"]
        let paths = ["", "/", "/a", "/a/./b", "/a/../b", "/.hidden", "/a.b/c.d", "/a;v=1", "/a;jsessionid=1", "/%E0%B8%81", "//a", "/a/b/", "/a//.x", "/ก",
                     "//", "/a//", "/%2F/", "/a%20b/", "/x/y///"]
        let tails = ["", "", "?", "?a=1", "#", "#top", "?a=1#b", "?a#b?c", "#a?b", "?x;y"]
        var generator = SystemRandomNumberGenerator()
        let normalizer = URLNormalizer()
        var plain = 0
        for _ in 0..<4_000 {
            let address = [schemes, hosts, ports, paths, tails].map { $0.randomElement(using: &generator)! }.joined()
            guard let url = URL(string: address) else { continue }
            #expect(URLCanonical.normalized(url).absoluteString == URLCanonical.normalizedByComponents(url).absoluteString, "\(address)")
            #expect(normalizer.clean(url)?.absoluteString == normalizer.cleanByComponents(url)?.absoluteString, "\(address)")
            #expect(PlainAddress.host(of: url) == url.host && PlainAddress.path(of: url) == url.path, "\(address)")
            if let read = PlainAddress(address) {
                plain += 1
                #expect(read.hasQuery == (url.query != nil) && read.hasFragment == (url.fragment != nil), "\(address)")
                #expect(read.pathHasSemicolon == url.path(percentEncoded: true).contains(";"), "\(address)")
            }
        }
        #expect(plain > 200, "the plain shape must be met: \(plain)")
    }

    @Test("calendar and filter traps are capped by shape; repeating paths and long URLs refused")
    func traps() {
        var guardian = TrapGuard(limits: .init(perQueryShape: 3, perPathShape: 5))
        let admitted = (1...10).filter { month in
            guardian.admit(URL(string: "https://x.go.th/calendar.php?year=2567&month=\(month)")!) == nil
        }
        #expect(admitted == [1, 2, 3])
        #expect(guardian.admit(URL(string: "https://x.go.th/a/b/a/b/a/b/a/b")!) == .repeatingPath)
        #expect(guardian.admit(URL(string: "https://x.go.th/" + String(repeating: "x", count: 3000))!) == .tooLong)
        let menus = (1...8).filter { guardian.admit(URL(string: "https://x.go.th/public/list/menu/\($0)")!) == nil }
        #expect(menus.count == 5)
    }

    @Test("a trap's shapes read as bytes are what they are read as characters: digits as N, repeated segments")
    func trapShapes() {
        let pieces = ["a", "b", "1", "23", "/", "//", "-", "ก", "๑", "é", "e\u{301}", "\r\n", "?", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TrapGuard.digitsAsN(text) == TrapGuard.digitsAsN(characters: text), "\(text.debugDescription)")
            let segments = text.utf8.split(separator: UInt8(ascii: "/")).map { Array($0) }
            let counts = Dictionary(segments.map { ($0, 1) }, uniquingKeysWith: +)
            for limit in 1...3 {
                #expect(TrapGuard.repeatsSegment(of: text, moreThan: limit) == counts.values.contains { $0 > limit },
                        "\(text.debugDescription), \(limit)")
            }
        }
        #expect(TrapGuard.digitsAsN("/news/2567/12/p3.html") == "/news/N/N/pN.html")
        #expect(TrapGuard.repeatsSegment(of: "/a/b/a/b/a/b/a/b", moreThan: 3))
        #expect(!TrapGuard.repeatsSegment(of: "/a/b/a/b/a/b", moreThan: 3))
    }

    @Test("a path's file extension read as bytes is what it is read as characters")
    func fileExtensions() {
        let pieces = ["/", "//", "a", "PDF", ".", "..", "doc", "x.", "ก", "e\u{301}", "/\u{301}", "2567", "-", "_"]
        var generator = SystemRandomNumberGenerator()
        var found = 0
        for _ in 0..<3_000 {
            let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = MediaType.fileExtension(ofCharacters: path)
            #expect(MediaType.fileExtension(ofPath: path) == expected, "\(path.debugDescription)")
            if expected != nil { found += 1 }
        }
        #expect(found > 300, "\(found) extensions")
        #expect(MediaType.fileExtension(ofPath: "/files/Plan.PDF/") == "pdf")
    }

    @Test("the frontier serves priority, then depth, then discovery order, and moves a URL up when found closer")
    func frontier() {
        var frontier = Frontier()
        let url = { (path: String) in URL(string: "https://x.go.th/" + path)! }
        frontier.push(url("deep"), key: "deep", depth: 3, priority: 0, via: nil)
        frontier.push(url("near"), key: "near", depth: 1, priority: 0, via: nil)
        frontier.push(url("hub"), key: "hub", depth: 2, priority: 2, via: nil)
        frontier.push(url("other"), key: "other", depth: 1, priority: 0, via: nil)
        frontier.raise(key: "deep", depth: 1, priority: 1)
        frontier.push(url("near"), key: "near", depth: 1, priority: 0, via: nil)
        #expect(frontier.count == 4)
        var order: [String] = []
        while let entry = frontier.pop() { order.append(entry.key) }
        #expect(order == ["hub", "deep", "near", "other"])
    }
}
