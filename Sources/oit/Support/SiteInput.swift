import Foundation
import OITCrawler

/// What the user named to check: a URL, a saved page, or a mirrored site folder, and the fetcher
/// that reads it.
struct SiteInput {
    let start: URL
    let fetcher: any Fetcher
    /// Read from disk: no network is touched.
    let isLocal: Bool
    /// One saved page: the files its links name are not beside it.
    var isSingleFile = false

    /// - Parameters:
    ///   - argument: `https://...`, a file, or a folder (a `wget -m` mirror, or a saved site).
    ///   - origin: for a folder, the web address it mirrors (links to it are read from the folder).
    static func resolve(_ argument: String, origin: String?, network: () -> any Fetcher) throws(CLIFailure) -> SiteInput {
        let trimmed = argument.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard let url = URL(string: trimmed), let host = url.host, !host.isEmpty, host.contains(".") || host == "localhost"
                || host.allSatisfy({ $0.isNumber || $0 == "." }) else {
                throw .usage(th: "\"\(argument)\" ไม่ใช่ที่อยู่เว็บไซต์ ให้เขียนแบบ https://www.example.go.th/",
                             en: "\"\(argument)\" is not a web address; write it like https://www.example.go.th/")
            }
            return SiteInput(start: url, fetcher: network(), isLocal: false)
        }
        if lowered.hasPrefix("file://"), let url = URL(string: trimmed) {
            return try local(url.path, origin: origin)
        }
        if lowered.contains("://") {
            throw .usage(th: "ตรวจ \"\(argument)\" ไม่ได้: ตรวจได้เฉพาะที่อยู่ http(s) ไฟล์ และโฟลเดอร์",
                         en: "cannot check \"\(argument)\": only http(s) addresses, files and folders")
        }
        if !trimmed.contains("/"), trimmed.contains("."), !FileManager.default.fileExists(atPath: trimmed) {
            throw .usage(th: "\"\(argument)\" ไม่ใช่ทั้งไฟล์และที่อยู่เว็บไซต์ หมายถึง https://\(trimmed)/ หรือไม่",
                         en: "\"\(argument)\" is neither a file nor a web address; did you mean https://\(trimmed)/ ?")
        }
        return try local(trimmed, origin: origin)
    }

    private static func local(_ path: String, origin: String?) throws(CLIFailure) -> SiteInput {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .usage(th: "ไม่มีไฟล์หรือโฟลเดอร์นี้: \(path)", en: "no such file or folder: \(path)")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        guard isFolder.boolValue else {
            return SiteInput(start: absolute, fetcher: FileFetcher(), isLocal: true, isSingleFile: true)
        }
        let originURL: URL
        if let origin {
            guard let url = URL(string: origin), url.host != nil else {
                throw .usage(th: "--origin \"\(origin)\" ไม่ใช่ที่อยู่เว็บไซต์ ให้เขียนแบบ https://www.example.go.th/",
                             en: "--origin \"\(origin)\" is not a web address; write it like https://www.example.go.th/")
            }
            originURL = url
        } else if let host = try mirrorHost(in: absolute) {
            originURL = URL(string: "http://\(host)/")!
        } else {
            // A saved site with no address: root-relative links resolve inside the folder.
            originURL = URL(string: "http://mirror.local/")!
        }
        return SiteInput(start: originURL, fetcher: FileFetcher(mirror: absolute, origin: originURL), isLocal: true)
    }

    /// The host folder `wget -m` writes (`www.example.go.th/`), when the folder holds only that;
    /// with several (`wget -m -H` keeps one per host), the one to check must be named.
    private static func mirrorHost(in folder: URL) throws(CLIFailure) -> String? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { !$0.hasPrefix(".") } ?? []
        let hosts = entries.filter { entry in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(entry).path, isDirectory: &isFolder)
            return exists && isFolder.boolValue && entry.contains(".") && !entry.contains(" ")
        }
        guard hosts.count == entries.count, !hosts.isEmpty else { return nil }
        guard hosts.count == 1 else {
            let listed = hosts.sorted()
            throw .usage(th: "\(folder.path) มีสำเนาของหลายเว็บไซต์ (\(listed.joined(separator: ", "))): "
                            + "ระบุเว็บไซต์ที่จะตรวจด้วย --origin https://\(listed[0])/",
                         en: "\(folder.path) holds copies of several sites (\(listed.joined(separator: ", "))): "
                            + "name the one to check with --origin https://\(listed[0])/")
        }
        return hosts[0]
    }
}
