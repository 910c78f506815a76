import Foundation
import Testing
@testable import OITHTML

@Suite("Links, labels and where they stand")
struct LinkTests {
    @Test("nested and unclosed anchors close where a browser closes them")
    func nestedAnchors() throws {
        let page = try Fixture.page("anchors-nested.html")
        #expect(page.links.map(\.href) == ["one.html", "two.html", "three.html", "four.html", "five.html", "six.html"])
        #expect(page.links.map(\.text) == ["หนึ่ง", "สอง", "สาม", "สี่", "ห้า รายละเอียด", "หก"])
        #expect(page.links.first?.line == 4)
    }

    @Test("nothing in comments, scripts, styles or templates counts")
    func hiddenContent() throws {
        let page = try Fixture.page("menu-in-comment.blade.php")
        #expect(page.links.count == 3)
        #expect(page.links.map(\.text) == ["โครงสร้าง", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่"])
        #expect(page.text.contains("ข้อความที่มองเห็น"))
        for hidden in ["เมนูเก่า", "สคริปต์", "แม่แบบ", "color: red", "/script-template"] {
            #expect(!page.text.contains(hidden), "\(hidden) leaked into the text")
        }
    }

    @Test("template code is kept verbatim in href and rendered for the URL")
    func templateHrefs() throws {
        let page = try Fixture.page("menu-in-comment.blade.php")
        #expect(page.links[0].href == "{{ url('/structure') }}")
        #expect(page.links.map { $0.url?.absoluteString } == [
            "https://www.example.go.th/structure",
            "https://www.example.go.th/files/ita/o2.pdf",
            "https://www.example.go.th/Pages/authority",
        ])
        #expect(page.title == "{{ $title }}")
    }

    @Test("image-only links, image maps and iframes carry alt, title and aria-label")
    func imageLinks() throws {
        let page = try Fixture.page("image-links.html")
        #expect(page.links.map(\.kind) == [.anchor, .anchor, .anchor, .anchor, .area, .iframe])
        #expect(page.links[0].text == "")
        #expect(page.links[0].imageSources == ["banner_295_1.gif"])
        #expect(page.links[1].text == "ITA ปีงบประมาณ 2568 การประเมินคุณธรรมและความโปร่งใส")
        #expect(page.links[2].text == "No Gift Policy")
        #expect(page.links[3].text == "E-Service")
        #expect(page.links[4].href == "/contact.php")
        #expect(page.links[4].text == "ติดต่อเรา")
        #expect(page.links[5].text == "Facebook อบต.")
        #expect(page.links[5].url?.host == "www.facebook.com")
    }

    @Test("frames are links")
    func frames() throws {
        let page = try Fixture.page("frameset.html")
        #expect(page.links.map(\.kind) == [.frame, .frame])
        #expect(page.links.map(\.href) == ["menu.html", "main.html"])
        #expect(page.links.map(\.text) == ["เมนู", ""])
    }

    @Test("hrefs resolve against <base href>; raw hrefs keep Thai, spaces and backslashes")
    func resolution() throws {
        let page = try Fixture.page("base-and-hrefs.html", url: "https://other.example/x/page.html")
        #expect(page.baseURL?.absoluteString == "https://www.example.go.th/site/")
        #expect(page.links[0].href == "file/การให้บริการ ประชาชน.pdf")
        let resolved = page.links.map { $0.url?.absoluteString ?? "-" }
        #expect(resolved == [
            "https://www.example.go.th/site/file/%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%83%E0%B8%AB%E0%B9%89%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%20%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%8A%E0%B8%99.pdf",
            "https://www.example.go.th/UserFiles/File/7(1).pdf",
            "https://www.example.go.th/upload/ITA/ITA2564/EB1/01.pdf",
            "https://gprocurement.go.th/egp?x=1&y=2",
            "https://www.example.go.th/site/upload/ita/o3.pdf",
            "mailto:saraban@example.go.th",
            "tel:053123456",
            "http://www.example.go.th/a/c.html",
        ])
        #expect(page.links.allSatisfy { !$0.isDead })
    }

    @Test("upper-case tags and attribute names, as old sites write them")
    func upperCase() throws {
        let page = try HTMLDocument.parse(Array("<HTML><BODY><A HREF=\"x.html\" TITLE=\"ติดต่อ\"><IMG SRC=\"i.gif\" ALT=\"เรา\"></A></BODY></HTML>".utf8))
        #expect(page.links.map(\.href) == ["x.html"])
        #expect(page.links.first?.text == "ติดต่อ เรา")
        #expect(page.links.first?.imageSources == ["i.gif"])
    }

    @Test("links that only open a menu or a panel say so")
    func toggles() throws {
        let page = try HTMLDocument.parse(Array("""
            <a href="#menu" data-toggle="dropdown">เมนู</a>
            <a href="#c1" class="btn collapsed" data-bs-toggle="collapse">ข้อมูลพื้นฐาน</a>
            <a href="/x" aria-haspopup="true">มีเมนูย่อย</a>
            <a href="/y" aria-haspopup="false">ธรรมดา</a>
            """.utf8))
        #expect(page.links.map(\.isToggle) == [true, true, true, false])
    }

    @Test("class names mark toggles and drop-down menu items, in any letter case")
    func toggleClasses() throws {
        let page = try HTMLDocument.parse(Array("""
            <a href="/a" class="nav-link Dropdown-Toggle">แผนงาน</a>
            <a href="/b" class="nav-link">ข่าว</a>
            <ul><li class="menu-item HAS-SUB"><a href="#">ข้อมูลพื้นฐาน</a></li>
            <li class="menu-item"><a href="#">ติดต่อ</a></li><li class><a href="#">ว่าง</a></li></ul>
            """.utf8))
        #expect(page.links.map(\.isToggle) == [true, false, true, false, false])
    }

    @Test("a password field is noticed (a login wall)")
    func passwordField() throws {
        let login = try HTMLDocument.parse(Array("<form><input name=u><INPUT TYPE=Password name=p></form>".utf8))
        #expect(login.hasPasswordField)
        let plain = try HTMLDocument.parse(Array("<form><input type=text name=q></form>".utf8))
        #expect(!plain.hasPasswordField)
    }

    @Test("links that lead nowhere are kept and marked dead")
    func deadLinks() throws {
        let page = try Fixture.page("dead-links.html")
        #expect(page.links.map(\.deadReason) == [.fragment, .fragment, .script, .script, .empty, .empty, .fragment, nil])
        #expect(page.links[2].text == "แผนพัฒนาหน่วยงาน")
        #expect(page.links[2].url == nil)
        #expect(page.links[7].url?.absoluteString == "https://www.example.go.th/real.html")
    }

    @Test("a link knows the headings above it and the menu entries it is nested under")
    func context() throws {
        let page = try Fixture.page("hub-2568.html")
        let byHref = Dictionary(page.links.map { ($0.href, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byHref["#"]?.menuPath == [])
        #expect(byHref["#"]?.isToggle == true)
        #expect(byHref["/structure"]?.isToggle == false)
        #expect(byHref["/structure"]?.menuPath == ["ข้อมูลพื้นฐาน"])
        #expect(byHref["/plan-2568.pdf"]?.menuPath == ["ข้อมูลพื้นฐาน", "แผนงาน"])
        #expect(byHref["/news"]?.menuPath == [])
        #expect(byHref["/o1.pdf"]?.headings == ["การประเมิน ITA ปี 2568", "ข้อมูลพื้นฐาน", "O1 โครงสร้างและอำนาจหน้าที่"])
        #expect(byHref["/o2.pdf"]?.headings == ["การประเมิน ITA ปี 2568", "ข้อมูลพื้นฐาน", "O2 ข้อมูลผู้บริหาร"])
        #expect(byHref["/o12.xlsx"]?.headings == ["การประเมิน ITA ปี 2568", "การจัดซื้อจัดจ้าง", "O12 รายการการจัดซื้อจัดจ้าง"])
        #expect(page.headings == [Heading(level: 2, text: "การประเมิน ITA ปี 2568"), Heading(level: 4, text: "ข้อมูลพื้นฐาน"),
                                  Heading(level: 4, text: "การจัดซื้อจัดจ้าง")])
    }

    @Test("a heading is 300 characters at most, counted as characters (Thai: three bytes and more a character)",
          arguments: [(300, true), (301, false)])
    func headingLength(_ characters: Int, _ isHeading: Bool) throws {
        // "กี่" is one character of three scalars, nine bytes: 300 of them are 2,700 bytes.
        for unit in ["ก", "กี่", "a"] {
            let text = String(repeating: unit, count: characters)
            let page = try HTMLDocument.parse(Array("<h2>\(text)</h2><p><a href='x.pdf'>ไฟล์</a></p>".utf8))
            #expect(page.headings.map(\.text) == (isHeading ? [text] : []), "\(unit) x \(characters)")
            #expect(page.links.first?.headings == (isHeading ? [text] : []), "\(unit) x \(characters)")
        }
    }
}

