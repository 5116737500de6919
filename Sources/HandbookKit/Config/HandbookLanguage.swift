/// The language a handbook is written in; it decides the site's chrome and its typography.
public enum HandbookLanguage: String, Sendable, Codable, CaseIterable {
    case ru
    case en
}
