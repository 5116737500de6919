import Foundation
import HandbookKit

/// The date a build's output carries (the EPUB's `dcterms:modified` and its files' dates): the
/// sources', never the clock's, so building again gives the same bytes. `SOURCE_DATE_EPOCH`
/// (reproducible-builds.org) wins when set; otherwise the newest change among the files read.
enum SourceDate {
    static func of(root: URL, config: HandbookConfig, environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) { return Date(timeIntervalSince1970: TimeInterval(epoch)) }
        let folders = [config.chaptersFolder, config.examplesFolder, config.stylesFolder] + (config.themeFolder.map { [$0] } ?? [])
        var newest = modificationDate(root.appendingPathComponent(HandbookConfig.fileName)) ?? Date(timeIntervalSince1970: 0)
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let file as URL in files {
                if let date = modificationDate(file), date > newest { newest = date }
            }
        }
        // Whole seconds: the EPUB states it to the second, and the next build must agree.
        return Date(timeIntervalSince1970: newest.timeIntervalSince1970.rounded(.down))
    }

    private static func modificationDate(_ url: URL) -> Date? {
        try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
    }
}
