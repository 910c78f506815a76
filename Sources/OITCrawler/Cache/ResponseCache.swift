import Foundation
import OITCore

/// An on-disk cache of responses keyed by method, URL and range (`--cache DIR`), so that a
/// re-run after fixing one item revalidates instead of refetching, and a run can be repeated
/// offline. Entries are written atomically; a damaged entry is ignored.
public final class ResponseCache: @unchecked Sendable {
    public enum Mode: String, Sendable {
        /// Ask the server whether each entry changed (`If-None-Match` / `If-Modified-Since`);
        /// use the entry when it says 304 or cannot be reached.
        case revalidate
        /// Never touch the network: what is not cached is an error.
        case offline
    }

    public let directory: URL
    public let mode: Mode
    /// Entries younger than this are used without asking the server.
    public let maxAge: Double

    public init(directory: URL, mode: Mode = .revalidate, maxAge: Double = 0) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.directory = directory
        self.mode = mode
        self.maxAge = maxAge
    }

    /// A stored response and when it was stored.
    public struct Entry: Sendable {
        public let response: FetchResponse
        public let storedAt: Date

        public var age: Double { Date().timeIntervalSince(storedAt) }
    }

    private struct Metadata: Codable {
        let key: String
        let requestedURL: URL
        let url: URL
        let status: Int
        let headers: HTTPHeaders
        let bodyTruncated: Bool
        let storedAt: Date
    }

    public func lookup(_ request: FetchRequest) -> Entry? {
        let key = Self.key(for: request)
        let (metadataURL, bodyURL) = paths(for: key)
        guard let data = try? Data(contentsOf: metadataURL),
              let metadata = try? JSONDecoder().decode(Metadata.self, from: data), metadata.key == key,
              let body = try? Data(contentsOf: bodyURL) else { return nil }
        let response = FetchResponse(requestedURL: metadata.requestedURL, url: metadata.url, status: metadata.status,
                                     headers: metadata.headers, body: [UInt8](body), bodyTruncated: metadata.bodyTruncated,
                                     source: .cache)
        return Entry(response: response, storedAt: metadata.storedAt)
    }

    public func store(_ response: FetchResponse, for request: FetchRequest) {
        let key = Self.key(for: request)
        let (metadataURL, bodyURL) = paths(for: key)
        let metadata = Metadata(key: key, requestedURL: response.requestedURL, url: response.url, status: response.status,
                                headers: response.headers, bodyTruncated: response.bodyTruncated, storedAt: Date())
        do {
            try FileManager.default.createDirectory(at: bodyURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(response.body).write(to: bodyURL, options: .atomic)
            try JSONEncoder().encode(metadata).write(to: metadataURL, options: .atomic)
        } catch {
            // A cache that cannot be written only costs a refetch next time.
        }
    }

    /// Headers that ask the server for the page only if it changed since `entry`.
    public static func conditionalHeaders(for entry: Entry) -> [String: String] {
        var headers: [String: String] = [:]
        if let etag = entry.response.headers["etag"] { headers["If-None-Match"] = etag }
        if let modified = entry.response.headers["last-modified"] { headers["If-Modified-Since"] = modified }
        return headers
    }

    static func key(for request: FetchRequest) -> String {
        var key = request.method.rawValue + " " + request.url.absoluteString
        if let range = request.range { key += " " + range.header }
        return key
    }

    private func paths(for key: String) -> (URL, URL) {
        let hash = FNV1a.hex(key.utf8)   // a file name for the key, which is checked on reading
        let folder = directory.appendingPathComponent(String(hash.prefix(2)), isDirectory: true)
        return (folder.appendingPathComponent(hash + ".json"), folder.appendingPathComponent(hash + ".body"))
    }
}
