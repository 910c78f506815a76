import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 whose connections are read by threads of their own,
/// outside Swift's cooperative pool, so that the time a request arrives is noted the moment the
/// kernel hands it over, however busy the test run keeps the pool. Used where the test counts
/// politeness at the server to the millisecond; FlyingFox serves every other test.
public final class ThreadedServer: @unchecked Sendable {
    private let listener: Int32
    public let port: UInt16
    private let lock = NSLock()
    private var arrivals: [(path: String, time: Date)] = []
    private var current = 0
    private var highest = 0
    private var accepted = 0
    private let answer: @Sendable (String) -> (delay: Double, body: String)
    private var stopped = false

    public init(_ answer: @escaping @Sendable (String) -> (delay: Double, body: String)) throws {
        self.answer = answer
        guard let (fd, port) = LoopbackSocket.listen() else { throw URLError(.cannotConnectToHost) }
        listener = fd
        self.port = port
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    public var base: String { "http://127.0.0.1:\(port)" }
    public func url(_ path: String) -> URL { URL(string: base + path)! }

    /// Paths and arrival times of every request, in arrival order.
    public var requests: [(path: String, time: Date)] { lock.withLock { arrivals } }
    public var peakInFlight: Int { lock.withLock { highest } }
    /// TCP connections accepted so far.
    public var connections: Int { lock.withLock { accepted } }

    public func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { return }
            lock.withLock { accepted += 1 }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            // Read up to the end of the request headers.
            while !pending.containsHeaderEnd {
                let count = recv(connection, &buffer, buffer.count, 0)
                if count <= 0 { return }
                pending.append(contentsOf: buffer[0..<count])
            }
            let arrived = Date()
            let end = pending.headerEndIndex
            let head = String(decoding: pending[0..<end], as: UTF8.self)
            pending.removeFirst(end + 4)
            let parts = head.split(separator: " ")
            let path = parts.count > 1 ? String(parts[1]) : "/"
            lock.withLock {
                arrivals.append((path, arrived))
                current += 1
                highest = max(highest, current)
            }
            let (delay, body) = answer(path)
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            lock.withLock { current -= 1 }
            let bytes = Array(body.utf8)
            let response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(bytes.count)\r\n\r\n"
            let all = Array(response.utf8) + bytes
            var sent = 0
            while sent < all.count {
                let count = all[sent...].withUnsafeBufferPointer { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if count <= 0 { return }
                sent += count
            }
        }
    }
}

private extension Array where Element == UInt8 {
    var headerEndIndex: Int {
        guard count >= 4 else { return -1 }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return index
        }
        return -1
    }

    var containsHeaderEnd: Bool { headerEndIndex >= 0 }
}
