import CCurl

extension FetchError {
    /// What a failed libcurl transfer means to a crawl: the host does not resolve, there is no
    /// connection, TLS failed, time ran out; anything else with libcurl's own words.
    init(curl code: CURLcode, detail: String, request: FetchRequest) {
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL:
            self = .unsupportedScheme(request.url.scheme ?? "?")
        case CURLE_URL_MALFORMAT:
            self = .invalidURL(request.url.absoluteString)
        case CURLE_COULDNT_RESOLVE_HOST:
            self = .dns(host: request.url.host ?? "?")
        case CURLE_OPERATION_TIMEDOUT:
            self = .timeout(seconds: request.timeout)
        case CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT, CURLE_SEND_ERROR, CURLE_RECV_ERROR,
             CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2, CURLE_HTTP2_STREAM,
             CURLE_HTTP3, CURLE_QUIC_CONNECT_ERROR:
            self = .connection(detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED,
             CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED,
             CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            self = .tls(detail)
        case CURLE_ABORTED_BY_CALLBACK:
            self = .cancelled
        default:
            self = .other(detail)
        }
    }
}
