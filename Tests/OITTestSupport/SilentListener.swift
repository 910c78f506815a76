import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP port on 127.0.0.1 that never answers, to prove that a run touched no network: the
/// kernel completes any connection into the backlog, and `connections()` counts them afterwards.
public final class SilentListener {
    public let port: Int
    private let socket: Int32

    public init() throws {
        guard let (socket, port) = LoopbackSocket.listen() else { throw ListenerError.socket }
        self.socket = socket
        self.port = Int(port)
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
    }

    /// Connections made to the port so far.
    public func connections() -> Int {
        var count = 0
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return count }
            close(client)
            count += 1
        }
    }

    /// Waits until a connection is waiting in the backlog (without accepting it), up to `timeout`
    /// seconds; whether one came.
    public func waitForConnection(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(timeout * 1000)) == 1
    }

    deinit { close(socket) }

    public enum ListenerError: Error { case socket }
}
