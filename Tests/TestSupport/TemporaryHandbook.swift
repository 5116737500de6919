public import Foundation

/// A handbook laid out in a fresh temporary folder, removed when the value is dropped by the test.
public final class TemporaryHandbook {
    public let root: URL

    /// `files` maps paths relative to the root to their text; `handbook.yml` gets a default unless given.
    public init(_ files: [String: String], config: String? = "title: Тестовое руководство\nlanguage: ru\n") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("handbook-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var all = files
        if let config, all["handbook.yml"] == nil { all["handbook.yml"] = config }
        for (path, text) in all { try write(text, to: path) }
        if files.keys.allSatisfy({ !$0.hasPrefix("Handbook/") }) {
            try FileManager.default.createDirectory(at: url("Handbook"), withIntermediateDirectories: true)
        }
    }

    /// A copy of the handbook in `folder` (a fixture of the repository), so a build writes nothing there.
    public convenience init(copying folder: URL) throws {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let file = folder.appendingPathComponent(relative)
            guard (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[relative] = try String(contentsOf: file, encoding: .utf8)
        }
        try self.init(files, config: nil)
    }

    /// The fixture handbook `name` of `Tests/Fixtures`.
    public static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public func write(_ data: Data, to path: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Every file under `folder`, by relative path, with its bytes.
    public func snapshot(_ folder: String) throws -> [String: Data] {
        let base = url(folder)
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return files }
        for case let relative as String in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            files[relative] = try Data(contentsOf: base.appendingPathComponent(relative))
        }
        return files
    }
}
