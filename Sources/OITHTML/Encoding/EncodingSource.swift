/// Where the encoding of a page was learnt, in the order the HTML standard trusts them.
public enum EncodingSource: String, Hashable, Sendable {
    case byteOrderMark = "bom"
    case httpHeader = "http"
    case metaTag = "meta"
    /// No declaration; the bytes are valid UTF-8.
    case validUTF8 = "utf-8-valid"
    /// No declaration and not UTF-8: windows-874, the encoding of old Thai sites.
    case fallback
}
