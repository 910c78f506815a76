import Foundation
import OITTestSupport
import Testing

/// `oit batch` on fixture sites served live, each on a loopback address of its own (so each is
/// a host of its own), with bad rows and an unreachable site in the CSV.
@Suite("oit batch, run as a coordinator runs it", .serialized)
struct BatchCommandTests {
    static let sites = OITRunner.repository.appendingPathComponent("fixtures/sites")

    /// Serves three fixture sites on 127.0.0.2-4, writes a CSV naming them, and runs `body`.
    static func withProvince<T>(delay: Double = 0,
                                _ body: (_ csv: URL, _ out: URL, _ servers: [TestServer]) async throws -> T) async throws -> T {
        let folders = ["amphoe-hub/www.amphoe-tuayang.go.th", "no-items", "sao-example"]
        var servers: [TestServer] = []
        for (index, folder) in folders.enumerated() {
            let root = sites.appendingPathComponent(folder)
            servers.append(try await TestServer(address: "127.0.0.\(index + 2)") { path, _, headers in
                var reply = TestServer.Reply.file(in: root, path: path, headers: headers)
                reply.delay = delay
                return reply
            })
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("oit-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("province.csv")
        let rows = [
            "ชื่อ,url,ประเภท,อำเภอ",
            "\"ที่ว่าการอำเภอตัวอย่าง, จังหวัดสมมติ\",\(servers[0].base)/,amphoe,ตัวอย่าง",
            "ชมรมผู้สูงอายุ,\(servers[1].base)/,general,ตัวอย่าง",
            "อบต.ตัวอย่าง,\(servers[2].base)/,lao,บ้านนา",
            "ไม่มีที่อยู่,,lao,บ้านนา",
            "ซ้ำ,\(servers[1].base),general,ตัวอย่าง",
            "ปิดปรับปรุง,http://127.0.0.1:9/,lao,บ้านนา",
        ]
        try Data(("\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n").utf8).write(to: csv)
        do {
            let result = try await body(csv, work.appendingPathComponent("out"), servers)
            for server in servers { await server.stop() }
            return result
        } catch {
            for server in servers { await server.stop() }
            throw error
        }
    }

    static let options = ["--fiscal-year", "2568", "--stay-on-site", "--interval", "0.01", "--per-host", "4",
                          "--timeout", "5", "--quiet"]

    static func summary(_ out: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
    }

    @Test("every good row is checked, bad rows are reported by line, the summary ranks them")
    func province() async throws {
        try await Self.withProvince { csv, out, _ in
            let run = try await OITRunner.runAsync(["batch", csv.path, "--out", out.path, "--jobs", "3"] + Self.options)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("บรรทัด 5: ไม่มีที่อยู่ ไม่มีที่อยู่เว็บไซต์ จึงไม่ได้ตรวจ"), "\(run.stderr)")
            #expect(run.stderr.contains("บรรทัด 6: "), "the duplicate row")
            #expect(run.stderr.contains("มีอยู่แล้วในบรรทัด 3"))
            #expect(run.stderr.contains("อ่านเว็บไซต์ไม่ได้ 1 แห่ง: ปิดปรับปรุง"))
            #expect(run.stdout.contains("ตรวจแล้ว 4 แห่ง"))
            let summary = try Self.summary(out)
            let sites = try #require(summary["sites"] as? [[String: Any]])
            #expect(sites.count == 4)
            // Ranked by score: the district site first, its commas kept in its name.
            #expect(sites.first?["name"] as? String == "ที่ว่าการอำเภอตัวอย่าง, จังหวัดสมมติ")
            #expect(sites.first?["checklist"] as? String == "amphoe-2567")
            #expect(sites.first { $0["name"] as? String == "ปิดปรับปรุง" }?["unreachable"] as? Bool == true)
            for name in ["index.html", "summary.csv", "summary.json"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
            }
            let reports = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("sites").path)
            #expect(reports.filter { $0.hasSuffix(".json") }.count == 4)
            #expect(reports.filter { $0.hasSuffix(".html") }.count == 4)
            #expect(!reports.contains { $0.contains(".tmp") || $0.hasPrefix(".") })
            let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(index.contains("<td class=\"stale\"><a href=\"http://127.0.0.2:"), "a stale cell links to its evidence")
        }
    }

