/// Media types by file name, for files read from disk, and the kinds the crawler tells apart.
public enum MediaType {
    private static let byExtension: [String: String] = [
        "html": "text/html", "htm": "text/html", "shtml": "text/html", "xhtml": "text/html",
        "php": "text/html", "asp": "text/html", "aspx": "text/html", "jsp": "text/html", "tpl": "text/html",
        "cfm": "text/html",
        "pdf": "application/pdf",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt": "application/vnd.ms-powerpoint",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
        "zip": "application/zip", "rar": "application/vnd.rar",
        "txt": "text/plain", "csv": "text/csv", "json": "application/json", "xml": "application/xml",
        "css": "text/css", "js": "text/javascript",
    ]

    /// File endings of documents that are checked, not parsed.
    public static let documentExtensions: Set<String> = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "jpg",
                                                         "jpeg", "png", "gif", "webp", "zip", "rar", "odt", "ods",
                                                         "csv", "txt"]

    /// The media type a file name suggests, or nil.
    public static func guess(fromPath path: String) -> String? {
        fileExtension(ofPath: path).flatMap { byExtension[$0] }
    }

    /// The lower-cased file ending of a URL path, if any: `pdf` of `/files/o1.PDF`.
    public static func fileExtension(ofPath path: String) -> String? {
        // An ASCII path (most) by its bytes, where a character is a byte; any other by characters.
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return fileExtension(ofCharacters: path) }
        let bytes = path.utf8
        let name = bytes.split(separator: UInt8(ascii: "/")).last ?? bytes[...]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        let ending = String(Substring(name[name.index(after: dot)...])).lowercased()
        return ending.isEmpty ? nil : ending
    }

    /// ``fileExtension(ofPath:)`` by characters: any path.
    static func fileExtension(ofCharacters path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ending = name[name.index(after: dot)...].lowercased()
        return ending.isEmpty ? nil : ending
    }

    /// Whether a path names a document (PDF, Office file, image) rather than a page.
    public static func isDocument(path: String) -> Bool {
        fileExtension(ofPath: path).map { documentExtensions.contains($0) } ?? false
    }

    /// The media type bytes show when nothing else says: a page (its first non-blank byte, after
    /// any byte order mark, opens a tag), a PDF, or unknown.
    public static func sniff(_ bytes: some Collection<UInt8>) -> String {
        let head = bytes.prefix(512)
            .drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if head.first == UInt8(ascii: "<") { return "text/html" }
        if head.starts(with: Array("%PDF".utf8)) { return "application/pdf" }
        return "application/octet-stream"
    }

    /// Whether a media type is a web page the crawler should read for links.
    public static func isHTML(_ mediaType: String?) -> Bool {
        guard let mediaType else { return false }
        return mediaType == "text/html" || mediaType == "application/xhtml+xml"
    }
}
