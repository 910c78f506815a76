import CCurl
import Foundation
import Synchronization

/// Runs every transfer of a fetcher on one libcurl multi handle, in one thread of its own: it
/// adds what was asked for, lets libcurl move the bytes, hands each finished transfer's result
/// back, and sleeps in `curl_multi_poll` until a socket or a new request wakes it.
/// libcurl keeps connections open between requests to a host and caches DNS answers.
/// Unchecked: the multi handle is used by the driver's thread alone, but for
/// `curl_multi_wakeup`, which libcurl allows from any thread.
final class CurlDriver: @unchecked Sendable {
    private struct Inbox {
        var added: [CurlTransfer] = []
        var cancelled: [CurlTransfer] = []
        var stopping = false
        /// The driver found nothing to do and is (about to be) asleep in `curl_multi_poll`: only
        /// then does a request need to wake it (a wake-up is a write to a socket, and a read of
        /// it; waking it for every request cost two system calls a request).
        var asleep = false

        var isEmpty: Bool { added.isEmpty && cancelled.isEmpty && !stopping }

        /// Whether the driver must be woken for what was just put in; it is awake after.
        mutating func needsWaking() -> Bool {
            defer { asleep = false }
            return asleep
        }
    }

    private static let libraryReady: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Idle connections kept open at most (the oldest is closed first).
    static let idleConnections = 256

    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())
    /// How long the driver sleeps at most with nothing to do (milliseconds): only a wake-up
    /// ends its sleep sooner when no transfer is running.
    private let idleWait: Int32
    static let defaultIdleWait: Int32 = 1000

    /// `connectionsPerHost`: at most this many connections open to one host at a time.
    init(connectionsPerHost: Int, idleWait: Int32 = defaultIdleWait) {
        self.idleWait = idleWait
        precondition(Self.libraryReady, "libcurl could not be initialised")
        guard let multi = curl_multi_init() else { preconditionFailure("libcurl could not start a multi handle") }
        self.multi = multi
        _ = oit_curl_multi_set_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, connectionsPerHost))
        // Idle connections kept for the next request to their host. libcurl's default keeps four
        // per transfer in flight, and as a crawl's requests come and go that closed most of them:
        // seven requests in ten opened a new connection.
        _ = oit_curl_multi_set_long(multi, CURLMOPT_MAXCONNECTS, Self.idleConnections)
        let thread = Thread { [self] in run() }
        thread.name = "oit-curl"
        thread.start()
    }

    /// Starts `transfer`; its continuation is resumed when it finishes.
    func start(_ transfer: CurlTransfer) {
        deliver { $0.added.append(transfer) }
    }

    /// Stops `transfer` if it has not finished; it then finishes as cancelled.
    func cancel(_ transfer: CurlTransfer) {
        deliver {
            transfer.cancelRequested = true
            $0.cancelled.append(transfer)
        }
    }

    /// Cancels what is running and ends the thread.
    func stop() {
        deliver { $0.stopping = true }
    }

    /// Puts something in the inbox, and wakes the driver if it is asleep.
    private func deliver(_ change: (inout Inbox) -> Void) {
        let wake = inbox.withLock {
            change(&$0)
            return $0.needsWaking()
        }
        if wake { curl_multi_wakeup(multi) }
    }

    private func run() {
        var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
        var running: Int32 = 0
        while true {
            let (toStart, cancelledEarly, cancelled, stopping) = inbox.withLock { inbox in
                defer { inbox.added.removeAll(); inbox.cancelled.removeAll(); inbox.asleep = false }
                let early = inbox.added.filter(\.cancelRequested)
                return (inbox.added.filter { !$0.cancelRequested }, early, inbox.cancelled, inbox.stopping)
            }
            for transfer in cancelledEarly { finish(transfer, .failure(.cancelled)) }
            for transfer in toStart {
                if curl_multi_add_handle(multi, transfer.easy) == CURLM_OK {
                    active[transfer.easy] = transfer
                } else {
                    finish(transfer, .failure(.other("libcurl would not take the request")))
                }
            }
            for transfer in cancelled {
                guard active.removeValue(forKey: transfer.easy) != nil else { continue }
                curl_multi_remove_handle(multi, transfer.easy)
                finish(transfer, .failure(.cancelled))
            }
            if stopping {
                for transfer in active.values {
                    curl_multi_remove_handle(multi, transfer.easy)
                    finish(transfer, .failure(.cancelled))
                }
                curl_multi_cleanup(multi)
                return
            }
            curl_multi_perform(multi, &running)
            var code = CURLE_OK
            while let easy = oit_curl_multi_next_done(multi, &code) {
                curl_multi_remove_handle(multi, easy)
                if let transfer = active.removeValue(forKey: easy) { finish(transfer, transfer.result(code)) }
            }
            // Sleeps until a socket is ready, libcurl's next timer, a wake-up or `idleWait` at most;
            // not at all if something came in meanwhile. A request put in after `asleep` is set
            // wakes it, even before it is in `curl_multi_poll` (the wake-up waits in its socket).
            let sleeps = inbox.withLock { inbox in
                inbox.asleep = inbox.isEmpty
                return inbox.asleep
            }
            if sleeps { curl_multi_poll(multi, nil, 0, idleWait, nil) }
        }
    }

    private func finish(_ transfer: CurlTransfer, _ result: Result<FetchResponse, FetchError>) {
        transfer.continuation?.resume(returning: result)
        transfer.continuation = nil
    }
}
