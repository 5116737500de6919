public import Foundation
public import HandbookKit
internal import Mustache
public import SourceFiles

/// The page template and static assets of the site: the built-in ones, with whatever the
/// handbook's theme folder (`folders: theme:`) replaces or adds.
public struct Theme: Sendable {
    public static let templateName = "page.mustache"

    private let template: MustacheTemplate
    private let templateSource: String
    /// Files copied to the site as they are, by output path (`assets/style.css`, …).
    public let assets: [String: Data]

    /// The built-in page template, a starting point for a theme's own `page.mustache`.
    public static let builtinTemplate = BuiltinTemplate.page

    /// The built-in theme.
    public static let builtin = Theme(
        page: BuiltinTemplate.page,
        assets: [
            "assets/style.css": Data((BuiltinStyleSheet.css + BlockStyleSheet.css + LintStyleSheet.css + NavigationStyleSheet.css + SearchStyleSheet.css + PrintStyleSheet.css).utf8),
            "assets/handbook.js": Data(BlockStyleSheet.script.utf8),
            "assets/search.js": Data(SearchScript.source.utf8),
        ])

    /// A theme whose template is known to parse.
    private init(page source: String, assets: [String: Data]) {
        self.init(page: try! MustacheTemplate(string: source), source: source, assets: assets)
    }

    private init(page: MustacheTemplate, source: String, assets: [String: Data]) {
        template = page
        templateSource = source
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
        let boundary = config.sourceBoundary(root: root)
        if let problem = boundary.folderProblem(folder) {
            diagnostics.append(.error(problem, file: folderName))
            return (.builtin, diagnostics)
        }
        var page: (template: MustacheTemplate, source: String)?
        let templateURL = folder.appendingPathComponent(templateName)
        let templatePath = folderName + "/" + templateName
        switch boundary.entry(templateURL) {
        case .file:
            do {
                let source = try SourceText.read(templateURL, displayPath: templatePath)
                page = (try MustacheTemplate(string: source.text), source.text)
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "the template does not parse (\(error.error)); check the tags on this line", file: templatePath,
                    line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                diagnostics.append(.error("the template does not parse: \(error)", file: templatePath))
            }
        case .missing:
            break
        case .folder:
            diagnostics.append(.error("'\(templateName)' is a folder; the page template is a file", file: templatePath))
        case .leftOut(let reason):
            diagnostics.append(.warning(reason + "; the built-in template is used", file: templatePath))
        }
        var assets = builtin.assets
        let assetsFolder = folder.appendingPathComponent("assets")
        if FileManager.default.fileExists(atPath: assetsFolder.path) {
            let listing = SourceFolder.list(assetsFolder, displayPath: folderName + "/assets", boundary: boundary, diagnostics: &diagnostics)
            for relative in listing.allFiles {
                do {
                    assets["assets/" + relative] = try RegularFile.read(assetsFolder.appendingPathComponent(relative))
                } catch {
                    diagnostics.append(.error("cannot read the file: \(error)", file: folderName + "/assets/" + relative))
                }
            }
        }
        guard let page else { return (Theme(page: BuiltinTemplate.page, assets: assets), diagnostics) }
        return (Theme(page: page.template, source: page.source, assets: assets), diagnostics)
    }

    /// A renderer of this theme's pages for one build: its frames hold that book's constants.
    func pageFrames(constants: [String: Any]) -> PageFrames {
        PageFrames(template: template, source: templateSource, constants: constants)
    }
}
