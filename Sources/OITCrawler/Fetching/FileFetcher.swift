import Foundation

/// Reads pages from disk: `file://` URLs (a saved page and the files beside it), and a mirrored
/// site (`wget -m` output) standing in for its web origin, so that the same crawl can run
/// offline. No redirects; a missing file is a 404.
///
/// Mapping of `origin`-relative URLs into the mirror: the path under `root` (or under
/// `root/<host>` when the mirror keeps wget's host folder); a folder gives its `index.html`
/// (`index.htm`, `index.php`, `default.htm`); a query becomes part of the file name as wget
/// writes it (`page.php?id=1`, or `page.php@id=1` with `--restrict-file-names=windows`).
public struct FileFetcher: Fetcher {
    public let root: URL?
    public let origin: URL?

    private static let indexNames = ["index.html", "index.htm", "index.php", "default.htm", "default.html"]

    /// A fetcher for `file://` URLs only.
    public init() {
        root = nil
        origin = nil
    }

    /// A fetcher serving the mirror at `root` for URLs of `origin`'s host (www. or not, http or https).
    public init(mirror root: URL, origin: URL) {
        self.root = root
        self.origin = origin
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let started = Date()
        guard let path = filePath(for: request.url) else {
            throw .unsupportedScheme(request.url.scheme ?? "?")
        }
        guard let file = resolve(path), let data = FileManager.default.contents(atPath: file) else {
            return FetchResponse(requestedURL: request.url, url: request.url, status: 404,
                                 headers: ["content-type": "text/html"], source: .file)
        }
        var headers: HTTPHeaders = [:]
        let bytes = [UInt8](data)
        headers.set("content-type", MediaType.guess(fromPath: file) ?? MediaType.sniff(bytes))
        headers.set("content-length", "\(bytes.count)")
        if let modified = (try? FileManager.default.attributesOfItem(atPath: file))?[.modificationDate] as? Date {
            headers.set("last-modified", HTTPDate.format(modified))
        }
        var status = 200
        var body: [UInt8] = []
        var truncated = false
        if request.method == .get {
            body = BodySlicer.slice(bytes, range: request.range, headers: &headers, status: &status)
            if body.count > request.maxBodyBytes {
                body = Array(body.prefix(request.maxBodyBytes))
                truncated = true
            }
        }
        return FetchResponse(requestedURL: request.url, url: request.url, status: status, headers: headers, body: body,
                             bodyTruncated: truncated, elapsed: Date().timeIntervalSince(started), source: .file)
    }

    /// The file path a URL stands for, or nil when this fetcher does not serve it. Another host's
    /// pages are read from its own folder beside the origin's (`wget -m -H` keeps one per host);
    /// a host with no folder gets a path that does not exist (a 404: not in the copy).
    func filePath(for url: URL) -> String? {
        if url.isFileURL { return url.path }
        guard let root, let origin, let host = url.host, let originHost = origin.host,
              ["http", "https"].contains(url.scheme?.lowercased() ?? "") else {
            return nil
        }
        var base = root.path
        if Self.sameHost(host, originHost) {
            let hostFolder = root.appendingPathComponent(originHost).path
            if FileManager.default.fileExists(atPath: hostFolder) { base = hostFolder }
        } else {
            let folders = [host, host.hasPrefix("www.") ? String(host.dropFirst(4)) : "www." + host]
            base = folders.map { root.appendingPathComponent($0).path }.first(where: FileManager.default.fileExists)
                ?? root.appendingPathComponent(host).path
        }
        let path = url.path.removingPercentEncoding ?? url.path
        var file = base + (path.isEmpty ? "/" : path)
        if let query = url.query, !query.isEmpty {
            let decoded = query.removingPercentEncoding ?? query
            for candidate in [file + "?" + decoded, file + "@" + decoded, file + "?" + query] where Self.isFile(candidate) {
                return candidate
            }
            file += "?" + decoded
        }
        return file
    }

    /// The file to read for `path`: itself, or a folder's index page.
    private func resolve(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return path }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return Self.indexNames.map { folder + $0 }.first(where: Self.isFile)
    }

    private static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    static func sameHost(_ a: String, _ b: String) -> Bool {
        func bare(_ host: String) -> String {
            let lowered = host.lowercased()
            return lowered.hasPrefix("www.") ? String(lowered.dropFirst(4)) : lowered
        }
        return bare(a) == bare(b)
    }
}
