/// Styles of the lint page and of its link above the sidebar's contents, added to the built-in
/// stylesheet. The draft's marks are drawn by a copy of its text behind the textarea, so the two
/// must lay text out alike: every rule that moves a letter is set on both.
enum LintStyleSheet {
    static let css = """

        /* The lint page */
        .sidebar-tools { list-style: none; margin: 0 0 0.8rem; padding: 0 0 0.8rem; border-bottom: 1px solid var(--border); }
        .sidebar-tools li { margin: 0; }
        .sidebar-tools a { font-weight: 600; }

        .lint {
          --lint-error: var(--bad); --lint-warning: #8a5c00; --lint-suggestion: var(--accent);
          --lint-error-bg: rgba(207, 34, 46, 0.16); --lint-warning-bg: rgba(212, 167, 44, 0.3); --lint-suggestion-bg: rgba(10, 88, 202, 0.13);
        }
        @media (prefers-color-scheme: dark) {
          .lint {
            --lint-warning: #d29922;
            --lint-error-bg: rgba(255, 123, 114, 0.24); --lint-warning-bg: rgba(210, 153, 34, 0.28); --lint-suggestion-bg: rgba(124, 179, 255, 0.22);
          }
        }
        .lint [hidden] { display: none !important; }
        .lint-offline { margin: 0 0 1rem; padding: 0.8rem 1rem; border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 0.4rem; background: var(--soft); }
        .lint-offline > :last-child { margin-bottom: 0; }
        .lint-offline pre { background: var(--bg); border: 1px solid var(--border); }
        .lint-field { margin: 0 0 1.1rem; }
        .lint-field label { display: block; font-weight: 600; }
        .lint-hint { margin: 0 0 0.4rem; font-size: 0.9rem; color: var(--muted); }
        .lint-context-note { color: var(--fg); }
        .lint-input {
          display: block; width: 100%; min-height: 44px; margin: 0; padding: 0.55rem 0.7rem;
          color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 0.4rem;
        }
        textarea.lint-input { resize: vertical; }
        .lint-input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-color: var(--accent); }
        .lint-editor { position: relative; border-radius: 0.4rem; background: var(--bg); }
        .lint-editor .lint-input { position: relative; z-index: 1; background: transparent; resize: none; overflow: hidden; }
        .lint-input, .lint-backdrop {
          font: inherit; font-size: 1rem; line-height: 1.5; letter-spacing: normal; word-spacing: normal; text-align: left;
          text-indent: 0; text-transform: none; tab-size: 8; white-space: pre-wrap; overflow-wrap: break-word; word-break: normal;
          hyphens: manual; -webkit-hyphens: manual;
        }
        .lint-backdrop {
          position: absolute; inset: 0; z-index: 0; overflow: hidden; margin: 0; padding: 0.55rem 0.7rem;
          border: 1px solid transparent; color: transparent; pointer-events: none;
        }
        .lint-mark {
          color: transparent; border-radius: 0.15em; text-decoration-line: underline; text-decoration-style: wavy;
          text-decoration-thickness: 1.5px; text-underline-offset: 0.22em; text-decoration-skip-ink: none;
        }
        .lint-mark-error { background: var(--lint-error-bg); text-decoration-color: var(--lint-error); }
        .lint-mark-warning { background: var(--lint-warning-bg); text-decoration-color: var(--lint-warning); }
        .lint-mark-suggestion { background: var(--lint-suggestion-bg); text-decoration-color: var(--lint-suggestion); }

        .lint button {
          min-height: 44px; padding: 0.4rem 0.9rem; font: inherit; font-size: 0.95rem; line-height: 1.3; text-align: left;
          color: var(--fg); background: var(--soft); border: 1px solid var(--border); border-radius: 0.4rem; cursor: pointer;
        }
        .lint button:hover { border-color: var(--accent); }
        .lint button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        .lint .lint-check { color: var(--bg); background: var(--accent); border-color: var(--accent); font-weight: 600; }
        .lint-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0 0 1rem; }
        .lint-shortcut, .lint-progress { font-size: 0.9rem; color: var(--muted); }

        .lint-results h2 { margin-top: 1.5rem; }
        .lint-summary { font-weight: 600; }
        .lint-summary-error { color: var(--bad); }
        .lint-findings { list-style: none; margin: 0; padding: 0; }
        .lint-finding {
          --lint-color: var(--lint-suggestion); margin: 0 0 0.8rem; padding: 0.6rem 0.9rem;
          border: 1px solid var(--border); border-left: 4px solid var(--lint-color); border-radius: 0.4rem;
        }
        .lint-finding + .lint-finding { margin-top: 0; }
        .lint-finding-error { --lint-color: var(--lint-error); }
        .lint-finding-warning { --lint-color: var(--lint-warning); }
        .lint-finding-current { background: var(--soft); }
        .lint-finding-head { display: flex; flex-wrap: wrap; gap: 0 0.8rem; margin: 0; font-size: 0.85rem; color: var(--muted); }
        .lint-severity { font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--lint-color); }
        .lint-finding-message { margin: 0.2rem 0 0.5rem; }
        .lint-finding-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.8rem; margin: 0; }
        .lint-rule { display: inline-flex; align-items: center; min-height: 44px; }

        @media print {
          .lint-form, .lint-offline, .lint-finding-actions { display: none !important; }
        }

        """
}
