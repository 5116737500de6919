/// Styles of the ways around the site: the list of rules (names with their ids, the description
/// given the room), the gallery's cards with the first lines of their dialogue, its filters as
/// form controls of the site (both colour schemes, a focus ring, a phone's width), and a page's
/// "edit this page" link.
enum NavigationStyleSheet {
    static let css = """

        /* Rules list */
        table.rules { display: table; width: 100%; table-layout: fixed; }
        table.rules th:first-child { width: 30%; }
        table.rules th:nth-child(2) { width: 12rem; }
        table.rules td:nth-child(2) { white-space: nowrap; }
        table.rules .rule-name { font-weight: 600; }
        .rule-id { font-size: 0.8em; color: var(--muted); white-space: nowrap; }
        table.rules .rule-id { display: block; margin-top: 0.15rem; }
        h1 .rule-id { font-size: 0.45em; font-weight: 400; vertical-align: middle; margin-left: 0.3rem; }
        @media (max-width: 640px) {
          table.rules, table.rules tbody, table.rules tr, table.rules td { display: block; width: auto; }
          table.rules thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.rules tr { border: 1px solid var(--border); border-radius: 0.4rem; margin: 0 0 0.6rem; padding: 0.4rem 0; }
          table.rules td { border: 0; padding: 0.15rem 0.8rem; }
        }

        /* Gallery */
        .example-preview { list-style: none; margin: 0.45rem 0 0; padding: 0.4rem 0.6rem; font-size: 0.88rem; line-height: 1.4; background: var(--soft); border-radius: 0.3rem; }
        .example-preview li { margin: 0; }
        .example-preview li + li { margin-top: 0.25rem; }
        .preview-role { font-weight: 600; color: var(--muted); }
        .example-filters { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; margin: 0 0 0.8rem; padding: 0.7rem 0.9rem; background: var(--soft); border: 1px solid var(--border); border-radius: 0.5rem; }
        .example-filters label { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.85rem; font-weight: 600; color: var(--muted); }
        .example-filters select {
          font: inherit; font-size: 0.95rem; font-weight: 400; color: var(--fg); background: var(--bg);
          min-width: 9rem; max-width: 100%; padding: 0.3rem 0.5rem; border: 1px solid var(--border); border-radius: 0.4rem;
        }
        .example-filters select:hover { border-color: var(--muted); }
        .example-filters select:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        @media (max-width: 640px) {
          .example-filters { flex-direction: column; }
          .example-filters select { width: 100%; }
        }

        /* Edit this page */
        .edit-page { margin: 2.5rem 0 0; font-size: 0.9rem; }
        .edit-page a { color: var(--muted); }

        """
}
