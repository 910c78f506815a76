import OITCore

/// Decides how to decode a page, in the HTML standard's order: byte order mark, the charset of
/// the HTTP `Content-Type` header, a `<meta>` pre-scan of the first 1024 bytes, UTF-8 when the
/// bytes are valid UTF-8, and windows-874 otherwise (an undeclared Thai page is TIS-620).
public enum EncodingSniffer {
    public struct Decision: Sendable {
        public let encoding: CharacterEncoding
        public let source: EncodingSource
        /// Bytes of a byte order mark to skip.
        public let bomLength: Int
        /// A declared label that named no encoding we can decode, if any.
        public let ignoredLabel: String?
        /// The UTF-8 check of the body, when deciding needed it (so decoding need not repeat it).
        let utf8Check: UTF8Validator?

        init(encoding: CharacterEncoding, source: EncodingSource, bomLength: Int, ignoredLabel: String?,
             utf8Check: UTF8Validator? = nil) {
            self.encoding = encoding
            self.source = source
            self.bomLength = bomLength
            self.ignoredLabel = ignoredLabel
            self.utf8Check = utf8Check
        }
    }

    public static func decide(_ bytes: [UInt8], contentType: String? = nil) -> Decision {
        if let (encoding, length) = byteOrderMark(bytes) {
            return Decision(encoding: encoding, source: .byteOrderMark, bomLength: length, ignoredLabel: nil)
        }
        var ignored: String?
        if let label = charset(fromContentType: contentType) {
            if let encoding = usable(CharacterEncoding(label: label)) {
                return Decision(encoding: encoding, source: .httpHeader, bomLength: 0, ignoredLabel: nil)
            }
            ignored = label
        }
        if let label = MetaCharsetScanner.scan(bytes) {
            if var encoding = usable(CharacterEncoding(label: label)) {
                // The standard: a meta tag cannot switch to UTF-16 (the bytes it is in are ASCII).
                if encoding == .utf16BigEndian || encoding == .utf16LittleEndian { encoding = .utf8 }
                return Decision(encoding: encoding, source: .metaTag, bomLength: 0, ignoredLabel: ignored)
            }
            ignored = ignored ?? label
        }
        let check = UTF8Validator.scan(bytes)
        if check.isValidIgnoringTruncation {
            return Decision(encoding: .utf8, source: .validUTF8, bomLength: 0, ignoredLabel: ignored, utf8Check: check)
        }
        return Decision(encoding: .windows874, source: .fallback, bomLength: 0, ignoredLabel: ignored)
    }

    /// The `charset` parameter of a `Content-Type` value: `text/html; charset="TIS-620"`.
    public static func charset(fromContentType contentType: String?) -> String? {
        // Most say no more than "text/html": looked at by bytes before splitting by characters.
        guard let contentType, contentType.utf8.contains(UInt8(ascii: ";")) else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingASCIIWhitespace().lowercased() == "charset" else { continue }
            var value = String(pair[1]).trimmingASCIIWhitespace()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (CharacterEncoding, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
        return nil
    }

    private static func usable(_ encoding: CharacterEncoding?) -> CharacterEncoding? {
        guard let encoding else { return nil }
        if case .other(let name) = encoding, !Transcoder.canDecode(name) { return nil }
        return encoding
    }
}
