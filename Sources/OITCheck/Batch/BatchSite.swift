import Foundation
import OITCore

/// One agency of a batch, as its row of the sites CSV gives it.
public struct BatchSite: Hashable, Sendable, Identifiable {
    /// The row's line in the CSV file.
    public let line: Int
    public let name: String
    public let url: URL
    /// The agency's kind, when the row says (it picks the default form).
    public let type: AgencyType?
    /// A form named for this row (a shipped id or a YAML file).
    public let checklist: String?
    public let amphoe: String?
    public let province: String?
    /// A name for its files, unique in the batch and the same on every run of the same CSV.
    public let slug: String

    public var id: String { slug }

    public init(line: Int, name: String, url: URL, type: AgencyType? = nil, checklist: String? = nil,
                amphoe: String? = nil, province: String? = nil, slug: String) {
        self.line = line
        self.name = name
        self.url = url
        self.type = type
        self.checklist = checklist
        self.amphoe = amphoe
        self.province = province
        self.slug = slug
    }
}