@Suite("Links that lead nowhere")
struct LeadsNowhereTests {
    @Test("empty, fragment and script hrefs lead nowhere, read as a browser reads an href", arguments: [
        ("", Link.DeadReason.empty), ("   ", .empty), ("\n\t", .empty), ("#", .fragment), ("#!", .fragment),
        (" \t#top", .fragment), ("\n#", .fragment), ("\u{0001}#x", .fragment),
        ("javascript:void(0)", .script), ("JavaScript:go()", .script), ("  javascript:", .script),
        ("java\nscript:void(0)", .script), ("java\tSCRIPT:x", .script),
        ("javascript", nil), ("/a#b", nil), ("news.php", nil), ("java.html", nil),
        ("\u{00A0}#x", nil),   // a no-break space is part of the address, as in a browser
    ] as [(String, Link.DeadReason?)])
    func deadReason(href: String, expected: Link.DeadReason?) {
        #expect(HrefResolver.deadReason(of: href) == expected)
        // A dead href resolves to nothing; a live one to an address (the resolver reads it the same way).
        let resolver = HrefResolver(base: URL(string: "https://www.example.go.th/a/")!)
        if expected == .script || expected == .empty { #expect(resolver.resolve(href) == nil) }
        if expected == nil { #expect(resolver.resolve(href) != nil) }
    }

    @Test("a plain path resolves to what Foundation makes of it against the base, any base")
    func plainPaths() throws {
        let bases = ["https://www.example.go.th/a/", "http://x.go.th", "http://X.GO.TH:8080/dir/page.php?q=1#f",
                     "https://x.go.th:443/a/b/c", "http://127.0.1.1:8080/", "https://x.go.th/ข่าว/"]
            .map { URL(string: $0)! }
        let pieces = ["/", "//", "a", "B", "9", "-", "_", "~", ".", "..", "news", "p3.html", "?", "#", "%20", " ", ":", "\\", "ก", "@"]
        var generator = SystemRandomNumberGenerator()
        var plain = 0
        for _ in 0..<4_000 {
            let base = bases.randomElement(using: &generator)!
            let href = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let resolver = HrefResolver(base: base)
            let expected = resolver.resolvingByFoundation(href)
            #expect(resolver.resolve(href) == expected, "\(href) against \(base)")
            #expect(resolver.resolve(href)?.absoluteString == expected?.absoluteString, "\(href) against \(base)")
            let parts = try #require(HrefMemo.BaseParts(base))
            if HrefResolver.plainAbsolute(href, origin: parts.origin, directory: parts.directory) != nil { plain += 1 }
        }
        // Not vacuous: many were plain, many were not.
        #expect(plain > 400 && plain < 3_600, "\(plain) of 4,000 plain")
    }

    @Test("a menu toggle is told by the same rule: a link that leads nowhere heading a sub-menu")
    func toggles() throws {
        let html = """
        <ul><li><a href="\n#">ข้อมูลพื้นฐาน</a><ul><li><a href="/s">โครงสร้าง</a></li></ul></li>
        <li><a href="java\nscript:void(0)">แผนงาน</a><ul><li><a href="/p">แผน</a></li></ul></li></ul>
        """
        let page = try HTMLDocument.parse(Array(html.utf8), url: URL(string: "https://www.example.go.th/")!)
        let toggles = page.links.filter(\.isToggle).map(\.text)
        #expect(toggles == ["ข้อมูลพื้นฐาน", "แผนงาน"])
        #expect(page.links.filter(\.isDead).map(\.text) == ["ข้อมูลพื้นฐาน", "แผนงาน"])
    }
}

@Suite("Start tag attributes")
struct AttributeTests {
    @Test("attributes are found by their whole name: hreflang is not href, data-title is not title")
    func attributeNames() throws {
        let html = #"<a hreflang="th" hre="no" data-title="ไม่ใช่" title="ชื่อเรื่อง" href="/x">ข่าว</a>"#
        let page = try HTMLDocument.parse(Array(html.utf8), url: URL(string: "https://www.example.go.th/")!)
        #expect(page.links.map(\.href) == ["/x"])
        #expect(page.links.first?.text.contains("ชื่อเรื่อง") == true)
        #expect(page.links.first?.text.contains("ไม่ใช่") == false)
    }
}
