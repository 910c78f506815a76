import Foundation
import Testing
import OITTestSupport
@testable import OITCrawler
import OITHTML

/// The network path, end to end, against a real server on 127.0.0.1.
@Suite("Fetching over HTTP from a loopback server")
struct HTTPFetchTests {
    static let fetcher = CurlFetcher(userAgent: ClientOptions.defaultUserAgent)

    func client(retry: RetryPolicy = RetryPolicy(), obeyRobots: Bool = false,
                limiter: HostLimiter = HostLimiter(perHost: 2, interval: 0, global: 8)) -> PoliteClient {
        PoliteClient(fetcher: Self.fetcher, limiter: limiter, options: ClientOptions(obeyRobots: obeyRobots, retry: retry))
    }

    static func fixture(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    @Test("a TIS-620 page declared in the Content-Type header arrives as bytes and reads as Thai")
    func thaiPage() async throws {
        let body = Data([0xCA, 0xC7, 0xD1, 0xCA, 0xB4, 0xD5])   // สวัสดี in TIS-620
        try await withServer({ _, _, _ in
            TestServer.Reply(headers: ["Content-Type": "text/html; charset=TIS-620"], body: Data("<title>".utf8) + body + Data("</title>".utf8))
        }) { server in
            let response = try await client().fetch(FetchRequest(url: server.url("/")))
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/html; charset=TIS-620")
            let page = try HTMLDocument.parse(response.body, url: response.url, contentType: response.headers["content-type"])
            #expect(page.title == "สวัสดี")
            #expect(server.requests.first?.headers["user-agent"]?.hasPrefix("oit-check/") == true)
        }
    }

    @Test("redirects over HTTP are followed by our code; a loop is stopped")
    func redirects() async throws {
        try await withServer({ path, _, _ in
            switch path {
            case "/start": return .redirect("/middle", status: 301)
            case "/middle": return .redirect("/end", status: 307)
            case "/end": return .html("<p>end</p>")
            case "/a": return .redirect("/b")
            case "/b": return .redirect("/a")
            default: return .html("", status: 404)
            }
        }) { server in
            let response = try await client().fetch(FetchRequest(url: server.url("/start")))
            #expect(response.url.path == "/end")
            #expect(response.redirects.map(\.status) == [301, 307])
            #expect(server.paths() == ["/start", "/middle", "/end"])
            await #expect(throws: FetchError.redirectLoop([server.url("/a"), server.url("/b"), server.url("/a")])) {
                try await client().fetch(FetchRequest(url: server.url("/a")))
            }
        }
    }

    @Test("404 and 500 are answers, not errors; 429 is retried after its Retry-After, counted at the server")
    func statuses() async throws {
        let attempts = Counter()
        try await withServer({ path, _, _ in
            switch path {
            case "/missing": return .html("<h1>Not Found</h1>", status: 404)
            case "/broken": return .html("<h1>Error</h1>", status: 500)
            case "/busy":
                if attempts.next() == 1 {
                    return TestServer.Reply(status: 429, headers: ["Retry-After": "1"], body: Data())
                }
                return .html("<p>ok</p>")
            default: return .html("", status: 404)
            }
        }) { server in
            #expect(try await client(retry: .none).fetch(FetchRequest(url: server.url("/missing"))).status == 404)
            #expect(try await client(retry: .none).fetch(FetchRequest(url: server.url("/broken"))).status == 500)
            let busy = try await client().fetch(FetchRequest(url: server.url("/busy")))
            #expect(busy.status == 200)
            #expect(busy.attempts == 2)
            let tries = server.requests.filter { $0.path == "/busy" }.map(\.started)
            try #require(tries.count == 2)
            #expect(tries[1].timeIntervalSince(tries[0]) >= 0.95)
        }
    }

