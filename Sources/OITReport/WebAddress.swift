/// Which addresses from a website a report may turn into links: http(s) only, never
/// `javascript:`, `data:` or `file:`.
enum WebAddress {
    static func isLinkable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }
}
