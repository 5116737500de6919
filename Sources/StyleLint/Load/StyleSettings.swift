import Foundation
public import SourceFiles

/// A style's own settings, from `style.yml` beside its rules:
///
/// ```yaml
/// language: ru            # ru or en: word stems and the Snowball stemmer
/// dictionary: ru_RU       # Hunspell dictionary: NAME.aff + NAME.dic in the style folder or /usr/share/hunspell
/// accept: accept.txt      # words that are spelled right (one per line), product names included
/// address: formal         # how the team addresses clients: formal («вы»), informal («ты») or any
/// ```
/// Every key is optional; a style without `style.yml` is Russian with `ru_RU`.
public struct StyleSettings: Sendable, Hashable {
    public var language: HandbookLanguage = .ru
    public var dictionary: String = "ru_RU"
    public var acceptFile: String = "accept.txt"
    /// The form of address the team uses; rules of kind `address` report the other one.
    public var address: ClientAddress = .formal

    /// The settings file's name; it is never read as a rule.
    public static let fileName = "style.yml"
    /// The folder of shared phrase lists (`lists/NAME.txt`, used as `@NAME` in a rule).
    public static let listsFolder = "lists"

    public init() {}

    /// Reads the style's `style.yml`.
    static func load(_ files: StyleFiles, diagnostics: inout Diagnostics) -> StyleSettings {
        var settings = StyleSettings()
        let path = files.displayPath + "/" + fileName
        let source: SourceText
        do {
            source = try files.read(fileName)
        } catch {
            diagnostics.append(error)
            return settings
        }
        var fields = YAMLFields(yaml: source.text, file: path)
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        if let language = fields.language("language") { settings.language = language }
        if let dictionary = fields.string("dictionary") {
            if dictionary.isEmpty || dictionary.contains("/") {
                fields.appendError("'dictionary' is a Hunspell dictionary name like 'ru_RU', not a path", at: "dictionary")
            } else {
                settings.dictionary = dictionary
            }
        }
        if let accept = fields.string("accept") {
            let parts = accept.split(separator: "/").filter { $0 != "." }
            if parts.isEmpty || accept.hasPrefix("/") || parts.contains("..") {
                fields.appendError("'accept' is a file inside the style folder, like 'accept.txt'", at: "accept")
            } else {
                settings.acceptFile = parts.joined(separator: "/")
            }
        }
        settings.address = fields.choice("address", default: settings.address)
        fields.rejectUnknownKeys(context: fileName)
        return settings
    }
}