    @Test("a slow endpoint trips the request timeout instead of hanging the crawl")
    func slowEndpoint() async throws {
        // The answer would take 30 s; the request gives up after 0.5 s (the bound is loose for a
        // loaded machine: what matters is that it does not wait for the answer).
        try await withServer({ _, _, _ in TestServer.Reply(body: Data("<p>late</p>".utf8), delay: 30) }) { server in
            let started = Date()
            await #expect(throws: FetchError.timeout(seconds: 0.5)) {
                try await client(retry: .none).fetch(FetchRequest(url: server.url("/slow"), timeout: 0.5))
            }
            #expect(Date().timeIntervalSince(started) < 10)
        }
    }

    @Test("a gzip-encoded page arrives decoded")
    func gzip() async throws {
        let compressed = try Self.fixture("gzip-page.html.gz")
        let plain = try Self.fixture("gzip-page.html")
        try await withServer({ _, _, _ in
            TestServer.Reply(headers: ["Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"], body: compressed)
        }) { server in
            let response = try await client().fetch(FetchRequest(url: server.url("/")))
            #expect(response.body == [UInt8](plain))
            #expect(server.requests.first?.headers["accept-encoding"]?.contains("gzip") == true)
        }
    }

    @Test("a 50 MB body is cut off at the limit, not downloaded")
    func hugeBody() async throws {
        let huge = Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        try await withServer({ _, _, _ in TestServer.Reply(body: huge) }) { server in
            let response = try await client().fetch(FetchRequest(url: server.url("/huge"), maxBodyBytes: 1024 * 1024))
            #expect(response.bodyTruncated)
            #expect(response.body.count == 1024 * 1024)
            #expect(response.status == 200)
        }
    }

    @Test("a ranged request reads a PDF's first bytes only")
    func ranged() async throws {
        try await withServer({ _, _, headers in
            guard headers["range"] == "bytes=0-7" else { return TestServer.Reply(body: Data("%PDF-1.4 whole".utf8)) }
            return TestServer.Reply(status: 206, headers: ["Content-Type": "application/pdf", "Content-Range": "bytes 0-7/14"],
                                    body: Data("%PDF-1.4".utf8))
        }) { server in
            let response = try await client().fetch(FetchRequest(url: server.url("/a.pdf"), range: .first(8)))
            #expect(response.status == 206)
            #expect(response.headers.contentRangeTotal == 14)
            #expect(response.body == Array("%PDF-1.4".utf8))
        }
    }

    @Test("a closed port is a connection error")
    func refused() async throws {
        let port: UInt16 = try await withServer({ _, _, _ in .html("") }) { $0.port }
        do {
            _ = try await client(retry: .none).fetch(FetchRequest(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: 5))
            Issue.record("a closed port answered")
        } catch {
            guard case .connection = error else { Issue.record("got \(error)"); return }
        }
    }
}

extension HTTPFetchTests {
    @Test("a request cancelled while the server says nothing ends at once, as cancelled")
    func cancelled() async throws {
        let silent = try SilentListener()   // connections complete in the backlog; no answer ever comes
        let request = FetchRequest(url: URL(string: "http://127.0.0.1:\(silent.port)/")!, timeout: 30)
        let fetch = Task { () throws(FetchError) -> FetchResponse in try await Self.fetcher.fetch(request) }
        // Cancelled once the request is on its way (a busy test run may start the task late).
        // (Polled without blocking: the fetch needs the test's threads to get there.)
        var waited = 0
        while !silent.waitForConnection(timeout: 0), waited < 1_000 {
            try await Task.sleep(nanoseconds: 20_000_000)
            waited += 1
        }
        #expect(waited < 1_000, "the request never connected")
        let cancelled = Date()
        fetch.cancel()
        let result = await fetch.result
        #expect(throws: FetchError.cancelled) { try result.get() }
        #expect(Date().timeIntervalSince(cancelled) < 5)
        #expect(silent.connections() == 1)
    }

