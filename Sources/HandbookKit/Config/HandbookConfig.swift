public import Foundation
public import SourceFiles
public import Markdown

/// The handbook's settings, read from `handbook.yml` at its root.
///
/// ```yaml
/// title: Чат-руководство поддержки
/// language: ru
/// author: Команда поддержки
/// description: Как мы отвечаем клиентам в чате и по почте
/// url: https://support.example.com/handbook/   # optional: where the site is published
/// edit-url: https://git.example.com/support/handbook/edit/main/{path}   # optional
/// folders:
///   chapters: Handbook
///   examples: Examples
///   styles: Styles
///   theme: Theme          # optional: templates and assets that replace the built-in ones
/// output: site
/// links: error            # or warn: links to nowhere are warnings
/// markdown:
///   raw-html: false       # true lets raw HTML in chapters through
/// lint:
///   style: ru-support     # the folder in styles that `handbook lint` uses, a built-in style, or none
/// dialogue:               # optional: role labels of dialogues, the first one shown
///   client: [Клиент, Покупатель]
///   agent: [Агент, Оператор]
/// ```
public struct HandbookConfig: Sendable, Hashable {
    public static let fileName = "handbook.yml"

    public var title: String
    public var language: HandbookLanguage = .ru
    public var author: String?
    public var description: String?
    /// Where the site is published (`https://…/`, ending in a slash): lint findings link the rule
    /// pages there, so an agent gets a link it can click.
    public var url: String?
    /// Where a page's source is edited (`edit-url:`), `{path}` standing for the source file's
    /// path from the folder of `handbook.yml`; see ``editURL(of:)``.
    public var editURL: String?
    public var chaptersFolder = "Handbook"
    public var examplesFolder = "Examples"
    public var stylesFolder = "Styles"
    public var themeFolder: String?
    public var outputFolder = "site"
    public var allowsRawHTML = false
    /// The style `handbook lint` uses, a folder in `stylesFolder` or a style built into the program.
    public var lintStyle = "ru-support"
    /// Whether handbook.yml names the style (`lint: style:`), rather than leaving the default.
    public var namesLintStyle = false
    /// False with `lint: style: none`: a handbook that wants no linter, so no rule pages and no lint page.
    public var hasLintStyle = true
    static let noStyle = "none"
    /// What a link to nowhere is (`links: error|warn`): a warning lets a handbook moved from
    /// another tool build while its links are mended, as Docusaurus' `onBrokenLinks` does.
    public var brokenLinks: Diagnostic.Severity = .error
    /// Role labels of dialogues, when the handbook names its own (`dialogue:`).
    public var clientRoles: [String]?
    public var agentRoles: [String]?
    /// Where `language:` and `lint: style:` are written in handbook.yml, for diagnostics about
    /// what they name (the style's language, a style that is not there); nil when not written.
    public var languagePosition: SourcePosition?
    public var lintStylePosition: SourcePosition?

    public init(title: String) {
        self.title = title
    }

