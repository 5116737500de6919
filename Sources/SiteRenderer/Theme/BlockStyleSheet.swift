/// Styles of the handbook's blocks (comparisons, dialogues, scripts), added to the built-in
/// stylesheet, and the script that shows the scripts' copy buttons.
enum BlockStyleSheet {
    static let css = """

        /* Handbook blocks */
        :root { --good: #1a7f37; --bad: #cf222e; --agent-bg: #e7f0ff; }
        @media (prefers-color-scheme: dark) { :root { --good: #4ac26b; --bad: #ff7b72; --agent-bg: #1c2b41; } }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

        .compare { display: table; max-width: none; overflow: visible; hyphens: auto; width: calc(100% + 1.2rem); table-layout: fixed; border-collapse: separate; border-spacing: 0.6rem 0.5rem; margin: 1rem -0.6rem; }
        .compare th, .compare td { border: 0; }
        .compare th { background: none; text-align: left; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; padding: 0 0.9rem; }
        .compare th:first-child { color: var(--bad); }
        .compare th:last-child { color: var(--good); }
        .compare td { vertical-align: top; padding: 0.55rem 0.9rem; background: var(--soft); border-left: 4px solid var(--border); border-radius: 0.3rem; }
        .compare td > :first-child { margin-top: 0; }
        .compare td > :last-child { margin-bottom: 0; }
        .compare .compare-vague { border-left-color: var(--bad); }
        .compare .compare-concrete { border-left-color: var(--good); }
        @media (max-width: 640px) {
          .compare, .compare tbody, .compare tr, .compare td { display: block; width: auto; }
          .compare { margin: 1rem 0; }
          .compare thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          .compare tr { margin-bottom: 1rem; }
          .compare td + td { margin-top: 0.4rem; }
          .compare td::before { content: attr(data-label); display: block; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); }
        }

        .dialogue { margin: 1.5rem 0; }
        .dialogue-messages { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.7rem; }
        .message { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.4rem 1rem; margin: 0; }
        .message-agent { flex-direction: row-reverse; }
        .bubble { flex: 0 1 auto; max-width: min(34rem, 78%); padding: 0.45rem 0.85rem 0.55rem; border-radius: 1rem; }
        .message-client .bubble { background: var(--soft); border: 1px solid var(--border); border-bottom-left-radius: 0.25rem; }
        .message-agent .bubble { background: var(--agent-bg); border: 1px solid transparent; border-bottom-right-radius: 0.25rem; }
        .message-bad .bubble { border-color: var(--bad); }
        .message-role { margin: 0 0 0.1rem; font-size: 0.75rem; font-weight: 700; color: var(--muted); }
        .message-text > * { margin: 0; }
        .message-text > * + * { margin-top: 0.5em; }
        .message-notes { flex: 1 1 12rem; list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
        .message-agent .message-notes { text-align: right; }
        .note { margin: 0 0 0.3rem; padding: 0.1rem 0.6rem; border-left: 3px solid var(--border); }
        .message-agent .note { border-left: 0; border-right: 3px solid var(--border); }
        .note-bad { border-color: var(--bad) !important; }
        .note-good { border-color: var(--good) !important; }
        .note-mark { font-weight: 700; }
        .note-bad .note-mark { color: var(--bad); }
        .note-good .note-mark { color: var(--good); }
        .note-rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; }
        @media (max-width: 640px) {
          .bubble { max-width: 92%; }
          .message-notes { flex-basis: 100%; }
        }

        .script { margin: 1.25rem 0; padding: 0.9rem 1.1rem; border: 1px solid var(--border); border-radius: 0.6rem; }
        .script-title { margin: 0 0 0.4rem; font-weight: 700; }
        .script-about { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 0.8rem; margin: 0 0 0.7rem; font-size: 0.92rem; }
        .script-about dt { color: var(--muted); }
        .script-about dd { margin: 0; }
        .script-text { margin: 0; padding: 0.7rem 0.9rem; background: var(--soft); border-radius: 0.4rem; }
        .placeholder { padding: 0 0.15em; border-radius: 0.2em; background: var(--mark); color: inherit; }
        .script-copy { margin-top: 0.6rem; padding: 0.25rem 0.8rem; font: inherit; font-size: 0.9rem; color: var(--fg); background: var(--soft); border: 1px solid var(--border); border-radius: 0.4rem; cursor: pointer; }
        .script-copy:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        @media (max-width: 640px) { .script-about { grid-template-columns: minmax(0, 1fr); } }

        .callout { margin: 1.25rem 0; padding: 0.6rem 1rem; border-left: 4px solid var(--callout); border-radius: 0.3rem; background: var(--soft); --callout: var(--accent); }
        .callout > :last-child { margin-bottom: 0; }
        .callout-title { margin: 0 0 0.3rem; font-weight: 700; color: var(--callout); }
        .callout-tip { --callout: var(--good); }
        .callout-important { --callout: #8250df; }
        .callout-warning { --callout: #8a5c00; }
        .callout-caution { --callout: var(--bad); }
        @media (prefers-color-scheme: dark) {
          .callout-important { --callout: #c297ff; }
          .callout-warning { --callout: #d29922; }
        }

        .example-cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.8rem; }
        .example-card { margin: 0; padding: 0.6rem 0.9rem; border: 1px solid var(--border); border-left: 4px solid var(--border); border-radius: 0.4rem; }
        .example-card[hidden] { display: none; }
        .example-card > a { font-weight: 600; }
        .example-card p { margin: 0.3rem 0 0; font-size: 0.9rem; color: var(--muted); }
        .verdict-bad.example-card { border-left-color: var(--bad); }
        .verdict-good.example-card { border-left-color: var(--good); }
        dd.verdict-bad { color: var(--bad); font-weight: 600; }
        dd.verdict-good { color: var(--good); font-weight: 600; }
        .example-facts, .rule-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.3rem 1rem; }
        .example-facts dt { color: var(--muted); }
        .example-facts dd { margin: 0; }
        table.example-pairs { display: table; width: 100%; table-layout: fixed; }
        table.example-pairs td { vertical-align: top; }
        @media (max-width: 640px) { table.example-pairs, table.example-pairs tbody, table.example-pairs tr, table.example-pairs td { display: block; width: auto; } table.example-pairs thead { display: none; } }
        .rule-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.3rem 1rem; }
        .rule-facts dt { color: var(--muted); }
        .rule-facts dd { margin: 0; }
        .level-error { color: var(--bad); font-weight: 600; }
        .level-warning { color: #8a5c00; font-weight: 600; }
        @media (prefers-color-scheme: dark) { .level-warning { color: #d29922; } }

        """

