import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns page bytes in any supported encoding into UTF-8 for libxml2, replacing what cannot
/// be decoded with U+FFFD (as a browser does) and counting the replacements.
enum Transcoder {
    struct Output {
        let utf8: [UInt8]
        /// UTF-8 passed on unread (``toUTF8(_:from:skipping:check:checkingUTF8:)``).
        var isUnchecked = false
        /// Characters replaced with U+FFFD because the bytes were not valid in the encoding.
        let replaced: Int
        /// The input ends inside a multi-byte character.
        let endsMidCharacter: Bool
    }

    /// - Parameters:
    ///   - check: the UTF-8 check of `bytes` already made while sniffing, if any.
    ///   - checkingUTF8: false to pass UTF-8 on without reading it when it was not checked while
    ///     sniffing: the caller's parser checks it anyway (``Output/isUnchecked``).
    static func toUTF8(_ bytes: [UInt8], from encoding: CharacterEncoding, skipping prefix: Int = 0,
                       check known: UTF8Validator? = nil, checkingUTF8: Bool = true) -> Output {
        let body = prefix > 0 ? Array(bytes[prefix...]) : bytes
        switch encoding {
        case .utf8:
            if !checkingUTF8, known == nil || prefix > 0 {
                return Output(utf8: body, isUnchecked: true, replaced: 0, endsMidCharacter: false)
            }
            let check = prefix == 0 ? known ?? UTF8Validator.scan(body) : UTF8Validator.scan(body)
            if check.invalidBytes == 0 && !check.endsMidSequence {
                return Output(utf8: body, replaced: 0, endsMidCharacter: false)
            }
            return Output(utf8: UTF8Validator.repaired(body), replaced: check.invalidBytes,
                          endsMidCharacter: check.endsMidSequence)
        case .windows874:
            let (utf8, replaced) = SingleByteTable.windows874.decodeToUTF8(body[...])
            return Output(utf8: utf8, replaced: replaced, endsMidCharacter: false)
        case .windows1252:
            let (utf8, replaced) = SingleByteTable.windows1252.decodeToUTF8(body[...])
            return Output(utf8: utf8, replaced: replaced, endsMidCharacter: false)
        case .utf16LittleEndian, .utf16BigEndian:
            return utf16ToUTF8(body, littleEndian: encoding == .utf16LittleEndian)
        case .other(let name):
            return iconvToUTF8(body, from: name)
        }
    }

    private static func utf16ToUTF8(_ bytes: [UInt8], littleEndian: Bool) -> Output {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let pair = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(pair)
            index += 2
        }
        var output: [UInt8] = []
        var replaced = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): SingleByteTable.appendUTF8(scalar.value, to: &output)
            case .error:
                replaced += 1
                SingleByteTable.appendUTF8(0xFFFD, to: &output)
            case .emptyInput: break decoding
            }
        }
        return Output(utf8: output, replaced: replaced, endsMidCharacter: bytes.count % 2 == 1)
    }

    // MARK: - iconv, for any other encoding

    nonisolated(unsafe) private static var knownNames: [String: Bool] = [:]
    private static let lock = NSLock()

    /// Whether iconv can decode `name` on this system.
    static func canDecode(_ name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let known = knownNames[name] { return known }
        let handle = iconv_open("UTF-8", name)
        let usable = handle != iconv_t(bitPattern: -1)
        if usable { iconv_close(handle) }
        knownNames[name] = usable
        return usable
    }

    private static func iconvToUTF8(_ bytes: [UInt8], from name: String) -> Output {
        let handle = iconv_open("UTF-8", name)
        guard handle != iconv_t(bitPattern: -1) else {
            let (utf8, replaced) = SingleByteTable.windows1252.decodeToUTF8(bytes[...])
            return Output(utf8: utf8, replaced: replaced, endsMidCharacter: false)
        }
        defer { iconv_close(handle) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var replaced = 0
        var endsMidCharacter = false
        var input = bytes
        let chunk = 16 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let result = buffer.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    output.append(contentsOf: outBuffer[0..<(outBuffer.count - outLeft)])
                    return status == -1 ? Int(errno) : 0
                }
                if result == 0 || result == Int(E2BIG) { continue }
                if result == Int(EINVAL) {       // incomplete sequence at the end
                    endsMidCharacter = true
                    break
                }
                // EILSEQ: skip one byte and mark it.
                replaced += 1
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return Output(utf8: output, replaced: replaced, endsMidCharacter: endsMidCharacter)
    }
}
