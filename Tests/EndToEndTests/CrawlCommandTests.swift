import Foundation
import Testing

@Suite("oit crawl, run as a user runs it", .serialized)
struct CrawlCommandTests {
    @Test("a mirrored folder is read without a network, and listed page by page")
    func mirror() throws {
        let run = try OITRunner.run(["crawl", "fixtures/sites/sao-example", "--lang", "en", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        try Golden.check(run.stdout, against: "crawl-sao-example-en.txt")
    }

    @Test("in Thai, the default, the listing's verdicts and reasons are Thai too")
    func mirrorInThai() throws {
        let run = try OITRunner.run(["crawl", "fixtures/sites/sao-example", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, against: "crawl-sao-example-th.txt")
        for english in ["ok ", "login wall", "soft 404", "everything allowed"] {
            #expect(!run.stdout.contains(english), "\(english)")
        }
    }

    @Test("a saved page is read from disk, its site being its folder")
    func savedPage() throws {
        let run = try OITRunner.run(["crawl", "fixtures/sites/sao-example/ita/index.html", "--lang", "en", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("index.html  ITA 2568"))
        #expect(run.stdout.contains("Read 3 pages"))
        #expect(run.stdout.contains("o30.html"))
    }

    @Test("--max-per-pattern sets how many pages of one address pattern are read")
    func maxPerPattern() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-pattern-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        let links = (1...30).map { "<a href='news/\($0).html'>ข่าว \($0)</a>" }.joined()
        try Data("<title>ข่าว</title>\(links)".utf8).write(to: folder.appendingPathComponent("index.html"))
        for number in 1...30 {
            try Data("<title>ข่าว \(number)</title><p>ข่าวที่ \(number)</p>".utf8)
                .write(to: folder.appendingPathComponent("news/\(number).html"))
        }
        let all = try OITRunner.run(["crawl", folder.path, "--lang", "en", "--quiet", "--origin", "https://www.example.go.th/"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("Read 31 pages"), "\(all.stdout)")
        let five = try OITRunner.run(["crawl", folder.path, "--lang", "en", "--quiet", "--origin", "https://www.example.go.th/",
                                      "--max-per-pattern", "5"])
        #expect(five.status == 0, "\(five.stderr)")
        #expect(five.stdout.contains("Read 6 pages"), "\(five.stdout)")
        let zero = try OITRunner.run(["crawl", folder.path, "--max-per-pattern", "0"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--max-per-pattern must be 1 or more"))
    }

    @Test("progress goes to standard error, never into the listing, in the listing's language")
    func progress() throws {
        let run = try OITRunner.run(["crawl", "fixtures/sites/sao-example", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("pages,"))
        #expect(!run.stdout.contains("in flight"))
        let thai = try OITRunner.run(["crawl", "fixtures/sites/sao-example"])
        #expect(thai.status == 0)
        #expect(thai.stderr.contains("อ่านแล้ว"), "\(thai.stderr)")
        #expect(!thai.stdout.contains("กำลังอ่าน"))
    }

    @Test("a site that cannot be reached exits 3 with the reason")
    func unreachable() throws {
        let run = try OITRunner.run(["crawl", "http://127.0.0.1:9/", "--quiet", "--timeout", "5"])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("oit: อ่าน http://127.0.0.1:9/ ไม่ได้: "), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("bad input is a usage error with status 2",
          arguments: [
            (["crawl", "no/such/folder"], "no such file or folder: no/such/folder"),
            (["crawl", "www.example.go.th"], "did you mean https://www.example.go.th/"),
            (["crawl", "ftp://example.go.th/"], "only http(s) addresses, files and folders"),
            (["crawl", "https://"], "is not a web address"),
            (["crawl", "fixtures/sites/sao-example", "--offline"], "--offline needs --cache DIR"),
            (["crawl", "fixtures/sites/sao-example", "--max-pages", "0"], "--max-pages must be 1 or more"),
          ])
    func usage(_ arguments: [String], _ message: String) throws {
        let run = try OITRunner.run(arguments + ["--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
