"""A handbook written to attack its readers: script payloads in every text field a trainer writes
(handbook.yml, front matter, headings, links, images, footnotes, callouts, every handbook block,
examples, the style's rule texts) and in file and folder names. Every page of the site and every
document of the EPUB is opened in Chromium with a hook that records any script the payloads
manage to run; nothing may run, and no link may lead to a script."""

import json
import os
import shutil
import subprocess
import tempfile
import zipfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BINARY, ROOT, open_page, pages

# Runs before any script of a page: every way a payload can call home is recorded.
HOOK = """
window.__hits = [];
window.__pwned = function (mark) { window.__hits.push(String(mark)); };
window.alert = window.confirm = window.prompt = function (mark) { window.__hits.push("dialog:" + String(mark)); };
"""

# Each payload calls __pwned (or alert) with its field's mark when it runs.
PAYLOADS = [
    '<script>__pwned("{m}")</script>',
    '"><img src=x onerror=__pwned("{m}")>',
    "'><svg onload=__pwned('{m}')>",
    "javascript:__pwned('{m}')",
    '</title><script>__pwned("{m}")</script>',
    "<iframe srcdoc=\"<script>parent.__pwned('{m}')</script>\"></iframe>",
    "<a href=\"javascript:__pwned('{m}')\">x</a>",
    "&lt;script&gt;alert('{m}')&lt;/script&gt;",
    "{{{{{{content}}}}}} {{{{#isHome}}}}x{{{{/isHome}}}}",
    "\uF8FF0&\uF8FF \uF8FF1&amp;\uF8FF \uF8FF2&\uF8FF",
    "\u202e\u0001\u001b[31m\u2028",
    "<style>body{{background:url(javascript:__pwned('{m}'))}}</style>",
]


def hostile(mark):
    return " ".join(payload.format(m=mark) for payload in PAYLOADS)


def quoted(mark):
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(hostile(mark), ensure_ascii=False)


def chapter(mark):
    text = hostile(mark)
    return f"""---
title: {quoted(mark + "-title")}
summary: {quoted(mark + "-summary")}
---
## {text}

{text} [{text}](javascript:__pwned('{mark}-link')) [js](JaVaScRiPt:__pwned('{mark}-case'))
[ref][r] <javascript:__pwned('{mark}-auto')> [ent](&#106;avascript:__pwned('{mark}-ent'))
![{text}](javascript:__pwned('{mark}-img')) `{text}` **{text}**[^заметка]

[r]: vbscript:__pwned('{mark}-ref')
[^заметка]: {text}

> [!WARNING]
> {text}

| {text} | b |
|---|---|
| {text} | [x](data:text/html,<script>__pwned('{mark}-data')</script>) |

- [x] {text}

```compare
Расплывчато: {text}
Конкретно: {text}
```

```dialogue
клиент: {text}
> ✓ {text}
агент: Здравствуйте! Заказ у курьера, он привезёт его сегодня до 18:00.
> {text}
```

```script
Название: {text}
Ситуация: {text}
Когда использовать: {text}
---
{{{text}}} {text}
```

```{text}
{text}
```
"""


def example(mark):
    return f"""---
title: {quoted(mark + "-title")}
channel: {quoted(mark + "-channel")}
topic: {quoted(mark + "-topic")}
verdict: good
---

{hostile(mark + "-prose")} [x](javascript:__pwned('{mark}-link'))

```dialogue
клиент: Где мой заказ 5521?
> {hostile(mark + "-note")}
агент: Здравствуйте! Заказ у курьера, он привезёт его сегодня до 18:00.
```
"""


# A role label may not hold ':' or start with '>'; everything else is fair.
LABEL = "<img src=x onerror=__pwned('{m}')>\"'<b>"
FOLDER = "02-<svg onload=__pwned('folder')>"
# `"`, `<` and `>` cannot be in a published file name (e-readers refuse them); the rest may.
ASSET = "x' onerror=__pwned('asset') 'ж.png"


def write(root, files):
    for path, content in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(content)


