/// The e-book's styles. Readers differ widely, so it keeps to what they share: block layout (no
/// flex or grid), no script, sizes in `em`. It sets no text or page colours, so a reader's night
/// mode applies as it is; tints are translucent and marks use colours that read on light and dark.
enum BookStyleSheet {
    static let css = """
        html, body { margin: 0; padding: 0; }
        body { line-height: 1.5; widows: 2; orphans: 2; }
        p, li, dd, td { hyphens: auto; -webkit-hyphens: auto; -epub-hyphens: auto; }
        h1, h2, h3, h4 { line-height: 1.25; hyphens: manual; -webkit-hyphens: manual; -epub-hyphens: manual; page-break-after: avoid; break-after: avoid; }
        h1 { font-size: 1.6em; margin: 0 0 0.8em; }
        h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; }
        h3 { font-size: 1.1em; margin: 1.3em 0 0.4em; }
        .lead { font-size: 1.1em; opacity: 0.85; }
        a { color: inherit; text-decoration: underline; }
        code, pre, .note-rule { font-family: monospace; font-size: 0.9em; }
        pre { white-space: pre-wrap; word-wrap: break-word; padding: 0.6em 0.8em; border: 1px solid rgba(128, 128, 128, 0.5); }
        blockquote { margin: 1em 0; padding: 0 0 0 1em; border-left: 3px solid rgba(128, 128, 128, 0.6); }
        dt { font-weight: bold; margin-top: 0.5em; }
        dd { margin: 0.2em 0 0 1.5em; }
        table { border-collapse: collapse; margin: 1em 0; width: 100%; }
        th, td { border: 1px solid rgba(128, 128, 128, 0.5); padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
        img { max-width: 100%; height: auto; }
        .summary { display: block; font-size: 0.9em; opacity: 0.8; }
        .missing-image { font-style: italic; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        /* Comparisons: pairs one under the other, each side labelled, as on a phone. */
        table.compare, table.compare thead, table.compare tbody, table.compare tr, table.compare th, table.compare td { display: block; width: auto; border: 0; }
        table.compare thead { display: none; }
        table.compare tr { margin: 0 0 1em; page-break-inside: avoid; break-inside: avoid; }
        table.compare td { margin: 0.3em 0 0; padding: 0.3em 0.7em; border-left: 4px solid rgba(128, 128, 128, 0.6); background: rgba(128, 128, 128, 0.1); }
        table.compare td::before { content: attr(data-label); display: block; font-size: 0.75em; font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; }
        table.compare td.compare-vague { border-left-color: #c0392b; }
        table.compare td.compare-concrete { border-left-color: #2e8b57; }
        table.compare td p { margin: 0.2em 0; }

        /* Dialogues: the client's messages from the left, the agent's from the right, notes under them. */
        .dialogue { margin: 1.2em 0; }
        ol.dialogue-messages { list-style: none; margin: 0; padding: 0; }
        li.message { margin: 0 0 0.8em; page-break-inside: avoid; break-inside: avoid; }
        .bubble { padding: 0.35em 0.75em 0.45em; border: 1px solid rgba(128, 128, 128, 0.5); border-radius: 0.8em; }
        .message-client .bubble { margin-right: 15%; border-bottom-left-radius: 0.2em; }
        .message-agent .bubble { margin-left: 15%; border-bottom-right-radius: 0.2em; background: rgba(70, 130, 220, 0.12); }
        .message-bad .bubble { border: 2px solid #c0392b; }
        .message-role { margin: 0; font-size: 0.75em; font-weight: bold; opacity: 0.75; }
        .message-text p { margin: 0.2em 0; }
        ul.message-notes { list-style: none; margin: 0.3em 0 0; padding: 0; font-size: 0.9em; }
        .message-agent ul.message-notes { margin-left: 15%; }
        li.note { margin: 0 0 0.2em; padding: 0 0 0 0.5em; border-left: 3px solid rgba(128, 128, 128, 0.6); }
        li.note-bad { border-left-color: #c0392b; }
        li.note-good { border-left-color: #2e8b57; }
        .note-mark { font-weight: bold; }
        .note-bad .note-mark { color: #c0392b; }
        .note-good .note-mark { color: #2e8b57; }

        /* Reply scripts: a card with what it is for and the text, placeholders marked. */
        .script { margin: 1.2em 0; padding: 0.6em 0.9em; border: 1px solid rgba(128, 128, 128, 0.6); border-radius: 0.4em; page-break-inside: avoid; break-inside: avoid; }
        .script-title { margin: 0 0 0.3em; font-weight: bold; }
        dl.script-about { margin: 0 0 0.5em; font-size: 0.92em; }
        dl.script-about dt { font-weight: bold; }
        dl.script-about dd { margin: 0 0 0.3em; }
        .script-text { margin: 0; padding: 0.5em 0.7em; background: rgba(128, 128, 128, 0.12); }
        mark.placeholder { background: rgba(233, 196, 106, 0.45); color: inherit; padding: 0 0.1em; }

        /* Callouts. */
        .callout { margin: 1.2em 0; padding: 0.4em 0.9em; border-left: 4px solid #4a7bd0; background: rgba(128, 128, 128, 0.1); page-break-inside: avoid; break-inside: avoid; }
        .callout-title { margin: 0 0 0.2em; font-weight: bold; }
        .callout-tip { border-left-color: #2e8b57; }
        .callout-important { border-left-color: #8e6bd8; }
        .callout-warning { border-left-color: #c9a227; }
        .callout-caution { border-left-color: #c0392b; }

        /* Examples and rules. */
        ul.example-cards { list-style: none; padding: 0; }
        li.example-card { margin: 0 0 0.7em; padding: 0.3em 0.7em; border-left: 4px solid rgba(128, 128, 128, 0.6); }
        li.verdict-bad { border-left-color: #c0392b; }
        li.verdict-good { border-left-color: #2e8b57; }
        .example-card p { margin: 0.2em 0 0; font-size: 0.9em; }
        ol.example-preview { list-style: none; margin: 0.3em 0 0; padding: 0; font-size: 0.9em; }
        .preview-role { font-weight: bold; }
        h1 code.rule-id { font-size: 0.5em; font-weight: normal; }
        table.rules code.rule-id { display: block; font-size: 0.85em; }
        dl.example-facts dt, dl.rule-facts dt { font-weight: bold; }
        dl.example-facts dd, dl.rule-facts dd { margin: 0 0 0.4em; }
        dd.verdict-bad, .level-error { color: #c0392b; font-weight: bold; }
        dd.verdict-good { color: #2e8b57; font-weight: bold; }
        .level-warning { color: #b7791f; font-weight: bold; }
        table.example-pairs, table.example-pairs thead, table.example-pairs tbody, table.example-pairs tr, table.example-pairs th, table.example-pairs td { display: block; width: auto; border: 0; padding: 0; }
        table.example-pairs thead { display: none; }
        table.example-pairs tr { margin: 0 0 1.5em; }
        .contents ol { padding-left: 1.2em; }

        @media (prefers-color-scheme: dark) {
          table.compare td.compare-vague, li.note-bad, li.verdict-bad, .callout-caution { border-left-color: #ff7b72; }
          .message-bad .bubble { border-color: #ff7b72; }
          .note-bad .note-mark, dd.verdict-bad, .level-error { color: #ff7b72; }
          table.compare td.compare-concrete, li.note-good, li.verdict-good, .callout-tip { border-left-color: #4ac26b; }
          .note-good .note-mark, dd.verdict-good { color: #4ac26b; }
        }

        """
}
