public import Foundation

/// How `handbook serve` runs: where it listens, which handbook it serves, who may call its API,
/// and the limits that keep it up under hostile or broken clients.
public struct ServerSettings: Sendable {
    /// The address to listen on; loopback unless the team decides otherwise.
    public var host = "127.0.0.1"
    /// 0 lets the system choose a free port (tests use it); the chosen one is reported.
    public var port = 8000
    /// The handbook's folder.
    public var root: URL
    /// The one other origin whose pages may call the API from a browser (a helpdesk's); none by default.
    public var corsOrigin: String?
    /// When set, every `/api/` request must carry `Authorization: Bearer <token>`.
    public var token: String?
    /// Watch the sources and rebuild on a change; off for a server that only answers lint requests.
    public var watches = true
    /// The largest request body: a draft with its context is a few kilobytes.
    public var maximumBodySize = 1 << 20
    /// A connection with no request in progress for this long is closed (slow or idle clients).
    public var idleTimeout: Duration = .seconds(30)
    /// A request body that pauses this long is given up and its connection closed.
    public var bodyPause: Duration = .seconds(15)
    /// A body of announced length must arrive whole within this (1 MB at 17 KB/s).
    public var bodyTime: Duration = .seconds(60)
    /// Limits of the request head: each header, all of them together, and their number.
    public var maximumHeaderSize = 16 * 1024
    public var maximumHeadersSize = 64 * 1024
    public var maximumHeaderCount = 100
    /// Connections served at once; more wait to be accepted. Well under the usual limit of 1,024
    /// open files, which the watcher and the handbook's files share.
    public var maximumConnections = 512

    public init(root: URL) {
        self.root = root
    }
}
