/// Where the page that explains a rule is, as whoever shows a finding needs it: the linter knows
/// rules, not where they are published. A handbook's site links its own rule pages relatively;
/// `handbook lint` links the built site's pages, or their addresses under the handbook's `url:`.
/// A rule file's own `link:` (an address outside the handbook) wins over both.
public struct RuleLinks: Sendable {
    private let own: [String: String]
    private let page: @Sendable (String) -> String?

    /// `page` gives the address of the handbook's page for a rule id; nil where there is none.
    public init(style: Style, page: @escaping @Sendable (String) -> String?) {
        var own: [String: String] = [:]
        for rule in style.rules { if let link = rule.info.link { own[rule.info.id] = link } }
        self.own = own
        self.page = page
    }

    /// Every rule's page from `page`: for a report shown where rule files give no links of their own.
    public init(page: @escaping @Sendable (String) -> String?) {
        own = [:]
        self.page = page
    }

    /// Links only where a rule file gives its own: a style used outside any handbook.
    public init(style: Style) {
        self.init(style: style) { _ in nil }
    }

    public func link(for rule: String) -> String? {
        own[rule] ?? page(rule)
    }
}
