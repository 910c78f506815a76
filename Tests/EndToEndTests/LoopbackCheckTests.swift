import Foundation
import OITTestSupport
import Testing

/// `oit check` of a fixture site served over real HTTP on 127.0.0.1, as a user checks a live
/// site. Links to other sites are not opened (--stay-on-site), so nothing leaves the machine.
@Suite("oit check over loopback HTTP")
struct LoopbackCheckTests {
    static let site = OITRunner.repository.appendingPathComponent("fixtures/sites/amphoe-hub/www.amphoe-tuayang.go.th")

    @Test("the district site served live: Markdown, JSON, CSV and the ITAS sheet as recorded, the port normalised")
    func liveSite() async throws {
        let formats = [("md", "check-amphoe-hub-loopback.md"), ("json", "check-amphoe-hub-loopback.json"),
                       ("csv", "check-amphoe-hub-loopback.csv"), ("itas", "check-amphoe-hub-loopback-itas.csv")]
        let runs = try await withServer({ path, _, headers in .file(in: Self.site, path: path, headers: headers) }) { server in
            var runs: [(String, OITRun)] = []
            for (format, golden) in formats {
                runs.append((golden, try await OITRunner.runAsync([
                    "check", server.base + "/", "--fiscal-year", "2568", "--stay-on-site",
                    "--interval", "0.02", "--per-host", "4", "--format", format, "--quiet"])))
            }
            return runs
        }
        for (golden, run) in runs {
            #expect(run.status == 0, "\(golden): \(run.stderr)")
            let normalised = run.stdout.replacingOccurrences(of: #"127\.0\.0\.1:\d+"#, with: "127.0.0.1:PORT",
                                                             options: .regularExpression)
            try Golden.check(normalised, against: golden)
        }
        // Not opened, and the report says why.
        let markdown = try #require(runs.first?.1.stdout)
        #expect(markdown.contains("| O17 |") && markdown.contains("--stay-on-site"))
    }
}
