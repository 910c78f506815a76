import Foundation
import Testing

@Suite("oit diff")
struct DiffCommandTests {
    static func folder(_ sites: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let json = #"{"schema":"oit-check/province/1","checked_on":"2026-11-21","items":[],"sites":[\#(sites)]}"#
        try Data(json.utf8).write(to: folder.appendingPathComponent("summary.json"))
        return folder
    }

    static func site(score: Double, items: String) -> String {
        #"{"name":"อบต.ตัวอย่าง","url":"https://www.tuayang.go.th/","slug":"tuayang.go.th","line":2,"checked":true,"#
            + #""unreachable":false,"checklist":"nacc-2568","score":\#(score),"items":{\#(items)}}"#
    }

    @Test("two batch folders compared, in the terminal and as Markdown")
    func compare() throws {
        let old = try Self.folder(Self.site(score: 50, items: #""O1":"pass","O2":"missing""#))
        let new = try Self.folder(Self.site(score: 100, items: #""O1":"pass","O2":"pass""#))
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let terminal = try OITRunner.run(["diff", old.path, new.path])
        #expect(terminal.status == 0, "\(terminal.stderr)")
        #expect(terminal.stdout.contains("อบต.ตัวอย่าง") && terminal.stdout.contains("+50.00") && terminal.stdout.contains("O2"))
        let markdown = try OITRunner.run(["diff", old.path, new.path, "--format", "md", "--lang", "en"])
        #expect(markdown.stdout.contains("| อบต.ตัวอย่าง | 50.00 | 100.00 | +50.00 | O2 |  |  |"))
        let missing = try OITRunner.run(["diff", old.path, "/no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("ไม่มี summary.json"))
        #expect(try OITRunner.run(["diff", old.path, "/no/such/folder", "--lang", "en"]).stderr.contains("holds no summary.json"))
    }
}
