public import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// What an entry of a handbook's folder is, as the handbook may use it.
public enum SourceEntry: Sendable, Equatable {
    case file
    case folder
    /// Nothing is there.
    case missing
    /// Not used, and why, in words for a warning.
    case leftOut(String)
}

/// The folders a handbook's files may come from: its own folder and the folders `handbook.yml`
/// names. Whatever a build reads is judged here first, so a symbolic link cannot publish a file
/// from elsewhere on the machine (`shadow.png -> /etc/shadow`) and a pipe or device is never
/// opened (reading one blocks or never ends).
public struct SourceBoundary: Sendable {
    /// Real paths (symbolic links resolved), without a trailing slash.
    private let folders: [String]

    public init(folders: [URL]) {
        self.folders = folders.compactMap { Self.realPath($0.path) }
    }

    /// Judges the folder entry at `url` by what it is and, for a symbolic link, where it leads.
    /// A link to a folder is never followed: it may lead back up the tree.
    public func entry(_ url: URL) -> SourceEntry {
        let path = url.path
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return .missing }
            return .leftOut("it cannot be read (\(String(cString: strerror(errno)))), so it is left out")
        }
        guard Self.type(info) == S_IFLNK else { return Self.entry(kind: Self.type(info)) }
        guard let target = Self.realPath(path), stat(target, &info) == 0 else {
            return .leftOut("a symbolic link to nothing is left out; remove it or point it at a file")
        }
        guard contains(target) else {
            return .leftOut(
                "the symbolic link leads outside the handbook (to '\(target)'), so it is left out: "
                    + "a build publishes only files inside the handbook's folders; copy the file in instead")
        }
        if Self.type(info) == S_IFDIR {
            return .leftOut("a symbolic link to a folder is left out; copy the folder into the book, or link the files inside it one by one")
        }
        return Self.entry(kind: Self.type(info))
    }

    /// Whether a real path lies inside one of the folders.
    private func contains(_ realPath: String) -> Bool {
        folders.contains { folder in
            realPath == folder || realPath.hasPrefix(folder == "/" ? "/" : folder + "/")
        }
    }

    private static func entry(kind: mode_t) -> SourceEntry {
        switch kind {
        case S_IFREG: .file
        case S_IFDIR: .folder
        default: .leftOut("it is not a regular file (a pipe, a device or a socket), so it is left out")
        }
    }

    private static func type(_ info: stat) -> mode_t { info.st_mode & S_IFMT }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Reads whole regular files. Anything else (a pipe, a device, a socket) is refused without
/// waiting on it: it is opened without blocking and checked before a byte is read.
public enum RegularFile {
    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The bytes of the file at `url`, following symbolic links.
    public static func read(_ url: URL) throws(ReadError) -> Data {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(description: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ReadError(description: info.st_mode & S_IFMT == S_IFDIR
                ? "it is a folder" : "it is not a regular file (a pipe, a device or a socket)")
        }
        // One byte more than the size, so the read that meets the end needs no room of its own.
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(4096, data.count / 2) }
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }
}

/// A folder of a handbook as listed once: the entries the build may use, by name order, without
/// names starting with `.`; what is left out is said in warnings.
public struct SourceFolder: Sendable {
    public var files: [String] = []
    public var folders: [(name: String, content: SourceFolder)] = []

    public init() {}

    /// Lists `url` and the folders inside it; `displayPath` names it in diagnostics.
    public static func list(_ url: URL, displayPath: String, boundary: SourceBoundary, diagnostics: inout Diagnostics) -> SourceFolder {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            diagnostics.append(.error("cannot list the folder: \(error.localizedDescription)", file: displayPath))
            return SourceFolder()
        }
        var folder = SourceFolder()
        for name in names where !name.hasPrefix(".") {
            let path = displayPath + "/" + name
            switch boundary.entry(url.appendingPathComponent(name)) {
            case .file:
                folder.files.append(name)
            case .folder:
                let inner = list(url.appendingPathComponent(name), displayPath: path, boundary: boundary, diagnostics: &diagnostics)
                folder.folders.append((name, inner))
            case .missing:
                continue
            case .leftOut(let reason):
                diagnostics.append(.warning(reason, file: path))
            }
        }
        return folder
    }

    /// Every file's path relative to this folder, in name order folder by folder.
    public var allFiles: [String] {
        files + folders.flatMap { folder in folder.content.allFiles.map { folder.name + "/" + $0 } }
    }
}
