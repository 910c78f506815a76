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

    func write(_ json: inout PrettyJSON) {
        json.member("basis", basis)
        json.member("concepts", concepts)
        json.member("dead", dead)
        json.member("href", href)
        json.member("line", line)
        json.member("page", page)
        json.member("text", text)
        json.member("url", ifPresent: url)
    }
}