@pytest.fixture(scope="module")
def hostile_site():
    work = tempfile.mkdtemp(prefix="handbook-hostile-")
    shutil.copytree(os.path.join(ROOT, "Styles"), os.path.join(work, "Styles"))
    write(work, {
        "handbook.yml": f"title: {quoted('book-title')}\nlanguage: ru\nauthor: {quoted('book-author')}\n"
                        f"description: {quoted('book-description')}\n"
                        f"dialogue:\n  client: [{json.dumps(LABEL.format(m='client'))}, Клиент]\n"
                        f"  agent: [{json.dumps(LABEL.format(m='agent'))}, Агент]\n",
        "Handbook/index.md": chapter("home"),
        "Handbook/01-chapter.md": chapter("chapter") + f"\n![картинка](<{ASSET}>)\n",
        f"Handbook/{FOLDER}/01-inner.md": chapter("inner"),
        "Handbook/03-x\"><img src=y onerror=__pwned('file')>.md": chapter("file"),
        f"Handbook/{ASSET}": "not really a picture",
        "Examples/hostile-good.md": example("example"),
        "Styles/ru-support/zz.hostile.yml": "extends: existence\n"
                                            f"message: {quoted('rule-message')}\n"
                                            f"description: {quoted('rule-description')}\n"
                                            "level: suggestion\ntokens:\n  - зззкккщщщ\n",
    })
    result = subprocess.run([BINARY, "build", "--root", work], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    site = os.path.join(work, "site")
    book = os.path.join(work, "book")
    with zipfile.ZipFile(os.path.join(site, "handbook.epub")) as archive:
        archive.extractall(book)
    yield site, book
    shutil.rmtree(work, ignore_errors=True)


def documents(book):
    found = []
    for folder, _, names in os.walk(book):
        found += [os.path.join(folder, name) for name in names if name.endswith((".xhtml", ".svg"))]
    return sorted(found)


LINK_SCHEMES = ("file:", "http:", "https:", "mailto:", "tel:")


def expect_inert(browser, path):
    """The page at `path` ran none of its payloads and holds nothing that could run one."""
    open_page(browser, path)
    hits = browser.execute_script("return window.__hits || null")
    assert hits == [], (path, hits)
    scripts = browser.execute_script(
        "return Array.from(document.querySelectorAll('script')).map(s => s.getAttribute('src') || 'inline: ' + s.textContent)")
    assert all(src and not src.startswith("inline") and src.endswith(("handbook.js", "toc.js", "lint.js", "search.js")) for src in scripts), (path, scripts)
    handlers = browser.execute_script(
        "return Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)"
        ".filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + ' ' + a.name))")
    assert handlers == [], (path, handlers)
    for link in browser.find_elements(By.CSS_SELECTOR, "a[href], area[href]"):
        protocol = browser.execute_script("return arguments[0].protocol", link)
        assert protocol in LINK_SCHEMES, (path, link.get_attribute("href"))
    for frame in browser.find_elements(By.CSS_SELECTOR, "iframe, object, embed, frame"):
        pytest.fail(f"{path}: a {frame.tag_name} made it into the page")


@pytest.fixture(scope="module")
def hooked(browser):
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    return browser


def test_no_payload_runs_on_any_page_of_the_site(hooked, hostile_site):
    site, _ = hostile_site
    found = pages(site)
    assert len(found) >= 25  # the front page, four chapters, a section, the gallery, an example, the rules
    for path in found:
        expect_inert(hooked, path)
    # The payloads are there as text: the page shows them, it does not obey them.
    open_page(hooked, os.path.join(site, "chapter.html"))
    body = hooked.find_element(By.TAG_NAME, "body").text
    assert "<script>__pwned(\"chapter\")</script>" in body
    # Text that looks like the template's own markers stays text: the title is the page's and
    # the book's, and the description holds no page content.
    heading = hooked.execute_script("return document.querySelector('article h1').textContent")
    book = hooked.execute_script("return document.querySelector('.book-title').textContent")
    assert hooked.title == heading + " — " + book
    description = hooked.execute_script("return document.querySelector('meta[name=description]').content")
    assert "book-description" in description and "toc" not in description and "<ol" not in description


def test_search_results_show_the_payloads_as_text(hooked, hostile_site):
    """Titles, headings and text reach the search results and their snippets as text."""
    site, _ = hostile_site
    open_page(hooked, os.path.join(site, "chapter.html"))
    field = hooked.find_element(By.CSS_SELECTOR, ".search-input")
    field.send_keys("pwned")
    WebDriverWait(hooked, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-snippet mark"))
    panel = hooked.find_element(By.CSS_SELECTOR, ".search-panel")
    assert "__pwned(" in panel.text
    assert hooked.execute_script("return window.__hits") == []
    assert not panel.find_elements(By.CSS_SELECTOR, "script, img, iframe, svg, [onerror], [onload]")


def test_no_payload_runs_in_any_document_of_the_book(hooked, hostile_site):
    _, book = hostile_site
    found = documents(book)
    assert len(found) >= 30
    for path in found:
        expect_inert(hooked, path)


def test_the_hook_sees_a_payload_that_runs(hooked, hostile_site):
    """The detector itself: a page that does run a payload is caught."""
    site, _ = hostile_site
    path = os.path.join(site, "canary.html")
    with open(path, "w", encoding="utf-8") as page:
        page.write("<!DOCTYPE html><title>c</title><img src=x onerror=__pwned('canary')>")
    try:
        open_page(hooked, path)
        hooked.implicitly_wait(0)
        assert hooked.execute_script("return window.__hits") == ["canary"]
    finally:
        os.remove(path)


@pytest.fixture(scope="module")
def trusted_html_site():
    """raw-html: true trusts the authors' HTML, never a Markdown link to a script."""
    work = tempfile.mkdtemp(prefix="handbook-raw-")
    links = " ".join([
        "[a](javascript:__pwned('a'))", "[b](JaVaScRiPt:__pwned('b'))", "[c](&#106;avascript:__pwned('c'))",
        "[d](javascript&colon;__pwned('d'))", "<javascript:__pwned('e')>", "[f][r]", "[g](vbscript:__pwned('g'))",
        "[h](data:text/html,<script>__pwned('h')</script>)",
    ])
    write(work, {
        "handbook.yml": "title: Т\nlanguage: ru\nmarkdown:\n  raw-html: true\n",
        "Handbook/01-links.md": f"# Ссылки\n\n{links}\n\n[r]: javascript:__pwned('ref')\n\n<b>сырой HTML</b>\n",
    })
    result = subprocess.run([BINARY, "build", "--root", work], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    yield os.path.join(work, "site")
    shutil.rmtree(work, ignore_errors=True)


def test_markdown_links_never_lead_to_scripts_even_with_raw_html(hooked, trusted_html_site):
    path = os.path.join(trusted_html_site, "links.html")
    expect_inert(hooked, path)
    assert hooked.find_element(By.CSS_SELECTOR, "main b").text == "сырой HTML"
    count = len(hooked.find_elements(By.CSS_SELECTOR, "main p a"))
    assert count == 8
    for index in range(count):
        open_page(hooked, path)
        hooked.find_elements(By.CSS_SELECTOR, "main p a")[index].click()
        assert hooked.execute_script("return window.__hits || []") == [], index


# Fields whose values become file names, links or ids are checked, not escaped: a payload in one
# is an error and no site is written.
REFUSED = {
    "example file name": {"Examples/javascript:__pwned('id').md": example("id")},
    "fixed": {"Examples/bad.md": example("fixed").replace("verdict: good", "verdict: bad\nrules: [chat.ladder]\nfixed: \"javascript:__pwned('f')\"")},
    "rules": {"Examples/bad.md": example("rules").replace("verdict: good", "verdict: bad\nrules: [\"<script>__pwned('r')</script>\"]")},
    "output": {"handbook.yml": "title: T\noutput: \"<script>\"\n", "<script>": "a file, not a folder"},
}


def test_a_slug_that_is_no_safe_name_is_not_used():
    """Other tools allow slugs this one cannot use as a file name: the page keeps its file's name,
    with a warning (an error with --strict), and the payload reaches no file name or link."""
    work = tempfile.mkdtemp(prefix="handbook-refused-")
    try:
        shutil.copytree(os.path.join(ROOT, "Styles"), os.path.join(work, "Styles"))
        write(work, {"handbook.yml": "title: T\n", "Handbook/index.md": "# T\n",
                     "Handbook/a.md": "---\ntitle: A\nslug: \"javascript:__pwned('s')\"\n---\nТекст.\n"})
        result = subprocess.run([BINARY, "build", "--root", work], capture_output=True, text=True)
        assert result.returncode == 0 and "warning: slug" in result.stderr, result.stderr
        site = os.path.join(work, "site")
        assert os.path.exists(os.path.join(site, "a.html"))
        for folder, _, files in os.walk(site):
            for name in files:
                assert "pwned" not in name
                if name.endswith(".html"):
                    with open(os.path.join(folder, name), encoding="utf-8") as page:
                        assert "javascript:__pwned" not in page.read(), name
        strict = subprocess.run([BINARY, "build", "--strict", "--root", work], capture_output=True, text=True)
        assert strict.returncode == 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


@pytest.mark.parametrize("field", sorted(REFUSED))
def test_fields_that_become_names_refuse_payloads(field):
    work = tempfile.mkdtemp(prefix="handbook-refused-")
    try:
        shutil.copytree(os.path.join(ROOT, "Styles"), os.path.join(work, "Styles"))
        write(work, {"handbook.yml": "title: T\n", "Handbook/index.md": "# T\n", **REFUSED[field]})
        result = subprocess.run([BINARY, "build", "--root", work], capture_output=True, text=True)
        assert result.returncode == 1, (field, result.stderr)
        assert "error:" in result.stderr
        assert not os.path.exists(os.path.join(work, "site"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
