import Foundation
import HandbookServer
import Synchronization
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

@Suite struct IdleConnectionTests {
    /// A client that sends half a request head and then nothing is let go after the idle
    /// timeout, while the server goes on answering.
    @Test func aSlowClientIsClosedAfterTheIdleTimeout() async throws {
        let handbook = try TemporaryHandbook(["Handbook/01-one.md": "---\ntitle: Первая\n---\nТекст.\n"])
        var settings = ServerSettings(root: handbook.root)
        settings.port = 0
        settings.watches = false
        settings.idleTimeout = .seconds(1)
        let port = Mutex<Int?>(nil)
        let server = Task {
            try await HandbookServer(settings: settings).run { event in
                if case .listening(let address) = event { port.withLock { $0 = Int(address.split(separator: ":").last!.dropLast()) } }
            }
        }
        defer { server.cancel() }
        // Generous: the other suites running beside this one can keep Swift's pool busy a while.
        let deadline = ContinuousClock.now + .seconds(120)
        while port.withLock({ $0 }) == nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let listening = try #require(port.withLock { $0 })

        let slow = try connect(port: listening)
        defer { close(slow) }
        send(slow, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        let started = ContinuousClock.now
        #expect(readUntilClosed(slow, within: 15) == "")
        // Well under the default 30 s, so it is the setting that closed it.
        #expect(ContinuousClock.now - started < .seconds(10))

        let other = try connect(port: listening)
        defer { close(other) }
        send(other, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(readUntilClosed(other, within: 60)?.hasPrefix("HTTP/1.1 200") == true)
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

    /// What the peer sends until it closes the connection, or until `seconds` pass.
    private func readUntilClosed(_ socket: Int32, within seconds: Int) -> String? {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return String(decoding: received, as: UTF8.self) }
            if count < 0 { return nil }
            received += buffer[..<count]
        }
    }
}
