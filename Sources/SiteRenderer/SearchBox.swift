import Markdown
import Pages

/// The search field of the top bar (`{{{search}}}` in the page template): hidden until
/// `assets/search.js` runs, since without the script it could not answer. The words it shows
/// and says are the handbook's; the script reads them from its attributes. The field is a text
/// input with the combobox role (the arrow keys walk the results): the Nu HTML Checker does not
/// allow that role on a search input.
enum SearchBox {
    static func html(root: String, strings: SearchStrings) -> String {
        let label = HTMLText.escape(strings.label)
        return """
            <div class="search" role="search" data-search="\(HTMLText.escape(root))search/" hidden>
            <input type="text" inputmode="search" class="search-input" placeholder="\(HTMLText.escape(strings.placeholder))" aria-label="\(label)" \
            aria-keyshortcuts="/" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results">
            <kbd class="search-key" title="\(HTMLText.escape(strings.keyHint))">/</kbd>
            <div class="search-panel" hidden>
            <p class="search-count" aria-hidden="true"></p>
            <ul id="search-results" class="search-results" role="listbox" aria-label="\(label)"></ul>
            </div>
            <p class="search-status visually-hidden" role="status" aria-live="polite" \
            data-found="\(HTMLText.escape(strings.found))" data-none="\(HTMLText.escape(strings.none))"></p>
            </div>
            """
    }
}
