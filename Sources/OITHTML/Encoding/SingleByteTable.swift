/// The upper halves (0x80-0xFF) of the single-byte encodings Thai sites use, from the WHATWG
/// Encoding Standard's indexes. Bytes below 0x80 are ASCII in both.
struct SingleByteTable: Sendable {
    /// Code points for bytes 0x80-0xFF; 0xFFFD where the encoding defines none.
    let upper: [UInt32]

    /// windows-874, which browsers use for TIS-620 and ISO-8859-11 as well.
    static let windows874: SingleByteTable = {
        var upper = [UInt32](repeating: 0xFFFD, count: 128)
        upper[0x80 - 0x80] = 0x20AC
        upper[0x85 - 0x80] = 0x2026
        upper[0x91 - 0x80] = 0x2018
        upper[0x92 - 0x80] = 0x2019
        upper[0x93 - 0x80] = 0x201C
        upper[0x94 - 0x80] = 0x201D
        upper[0x95 - 0x80] = 0x2022
        upper[0x96 - 0x80] = 0x2013
        upper[0x97 - 0x80] = 0x2014
        upper[0xA0 - 0x80] = 0x00A0
        for byte in 0xA1...0xDA { upper[byte - 0x80] = UInt32(0x0E01 + byte - 0xA1) }
        for byte in 0xDF...0xFB { upper[byte - 0x80] = UInt32(0x0E3F + byte - 0xDF) }
        return SingleByteTable(upper: upper)
    }()

    /// windows-1252, which browsers use for ISO-8859-1, latin1 and US-ASCII as well.
    static let windows1252: SingleByteTable = {
        let specials: [UInt32] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
        ]
        return SingleByteTable(upper: specials + (0xA0...0xFF).map { UInt32($0) })
    }()

    /// The bytes decoded and written out as UTF-8.
    func decodeToUTF8(_ bytes: ArraySlice<UInt8>) -> (utf8: [UInt8], replaced: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var replaced = 0
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = upper[Int(byte) - 0x80]
            if value == 0xFFFD { replaced += 1 }
            Self.appendUTF8(value, to: &output)
        }
        return (output, replaced)
    }

    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
