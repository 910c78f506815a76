import OITHTML

/// ``TargetResolver/id(of:)`` remembered by address: the links a site repeats on every page are
/// keyed once.
struct TargetKeys {
    private var known: [String: String] = [:]

    mutating func id(of link: Link) -> String {
        guard let url = link.url, !link.isDead else { return TargetResolver.id(of: link) }
        let address = url.absoluteString
        if let id = known[address] { return id }
        let id = TargetResolver.id(of: link)
        known[address] = id
        return id
    }
}
