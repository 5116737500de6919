import Foundation
import StyleLint

/// The repository's default style, loaded once for every test that uses it.
enum BundledStyle {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let linter: Linter = {
        let (style, diagnostics) = Style.load(repository.appendingPathComponent("Styles/ru-support"), displayPath: "Styles/ru-support")
        guard let style else { fatalError("the bundled style does not load: \(diagnostics.items.map(\.description))") }
        return Linter(style: style)
    }()

    /// The distinct rule ids found in a draft.
    static func rules(_ messages: [String], context: [String] = []) -> Set<String> {
        Set(linter.lint(Draft(context: context, messages: messages)).map(\.rule))
    }
}
