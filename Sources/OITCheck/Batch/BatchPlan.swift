import Foundation
import OITCore

/// The sites of a batch, read from a coordinator's CSV: a header row with at least `name` and
/// `url` (Thai headers too: ชื่อ, เว็บไซต์), optionally `type`, `checklist`, `amphoe`, `province`.
/// Rows without a usable address, or naming a site already listed, are reported with their line
/// and left out; the rest run.
public struct BatchPlan: Sendable {
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public let line: Int
        /// What is wrong with the row, in Thai and English.
        public let explanation: LocalizedText
        /// The row was left out of the batch (otherwise it runs, as the message says).
        public let skipped: Bool

        public var message: String { explanation.en }
        public var description: String { text(in: .en) }

        /// The problem with its line, in `language`.
        public func text(in language: Language) -> String {
            language == .th ? "บรรทัด \(line): \(explanation.th)" : "line \(line): \(explanation.en)"
        }
    }

    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case unreadable(String)
        case noHeader(missing: [String])
        case empty

        public var description: String {
            switch self {
            case .unreadable(let reason): return "the sites CSV cannot be read: \(reason)"
            case .noHeader(let missing):
                return "the sites CSV needs a header row with the columns \(missing.joined(separator: " and ")) "
                    + "(e.g. name,url,type); the first line is not one"
            case .empty: return "the sites CSV lists no sites"
            }
        }

        /// ``description`` in Thai beside it.
        public var explanation: LocalizedText {
            switch self {
            case .unreadable(let reason):
                return LocalizedText(th: "อ่านไฟล์ CSV รายชื่อเว็บไซต์ไม่ได้: \(reason)", en: description)
            case .noHeader(let missing):
                return LocalizedText(th: "ไฟล์ CSV รายชื่อเว็บไซต์ต้องมีแถวหัวตารางที่มีคอลัมน์ \(missing.joined(separator: " และ ")) "
                                        + "(เช่น name,url,type หรือ ชื่อ,เว็บไซต์) แต่บรรทัดแรกไม่ใช่", en: description)
            case .empty: return LocalizedText(th: "ไฟล์ CSV ไม่มีรายชื่อเว็บไซต์", en: description)
            }
        }
    }

    public let sites: [BatchSite]
    public let problems: [Problem]

    /// Header names each column is known by, compared lowercased and trimmed.
    static let columns: [String: [String]] = [
        "name": ["name", "ชื่อ", "ชื่อหน่วยงาน", "หน่วยงาน", "agency"],
        "url": ["url", "website", "site", "เว็บไซต์", "ที่อยู่เว็บไซต์"],
        "type": ["type", "ประเภท", "ประเภทหน่วยงาน"],
        "checklist": ["checklist", "form", "แบบฟอร์ม"],
        "amphoe": ["amphoe", "district", "อำเภอ"],
        "province": ["province", "จังหวัด"],
    ]

    public static func read(_ text: String) throws(Failure) -> BatchPlan {
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(in: text)
        } catch {
            throw .unreadable(error.description)
        }
        let rows = records.filter { !$0.isBlank }
        guard let header = rows.first else { throw .empty }
        var index: [String: Int] = [:]
        for (position, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if let column = columns.first(where: { $0.value.contains(name) })?.key, index[column] == nil { index[column] = position }
        }
        let missing = ["name", "url"].filter { index[$0] == nil }
        guard missing.isEmpty else { throw .noHeader(missing: missing) }
        var sites: [BatchSite] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        var slugs = Set<String>()
        for row in rows.dropFirst() {
            func field(_ column: String) -> String? {
                guard let position = index[column], position < row.fields.count else { return nil }
                let value = row.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            let name = field("name") ?? ""
            guard let address = field("url") else {
                problems.append(Problem(line: row.line, explanation: LocalizedText(
                    th: "\(name.isEmpty ? "แถวนี้" : name) ไม่มีที่อยู่เว็บไซต์ จึงไม่ได้ตรวจ",
                    en: "\(name.isEmpty ? "the row" : name) has no web address; left out"), skipped: true))
                continue
            }
            guard let url = Self.webAddress(address) else {
                problems.append(Problem(line: row.line, explanation: LocalizedText(
                    th: "\"\(address)\" ไม่ใช่ที่อยู่เว็บไซต์ (ให้เขียนแบบ https://www.example.go.th/) จึงไม่ได้ตรวจ",
                    en: "\"\(address)\" is not a web address (write it like https://www.example.go.th/); left out"), skipped: true))
                continue
            }
            let key = Self.siteKey(url)
            if let first = seen[key] {
                problems.append(Problem(line: row.line, explanation: LocalizedText(
                    th: "\(url.absoluteString) มีอยู่แล้วในบรรทัด \(first) จึงไม่ได้ตรวจซ้ำ",
                    en: "\(url.absoluteString) is already listed on line \(first); left out"), skipped: true))
                continue
            }
            seen[key] = row.line
            var type: AgencyType?
            if let word = field("type") {
                type = Self.agencyType(word)
                if type == nil {
                    problems.append(Problem(line: row.line, explanation: LocalizedText(
                        th: "ประเภท \"\(word)\" ไม่ใช่ amphoe, lao, general หรือ vocational จึงเลือกแบบตรวจจากเว็บไซต์เอง",
                        en: "type \"\(word)\" is not one of amphoe, lao, general, vocational; the form is chosen from the site"),
                        skipped: false))
                }
            }
            let slug = Self.uniqueSlug(for: url, taken: &slugs)
            sites.append(BatchSite(line: row.line, name: name.isEmpty ? (url.host ?? url.absoluteString) : name, url: url,
                                   type: type, checklist: field("checklist"), amphoe: field("amphoe"),
                                   province: field("province"), slug: slug))
        }
        return BatchPlan(sites: sites, problems: problems)
    }

    /// What makes two rows the same site: the host without `www.`, the path without its last
    /// slash, the query; not the scheme.
    static func siteKey(_ url: URL) -> String {
        var host = url.host?.lowercased() ?? ""
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        return host + (url.port.map { ":\($0)" } ?? "") + path + (url.query.map { "?" + $0 } ?? "")
    }

    /// An http(s) address, adding `https://` to a bare host (`www.example.go.th`).
    static func webAddress(_ text: String) -> URL? {
        let lowered = text.lowercased()
        let full = lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? text : "https://" + text
        guard !full.contains(" "), let url = URL(string: full), let host = url.host, !host.isEmpty,
              host.contains(".") || host == "localhost" else { return nil }
        return url.path.isEmpty ? URL(string: full + "/") : url
    }

    /// English names a sheet may use for the kinds.
    static let englishTypes: [String: AgencyType] = [
        "district": .amphoe, "district_office": .amphoe, "amphur": .amphoe, "amphoe_office": .amphoe,
        "sao": .lao, "tao": .lao, "pao": .lao, "municipality": .lao, "tessaban": .lao, "local": .lao,
        "local_administration": .lao,
        "college": .vocational, "vocational_college": .vocational, "technical_college": .vocational,
        "provincial_office": .general, "department": .general, "ministry": .general, "agency": .general,
        "government": .general, "office": .general,
    ]

    /// A kind of agency from its id, an English name, or a Thai word.
    static func agencyType(_ word: String) -> AgencyType? {
        let lowered = word.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let type = AgencyType(rawValue: lowered) { return type }
        if let type = englishTypes[lowered] { return type }
        let key = NormalizedText(word).key
        if key.contains(NormalizedText("อำเภอ").key) { return .amphoe }
        if ["อบต", "อบจ", "เทศบาล", "อปท", "องค์กรปกครองส่วนท้องถิ่น"].contains(where: { key.contains(NormalizedText($0).key) }) { return .lao }
        if key.contains(NormalizedText("วิทยาลัย").key) || key.contains(NormalizedText("อาชีว").key) { return .vocational }
        if key.contains(NormalizedText("ทั่วไป").key) || key.contains(NormalizedText("ส่วนราชการ").key) { return .general }
        return nil
    }

    /// `www.example.go.th/am/1234` -> `example.go.th-am-1234`, made unique with `-2`, `-3`.
    static func uniqueSlug(for url: URL, taken: inout Set<String>) -> String {
        var host = (url.host ?? "site").lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        if let port = url.port { host += "-\(port)" }
        let path = url.path.split(separator: "/").joined(separator: "-")
        let raw = path.isEmpty ? host : host + "-" + path
        let cleaned = String(raw.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-") ? c : "-"
        }.prefix(80))
        var slug = cleaned
        var counter = 2
        while taken.contains(slug) {
            slug = "\(cleaned)-\(counter)"
            counter += 1
        }
        taken.insert(slug)
        return slug
    }
}
