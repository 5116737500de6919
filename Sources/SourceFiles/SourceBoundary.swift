public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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

/// The folders a handbook's files may come from (for a build, the handbook's own folder).
/// Whatever a build reads is judged here first, so a symbolic link cannot publish a file
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
        entry(atPath: url.path)
    }

    /// ``entry(_:)`` for a path: listing a large tree builds no `URL` per entry.
    public func entry(atPath path: String) -> SourceEntry {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return .missing }
            return .leftOut("it cannot be read (\(String(cString: strerror(errno)))), so it is left out")
        }
        guard Self.type(info) == S_IFLNK else { return Self.entry(kind: Self.type(info)) }
        guard let target = Self.realPath(path), stat(target, &info) == 0 else {
            return .leftOut(errno == ELOOP
                ? "a symbolic link that leads round in a circle is left out; point it at a file"
                : "a symbolic link to nothing is left out; remove it or point it at a file")
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

    /// Why the folder at `url` (a chapters, examples, styles or theme folder) cannot be read
    /// from, if it cannot: it may be a link, but it must lead inside the boundary.
    public func folderProblem(_ url: URL) -> String? {
        guard let target = Self.realPath(url.path) else { return nil }
        guard contains(target) else {
            return "the folder leads outside the handbook (to '\(target)'); keep the handbook's folders inside its own, "
                + "so a build publishes nothing from elsewhere on the machine"
        }
        return nil
    }

    /// Whether `url` is a regular file whose real path, every symbolic link on the way resolved
    /// (a folder link too: `img -> /etc`), lies inside the boundary.
    public func containsFile(_ url: URL) -> Bool {
        guard let target = Self.realPath(url.path), contains(target) else { return false }
        var info = stat()
        return stat(target, &info) == 0 && Self.type(info) == S_IFREG
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
