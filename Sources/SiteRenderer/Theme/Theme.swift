public import Foundation
public import HandbookKit
internal import Mustache

/// The page template and static assets of the site: the built-in ones, with whatever the
/// handbook's theme folder (`folders: theme:`) replaces or adds.
public struct Theme: Sendable {
    public static let templateName = "page.mustache"

    let page: MustacheTemplate
    /// Files copied to the site as they are, by output path (`assets/style.css`, …).
    public let assets: [String: Data]

    /// The built-in theme.
    public static let builtin = Theme(
        page: try! MustacheTemplate(string: BuiltinTemplate.page),
        assets: ["assets/style.css": Data(BuiltinStyleSheet.css.utf8)])

    private init(page: MustacheTemplate, assets: [String: Data]) {
        self.page = page
        self.assets = assets
    }

    /// The built-in theme with the overrides found in the handbook's theme folder, if it has one.
    /// The folder may hold `page.mustache` and an `assets/` folder.
    public static func load(root: URL, config: HandbookConfig) -> (Theme, Diagnostics) {
        guard let folderName = config.themeFolder else { return (.builtin, Diagnostics()) }
        var diagnostics = Diagnostics()
        let folder = root.appendingPathComponent(folderName)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error(
                "the theme folder '\(folderName)' does not exist; create it or remove 'folders: theme:'",
                file: HandbookConfig.fileName))
            return (.builtin, diagnostics)
        }
        var page = builtin.page
        let templateURL = folder.appendingPathComponent(templateName)
        let templatePath = folderName + "/" + templateName
        if FileManager.default.fileExists(atPath: templateURL.path) {
            do {
                let source = try SourceText.read(templateURL, displayPath: templatePath)
                page = try MustacheTemplate(string: source.text)
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "the template does not parse (\(error.error)); check the tags on this line", file: templatePath,
                    line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                diagnostics.append(.error("the template does not parse: \(error)", file: templatePath))
            }
        }
        var assets = builtin.assets
        let assetsFolder = folder.appendingPathComponent("assets")
        if let files = FileManager.default.enumerator(atPath: assetsFolder.path) {
            for case let relative as String in files {
                let url = assetsFolder.appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
                guard !isFolder.boolValue, !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                do {
                    assets["assets/" + relative] = try Data(contentsOf: url)
                } catch {
                    diagnostics.append(.error("cannot read the file: \(error.localizedDescription)", file: folderName + "/assets/" + relative))
                }
            }
        }
        return (Theme(page: page, assets: assets), diagnostics)
    }

    /// Stand-ins for the page's two large HTML parts. The template engine only ever sees these
    /// short markers; the parts themselves are spliced in afterwards, byte for byte, which keeps
    /// a long sidebar from being copied and scanned once per template token.
    private static let contentMarker = "\u{F8FF}handbook-content\u{F8FF}"
    private static let sidebarMarker = "\u{F8FF}handbook-sidebar\u{F8FF}"
    private static let markerLead: [UInt8] = Array("\u{F8FF}handbook-".utf8)
    private static let contentMarkerBytes = Array(contentMarker.utf8)
    private static let sidebarMarkerBytes = Array(sidebarMarker.utf8)

    /// Renders the page template; `content` and `sidebar` fill the `{{{content}}}` and
    /// `{{{sidebar}}}` variables (HTML, not escaped).
    func renderPage(_ context: [String: Any], content: [UInt8], sidebar: (inout [UInt8]) -> Void) -> [UInt8] {
        var context = context
        context["content"] = Self.contentMarker
        context["sidebar"] = Self.sidebarMarker
        let frame = Array(page.render(context).utf8)
        var html: [UInt8] = []
        html.reserveCapacity(frame.count + content.count + 128 * 1024)
        var index = 0
        var copiedUpTo = 0
        while index < frame.count {
            guard frame[index] == Self.markerLead[0], frame[index...].starts(with: Self.markerLead) else {
                index += 1
                continue
            }
            let rest = frame[index...]
            if rest.starts(with: Self.contentMarkerBytes) {
                html += frame[copiedUpTo..<index]
                html += content
                index += Self.contentMarkerBytes.count
                copiedUpTo = index
            } else if rest.starts(with: Self.sidebarMarkerBytes) {
                html += frame[copiedUpTo..<index]
                sidebar(&html)
                index += Self.sidebarMarkerBytes.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        html += frame[copiedUpTo...]
        return html
    }
}
