/// Checks bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF),
/// telling a sequence cut off by the end of the input apart from bytes that are wrong.
struct UTF8Validator: Sendable {
    /// Bytes that are not UTF-8, each counted once.
    var invalidBytes = 0
    /// The input ends inside a multi-byte sequence (a truncated download).
    var endsMidSequence = false

    var isValidIgnoringTruncation: Bool { invalidBytes == 0 }

    static func scan(_ bytes: [UInt8]) -> UTF8Validator {
        var result = UTF8Validator()
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            let base = UnsafeRawPointer(buffer.baseAddress)
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    // Markup is mostly ASCII: skip it eight bytes at a time.
                    if let base {
                        while index + 8 <= count,
                              base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                            index += 8
                        }
                    }
                    if index < count, buffer[index] < 0x80 { index += 1 }
                    continue
                }
                // Thai (U+0E00-U+0E7F: E0 B8 xx, E0 B9 xx), the bulk of a page's text: two letters
                // at a time while they last, then one.
                if lead == 0xE0, let base {
                    while index + 8 <= count,
                          base.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
                            & Self.twoThaiMask == Self.twoThaiBits {
                        index += 6
                    }
                    if index + 2 < count, buffer[index] == 0xE0, buffer[index + 1] & 0xFE == 0xB8,
                       isContinuation(buffer[index + 2]) {
                        index += 3
                        continue
                    }
                    if buffer[index] != 0xE0 { continue }
                }
                let length = sequenceLength(lead)
                guard length > 0 else {
                    result.invalidBytes += 1
                    index += 1
                    continue
                }
                if index + length > count {
                    // Only a prefix is left: truncated if the bytes present are a valid prefix.
                    if (index + 1..<count).allSatisfy({ isContinuation(buffer[$0]) }),
                       index + 1 >= count || secondByteAllowed(lead: lead, buffer[index + 1]) {
                        result.endsMidSequence = true
                    } else {
                        result.invalidBytes += count - index
                    }
                    return
                }
                guard secondByteAllowed(lead: lead, buffer[index + 1]),
                      length < 3 || isContinuation(buffer[index + 2]),
                      length < 4 || isContinuation(buffer[index + 3]) else {
                    result.invalidBytes += 1
                    index += 1
                    continue
                }
                index += length
            }
        }
        return result
    }

    /// The bytes with every ill-formed sequence replaced by U+FFFD, as a browser decodes them.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(lead)
                index += 1
                continue
            }
            let length = sequenceLength(lead)
            if length > 0, index + length <= bytes.count, secondByteAllowed(lead: lead, bytes[index + 1]),
               (index + 2..<index + length).allSatisfy({ isContinuation(bytes[$0]) }) {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
            }
        }
        return output
    }

    /// Two Thai letters in the low six bytes of a little-endian word: E0, B8 or B9, a
    /// continuation byte, twice.
    private static let twoThaiMask: UInt64 = 0x0000_C0FE_FFC0_FEFF
    private static let twoThaiBits: UInt64 = 0x0000_80B8_E080_B8E0

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    private static func secondByteAllowed(lead: UInt8, _ byte: UInt8) -> Bool {
        switch lead {
        case 0xE0: return (0xA0...0xBF).contains(byte)
        case 0xED: return (0x80...0x9F).contains(byte)
        case 0xF0: return (0x90...0xBF).contains(byte)
        case 0xF4: return (0x80...0x8F).contains(byte)
        default: return isContinuation(byte)
        }
    }
}
