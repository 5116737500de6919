import Foundation
import HandbookKit
import SourceFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The date a build's output carries (the EPUB's `dcterms:modified` and its files' dates): the
/// sources', never the clock's, so building again gives the same bytes. `SOURCE_DATE_EPOCH`
/// (reproducible-builds.org) wins when set; otherwise the newest change among the files read.
enum SourceDate {
    static func of(root: URL, config: HandbookConfig, environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) { return Date(timeIntervalSince1970: TimeInterval(epoch)) }
        let boundary = config.sourceBoundary(root: root)
        var newest = modified(root.appendingPathComponent(HandbookConfig.fileName).path) ?? 0
        for folder in config.sourceFolders.map({ root.appendingPathComponent($0) }) where boundary.folderProblem(folder) == nil {
            newest = max(newest, newestInside(folder.path, boundary: boundary))
        }
        return Date(timeIntervalSince1970: TimeInterval(newest))
    }

    /// Whole seconds: the EPUB states the date to the second, and the next build must agree.
    /// (`stat` and `readdir`: Foundation's resource values cost a tenth of a second on 1,000 files.)
    private static func modified(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mtim.tv_sec)
    }

    /// The newest file under `folder`, its subfolders included, of the files a build reads (not
    /// hidden ones, nor links the boundary leaves out); 0 for a folder that is not there.
    private static func newestInside(_ folder: String, boundary: SourceBoundary) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        var newest = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: newest = max(newest, newestInside(path, boundary: boundary))
            // As the loader: a link counts only when it is a file the book may read.
            case S_IFLNK:
                if boundary.entry(URL(fileURLWithPath: path)) == .file, stat(path, &info) == 0 { newest = max(newest, Int(info.st_mtim.tv_sec)) }
            default: newest = max(newest, Int(info.st_mtim.tv_sec))
            }
        }
        return newest
    }
}
