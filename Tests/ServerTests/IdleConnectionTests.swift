import Foundation
import HandbookServer
import Synchronization
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

// One at a time: they share the executor's one thread, and a server's first build on it would
// stretch the other test's timings.
@Suite(.serialized) struct IdleConnectionTests {
    /// The timings below are the server's, so neither it nor the test may wait for a thread.
    private static let executor = DedicatedThreadExecutor(name: "IdleConnectionTests")

    /// A server on a handbook of one page, with short limits; its port.
    private func startServer(_ change: (inout ServerSettings) -> Void) async throws -> (Task<Void, any Error>, Int) {
        let handbook = try TemporaryHandbook(["Handbook/01-one.md": "---\ntitle: Первая\n---\nТекст.\n"])
        // With a style, /api/lint reads the body it is sent; without one it answers 503 at once.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        var settings = ServerSettings(root: handbook.root)
        settings.port = 0
        settings.watches = false
        change(&settings)
        // Told by the server's event, or nil after a minute: a sleep would wake through Dispatch's
        // busy queue, not through the executor, so nothing here polls.
        let port = Once<Int?>()
        let server = Task(executorPreference: Self.executor) { [settings] in
            do {
                try await HandbookServer(settings: settings).run { event in
                    if case .listening(let address) = event { port.resolve(Int(address.split(separator: ":").last!.dropLast())) }
                }
            } catch {
                port.resolve(nil)
                throw error
            }
        }
        Thread { Thread.sleep(forTimeInterval: 60); port.resolve(nil) }.start()
        guard let listening = await port.value else {
            server.cancel()
            throw POSIXError(.ETIMEDOUT)
        }
        return (server, listening)
    }

    /// A client that sends half a request head and then nothing is let go after the idle
    /// timeout, while the server goes on answering.
    @Test func aSlowClientIsClosedAfterTheIdleTimeout() async throws {
        try await withTaskExecutorPreference(Self.executor) { try await slowClientIsClosed() }
    }

    private func slowClientIsClosed() async throws {
        let (server, port) = try await startServer { $0.idleTimeout = .seconds(1) }
        defer { server.cancel() }
        let slow = try connect(port: port)
        defer { close(slow) }
        send(slow, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        let started = ContinuousClock.now
        #expect(await readUntilClosed(slow, within: 15) == "")
        // Well under the default 30 s, so it is the setting that closed it.
        #expect(ContinuousClock.now - started < .seconds(10))

        let other = try connect(port: port)
        defer { close(other) }
        send(other, "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        #expect(await readUntilClosed(other, within: 60)?.hasPrefix("HTTP/1.1 200") == true)
    }

    /// A body that stops coming, or comes a byte at a time for ever, does not hold its connection;
    /// an event stream, which sends no body, stays open past both limits.
    @Test func aBodyThatStallsOrTricklesIsGivenUp() async throws {
        try await withTaskExecutorPreference(Self.executor) { try await stalledBodiesAreGivenUp() }
    }

    private func stalledBodiesAreGivenUp() async throws {
        let (server, port) = try await startServer {
            $0.bodyPause = .seconds(1)
            $0.bodyTime = .seconds(3)
        }
        defer { server.cancel() }
        let head = "POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"

        let stalled = try connect(port: port)
        defer { close(stalled) }
        send(stalled, head)
        var started = ContinuousClock.now
        #expect(await readUntilClosed(stalled, within: 15) == "")
        #expect(ContinuousClock.now - started < .seconds(30))

        let events = try connect(port: port)
        defer { close(events) }
        send(events, "GET /_handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n")

        let trickle = try connect(port: port)
        defer { close(trickle) }
        send(trickle, head)
        started = ContinuousClock.now
        var closed = false
        while !closed, ContinuousClock.now - started < .seconds(60) {
            await pause(seconds: 0.3)
            if Glibc.send(trickle, " ", 1, Int32(MSG_NOSIGNAL)) < 0 {
                closed = true
            } else {
                closed = await readUntilClosed(trickle, within: 0, peek: true) == ""
            }
        }
        #expect(closed)
        // Far under the minute the loop waits, and bodyTime (3 s) is the only limit that can close it.
        #expect(ContinuousClock.now - started < .seconds(40))
        #expect(await readUntilClosed(events, within: 1, peek: true) == nil)
    }

    /// Waits on a thread of its own, for the reason `startServer` gives.
    private func pause(seconds: Double) async {
        await withCheckedContinuation { continuation in
            Thread {
                Thread.sleep(forTimeInterval: seconds)
                continuation.resume()
            }.start()
        }
    }

    private func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECONNREFUSED) }
        return socket
    }

    private func send(_ socket: Int32, _ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.send(socket, $0.baseAddress, $0.count - 1, 0) }
    }

    /// What the peer sends until it closes the connection, or nil if it is still open after
    /// `seconds`; `peek` only looks (0 seconds: without waiting). The blocking reads run on a
    /// thread of their own: on Swift's cooperative pool they would hold one of its few threads,
    /// which the server under test needs to answer (a 2-core machine has two).
    private func readUntilClosed(_ socket: Int32, within seconds: Int, peek: Bool = false) async -> String? {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Self.blockingRead(socket, within: seconds, peek: peek)) }.start()
        }
    }

    private static func blockingRead(_ socket: Int32, within seconds: Int, peek: Bool) -> String? {
        var timeout = timeval(tv_sec: seconds, tv_usec: seconds == 0 ? 1000 : 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, peek ? Int32(MSG_DONTWAIT) : 0)
            if count == 0 { return String(decoding: received, as: UTF8.self) }
            if count < 0 { return errno == ECONNRESET ? String(decoding: received, as: UTF8.self) : nil }
            received += buffer[..<count]
        }
    }
}

/// A value given once, by whichever comes first, to one waiter.
private final class Once<Value: Sendable>: Sendable {
    private let state = Mutex<(value: Value?, waiter: CheckedContinuation<Value, Never>?)>((nil, nil))

    func resolve(_ value: Value) {
        let waiter = state.withLock { state -> CheckedContinuation<Value, Never>? in
            guard state.value == nil else { return nil }
            state.value = value
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: value)
    }

    var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> Value? in
                    if state.value == nil { state.waiter = continuation }
                    return state.value
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }
}
