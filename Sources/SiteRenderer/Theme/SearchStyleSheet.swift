/// The search field in the top bar and its list of results: on a phone the field takes a row of
/// its own under the book's title, and the results cover the page's width.
enum SearchStyleSheet {
    static let css = """

        /* Search */
        .search { position: relative; margin-left: auto; flex: 0 1 22rem; min-width: 0; }
        .search-input {
          width: 100%; font: inherit; font-size: 0.95rem; line-height: 1.4; padding: 0.35rem 2.2rem 0.35rem 0.7rem;
          border: 1px solid var(--muted); border-radius: 0.4rem; background: var(--bg); color: var(--fg);
        }
        .search-input::placeholder { color: var(--muted); opacity: 1; }
        .search-input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-color: var(--accent); }
        .search-key {
          position: absolute; right: 0.55rem; top: 50%; transform: translateY(-50%); pointer-events: none;
          font: inherit; font-size: 0.8rem; line-height: 1.3; color: var(--muted); border: 1px solid var(--border); border-radius: 0.25rem; padding: 0 0.35rem;
        }
        .search-input:focus ~ .search-key, .search-input:not(:placeholder-shown) ~ .search-key { display: none; }
        .search-panel {
          position: absolute; right: 0; top: calc(100% + 0.4rem); z-index: 20; width: min(34rem, calc(100vw - 1.5rem));
          max-height: min(70vh, 36rem); overflow-y: auto; background: var(--bg); color: var(--fg);
          border: 1px solid var(--border); border-radius: 0.5rem; box-shadow: 0 0.5rem 1.5rem rgba(0, 0, 0, 0.2);
        }
        .search-count { margin: 0; padding: 0.5rem 0.9rem; font-size: 0.85rem; color: var(--muted); border-bottom: 1px solid var(--border); }
        .search-results { list-style: none; margin: 0; padding: 0.3rem; }
        .search-results li { margin: 0; }
        .search-results a { display: block; padding: 0.5rem 0.7rem; border-radius: 0.4rem; color: var(--fg); text-decoration: none; line-height: 1.4; }
        .search-results a:hover, .search-results a[aria-selected="true"] { background: var(--soft); }
        .search-results a[aria-selected="true"] { outline: 2px solid var(--accent); outline-offset: -2px; }
        .search-title { display: block; font-weight: 600; color: var(--accent); }
        .search-path { display: block; font-size: 0.8rem; color: var(--muted); }
        .search-snippet { display: block; font-size: 0.9rem; margin-top: 0.2rem; overflow-wrap: anywhere; }
        .search-snippet:empty { display: none; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        @media (max-width: 600px) {
          .topbar { flex-wrap: wrap; row-gap: 0.5rem; }
          .topbar .book-title { flex: 1 1 0; min-width: 0; }
          .search { order: 3; flex: 1 0 100%; }
          .search-key { display: none; }
          .search-panel { position: fixed; left: 0.5rem; right: 0.5rem; top: auto; width: auto; max-height: 70vh; margin-top: 0.4rem; }
          [id] { scroll-margin-top: 7rem; }
        }
        @media print { .search { display: none; } }

        """
}
