import Foundation
import Testing

/// `oit demo`, the README's first command: the made-up province served on this machine, every
/// site's every item as fixtures/demo-province/expected.json says it was written.
@Suite("oit demo")
struct DemoCommandTests {
    @Test("every item of every demo site comes out as it was written, and the summary is there")
    func demo() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oit-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try await OITRunner.runAsync(["demo", "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ตรวจแล้ว 8 แห่ง พร้อม 4 แห่ง"))
        #expect(run.stdout.contains(out.appendingPathComponent("index.html").path))
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: OITRunner.repository
            .appendingPathComponent("fixtures/demo-province/expected.json"))) as? [String: Any])
        let wanted = try #require(expected["sites"] as? [String: [String: Any]])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        let sites = try #require(summary["sites"] as? [[String: Any]])
        #expect(sites.count == wanted.count)
        for site in sites {
            let url = try #require(site["url"] as? String)
            let want = try #require(wanted[url], "\(url) is not in expected.json")
            if want["unreachable"] as? Bool == true {
                #expect(site["unreachable"] as? Bool == true, "\(url)")
                continue
            }
            #expect(site["checklist"] as? String == want["checklist"] as? String, "\(url)")
            let items = try #require(site["items"] as? [String: String])
            let wantedItems = try #require(want["items"] as? [String: String])
            for (code, status) in wantedItems.sorted(by: { $0.key < $1.key }) {
                #expect(items[code] == status, "\(url) \(code): \(items[code] ?? "none"), expected \(status)")
            }
        }
    }
}
