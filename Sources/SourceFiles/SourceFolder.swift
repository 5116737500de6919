public import Foundation

/// A folder of a handbook as listed once: the entries the build may use, by name order, without
/// names starting with `.`; what is left out is said in warnings.
public struct SourceFolder: Sendable {
    public var files: [String] = []
    public var folders: [(name: String, content: SourceFolder)] = []

    public init() {}

    /// Lists `url` and, when `nested`, the folders inside it; `displayPath` names it in
    /// diagnostics. A folder that leads outside `boundary` is an error and lists nothing.
    public static func list(
        _ url: URL, displayPath: String, boundary: SourceBoundary, nested: Bool = true, diagnostics: inout Diagnostics
    ) -> SourceFolder {
        if let problem = boundary.folderProblem(url) {
            diagnostics.append(.error(problem, file: displayPath))
            return SourceFolder()
        }
        return listInside(url.path, displayPath: displayPath, boundary: boundary, nested: nested, diagnostics: &diagnostics)
    }

    private static func listInside(
        _ folderPath: String, displayPath: String, boundary: SourceBoundary, nested: Bool, diagnostics: inout Diagnostics
    ) -> SourceFolder {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folderPath).sorted()
        } catch {
            diagnostics.append(.error("cannot list the folder: \(error.localizedDescription)", file: displayPath))
            return SourceFolder()
        }
        let prefix = folderPath.hasSuffix("/") ? folderPath : folderPath + "/"
        var folder = SourceFolder()
        for name in names where !name.hasPrefix(".") {
            let path = displayPath + "/" + name
            switch boundary.entry(atPath: prefix + name) {
            case .file:
                folder.files.append(name)
            case .folder where nested:
                let inner = listInside(prefix + name, displayPath: path, boundary: boundary, nested: true, diagnostics: &diagnostics)
                folder.folders.append((name, inner))
            case .folder:
                continue
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
