extension UInt8 {
    /// Space, tab, line feed, form feed or carriage return: the ASCII whitespace that HTTP, the
    /// HTML standard and the URL standard trim and skip.
    @inlinable
    public var isASCIIWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D
    }
}

extension StringProtocol {
    /// The text without the ASCII whitespace around it, without Foundation.
    public func trimmingASCIIWhitespace() -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar.isASCII && UInt8(scalar.value).isASCIIWhitespace }
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}

extension BidirectionalCollection where Element == UInt8, SubSequence == Self {
    /// These bytes without the ASCII whitespace around them (a header line as libcurl hands it).
    /// Inlinable, so that it is specialised where it is called: generic across modules, a
    /// response's header lines cost a twentieth of a batch.
    @inlinable
    public func trimmingASCIIWhitespace() -> Self {
        var bytes = self
        while let first = bytes.first, first.isASCIIWhitespace { bytes = bytes.dropFirst() }
        while let last = bytes.last, last.isASCIIWhitespace { bytes = bytes.dropLast() }
        return bytes
    }
}
