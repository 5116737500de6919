public import SourceFiles

/// The words a trainer writes inside handbook blocks and the reader sees around them, in the
/// handbook's language. Labels are matched without regard to case; the first of each list is
/// the one shown.
public struct BlockLabels: Sendable, Hashable {
    /// Role labels that start a message in a ```dialogue block (`клиент:`, `агент:`).
    public var clientRoles: [String]
    public var agentRoles: [String]
    /// The two sides of a ```compare block.
    public var vague: [String]
    public var concrete: [String]
    /// The fields of a ```script block before its `---`.
    public var title: [String]
    public var situation: [String]
    public var whenToUse: [String]

    public static let russian = BlockLabels(
        clientRoles: ["Клиент", "client"], agentRoles: ["Агент", "agent"],
        vague: ["Расплывчато", "vague"], concrete: ["Конкретно", "concrete"],
        title: ["Название", "title"], situation: ["Ситуация", "situation"], whenToUse: ["Когда использовать", "Когда", "when"])

    public static let english = BlockLabels(
        clientRoles: ["Client", "клиент"], agentRoles: ["Agent", "агент"],
        vague: ["Vague", "расплывчато"], concrete: ["Concrete", "конкретно"],
        title: ["Title", "название"], situation: ["Situation", "ситуация"], whenToUse: ["When to use", "When", "когда"])

    /// The labels of a language code (`ru`, `en`); Russian for any other.
    public static func forLanguage(_ language: HandbookLanguage) -> BlockLabels { language == .en ? .english : .russian }

    /// The label list `line` starts with (before a colon), and the text after the colon.
    static func labelled(_ line: Substring, among lists: [[String]]) -> (list: Int, text: Substring)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        var label = line[..<colon]
        while label.last == " " || label.last == "\t" { label = label.dropLast() }
        let lowercased = label.lowercased()
        guard let list = lists.firstIndex(where: { $0.contains { $0.lowercased() == lowercased } }) else { return nil }
        return (list, line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
    }
}