    /// Copy buttons of reply scripts and the examples' filters are shown only where this runs, so
    /// without JavaScript the text is selected by hand and every example is listed. The clipboard
    /// API needs a secure context; `file://` pages may not be one, so the selection is copied the
    /// old way there.
    static let script = """
        document.querySelectorAll(".script-copy").forEach(function (button) {
          var text = button.parentElement.querySelector(".script-text");
          if (!text) return;
          button.hidden = false;
          var label = button.textContent;
          function done() {
            button.textContent = button.getAttribute("data-copied");
            setTimeout(function () { button.textContent = label; }, 1500);
          }
          function copySelection() {
            var range = document.createRange();
            range.selectNodeContents(text);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            if (document.execCommand("copy")) done();
          }
          button.addEventListener("click", function () {
            if (navigator.clipboard && window.isSecureContext) {
              navigator.clipboard.writeText(text.innerText).then(done, copySelection);
            } else {
              copySelection();
            }
          });
        });

        (function () {
          var filters = document.querySelector(".example-filters");
          if (!filters) return;
          var cards = document.querySelectorAll(".example-card");
          var count = document.querySelector(".example-count");
          var selects = filters.querySelectorAll("select");
          function apply() {
            var shown = 0;
            cards.forEach(function (card) {
              var visible = true;
              selects.forEach(function (select) {
                var value = card.getAttribute("data-" + select.getAttribute("data-filter")) || "";
                var values = select.hasAttribute("data-list") ? value.split(" ") : [value];
                if (select.value && values.indexOf(select.value) < 0) visible = false;
              });
              card.hidden = !visible;
              if (visible) shown += 1;
            });
            count.textContent = count.getAttribute("data-template").replace("{shown}", shown).replace("{total}", cards.length);
          }
          selects.forEach(function (select) { select.addEventListener("change", apply); });
          filters.hidden = false;
          apply();
        })();

        """
}
