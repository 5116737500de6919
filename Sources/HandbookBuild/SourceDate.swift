import Foundation
import HandbookKit

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
        let folders = [config.chaptersFolder, config.examplesFolder, config.stylesFolder] + (config.themeFolder.map { [$0] } ?? [])
        var newest = modified(root.appendingPathComponent(HandbookConfig.fileName).path) ?? 0
        for folder in folders { newest = max(newest, newestInside(root.appendingPathComponent(folder).path)) }
        return Date(timeIntervalSince1970: TimeInterval(newest))
    }

    /// Whole seconds: the EPUB states the date to the second, and the next build must agree.
    /// (`stat` and `readdir`: Foundation's resource values cost a tenth of a second on 1,000 files.)
    private static func modified(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mtim.tv_sec)
    }

    /// The newest file under `folder`, its subfolders included; 0 for a folder that is not there.
    private static func newestInside(_ folder: String) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        var newest = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: newest = max(newest, newestInside(path))
            // As the loader, which leaves linked folders out: a link may lead back up the tree.
            case S_IFLNK: if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { newest = max(newest, Int(info.st_mtim.tv_sec)) }
            default: newest = max(newest, Int(info.st_mtim.tv_sec))
            }
        }
        return newest
    }
}
