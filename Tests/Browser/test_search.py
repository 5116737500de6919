"""Search on the bundled handbook's site in real Chromium, opened from file:// (and, at the end,
through `handbook serve`): inflected Russian queries find the pages that use other forms, the
keyboard reaches and opens results, a screen reader hears the count, and the browser's stemmer
agrees with libstemmer, which built the index, on every word of the handbook."""

import ctypes
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import unquote

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BINARY, ROOT, built_bundled_handbook, open_page, search

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Server"))
from serving import Server, copy_handbook  # noqa: E402


@pytest.fixture(scope="module")
def site():
    yield from built_bundled_handbook("handbook-search-")


def pages_of(links):
    return {unquote(link.split("/site/", 1)[1].split("#")[0]) for link in links}


@pytest.mark.parametrize("query, page", [
    ("возврата заказа", "standards/email.html"),  # the page has only «Возврат по заказу»
    ("лесенкой", "chat-format.html"),  # «лесенка», «лесенку», «лесенке»: never this form
    ("канцеляритом", "standards/tone.html"),
    ("грубости", "standards/complaints.html"),  # «грубость» only
    ("компенсацией", "standards/non-standard-requests.html"),  # «компенсация» there
])
def test_an_inflected_word_finds_the_page_that_uses_another_form(browser, site, query, page):
    open_page(browser, os.path.join(site, "index.html"))
    assert page in pages_of(search(browser, query))


