/// What XHTML in an EPUB may hold, as the converter applies it. Raw HTML that a handbook lets
/// through can be anything; these lists keep what a reader renders and epubcheck accepts.
enum XHTMLRules {
    /// Elements kept as they are.
    static let elements: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements dropped with everything inside: scripts and what needs them (an EPUB here has no
    /// JavaScript, so the site's buttons and filters go), embedded documents, and foreign markup.
    static let droppedWithContent: Set<String> = [
        "audio", "button", "canvas", "embed", "form", "iframe", "math", "noscript", "object", "script", "select", "style", "svg",
        "template", "textarea", "title", "video",
    ]

    /// Elements whose content is raw text up to their end tag, so a `<` inside is not a tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title"]

    static let void: Set<String> = ["br", "col", "hr", "img", "input", "wbr"]

    /// Starting one of these closes an open paragraph, as an HTML parser would; in XHTML the
    /// paragraph would otherwise hold a block it may not.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
    ]

    /// Where a search for an open element to close stops (HTML's "scope").
    static let scopeBoundaries: Set<String> = ["caption", "table", "td", "th", "template"]

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

    /// HTML's named character references that raw HTML tends to use; XML knows only five, so the
    /// rest become the characters. An unknown name is kept as text (`&amp;name;`).
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}", "ndash": "–",
        "mdash": "—", "minus": "−", "hellip": "…", "laquo": "«", "raquo": "»", "bdquo": "„", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±",
        "times": "×", "divide": "÷", "middot": "·", "bull": "•", "euro": "€", "pound": "£", "cent": "¢", "yen": "¥",
        "sect": "§", "para": "¶", "numero": "№", "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "harr": "↔", "le": "≤",
        "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
        "micro": "µ", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "iexcl": "¡", "iquest": "¿", "check": "✓", "cross": "✗",
    ]

    /// What the converter does with an element, looked up once per tag.
    struct Element {
        var isKept: Bool
        var isVoid = false
        var closesParagraph = false
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
                isKept: true, isVoid: void.contains(name), closesParagraph: closesParagraph.contains(name), attributes: elementAttributes[name] ?? [])
        }
        for name in droppedWithContent { table[name] = Element(isKept: false) }
        return table
    }()

    /// Where closing searches for an element stop, by what is being closed or opened.
    static let listItemStops = scopeBoundaries.union(["ol", "ul"])
    static let definitionStops = scopeBoundaries.union(["dl"])
    static let rowStops: Set<String> = ["table", "tbody", "thead", "tfoot"]
    static let cellStops: Set<String> = ["tr", "table"]
    static let sectionStops: Set<String> = ["table"]
    static let tableParts: Set<String> = ["td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption"]
}
