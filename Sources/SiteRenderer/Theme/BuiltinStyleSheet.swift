/// The built-in stylesheet: readable Russian text (hyphenation, a comfortable measure), a sidebar
/// that folds away on phones, and dark mode (print has `PrintStyleSheet`). No fonts or anything
/// else from the network.
enum BuiltinStyleSheet {
    static let css = """
        :root {
          color-scheme: light dark;
          --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --accent: #0a58ca; --accent-visited: #6f42c1;
          --border: #d9dde3; --soft: #f4f6f8; --code-bg: #f3f4f6; --mark: #fff3bf;
          --sidebar-width: 18rem; --toc-width: 15rem;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #14171a; --fg: #e3e6ea; --muted: #9aa4ae; --accent: #7cb3ff; --accent-visited: #c4a5ff;
            --border: #2d333b; --soft: #1b1f24; --code-bg: #1f242a; --mark: #4d4217;
          }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PT Sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
          font-size: 1.0625rem; line-height: 1.6; font-kerning: normal;
          font-variant-numeric: proportional-nums;
        }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:visited { color: var(--accent-visited); }
        a:focus-visible, .menu-toggle:focus-visible ~ .topbar .menu-button { outline: 2px solid var(--accent); outline-offset: 2px; }
        .skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem 1rem; z-index: 10; }
        .skip-link:focus { left: 0.5rem; }

        /* Layout: sidebar | text | on-page contents */
        .topbar {
          position: sticky; top: 0; z-index: 5; display: flex; align-items: center; gap: 1rem;
          padding: 0.6rem 1.25rem; background: var(--bg); border-bottom: 1px solid var(--border);
        }
        .book-title { font-weight: 600; color: var(--fg); text-decoration: none; }
        .book-title:visited { color: var(--fg); }
        /* The menu's box is only there on a phone: on a wider screen the keyboard would stop on an invisible control. */
        .menu-toggle { display: none; }
        .menu-button { display: none; cursor: pointer; padding: 0.2rem 0.6rem; border: 1px solid var(--border); border-radius: 0.4rem; }
        .layout { display: grid; grid-template-columns: var(--sidebar-width) minmax(0, 1fr) var(--toc-width); align-items: start; }
        .sidebar {
          position: sticky; top: 3.2rem; max-height: calc(100vh - 3.2rem); overflow-y: auto;
          padding: 1rem 1rem 2rem 1.25rem; border-right: 1px solid var(--border); font-size: 0.95rem; line-height: 1.4;
        }
        .sidebar ol { list-style: none; margin: 0; padding: 0; }
        .sidebar ol ol { padding-left: 1rem; border-left: 1px solid var(--border); margin: 0.2rem 0 0.4rem 0.3rem; }
        .sidebar li { margin: 0.15rem 0; }
        .sidebar a { display: block; padding: 0.2rem 0.4rem; border-radius: 0.3rem; color: var(--fg); text-decoration: none; }
        .sidebar a:hover { background: var(--soft); }
        .sidebar a[aria-current="page"] { background: var(--soft); color: var(--accent); font-weight: 600; }
        .main { padding: 1.5rem 2.5rem 3rem; min-width: 0; }
        .page { max-width: 44rem; margin: 0 auto; hyphens: auto; -webkit-hyphens: auto; overflow-wrap: break-word; }
        .page-toc { position: sticky; top: 3.2rem; padding: 1.5rem 1rem; font-size: 0.875rem; line-height: 1.4; }
        .page-toc h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0 0 0.5rem; }
        .page-toc ul { list-style: none; margin: 0; padding: 0; }
        .page-toc li { margin: 0.3rem 0; }
        .page-toc .toc-level-3 { padding-left: 0.9rem; }
        .page-toc a { color: var(--muted); text-decoration: none; }
        .page-toc a:hover { color: var(--accent); }

        @media (max-width: 1200px) {
          .layout { grid-template-columns: var(--sidebar-width) minmax(0, 1fr); }
          .page-toc { display: none; }
        }
        @media (max-width: 860px) {
          .layout { display: block; }
          .menu-button { display: inline-block; }
          .menu-toggle { display: block; position: absolute; opacity: 0; width: 1px; height: 1px; }
          .sidebar { display: none; position: static; max-height: none; border-right: 0; border-bottom: 1px solid var(--border); }
          .menu-toggle:checked ~ .layout .sidebar { display: block; }
          .main { padding: 1rem 1.1rem 2rem; }
          body { font-size: 1rem; }
        }

        /* Text */
        h1, h2, h3, h4 { line-height: 1.25; hyphens: manual; -webkit-hyphens: manual; text-wrap: balance; }
        h1 { font-size: 2rem; margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.45rem; margin: 2.2rem 0 0.8rem; }
        h3 { font-size: 1.2rem; margin: 1.8rem 0 0.6rem; }
        h4 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; }
        [id] { scroll-margin-top: 4rem; }
        p, ul, ol, dl, table, blockquote, pre { margin: 0 0 1rem; }
        .lead { font-size: 1.2rem; color: var(--muted); }
        li > p { margin-bottom: 0.4rem; }
        li + li { margin-top: 0.25rem; }
        blockquote { margin-left: 0; padding: 0.2rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
        dt { font-weight: 600; margin-top: 0.6rem; }
        dd { margin: 0.2rem 0 0 1.5rem; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
        code { background: var(--code-bg); padding: 0.1em 0.35em; border-radius: 0.3rem; hyphens: none; }
        pre { background: var(--code-bg); padding: 0.9rem 1rem; border-radius: 0.5rem; overflow-x: auto; line-height: 1.45; }
        pre code { background: none; padding: 0; }
        hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }
        img { max-width: 100%; height: auto; }
        mark { background: var(--mark); color: inherit; }
        table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; hyphens: manual; }
        th, td { border: 1px solid var(--border); padding: 0.45rem 0.7rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); }
        del { color: var(--muted); }
        .contains-task-list, ul:has(> li > input[type="checkbox"]) { list-style: none; padding-left: 1.2rem; }
        input[type="checkbox"][disabled] { margin-right: 0.4rem; }
        .footnotes { font-size: 0.9rem; color: var(--muted); border-top: 1px solid var(--border); margin-top: 2.5rem; }

        /* Lists of pages: front page contents and section pages */
        .contents { list-style: none; padding-left: 0; }
        .contents ol { list-style: none; padding-left: 1.2rem; margin-top: 0.4rem; }
        .contents li { margin: 0.5rem 0; }
        .contents a { font-weight: 600; }
        .contents .summary { display: block; color: var(--muted); font-size: 0.95rem; }

        .pager { max-width: 44rem; margin: 3rem auto 0; display: flex; justify-content: space-between; gap: 1rem; border-top: 1px solid var(--border); padding-top: 1rem; }
        .pager a { display: block; max-width: 48%; text-decoration: none; }
        .pager span { display: block; font-size: 0.8rem; color: var(--muted); }
        .pager-next { margin-left: auto; text-align: right; }

        """
}
