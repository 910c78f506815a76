import Foundation

/// Checks a document link the way an assessor's click would reach it, without downloading it:
/// a HEAD (or the first bytes when the server refuses HEAD); for a PDF, its first and last bytes
/// for its own dates.
public struct DocumentProbe: Sendable {
    let client: PoliteClient
    let probeBytes: Int
    let timeout: Double

    public init(client: PoliteClient, probeBytes: Int, timeout: Double) {
        self.client = client
        self.probeBytes = probeBytes
        self.timeout = timeout
    }

    public func check(_ url: URL, foundOn: URL?) async -> CheckedDocument {
        do {
            if MediaType.fileExtension(ofPath: url.path) == "pdf" {
                return try await checkPDF(url, foundOn: foundOn)
            }
            var response = try await client.fetch(FetchRequest(url: url, method: .head, timeout: timeout))
            if [400, 403, 405, 501].contains(response.status) {
                // Some servers refuse HEAD: ask for the first bytes instead.
                response = try await client.fetch(FetchRequest(url: url, range: .first(1024), maxBodyBytes: 1024,
                                                                timeout: timeout))
            }
            return Self.document(url, foundOn: foundOn, response: response, pdfDates: nil)
        } catch {
            return CheckedDocument(url: url, finalURL: url, foundOn: foundOn, status: nil, mediaType: nil, size: nil,
                                   lastModified: nil, pdfDates: nil, redirects: [], error: error)
        }
    }

    private func checkPDF(_ url: URL, foundOn: URL?) async throws(FetchError) -> CheckedDocument {
        let head = try await client.fetch(FetchRequest(url: url, range: .first(probeBytes), maxBodyBytes: probeBytes,
                                                       timeout: timeout))
        var chunks = [head.body]
        let total = head.headers.contentRangeTotal ?? head.headers.contentLength
        if head.status == 206, let total, total > probeBytes {
            let tail = try await client.fetch(FetchRequest(url: head.url, range: .last(probeBytes), maxBodyBytes: probeBytes,
                                                           timeout: timeout))
            if tail.status == 206 { chunks.append(tail.body) }
        }
        let dates = head.isSuccess ? PDFDates.read(chunks) : nil
        return Self.document(url, foundOn: foundOn, response: head, pdfDates: dates?.isEmpty == false ? dates : nil)
    }

    /// A document record from the response to a GET, ranged GET or HEAD.
    static func document(_ url: URL, foundOn: URL?, response: FetchResponse, pdfDates: PDFDates?) -> CheckedDocument {
        let size = response.headers.contentRangeTotal ?? response.headers.contentLength
            ?? (response.bodyTruncated ? nil : (response.body.isEmpty ? nil : response.body.count))
        return CheckedDocument(url: url, finalURL: response.url, foundOn: foundOn, status: response.status,
                               mediaType: response.headers.mediaType ?? MediaType.guess(fromPath: response.url.path),
                               size: size, lastModified: response.headers.lastModified, pdfDates: pdfDates,
                               redirects: response.redirects, error: nil)
    }
}
