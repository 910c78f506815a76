import FlyingFox
import Foundation
import OITCrawler

/// The demo province on loopback: one HTTP server on 127.0.0.1 that stands in for every agency's
/// web server. `oit demo` routes its requests here as through a web proxy, so the sites keep
/// their own addresses (www.amphoe.com with two districts' ids, www.khaosuay.go.th, ...): each
/// host is served from its folder, a host with no folder answers 502 (a site that is down).
final class DemoServer: @unchecked Sendable {
    private let server: HTTPServer
    private var task: Task<Void, any Error>?
    private(set) var port: UInt16 = 0

    init(province: URL) async throws {
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        await server.appendRoute("*") { request in
            // Through a proxy the request line carries the whole address; the Host header names the site.
            let target = request.target.rawValue
            let host = request.headers[HTTPHeader("Host")]?.split(separator: ":").first.map(String.init)
                ?? URL(string: target)?.host ?? ""
            var components = URLComponents()
            components.scheme = "http"
            components.host = host
            components.percentEncodedPath = request.path.isEmpty ? "/" : request.path
            if let query = URL(string: target)?.query ?? target.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) {
                components.percentEncodedQuery = query
            }
            guard !host.isEmpty, FileManager.default.fileExists(atPath: province.appendingPathComponent(host).path),
                  let url = components.url else {
                return HTTPResponse(statusCode: .badGateway, body: Data("<h1>502 Bad Gateway</h1>".utf8))
            }
            let fetcher = FileFetcher(mirror: province, origin: URL(string: "http://\(host)/")!)
            // Documents are checked with ranged requests: their first and last bytes.
            var range: FetchRequest.ByteRange?
            if let value = request.headers[HTTPHeader("Range")] {
                if value.hasPrefix("bytes=0-"), let last = Int(value.dropFirst(8)) { range = .first(last + 1) }
                if value.hasPrefix("bytes=-"), let count = Int(value.dropFirst(7)) { range = .last(count) }
            }
            let method: FetchRequest.Method = request.method == .HEAD ? .head : .get
            guard let response = try? await fetcher.fetch(FetchRequest(url: url, method: method, range: range)) else {
                return HTTPResponse(statusCode: .badGateway)
            }
            var headers = FlyingFox.HTTPHeaders()
            for field in response.headers where field.name != "content-length" {
                headers[HTTPHeader(field.name)] = field.value
            }
            return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: "Status"), headers: headers,
                                body: Data(response.body))
        }
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        self.port = port
    }

    func stop() async {
        await server.stop(timeout: 1)
        task?.cancel()
    }
}
