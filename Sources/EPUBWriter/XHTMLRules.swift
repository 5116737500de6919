/// What XHTML in an EPUB may hold, as the converter applies it to the tree libxml2 reads. Raw HTML that a handbook lets
/// through can be anything; these lists keep what a reader renders and epubcheck accepts.
enum XHTMLRules {
    /// Elements kept as they are.
    static let elements: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "label", "li", "main", "mark", "nav", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements dropped with everything inside: scripts and what needs them (an EPUB here has no
    /// JavaScript, so the site's buttons and filters go), embedded documents, and foreign markup.
    static let droppedWithContent: Set<String> = [
        "audio", "button", "canvas", "embed", "form", "iframe", "math", "noscript", "object", "script", "select", "style", "svg",
        "template", "textarea", "title", "video",
    ]

    static let void: Set<String> = ["br", "col", "hr", "img", "input", "wbr"]

    /// Elements that hold phrases only: a block inside one (which raw HTML may put there, and an
    /// HTML parser leaves) closes it, so the page stays valid XHTML.
    static let phrasingOnly: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "kbd", "label",
        "mark", "p", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// Blocks, which may not stand inside a phrase.
    static let flowOnly: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]

    /// HTML's formatting elements: closed around a block, they open again after it.
    static let formatting: Set<String> = ["a", "b", "code", "em", "i", "s", "small", "strong", "u"]

    /// Attributes any element keeps (besides `aria-*` and `data-*`).
    static let globalAttributes: Set<String> = ["class", "dir", "hidden", "id", "lang", "role", "style", "title"]

    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "rel", "hreflang", "type"],
        // `cite` is left out: readers do not show it, and epubcheck follows it like a link.
        "del": ["datetime"], "ins": ["datetime"],
        "col": ["span"], "colgroup": ["span"], "data": ["value"], "details": ["open"], "li": ["value"],
        "img": ["alt", "height", "src", "width"],
        "input": ["checked", "disabled", "type"],
        "ol": ["reversed", "start", "type"],
        "td": ["colspan", "headers", "rowspan"], "th": ["abbr", "colspan", "headers", "rowspan", "scope"],
        "time": ["datetime"],
    ]

    /// What the converter does with an element, looked up once per tag.
    struct Element {
        var isKept: Bool
        var isVoid = false
        /// The attributes it keeps besides the global ones, `aria-*` and `data-*`.
        var attributes: Set<String> = []

        func keeps(attribute name: String) -> Bool {
            globalAttributes.contains(name) || attributes.contains(name) || name.hasPrefix("aria-") || (name.hasPrefix("data-") && name.utf8.count > 5)
        }
    }

    /// Every element the converter knows: kept, or dropped with its content. Others are unwrapped.
    static let table: [String: Element] = {
        var table: [String: Element] = [:]
        for name in elements {
            table[name] = Element(
                isKept: true, isVoid: void.contains(name), attributes: elementAttributes[name] ?? [])
        }
        for name in droppedWithContent { table[name] = Element(isKept: false) }
        return table
    }()
}
