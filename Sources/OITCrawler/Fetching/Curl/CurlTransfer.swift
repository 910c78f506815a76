import CCurl
import Foundation
import OITCore

/// One request on its way through libcurl: the easy handle set up for it and what has come back
/// so far. Once handed to ``CurlDriver`` only the driver's thread touches it, until it finishes.
final class CurlTransfer: @unchecked Sendable {
    let request: FetchRequest
    let easy: UnsafeMutableRawPointer
    /// Resumed once, by the driver, when the transfer finishes or is cancelled.
    var continuation: CheckedContinuation<Result<FetchResponse, FetchError>, Never>?
    /// Set under the driver's inbox lock: the task asking for it was cancelled.
    var cancelRequested = false

    private var body: [UInt8] = []
    private var truncated = false
    private var headers: [(String, String)] = []
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
    private let started = Date()

    /// The request as libcurl options: one hop (redirects come back as they are, so no other
    /// scheme is ever reached: ``CurlFetcher`` takes only http and https), the whole request within
    /// its timeout, any content encoding libcurl can decode, no signals.
    init(request: FetchRequest, userAgent: String, defaultHeaders: [(String, String)]) throws(FetchError) {
        guard let easy = curl_easy_init() else { throw .other("libcurl could not start a transfer") }
        self.request = request
        self.easy = easy
        errorBuffer.initialize(to: 0)
        var fields = defaultHeaders
        if let range = request.range { fields.append(("Range", range.header)) }
        fields += request.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (name, value) in fields { headerList = curl_slist_append(headerList, "\(name): \(value)") }

        var code = oit_curl_set_string(easy, CURLOPT_URL, request.url.absoluteString)
        for (option, value) in [(CURLOPT_NOSIGNAL, 1), (CURLOPT_FOLLOWLOCATION, 0),
                                (CURLOPT_TIMEOUT_MS, max(1, Int(request.timeout * 1000))),
                                (CURLOPT_NOBODY, request.method == .head ? 1 : 0)] where code == CURLE_OK {
            code = oit_curl_set_long(easy, option, value)
        }
        if code == CURLE_OK { code = oit_curl_set_string(easy, CURLOPT_ACCEPT_ENCODING, "") }
        if code == CURLE_OK { code = oit_curl_set_string(easy, CURLOPT_USERAGENT, userAgent) }
        if code == CURLE_OK { code = oit_curl_set_pointer(easy, CURLOPT_HTTPHEADER, headerList) }
        if code == CURLE_OK { code = oit_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer) }
        if code == CURLE_OK {
            code = oit_curl_set_callbacks(easy, Self.bodyCallback, Self.headerCallback,
                                          Unmanaged.passUnretained(self).toOpaque())
        }
        guard code == CURLE_OK else {
            throw FetchError(curl: code, detail: String(cString: curl_easy_strerror(code)), request: request)
        }
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// The result for a transfer libcurl has finished with `code`. A body cut off at the limit
    /// (the body callback stopped the transfer) is a response, marked truncated.
    func result(_ code: CURLcode) -> Result<FetchResponse, FetchError> {
        guard code == CURLE_OK || (code == CURLE_WRITE_ERROR && truncated) else {
            let detail = errorBuffer.pointee == 0 ? String(cString: curl_easy_strerror(code)) : String(cString: errorBuffer)
            return .failure(FetchError(curl: code, detail: detail, request: request))
        }
        return .success(FetchResponse(requestedURL: request.url, url: request.url, status: oit_curl_response_code(easy),
                                      headers: HTTPHeaders(headers), body: body, bodyTruncated: truncated,
                                      elapsed: Date().timeIntervalSince(started), source: .network))
    }

    /// Body bytes, kept up to the request's limit; past it, the transfer is stopped.
    private func receive(body bytes: UnsafeRawBufferPointer) -> Int {
        let room = request.maxBodyBytes - body.count
        guard bytes.count <= room else {
            body.append(contentsOf: bytes.prefix(max(0, room)))
            truncated = true
            return 0
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    /// One header line. A status line starts the headers afresh (an interim 100 Continue, a
    /// proxy's CONNECT answer): only the final response's headers are kept. Read as bytes: every
    /// response has a dozen lines, and a String per piece to trim cost more than the rest of it.
    private func receive(headerLine bytes: UnsafeRawBufferPointer) -> Int {
        if bytes.starts(with: "HTTP/".utf8) {
            headers.removeAll()
        } else if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            let name = bytes[..<colon].trimmingASCIIWhitespace()
            guard !name.isEmpty else { return bytes.count }
            let value = bytes[(colon + 1)...].trimmingASCIIWhitespace()
            headers.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
            // The body's room made at once, not by doubling as it arrives.
            if name.elementsEqual("content-length".utf8, by: { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }),
               let length = Int(String(decoding: value, as: UTF8.self)), length > 0 {
                body.reserveCapacity(min(length, request.maxBodyBytes))
            }
        }
        return bytes.count
    }

    private static let bodyCallback: oit_curl_data_callback = { bytes, size, count, user in
        guard let user else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
        return transfer.receive(body: UnsafeRawBufferPointer(start: bytes, count: size * count))
    }

    private static let headerCallback: oit_curl_data_callback = { bytes, size, count, user in
        guard let user else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
        return transfer.receive(headerLine: UnsafeRawBufferPointer(start: bytes, count: size * count))
    }
}
