/// The start of every XHTML document in the book: the XML prolog, the `html` element with the
/// EPUB namespace and the language both ways, and the head.
enum XHTMLDocument {
    /// Everything up to and including `<body>`; `styleSheet` is a link from the document, `style` CSS of its own.
    static func start(title: String, language: String, styleSheet: String? = nil, style: String? = nil) -> String {
        var xhtml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(language)" xml:lang="\(language)">
            <head>
            <meta charset="UTF-8"/>
            <title>\(title.escapedForXML)</title>

            """
        if let styleSheet { xhtml += "<link rel=\"stylesheet\" type=\"text/css\" href=\"\(styleSheet.escapedForXML)\"/>\n" }
        if let style { xhtml += "<style>\(style)</style>\n" }
        return xhtml + "</head>\n<body>\n"
    }
}
