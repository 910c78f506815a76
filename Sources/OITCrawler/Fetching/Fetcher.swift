/// Fetches one URL, one hop: redirects come back as 3xx responses and are followed by the
/// caller (``PoliteClient``), so that every hop is polite and the chain is recorded.
/// Implementations: ``CurlFetcher`` (the network), ``FileFetcher`` (a saved page or a
/// mirrored site), ``InMemoryFetcher`` (tests).
public protocol Fetcher: Sendable {
    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse
}
