/// How every page prints, or saves as PDF from the browser: the text alone on light paper (even
/// when the screen is dark), headings kept with what follows, and the handbook's blocks whole on
/// one page where they fit. On `print.html` each chapter starts a new sheet (on screen, a rule
/// parts them). Last in the stylesheet, so it overrides the colours of dark mode.
enum PrintStyleSheet {
    static let css = """

        /* Print */
        .print-page + .print-page { margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--border); }
        @page { margin: 16mm 15mm 18mm; }
        @media print {
          :root {
            color-scheme: light;
            --bg: #ffffff; --fg: #000000; --muted: #4a4f55; --accent: #000000; --accent-visited: #000000;
            --border: #b9bec5; --soft: #f4f6f8; --code-bg: #f3f4f6; --mark: #fff3bf;
            --good: #1a7f37; --bad: #cf222e; --agent-bg: #eef3fb;
          }
          .topbar, .sidebar, .page-toc, .pager, .skip-link, .menu-toggle, .script-copy, .example-filters,
          .edit-page, [role="search"], .search { display: none !important; }
          .layout { display: block; }
          .main { padding: 0; }
          .page { max-width: none; }
          body { font-size: 11pt; line-height: 1.45; background: #fff; color: #000; }
          h1 { font-size: 20pt; margin-top: 0; }
          h2 { font-size: 15pt; }
          h3 { font-size: 12.5pt; }
          h1, h2, h3, h4 { break-after: avoid; }
          p, li { orphans: 3; widows: 3; }
          a { color: inherit; }
          .page a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
          table { display: table; overflow: visible; }
          pre { white-space: pre-wrap; overflow: visible; }
          pre, blockquote, tr, img, figure, .callout, .script, .dialogue, .message, .compare tr, .example-card { break-inside: avoid; }
          .callout { background: none; border: 1px solid var(--border); border-left: 4px solid var(--callout); }
          .compare { width: 100%; margin: 1rem 0; }
          .bubble, .compare td, .script-text { background: none !important; border: 1px solid var(--border) !important; }
          .message-bad .bubble { border-color: var(--bad) !important; }
          .print-page { break-before: page; }
          .print-page + .print-page { margin-top: 0; padding-top: 0; border-top: 0; }
          .print-page:first-of-type { break-before: auto; }
        }

        """
}
