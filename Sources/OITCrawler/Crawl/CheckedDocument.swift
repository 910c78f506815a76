import Foundation

/// A document a page links to (PDF, Office file, image), checked without being downloaded:
/// does it answer, what is it, how big, how recent.
public struct CheckedDocument: Hashable, Sendable {
    public let url: URL
    public let finalURL: URL
    /// The page it was found on.
    public let foundOn: URL?
    public let status: Int?
    public let mediaType: String?
    /// Bytes, from `Content-Length` or `Content-Range`.
    public let size: Int?
    public let lastModified: Date?
    /// A PDF's own creation and modification dates.
    public let pdfDates: PDFDates?
    public let redirects: [FetchResponse.Redirect]
    /// Why it could not be checked, if it could not.
    public let error: FetchError?

    public init(url: URL, finalURL: URL, foundOn: URL?, status: Int?, mediaType: String?, size: Int?,
                lastModified: Date?, pdfDates: PDFDates?, redirects: [FetchResponse.Redirect], error: FetchError?) {
        self.url = url
        self.finalURL = finalURL
        self.foundOn = foundOn
        self.status = status
        self.mediaType = mediaType
        self.size = size
        self.lastModified = lastModified
        self.pdfDates = pdfDates
        self.redirects = redirects
        self.error = error
    }

    /// Whether an assessor clicking the link would get the file.
    public var isReachable: Bool { error == nil && (status.map { (200..<300).contains($0) } ?? false) }
}
