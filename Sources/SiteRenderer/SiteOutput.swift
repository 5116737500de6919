public import Foundation

/// Where a renderer puts files. The build writes to a staging folder; tests can keep files in memory.
public protocol SiteOutput {
    /// Writes `data` at `path` (relative, `/`-separated), creating folders as needed.
    mutating func write(_ data: Data, to path: String) throws
}

/// Writes into a folder on disk.
public struct FolderOutput: SiteOutput {
    public let folder: URL
    private var createdFolders: Set<String> = []

    public init(folder: URL) {
        self.folder = folder
    }

    public mutating func write(_ data: Data, to path: String) throws {
        let url = folder.appendingPathComponent(path)
        let parent = url.deletingLastPathComponent().path
        if !createdFolders.contains(parent) {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            createdFolders.insert(parent)
        }
        try data.write(to: url)
    }
}

/// Keeps files in memory, by path.
public struct MemoryOutput: SiteOutput {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    public mutating func write(_ data: Data, to path: String) throws {
        files[path] = data
    }

    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
