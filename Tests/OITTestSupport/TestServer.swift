import FlyingFox
import Foundation

/// A real HTTP server on 127.0.0.1 (or another loopback address, so that several servers are
/// several hosts; a port of its own) for one test: answers with a closure,
/// and records every request with its start and end, so politeness can be counted at the server.
public final class TestServer: @unchecked Sendable {
    public struct Reply: Sendable {
        public var status: Int = 200
        public var headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"]
        public var body: Data = Data()
        /// Seconds to wait before answering.
        public var delay: Double = 0

        public init(status: Int = 200, headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"],
                    body: Data = Data(), delay: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        public static func html(_ text: String, status: Int = 200) -> Reply {
            Reply(status: status, body: Data(text.utf8))
        }

        public static func redirect(_ location: String, status: Int = 302) -> Reply {
            Reply(status: status, headers: ["Location": location], body: Data())
        }
    }

    public struct Visit: Sendable {
        public let method: String
        public let path: String
        public let query: String
        public let headers: [String: String]
        public let started: Date
        public var finished: Date?
    }

    private let server: HTTPServer
    private var task: Task<Void, any Error>?
    private let recorder = Recorder()
    public private(set) var port: UInt16 = 0

    public let address: String

    public init(address: String = "127.0.0.1", _ answer: @escaping @Sendable (String, String, [String: String]) async -> Reply) async throws {
        self.address = address
        server = HTTPServer(address: try .inet(ip4: address, port: 0), timeout: 60, logger: .disabled)
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

    public var base: String { "http://\(address):\(port)" }

    public func url(_ path: String) -> URL { URL(string: base + path)! }

    /// Every request, in arrival order.
    public var requests: [Visit] { recorder.all }
    /// The most requests that were in progress at the same moment.
    public var peakInFlight: Int { recorder.peak }

    public func paths(method: String = "GET") -> [String] {
        requests.filter { $0.method == method }.map { $0.query.isEmpty ? $0.path : $0.path + "?" + $0.query }
    }

    public func stop() async {
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
public func withServer<T>(_ answer: @escaping @Sendable (String, String, [String: String]) async -> TestServer.Reply,
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

extension TestServer.Reply {
    /// A folder served the way a plain web server serves it: a folder gives its index.html, a
    /// missing file is a 404, a PDF answers a `Range: bytes=0-N` request with 206. FlyingFox hands
    /// the path over without its trailing slash.
    public static func file(in folder: URL, path: String, headers: [String: String]) -> TestServer.Reply {
        var file = folder.appendingPathComponent(String(path.drop { $0 == "/" }))
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
            file = file.appendingPathComponent("index.html")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .html("<h1>404 Not Found</h1>", status: 404)
        }
        let type = file.pathExtension == "pdf" ? "application/pdf" : "text/html"
        if type == "application/pdf", let range = headers["range"], range.hasPrefix("bytes=0-"),
           let last = Int(range.dropFirst(8)), last + 1 < data.count {
            return TestServer.Reply(status: 206, headers: ["Content-Type": type, "Content-Range": "bytes 0-\(last)/\(data.count)"],
                                    body: data.prefix(last + 1))
        }
        return TestServer.Reply(headers: ["Content-Type": type], body: data)
    }
}
