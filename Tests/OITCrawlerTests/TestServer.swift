import FlyingFox
import Foundation
import OITCrawler

/// A real HTTP server on 127.0.0.1 (a port of its own) for one test: answers with a closure,
/// and records every request with its start and end, so politeness can be counted at the server.
final class TestServer: @unchecked Sendable {
    struct Reply: Sendable {
        var status: Int = 200
        var headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"]
        var body: Data = Data()
        /// Seconds to wait before answering.
        var delay: Double = 0

        static func html(_ text: String, status: Int = 200) -> Reply {
            Reply(status: status, body: Data(text.utf8))
        }

        static func redirect(_ location: String, status: Int = 302) -> Reply {
            Reply(status: status, headers: ["Location": location], body: Data())
        }
    }

    struct Visit: Sendable {
        let method: String
        let path: String
        let query: String
        let headers: [String: String]
        let started: Date
        var finished: Date?
    }

    private let server: HTTPServer
    private var task: Task<Void, any Error>?
    private let recorder = Recorder()
    private(set) var port: UInt16 = 0

    init(_ answer: @escaping @Sendable (String, String, [String: String]) async -> Reply) async throws {
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled)
        let recorder = self.recorder
        await server.appendRoute("*") { request in
            let headers = Dictionary(request.headers.map { ($0.key.rawValue.lowercased(), $0.value) },
                                     uniquingKeysWith: { first, _ in first })
            let query = request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
            let index = recorder.begin(Visit(method: request.method.rawValue, path: request.path, query: query,
                                             headers: headers, started: Date()))
            let reply = await answer(request.path, query, headers)
            if reply.delay > 0 { try await Task.sleep(nanoseconds: UInt64(reply.delay * 1_000_000_000)) }
            recorder.end(index)
            var responseHeaders = HTTPHeaders()
            for (name, value) in reply.headers { responseHeaders[HTTPHeader(name)] = value }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: "Status"), headers: responseHeaders,
                                body: request.method == .HEAD ? Data() : reply.body)
        }
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        self.port = port
    }

    var base: String { "http://127.0.0.1:\(port)" }

    func url(_ path: String) -> URL { URL(string: base + path)! }

    /// Every request, in arrival order.
    var requests: [Visit] { recorder.all }
    /// The most requests that were in progress at the same moment.
    var peakInFlight: Int { recorder.peak }

    func paths(method: String = "GET") -> [String] {
        requests.filter { $0.method == method }.map { $0.query.isEmpty ? $0.path : $0.path + "?" + $0.query }
    }

    func stop() async {
        await server.stop(timeout: 1)
        task?.cancel()
    }

    /// Thread-safe request log.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var visits: [Visit] = []
        private var current = 0
        private var highest = 0

        func begin(_ visit: Visit) -> Int {
            lock.withLock {
                visits.append(visit)
                current += 1
                highest = max(highest, current)
                return visits.count - 1
            }
        }

        func end(_ index: Int) {
            lock.withLock {
                visits[index].finished = Date()
                current -= 1
            }
        }

        var all: [Visit] { lock.withLock { visits } }
        var peak: Int { lock.withLock { highest } }
    }
}

/// Runs `body` with a server, and stops the server after.
func withServer<T>(_ answer: @escaping @Sendable (String, String, [String: String]) async -> TestServer.Reply,
                   _ body: (TestServer) async throws -> T) async throws -> T {
    let server = try await TestServer(answer)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
