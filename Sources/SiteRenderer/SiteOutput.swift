public import Foundation
import SourceFiles
import Synchronization

/// Where a renderer puts files. Pages are written from several threads at once, so outputs are
/// shared objects that do their own locking.
public protocol SiteOutput: AnyObject, Sendable {
    /// Writes `data` at `path` (relative, `/`-separated), creating folders as needed.
    func write(_ data: Data, to path: String) throws

    /// Writes `bytes` at `path`; an output that can take them as they are need not copy them.
    func write(_ bytes: [UInt8], to path: String) throws
}

extension SiteOutput {
    public func write(_ bytes: [UInt8], to path: String) throws {
        try write(Data(bytes), to: path)
    }
}

/// Writes into a folder on disk. Files are written with plain `open`/`write`: the build swaps the
/// whole folder in at the end, so syncing each file (as `Data.write` does) buys nothing.
public final class FolderOutput: SiteOutput {
    public let folder: URL
    private let createdFolders = Mutex<Set<String>>([])

    /// The folder's path, which file paths are joined to as text: URL's `appendingPathComponent`
    /// asks the file system whether each one is a folder.
    private let base: String

    public init(folder: URL) {
        self.folder = folder
        base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    }

    public func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write(contentsOf: $0, to: path) }
    }

    public func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write(contentsOf: $0, to: path) }
    }

    private func write(contentsOf buffer: UnsafeRawBufferPointer, to path: String) throws {
        let file = base + path
        let parent = String(file[..<file.lastIndex(of: "/")!])
        if !createdFolders.withLock({ $0.contains(parent) }) {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            createdFolders.withLock { _ = $0.insert(parent) }
        }
        // Never through a link: the folder is the build's own, and nothing in it is a link.
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            let written = SystemCall.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }
}

/// Keeps files in memory, by path.
public final class MemoryOutput: SiteOutput {
    private let storage = Mutex<[String: Data]>([:])

    public init() {}

    public func write(_ data: Data, to path: String) throws {
        storage.withLock { $0[path] = data }
    }

    public var files: [String: Data] { storage.withLock { $0 } }

    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
