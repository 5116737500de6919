/// The built-in page template. A handbook replaces it with `page.mustache` in its theme folder;
/// the variables it gets are listed in the README.
enum BuiltinTemplate {
    static let page = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{#isHome}}{{bookTitle}}{{/isHome}}{{^isHome}}{{title}} — {{bookTitle}}{{/isHome}}</title>
        {{#description}}<meta name="description" content="{{description}}">
        {{/description}}{{#author}}<meta name="author" content="{{author}}">
        {{/author}}<meta name="generator" content="handbook">
        <link rel="stylesheet" href="{{root}}assets/style.css">
        <script src="{{root}}assets/handbook.js" defer></script>
        <script src="{{root}}assets/search.js" defer></script>
        </head>
        <body>
        <a class="skip-link" href="#content">{{strings.skipToContent}}</a>
        <input type="checkbox" id="menu-toggle" class="menu-toggle" aria-label="{{strings.menu}}">
        <header class="topbar">
        <label for="menu-toggle" class="menu-button" aria-hidden="true">{{strings.menu}}</label>
        <a class="book-title" href="{{root}}index.html">{{bookTitle}}</a>
        {{{search}}}
        </header>
        <div class="layout">
        <nav class="sidebar" aria-label="{{strings.contents}}">
        {{{sidebar}}}
        </nav>
        <main id="content" class="main">
        <article class="page">
        {{^titleInBody}}<h1>{{title}}</h1>
        {{/titleInBody}}{{#isHome}}{{#description}}<p class="lead">{{description}}</p>
        {{/description}}{{/isHome}}{{{content}}}
        {{#editURL}}<p class="edit-page"><a href="{{editURL}}">{{strings.editPage}}</a></p>
        {{/editURL}}</article>
        <nav class="pager" aria-label="{{strings.previous}} / {{strings.next}}">
        {{#previous}}<a class="pager-prev" rel="prev" href="{{url}}"><span>{{strings.previous}}</span>{{title}}</a>
        {{/previous}}{{#next}}<a class="pager-next" rel="next" href="{{url}}"><span>{{strings.next}}</span>{{title}}</a>
        {{/next}}</nav>
        </main>
        {{#pageToc}}<aside class="page-toc">
        {{{pageToc}}}
        </aside>
        {{/pageToc}}</div>
        </body>
        </html>

        """
}
