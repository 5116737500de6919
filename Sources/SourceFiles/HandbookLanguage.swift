/// The language a handbook and its lint style are written in: it decides the site's words and
/// typography, the role labels of dialogues, the linter's word stems and the words of its report.
public enum HandbookLanguage: String, Sendable, Hashable, CaseIterable {
    case ru
    case en

    /// The Snowball stemmer's name for the language.
    public var stemmerAlgorithm: String {
        switch self {
        case .ru: "russian"
        case .en: "english"
        }
    }

    /// What to say about a code that names no language the handbook knows.
    static func unknown(_ code: String) -> String {
        "language '\(code)' is not supported; use one of: \(allCases.map(\.rawValue).joined(separator: ", "))"
    }
}

extension YAMLFields {
    /// The language under `key`; an unknown code is an error at its value that lists the known ones.
    public mutating func language(_ key: String) -> HandbookLanguage? {
        guard let code = string(key) else { return nil }
        guard let language = HandbookLanguage(rawValue: code) else {
            appendError(HandbookLanguage.unknown(code), at: key)
            return nil
        }
        return language
    }
}