    @Test("requests and a cancellation wake the transfer thread asleep with nothing to do (it would sleep an hour)")
    func wakesTheIdleDriver() async throws {
        let fetcher = CurlFetcher(userAgent: ClientOptions.defaultUserAgent, connectionsPerHost: 4, idleWait: 3_600_000)
        let server = try ThreadedServer { _ in (0, "<p>ok</p>") }
        defer { server.stop() }
        let silent = try SilentListener()
        let unanswered = FetchRequest(url: URL(string: "http://127.0.0.1:\(silent.port)/")!, timeout: 3_600)
        let finished = await Self.within(seconds: 30) {
            for round in 0..<20 {
                // One at a time, with a pause: the thread has gone to sleep before each.
                try await Task.sleep(nanoseconds: 5_000_000)
                #expect(try await fetcher.fetch(FetchRequest(url: server.url("/page\(round)"))).status == 200)
            }
            // Ten at once: each one put in while the thread may be asleep, waking or awake.
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<10 { group.addTask { try await fetcher.fetch(FetchRequest(url: server.url("/many\(index)"))).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 10))
        }
        #expect(finished, "a request waited for the thread's hour-long sleep")
        // A request never answered, cancelled while the thread sleeps on its socket.
        let fetch = Task { () throws(FetchError) -> FetchResponse in try await fetcher.fetch(unanswered) }
        var waited = 0
        while !silent.waitForConnection(timeout: 0), waited < 1_000 {
            try await Task.sleep(nanoseconds: 20_000_000)
            waited += 1
        }
        try await Task.sleep(nanoseconds: 50_000_000)
        let cancelled = await Self.within(seconds: 30) {
            fetch.cancel()
            let result = await fetch.result
            #expect(throws: FetchError.cancelled) { try result.get() }
        }
        #expect(cancelled, "the cancellation waited for the thread's hour-long sleep")
    }

    /// Whether `body` ends within `seconds` (it is left running if not: a test must not hang).
    static func within(seconds: Double, _ body: @escaping @Sendable () async throws -> Void) async -> Bool {
        let outcome = AsyncStream<Bool>.makeStream()
        Task {
            do { try await body() } catch { Issue.record(error) }
            outcome.continuation.yield(true)
        }
        Task {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            outcome.continuation.yield(false)
        }
        for await ended in outcome.stream { return ended }
        return false
    }

    @Test("a HEAD request brings the headers and no body, and says which languages it reads")
    func head() async throws {
        try await withServer({ _, _, _ in
            TestServer.Reply(headers: ["Content-Type": "application/pdf", "Last-Modified": "Tue, 01 Oct 2024 08:00:00 GMT"],
                             body: Data("%PDF-1.4 body".utf8))
        }) { server in
            let response = try await Self.fetcher.fetch(FetchRequest(url: server.url("/report.pdf"), method: .head))
            #expect(response.status == 200)
            #expect(response.body.isEmpty)
            #expect(response.headers.mediaType == "application/pdf")
            #expect(response.headers["last-modified"] == "Tue, 01 Oct 2024 08:00:00 GMT")
            #expect(server.paths(method: "HEAD") == ["/report.pdf"])
            #expect(server.requests.first?.headers["accept-language"]?.hasPrefix("th") == true)
        }
    }

    @Test("connections are kept for the next request to their host, across many hosts")
    func connectionReuse() async throws {
        // Ten hosts (ports) read in turn, one request at a time: each keeps its one connection.
        let servers = try (0..<10).map { _ in try ThreadedServer { _ in (0, "<p>ok</p>") } }
        defer { servers.forEach { $0.stop() } }
        let fetcher = CurlFetcher(userAgent: ClientOptions.defaultUserAgent)
        for round in 0..<5 {
            for server in servers {
                let response = try await fetcher.fetch(FetchRequest(url: server.url("/page\(round)")))
                #expect(response.status == 200)
            }
        }
        #expect(servers.map(\.connections) == Array(repeating: 1, count: 10))
    }

    @Test("only http and https are fetched")
    func schemes() async throws {
        await #expect(throws: FetchError.unsupportedScheme("ftp")) {
            try await Self.fetcher.fetch(FetchRequest(url: URL(string: "ftp://example.go.th/a.pdf")!))
        }
    }
}

/// A thread-safe counter for server closures.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