def test_sections_with_every_word_come_alone_and_titles_rank_first(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    one = search(browser, "претензию")
    both = search(browser, "претензию деньги")
    assert both and set(both) < set(one)
    # No section has both words: those with the one there is are shown.
    assert search(browser, "претензию зюзюка") == one
    # Sections titled with the word come before those that only mention it.
    search(browser, "метрику")
    titles = [title.text for title in browser.find_elements(By.CSS_SELECTOR, ".search-results .search-title")]
    assert len(titles) > 2 and "етрик" in titles[0] and not all("етрик" in title for title in titles), titles


def test_a_result_shows_its_path_and_marks_the_words_in_its_snippet(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    links = search(browser, "извинения")
    position = next(number for number, link in enumerate(links) if pages_of([link]) == {"standards/complaints.html"})
    result = browser.find_elements(By.CSS_SELECTOR, ".search-results li")[position]
    path = result.find_element(By.CSS_SELECTOR, ".search-path").text
    assert path.startswith("Стандарты команды › Недовольство, жалобы и претензии › "), path
    WebDriverWait(browser, 10).until(lambda b: result.find_elements(By.CSS_SELECTOR, ".search-snippet mark"))
    marked = [mark.text.lower() for mark in result.find_elements(By.CSS_SELECTOR, ".search-snippet mark")]
    assert marked and all(word.startswith("извинен") for word in marked), marked


def test_the_count_is_announced_and_nothing_found_is_said(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    status = browser.find_element(By.CSS_SELECTOR, ".search-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    shown = search(browser, "претензию")
    count = int(re.fullmatch(r"Найдено: (\d+)", status.get_attribute("textContent")).group(1))
    assert count >= len(shown) > 0
    search(browser, "зюзюка")
    assert status.get_attribute("textContent") == "Ничего не найдено"
    assert not browser.find_elements(By.CSS_SELECTOR, ".search-results li")


def test_slash_focuses_search_but_not_while_typing_elsewhere(browser, site):
    open_page(browser, os.path.join(site, "standards", "email.html"))
    browser.find_element(By.TAG_NAME, "body").send_keys("/")
    assert browser.switch_to.active_element.get_attribute("class") == "search-input"
    assert browser.switch_to.active_element.get_attribute("value") == ""
    browser.execute_script("document.querySelector('.page').append(Object.assign(document.createElement('textarea'), {id: 'note'}))")
    note = browser.find_element(By.ID, "note")
    note.click()
    note.send_keys("a/b")
    assert note.get_attribute("value") == "a/b"
    assert browser.switch_to.active_element.get_attribute("id") == "note"


def test_arrows_and_enter_open_a_result_at_its_heading(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    links = search(browser, "канцелярита")
    field = browser.find_element(By.CSS_SELECTOR, ".search-input")
    position = next(number for number, link in enumerate(links) if number > 0 and "#" in link)
    field.send_keys(*[Keys.ARROW_DOWN] * (position + 1))
    selected = browser.find_elements(By.CSS_SELECTOR, ".search-results [aria-selected='true']")
    assert len(selected) == 1 and field.get_attribute("aria-activedescendant") == selected[0].get_attribute("id")
    assert selected[0].get_attribute("href") == links[position]
    target = links[position]
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: b.current_url == target)
    heading = browser.execute_script("return document.getElementById(decodeURIComponent(location.hash.slice(1)))")
    assert heading is not None and heading.tag_name in ("h2", "h3")
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", heading)
    assert 0 <= top < 200, top


def test_tab_reaches_the_results_and_escape_on_one_goes_back_to_the_field(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    links = search(browser, "канцелярита")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.get_attribute("href") == links[0]
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert "search-input" in browser.switch_to.active_element.get_attribute("class")
    assert not browser.find_element(By.CSS_SELECTOR, ".search-panel").is_displayed()


def test_escape_closes_the_results(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    search(browser, "чат")
    panel = browser.find_element(By.CSS_SELECTOR, ".search-panel")
    assert panel.is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".search-input").send_keys(Keys.ESCAPE)
    assert not panel.is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, ".search-input").get_attribute("aria-expanded") == "false"


def test_no_console_errors_while_searching(browser, site):
    open_page(browser, os.path.join(site, "rules", "index.html"))
    browser.get_log("browser")
    for query in ("лесенка", "не", "12", "</script><img src=x onerror=alert(1)>"):
        search(browser, query)
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-snippet") or True)
    assert browser.get_log("browser") == []
    assert not browser.find_elements(By.CSS_SELECTOR, ".search-panel img")


def libstemmer(language):
    """The C stemmer the index is built with, from Debian's libstemmer, as a Python function."""
    library = ctypes.CDLL("libstemmer.so.0d")
    library.sb_stemmer_new.restype = ctypes.c_void_p
    library.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    library.sb_stemmer_stem.restype = ctypes.c_void_p
    library.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    library.sb_stemmer_length.argtypes = [ctypes.c_void_p]
    stemmer = library.sb_stemmer_new(language.encode(), b"UTF_8")

    def stem(word):
        data = word.encode()
        result = library.sb_stemmer_stem(stemmer, data, len(data))
        return ctypes.string_at(result, library.sb_stemmer_length(stemmer)).decode()
    return stem


def words_of(texts):
    words = set()
    for text in texts:
        words.update(word.replace("ё", "е") for word in re.findall(r"[^\W_]+", text.lower()))
    return sorted(words)


def stems_in_browser(browser, stemmer_script, words):
    browser.get("about:blank")
    with open(stemmer_script, encoding="utf-8") as script:
        browser.execute_script(script.read() + "\nwindow.handbookStem = handbookStem;")
    return browser.execute_script("return arguments[0].map(handbookStem)", words)


def test_the_browser_stems_every_word_of_the_handbook_as_libstemmer_does(browser, site):
    texts = [open(path, encoding="utf-8").read() for path in glob.glob(os.path.join(site, "search", "text", "**", "*.js"), recursive=True)]
    words = words_of(texts)
    assert len(words) > 2000
    stem = libstemmer("russian")
    expected = [stem(word) for word in words]
    assert stems_in_browser(browser, os.path.join(site, "search", "stemmer.js"), words) == expected


def test_the_english_stemmer_agrees_with_libstemmer_on_the_readme(browser):
    work = tempfile.mkdtemp(prefix="handbook-search-en-")
    try:
        os.makedirs(os.path.join(work, "Handbook"))
        with open(os.path.join(work, "handbook.yml"), "w") as config:
            config.write("title: Test\nlanguage: en\n")
        with open(os.path.join(work, "Handbook", "01-a.md"), "w") as page:
            page.write("---\ntitle: Refunds\n---\nText.\n")
        subprocess.run([BINARY, "build", "--root", work], check=True, capture_output=True)
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
            words = [word for word in words_of([readme.read()]) if re.fullmatch(r"[a-z0-9]+", word)]
        assert len(words) > 1000
        stem = libstemmer("english")
        assert stems_in_browser(browser, os.path.join(work, "site", "search", "stemmer.js"), words) == [stem(w) for w in words]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_search_works_through_handbook_serve(browser, tmp_path):
    server = Server(copy_handbook(str(tmp_path / "handbook")))
    try:
        browser.get(server.url + "standards/email.html")
        browser.get_log("browser")
        links = search(browser, "возврата заказа")
        assert links and all(link.startswith(server.url) for link in links)
        assert "standards/email.html" in {unquote(link[len(server.url):].split("#")[0]) for link in links}
        WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-snippet mark"))
        # The server has no favicon, which the browser asks for on its own.
        assert [entry for entry in browser.get_log("browser") if "favicon.ico" not in entry["message"]] == []
    finally:
        server.stop()
