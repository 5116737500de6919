import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
public import SourceFiles
import Synchronization

/// `handbook serve`: the handbook's site built in memory and rebuilt as its files change, with
/// live reload for open pages, and the lint page and API for agents. Runs until SIGINT or SIGTERM.
public struct HandbookServer: Sendable {
    public let settings: ServerSettings

    public init(settings: ServerSettings) {
        self.settings = settings
    }

    /// What the server tells whoever runs it.
    public enum Event: Sendable {
        /// The first build is done: what it found.
        case built(Diagnostics, pages: Int)
        /// Listening at this address (`http://host:port/`).
        case listening(String)
        /// A change was taken in: how many site files it changed and removed, what is newly
        /// wrong with the sources, and whether the last good site is kept because of errors.
        case rebuilt(changed: Int, removed: Int, newDiagnostics: [Diagnostic], errors: Int, failed: Bool, milliseconds: Double)
    }

    /// Why the server could not start, in words for its user.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Builds the site, starts listening and serves until stopped; `report` hears what happens.
    public func run(report: @escaping @Sendable (Event) -> Void) async throws {
        guard FileManager.default.fileExists(atPath: settings.root.appendingPathComponent("handbook.yml").path) else {
            throw StartError(description: "\(settings.root.path): there is no handbook.yml here; run the command in a handbook's folder, or give it with --root DIR")
        }
        let preview = SitePreview()
        let builder = PreviewBuilder(root: settings.root)
        preview.publish(builder.snapshot)
        report(.built(builder.site.diagnostics, pages: builder.snapshot.files.keys.count { $0.hasSuffix(".html") }))

        let watcher: SourceWatcher?
        do {
            watcher = settings.watches ? try SourceWatcher(root: settings.root, folders: builder.sourceFolders) : nil
        } catch {
            throw StartError(description: "\(error); the site would not follow edits")
        }
        let address = ServerAddress(host: settings.host, port: settings.port)
        let responder = ServerResponder(preview: preview, settings: settings) { address.url }
        var logger = Logger(label: "handbook-serve")
        logger.logLevel = .critical
        let (pause, whole) = (TimeAmount(settings.bodyPause), TimeAmount(settings.bodyTime))
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestBodyDeadline(pause: pause, whole: whole, streamedPath: "/api/lint/batch")],
            idleTimeout: TimeAmount(settings.idleTimeout),
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: settings.maximumHeaderSize, maxHeaderListSize: settings.maximumHeadersSize, maxHeaderFieldCount: settings.maximumHeaderCount))
        let host = settings.host
        let application = Application(
            responder: responder,
            server: .http1(configuration: http),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: settings.port), serverName: "handbook",
                availableConnectionsDelegate: MaximumAvailableConnections(settings.maximumConnections)),
            onServerRunning: { channel in
                address.port = channel.localAddress?.port ?? 0
                report(.listening(address.url))
            },
            // One thread moves the bytes; linting runs on Swift's pool, a thread per core. An event
            // loop per core as well made the threads contend: wrk on the lint API, 64 connections,
            // p99 15.6–25 ms at 10–13.6k requests/s, against 9–16 ms at 10.6–13.6k with one loop.
            eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.serverEventLoop),
            logger: logger)

        try await withThrowingTaskGroup(of: Void.self) { group in
            if let watcher {
                group.addTask { [builder] in
                    var builder = builder
                    for await changed in watcher.changes {
                        let rebuild = builder.update(changed: changed)
                        watcher.watch(folders: builder.sourceFolders)
                        preview.publish(builder.snapshot)
                        report(.rebuilt(
                            changed: rebuild.changedFiles.count, removed: rebuild.removedFiles.count, newDiagnostics: rebuild.newDiagnostics,
                            errors: builder.snapshot.errors.count,
                            failed: rebuild.failed, milliseconds: Double(rebuild.duration.components.attoseconds) / 1e15 + Double(rebuild.duration.components.seconds) * 1000))
                    }
                }
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: LiveReload.heartbeat)
                    preview.broadcast(.heartbeat)
                }
            }
            defer {
                watcher?.stop()
                preview.finish()
                group.cancelAll()
            }
            do {
                try await application.runService()
            } catch let error as IOError {
                throw StartError(description: Self.explain(error, host: host, port: settings.port))
            } catch let error as SocketAddressError {
                throw StartError(description: "'\(host)' is no address of this machine (\(error)); use --host 127.0.0.1 (this machine only) or 0.0.0.0 (every network)")
            }
        }
    }

    /// Whether an address is this machine's own, which no other machine can reach.
    public static func isLoopback(_ host: String) -> Bool { ServerResponder.isLoopback(host) }

    private static func explain(_ error: IOError, host: String, port: Int) -> String {
        switch error.errnoCode {
        case EADDRINUSE: "port \(port) on \(host) is taken by another program; choose another with --port, or stop that program"
        case EACCES: "port \(port) needs administrator rights; choose one above 1023 with --port"
        case EADDRNOTAVAIL: "'\(host)' is not an address of this machine; use --host 127.0.0.1 (this machine only) or 0.0.0.0 (every network)"
        default: "cannot listen on \(host):\(port): \(error)"
        }
    }
}

/// The address the server listens at, known once it does (`--port 0` lets the system choose).
private final class ServerAddress: Sendable {
    private let host: String
    private let state: Mutex<Int>

    init(host: String, port: Int) {
        self.host = host
        state = Mutex(port)
    }

    var port: Int {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }

    var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }
}

extension MultiThreadedEventLoopGroup {
    /// The server's one event loop, made once for the process.
    static let serverEventLoop = MultiThreadedEventLoopGroup(numberOfThreads: 1)
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
