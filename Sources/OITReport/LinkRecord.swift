import OITCheck

/// One anchor of one page as the report lists it: the raw href as written, where it leads, its
/// label, the concepts given to it and why, and whether it leads nowhere.
public struct LinkRecord: Codable, Hashable, Sendable {
    public let page: String
    public let href: String
    public let url: String?
    public let text: String
    public let concepts: [String]
    public let basis: String
    public let dead: Bool
    public let line: Int

    public init(page: String, href: String, url: String?, text: String, concepts: [String], basis: String,
                dead: Bool, line: Int) {
        self.page = page
        self.href = href
        self.url = url
        self.text = text
        self.concepts = concepts
        self.basis = basis
        self.dead = dead
        self.line = line
    }

    /// The record of an anchor of the page at `page`.
    init(page: String, _ classified: ClassifiedLink) {
        self.init(page: page, href: classified.link.href, url: classified.link.url?.absoluteString,
                  text: classified.link.text, concepts: classified.concepts.map(\.rawValue),
                  basis: classified.basis.rawValue, dead: classified.link.isDead, line: classified.link.line)
    }

    func write(_ json: inout PrettyJSON) {
        Self.write(json: &json, basis: basis, concepts: concepts, dead: dead, href: href, line: line, page: page,
                   text: text, url: url)
    }

    /// What the record of an anchor of the page at `page` writes, without making the record.
    static func write(_ classified: ClassifiedLink, page: String, to json: inout PrettyJSON) {
        let link = classified.link
        write(json: &json, basis: classified.basis.rawValue, concepts: classified.concepts.lazy.map(\.rawValue),
              dead: link.isDead, href: link.href, line: link.line, page: page, text: link.text,
              url: link.url?.absoluteString)
    }

    /// The members of a record, in key order.
    private static func write(json: inout PrettyJSON, basis: String, concepts: some Sequence<String>, dead: Bool,
                              href: String, line: Int, page: String, text: String, url: String?) {
        json.member("basis", basis)
        json.member("concepts") { $0.array(concepts) { $0.string($1) } }
        json.member("dead", dead)
        json.member("href", href)
        json.member("line", line)
        json.member("page", page)
        json.member("text", text)
        json.member("url", ifPresent: url)
    }
}
