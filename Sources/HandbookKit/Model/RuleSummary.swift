/// A rule of the handbook's lint style as its page shows it.
public struct RuleSummary: Sendable, Codable, Hashable {
    /// Stable id, e.g. `chat.ladder`.
    public var id: String
    /// What readers call it («Лесенка»); the id when the rule's file gives no name.
    public var name: String
    /// `error`, `warning` or `suggestion`.
    public var level: String
    /// What the rule catches.
    public var description: String
    /// What the linter says when it fires (`{match}` and such stay as written).
    public var message: String

    public init(id: String, name: String? = nil, level: String, description: String, message: String) {
        self.id = id
        self.name = name ?? id
        self.level = level
        self.description = description
        self.message = message
    }
}