    /// Reads `handbook.yml` in `root`. Every problem found is in the diagnostics; the config is
    /// nil only when there is nothing usable.
    public static func load(root: URL) -> (HandbookConfig?, Diagnostics) {
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (nil, Diagnostics([.error(
                "no \(fileName) in \(root.path); run the command in the handbook's folder or pass --root DIR",
                file: fileName)]))
        }
        let source: SourceText
        do {
            source = try SourceText.read(url, displayPath: fileName)
        } catch {
            return (nil, Diagnostics([error]))
        }
        return parse(source)
    }

    /// Parses the text of a `handbook.yml`.
    public static func parse(_ source: SourceText) -> (HandbookConfig?, Diagnostics) {
        var fields = YAMLFields(yaml: source.text, file: source.path)
        guard !fields.diagnostics.hasErrors else { return (nil, fields.diagnostics) }

        var config = HandbookConfig(title: "")
        if let title = fields.string("title"), !title.trimmingCharacters(in: .whitespaces).isEmpty {
            config.title = title
        } else if !fields.diagnostics.hasErrors {
            fields.appendError("'title' is required: name the handbook, e.g. 'title: Чат-руководство'", at: "title")
        }
        if let language = fields.language("language") {
            config.language = language
            config.languagePosition = keyPosition(fields.position(of: "language"))
        }
        config.author = fields.string("author")
        config.description = fields.string("description")
        if let url = fields.string("url") {
            let scheme = url.prefix { $0 != ":" }.lowercased()
            if ["http", "https"].contains(scheme), url.lowercased().hasPrefix(scheme + "://"), url.count > scheme.count + 3,
                !url.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" }) {
                config.url = url.hasSuffix("/") ? url : url + "/"
            } else {
                fields.appendError("'url' is the address the site is published at, like 'https://support.example.com/handbook/'", at: "url")
            }
        }
        if let template = fields.string("edit-url") {
            let scheme = template.prefix { $0 != ":" }.lowercased()
            if !template.contains(Self.editPathVariable) {
                fields.appendError(
                    "'edit-url' has no '\(Self.editPathVariable)': put it where the page's file goes (its path from the folder of handbook.yml), "
                        + "like 'https://github.com/team/handbook/edit/main/{path}'", at: "edit-url")
            } else if !["http", "https"].contains(scheme) || !template.lowercased().hasPrefix(scheme + "://") || template.contains(where: \.isWhitespace) {
                fields.appendError("'edit-url' is an address starting with 'https://' (or 'http://'), like 'https://github.com/team/handbook/edit/main/{path}'", at: "edit-url")
            } else {
                config.editURL = template
            }
        }
        if let output = fields.string("output") { config.outputFolder = normalisedFolder(output) }
        switch fields.string("links") {
        case nil, "error": break
        case "warn": config.brokenLinks = .warning
        default: fields.appendError("'links' says what a link to nowhere is: 'error' (the default) or 'warn'", at: "links")
        }

        if var folders = fields.mapping("folders") {
            if let value = folders.string("chapters") { config.chaptersFolder = normalisedFolder(value) }
            if let value = folders.string("examples") { config.examplesFolder = normalisedFolder(value) }
            if let value = folders.string("styles") { config.stylesFolder = normalisedFolder(value) }
            config.themeFolder = folders.string("theme").map(normalisedFolder)
            folders.rejectUnknownKeys(context: "'folders'")
            fields.merge(folders)
        }
        if var markdown = fields.mapping("markdown") {
            if let raw = markdown.bool("raw-html") { config.allowsRawHTML = raw }
            markdown.rejectUnknownKeys(context: "'markdown'")
            fields.merge(markdown)
        }
        if var lint = fields.mapping("lint") {
            if let style = lint.string("style") {
                if style == Self.noStyle {
                    config.hasLintStyle = false
                } else if style.isEmpty || style.contains("/") {
                    lint.appendError("'style' is the name of a folder in '\(config.stylesFolder)', like 'ru-support'", at: "style")
                } else {
                    config.lintStyle = style
                    config.namesLintStyle = true
                    config.lintStylePosition = keyPosition(lint.position(of: "style"))
                }
            }
            lint.rejectUnknownKeys(context: "'lint'")
            fields.merge(lint)
        }
        if var dialogue = fields.mapping("dialogue") {
            for key in ["client", "agent"] {
                guard let labels = dialogue.stringList(key) else { continue }
                if labels.isEmpty || labels.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.contains(":") || $0.hasPrefix(">") }) {
                    dialogue.appendError("'\(key)' lists role labels, like [Клиент, Покупатель]: words without ':' or a leading '>'", at: key)
                } else if key == "client" {
                    config.clientRoles = labels
                } else {
                    config.agentRoles = labels
                }
            }
            let client = Set((config.clientRoles ?? []).map { $0.lowercased() })
            if let shared = config.agentRoles?.first(where: { client.contains($0.lowercased()) }) {
                dialogue.appendError("'\(shared)' is both a client's and an agent's label; a label names one role", at: "agent")
            }
            dialogue.rejectUnknownKeys(context: "'dialogue'")
            fields.merge(dialogue)
        }
        fields.rejectUnknownKeys(context: fileName)
        return (fields.diagnostics.hasErrors ? nil : config, fields.diagnostics)
    }

    static let editPathVariable = "{path}"

    private static func keyPosition(_ position: (line: Int?, column: Int?)) -> SourcePosition? {
        guard let line = position.line, let column = position.column else { return nil }
        return SourcePosition(line: line, column: column)
    }

    /// Where the file `sourcePath` (relative to the handbook's folder) is edited, when
    /// `edit-url` is set: the template with the path in place of `{path}`, percent-encoded
    /// (spaces, non-ASCII letters, `?`, `#`, `%`), its slashes kept.
    public func editURL(of sourcePath: String) -> String? {
        editURL.map { template in
            let path = PercentEncoding.encoded(sourcePath) { $0.isASCIILetterOrDigit || Self.pathBytes.contains($0) }
            return template.replacingOccurrences(of: Self.editPathVariable, with: path)
        }
    }

    /// What stays as it is in an encoded path besides letters and digits.
    private static let pathBytes = Set("-._~/!$&'()*+,;=@".utf8)

    /// How the chapters' Markdown is read: raw HTML when the handbook opts in, but never a
    /// link to a script (`javascript:`), which no author means to write.
    public var markdownOptions: MarkdownOptions {
        MarkdownOptions(allowsRawHTML: allowsRawHTML, allowsDangerousURLs: false, definitionLists: true)
    }

    /// The folders the handbook is read from, relative to its root.
    public var sourceFolders: [String] {
        [chaptersFolder, examplesFolder, stylesFolder] + (themeFolder.map { [$0] } ?? [])
    }

    /// Where the handbook's files may come from: its own folder. A symbolic link that leads
    /// elsewhere is left out of the book, and a source folder that does is an error.
    public func sourceBoundary(root: URL) -> SourceBoundary {
        SourceBoundary(folders: [root])
    }

    /// `./Handbook/` → `Handbook`, so paths built from it compare equal everywhere.
    static func normalisedFolder(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if parts.isEmpty { parts = ["."] }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