    @Test("--resume checks only the sites not finished, and the summary still covers all")
    func resume() async throws {
        try await Self.withProvince { csv, out, servers in
            let first = try await OITRunner.runAsync(["batch", csv.path, "--out", out.path, "--jobs", "3"] + Self.options)
            #expect(first.status == 0, "\(first.stderr)")
            let before = servers.map { $0.requests.count }
            // The no-items site's run "was interrupted": its reports are gone. The sao-example
            // site's JSON came back torn from a power cut (reports are not synced to disk).
            let sitesFolder = out.appendingPathComponent("sites")
            for name in try FileManager.default.contentsOfDirectory(atPath: sitesFolder.path) {
                let file = sitesFolder.appendingPathComponent(name)
                if name.hasPrefix("127.0.0.3") { try FileManager.default.removeItem(at: file) }
                if name.hasPrefix("127.0.0.4"), name.hasSuffix(".json") { try Data(try Data(contentsOf: file).prefix(100)).write(to: file) }
            }
            let second = try await OITRunner.runAsync(["batch", csv.path, "--out", out.path, "--resume", "--jobs", "3"] + Self.options)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stderr.contains("ทำต่อจากครั้งก่อน: ตรวจเสร็จแล้ว 2 จาก 4 แห่ง"))
            let after = servers.map { $0.requests.count }
            #expect(after[0] == before[0], "finished sites are not fetched again")
            #expect(after[1] > before[1], "the unfinished site is checked")
            #expect(after[2] > before[2], "the site whose report is torn is checked again")
            let sites = try #require(try Self.summary(out)["sites"] as? [[String: Any]])
            #expect(sites.count == 4 && sites.allSatisfy { $0["checked"] as? Bool == true })
        }
    }

    @Test("a report that cannot be written stops the batch with the system's reason, and leaves no partial file")
    func unwritableReport() async throws {
        try await Self.withProvince { csv, out, servers in
            // Where the no-items site's JSON report goes, a folder stands: it cannot be replaced.
            let sitesFolder = out.appendingPathComponent("sites")
            let blocked = sitesFolder.appendingPathComponent("127.0.0.3-\(servers[1].port).json")
            try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
            let run = try await OITRunner.runAsync(["batch", csv.path, "--out", out.path, "--jobs", "1", "--lang", "en"] + Self.options)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("cannot write \(blocked.path): Is a directory"), "\(run.stderr)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: sitesFolder.path).filter { $0.hasSuffix(".partial") }
            #expect(leftovers.isEmpty, "no half-written files: \(leftovers)")
        }
    }

    @Test("a batch killed midway (SIGKILL) and resumed sums up as an uninterrupted run does")
    func killedAndResumed() async throws {
        try await Self.withProvince(delay: 0.03) { csv, out, _ in
            let arguments = [csv.path] + Self.options + ["--jobs", "1"]
            let whole = out.appendingPathComponent("whole"), killed = out.appendingPathComponent("killed")
            let full = try await OITRunner.runAsync(["batch", "--out", whole.path] + arguments)
            #expect(full.status == 0, "\(full.stderr)")

            // Start again elsewhere and kill it as soon as its first site is written.
            let process = Process()
            process.executableURL = OITRunner.binary
            process.arguments = ["batch", "--out", killed.path] + arguments
            var environment = ProcessInfo.processInfo.environment
            environment["OIT_TODAY"] = "2026-11-21"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let sitesFolder = killed.appendingPathComponent("sites")
            let deadline = Date().addingTimeInterval(60)
            func finished() -> Int {
                ((try? FileManager.default.contentsOfDirectory(atPath: sitesFolder.path)) ?? []).filter { $0.hasSuffix(".json") }.count
            }
            while finished() == 0 && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let partial = finished()
            #expect(partial >= 1 && partial < 4, "killed midway: \(partial) of 4 sites finished")

            let resumed = try await OITRunner.runAsync(["batch", "--out", killed.path, "--resume"] + arguments)
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stderr.contains("ทำต่อจากครั้งก่อน: ตรวจเสร็จแล้ว \(partial) จาก 4 แห่ง"))
            let a = try #require(try Self.summary(whole)["sites"] as? NSArray)
            let b = try #require(try Self.summary(killed)["sites"] as? NSArray)
            #expect(a == b, "the summaries differ")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: sitesFolder.path).filter { $0.hasSuffix(".partial") }
            #expect(leftovers.isEmpty, "no half-written files: \(leftovers)")
        }
    }

    @Test("the parts of a sharded batch, put in one folder and resumed, sum up as the whole batch does")
    func shards() async throws {
        try await Self.withProvince { csv, out, _ in
            let whole = out.appendingPathComponent("whole"), merged = out.appendingPathComponent("merged")
            let full = try await OITRunner.runAsync(["batch", csv.path, "--out", whole.path] + Self.options)
            #expect(full.status == 0, "\(full.stderr)")
            var names: [Set<String>] = []
            for part in 1...2 {
                let folder = out.appendingPathComponent("part-\(part)")
                let run = try await OITRunner.runAsync(["batch", csv.path, "--out", folder.path, "--shard", "\(part)/2"] + Self.options)
                #expect(run.status == 0, "\(run.stderr)")
                let sites = folder.appendingPathComponent("sites")
                let files = (try? FileManager.default.contentsOfDirectory(atPath: sites.path)) ?? []
                names.append(Set(files.filter { $0.hasSuffix(".json") }))
                try FileManager.default.createDirectory(at: merged.appendingPathComponent("sites"), withIntermediateDirectories: true)
                for file in files {
                    try FileManager.default.copyItem(at: sites.appendingPathComponent(file),
                                                     to: merged.appendingPathComponent("sites").appendingPathComponent(file))
                }
            }
            #expect(names[0].isDisjoint(with: names[1]))
            #expect(names[0].count + names[1].count == 4)
            let resumed = try await OITRunner.runAsync(["batch", csv.path, "--out", merged.path, "--resume"] + Self.options)
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stderr.contains("ทำต่อจากครั้งก่อน: ตรวจเสร็จแล้ว 4 จาก 4 แห่ง"))
            let a = try #require(try Self.summary(whole)["sites"] as? NSArray)
            let b = try #require(try Self.summary(merged)["sites"] as? NSArray)
            #expect(a == b, "the summaries differ")
            let bad = try OITRunner.run(["batch", csv.path, "--out", out.appendingPathComponent("bad").path, "--shard", "3/2"])
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("--shard takes i/n"))
        }
    }

    @Test("a CSV without the columns it needs is a usage error")
    func badHeader() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oit-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("agency name,website address\nx,https://x.go.th/\n".utf8).write(to: file)
        let run = try OITRunner.run(["batch", file.path, "--out", FileManager.default.temporaryDirectory.path, "--quiet"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("ต้องมีแถวหัวตารางที่มีคอลัมน์ name และ url"), "\(run.stderr)")
        let english = try OITRunner.run(["batch", file.path, "--out", FileManager.default.temporaryDirectory.path, "--quiet",
                                         "--lang", "en"])
        #expect(english.stderr.contains("needs a header row with the columns name and url"))
    }
}

extension BatchCommandTests {
    @Test("two sites on one host share its limit: never more requests in flight than --per-host")
    func sharedHost() async throws {
        let root = Self.sites.appendingPathComponent("amphoe-hub/www.amphoe-tuayang.go.th")
        let server = try await TestServer(address: "127.0.0.5") { path, _, headers in
            var reply = TestServer.Reply.file(in: root, path: path, headers: headers)
            reply.delay = 0.02
            return reply
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("oit-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("sites.csv")
        try Data("name,url\nหนึ่ง,\(server.base)/\nสอง,\(server.base)/ita/\n".utf8).write(to: csv)
        let run = try await OITRunner.runAsync(["batch", csv.path, "--out", work.appendingPathComponent("out").path,
                                                "--jobs", "2", "--per-host", "1", "--interval", "0", "--fiscal-year", "2568",
                                                "--stay-on-site", "--quiet"])
        await server.stop()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(server.requests.count > 20)
        #expect(server.peakInFlight == 1)
    }
}
