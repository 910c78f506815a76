import Foundation
import OITCore

/// Cuts off crawl traps: calendars and other pages that link to endless variations of
/// themselves, endless query permutations, and paths that repeat their own segments.
///
/// URLs are grouped by shape. The query shape is the path with the query's parameter names
/// and every digit run in their values made `N` (`calendar.php?month=N&year=N`); the path shape
/// also makes the path's digits `N` (`/public/list/data/index/menu/N`). Each shape may be
/// crawled up to a cap; a vendor CMS whose item pages differ only by a number in the path gets
/// the larger path cap.
public struct TrapGuard: Sendable {
    public struct Limits: Hashable, Sendable {
        public var perQueryShape: Int
        public var perPathShape: Int
        public var maxURLLength: Int
        public var maxSegmentRepeats: Int

        public init(perQueryShape: Int = 25, perPathShape: Int = 120, maxURLLength: Int = 2048, maxSegmentRepeats: Int = 3) {
            self.perQueryShape = perQueryShape
            self.perPathShape = perPathShape
            self.maxURLLength = maxURLLength
            self.maxSegmentRepeats = maxSegmentRepeats
        }
    }

    public enum Refusal: Hashable, Sendable, CustomStringConvertible {
        case tooLong
        case repeatingPath
        case queryVariations(String)
        case pathVariations(String)

        public var description: String {
            switch self {
            case .tooLong: return "the URL is too long (a crawl trap)"
            case .repeatingPath: return "the path repeats itself (a crawl trap)"
            case .queryVariations(let shape): return "too many variations of \(shape) (a calendar or filter trap)"
            case .pathVariations(let shape): return "too many pages shaped \(shape)"
            }
        }

        /// ``description`` in Thai and English, for listings in the user's language.
        public var explanation: LocalizedText {
            let th: String
            switch self {
            case .tooLong: th = "ที่อยู่ยาวเกินไป (กับดักของการไล่อ่าน)"
            case .repeatingPath: th = "ที่อยู่วนซ้ำตัวเอง (กับดักของการไล่อ่าน)"
            case .queryVariations(let shape): th = "\(shape) มีหลายแบบเกินไป (ปฏิทินหรือตัวกรอง)"
            case .pathVariations(let shape): th = "หน้ารูปแบบ \(shape) มากเกินไป"
            }
            return LocalizedText(th: th, en: description)
        }
    }

    public let limits: Limits
    private var queryShapes: [String: Int] = [:]
    private var pathShapes: [String: Int] = [:]

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Admits `url` (counting it) or says why not.
    public mutating func admit(_ url: URL) -> Refusal? {
        if url.absoluteString.utf8.count > limits.maxURLLength { return .tooLong }
        let path = PlainAddress.path(of: url)
        if Self.repeatsSegment(of: path, moreThan: limits.maxSegmentRepeats) { return .repeatingPath }
        let host = PlainAddress.host(of: url) ?? ""
        let digitsPath = Self.digitsAsN(path)
        // Most links have none: URLComponents is asked only of a URL with a query.
        let query = url.query == nil ? [] : URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        if !query.isEmpty {
            let shape = host + path + "?" + query.map { $0.name + "=" + Self.digitsAsN($0.value ?? "") }
                .sorted().joined(separator: "&")
            let seen = queryShapes[shape, default: 0]
            guard seen < limits.perQueryShape else { return .queryVariations(shape) }
            queryShapes[shape] = seen + 1
        }
        let pathShape = host + digitsPath + (query.isEmpty ? "" : "?" + query.map(\.name).sorted().joined(separator: "&"))
        let seen = pathShapes[pathShape, default: 0]
        guard seen < limits.perPathShape else { return .pathVariations(pathShape) }
        pathShapes[pathShape] = seen + 1
        return nil
    }

    /// Whether some segment of `path` stands in it more than `limit` times (compared as bytes,
    /// each with the ones after it: a path has a handful of segments, and this is asked of every
    /// link found).
    static func repeatsSegment(of path: String, moreThan limit: Int) -> Bool {
        let segments = path.utf8.split(separator: UInt8(ascii: "/"))
        guard segments.count > limit else { return false }
        for (index, segment) in segments.enumerated() {
            var count = 1
            for other in segments[(index + 1)...] where other.elementsEqual(segment) { count += 1 }
            if count > limit { return true }
        }
        return false
    }

    /// `text` with each run of ASCII digits written "N": the shape of a path or a value.
    static func digitsAsN(_ text: String) -> String {
        // By bytes when all ASCII (a Character is then a byte, or CR LF: neither a digit).
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return digitsAsN(characters: text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var inDigits = false
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) {
                if !inDigits { out.append(UInt8(ascii: "N")) }
                inDigits = true
            } else {
                out.append(byte)
                inDigits = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``digitsAsN(_:)`` Character by Character: any text.
    static func digitsAsN(characters text: String) -> String {
        var out = ""
        var inDigits = false
        for character in text {
            if character.isASCII && character.isNumber {
                if !inDigits { out.append("N") }
                inDigits = true
            } else {
                out.append(character)
                inDigits = false
            }
        }
        return out
    }
}
