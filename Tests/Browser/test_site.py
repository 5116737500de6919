"""The bundled handbook's site in a real browser (Chromium through chromedriver), opened from
file:// as a new hire would open a downloaded copy: no server, no network."""

import os
import shutil
import subprocess
import tempfile
from urllib.parse import unquote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BINARY, BLOCK_MARKDOWN, ROOT, built_bundled_handbook, open_page, pages


@pytest.fixture(scope="module")
def site():
    yield from built_bundled_handbook("handbook-browser-")


def chapter_pages(site):
    """The pages made from chapters: in the sidebar's contents and the prev/next chain (rule,
    example and lint pages and the whole book on one page, which the site generates, are in neither)."""
    generated = tuple(os.path.join(site, folder) + os.sep for folder in ("rules", "examples", "lint"))
    return [path for path in pages(site) if not path.startswith(generated) and path != os.path.join(site, "print.html")]


def tool_pages(site):
    """The site's own pages every sidebar links above the contents."""
    return [os.path.join(site, *path) for path in (("lint", "index.html"), ("rules", "index.html"), ("examples", "index.html"), ("print.html",))]


def test_every_page_loads_from_file_with_its_own_assets_only(browser, site):
    for path in pages(site):
        open_page(browser, path)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
        assert browser.find_element(By.TAG_NAME, "h1").text
        resources = browser.execute_script(
            "return [...document.querySelectorAll('link[href], script[src], img[src], iframe[src]')]"
            ".map(e => e.href || e.src)")
        assert resources and all(name.startswith("file://") for name in resources), (path, resources)
        loaded = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
        assert all(name.startswith("file://") for name in loaded), (path, loaded)
        assert browser.execute_script("return getComputedStyle(document.querySelector('.topbar')).position") == "sticky"
        assert browser.execute_script("return getComputedStyle(document.querySelector('.page')).hyphens") == "auto"


def test_sidebar_marks_the_current_page_and_every_link_leads_to_a_page(browser, site):
    for path in pages(site):
        open_page(browser, path)
        current = browser.find_elements(By.CSS_SELECTOR, ".sidebar a[aria-current='page']")
        linked = path in chapter_pages(site) or path in tool_pages(site)
        if not linked or (path.endswith(os.sep + "index.html") and os.path.dirname(path) == site):
            assert current == []
        else:
            assert len(current) == 1
            assert unquote(current[0].get_attribute("href")) == "file://" + path
        for link in browser.find_elements(By.CSS_SELECTOR, ".sidebar a, .page a, .pager a"):
            href = unquote(link.get_attribute("href"))
            if href.startswith("file://"):
                assert os.path.exists(href[len("file://"):].split("#")[0]), (path, href)


def test_next_links_walk_the_whole_book_in_order(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    visited = [browser.current_url]
    while True:
        following = browser.find_elements(By.CSS_SELECTOR, "a[rel='next']")
        if not following:
            break
        following[0].click()
        visited.append(browser.current_url)
        assert browser.find_elements(By.CSS_SELECTOR, "a[rel='prev']")
    assert len(visited) == len(chapter_pages(site)) == len(set(visited))


def test_on_page_contents_jump_to_their_headings(browser, site):
    open_page(browser, os.path.join(site, "standards", "response-time.html"))
    links = browser.find_elements(By.CSS_SELECTOR, ".page-toc a")
    assert len(links) >= 3
    for link in links:
        anchor = unquote(link.get_attribute("href").split("#", 1)[1])
        assert browser.execute_script("return document.getElementById(arguments[0]) !== null", anchor), anchor


def test_phone_layout_hides_the_sidebar_behind_the_menu(browser, site):
    browser.set_window_size(390, 800)
    try:
        open_page(browser, os.path.join(site, "principles.html"))
        sidebar = browser.find_element(By.CSS_SELECTOR, ".sidebar")
        assert not sidebar.is_displayed()
        browser.find_element(By.CSS_SELECTOR, ".menu-button").click()
        assert sidebar.is_displayed()
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, "the page scrolls sideways on a phone"
    finally:
        browser.set_window_size(1400, 900)


@pytest.fixture(scope="module")
def large_site():
    """A book past the inline-sidebar limit, whose pages share assets/toc.js; with a lint style,
    so the contents come with the lint page's link."""
    work = tempfile.mkdtemp(prefix="handbook-browser-large-")
    shutil.copytree(os.path.join(ROOT, "Styles"), os.path.join(work, "Styles"))
    with open(os.path.join(work, "handbook.yml"), "w") as f:
        f.write("title: Большое руководство\n")
    for number in range(320):
        folder = os.path.join(work, "Handbook", f"{number // 40 + 1:02d}-chast-{number // 40 + 1}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{number:03d}-glava-{number}.md"), "w") as f:
            f.write(f"# Глава {number}\n\nТекст главы.\n")
    subprocess.run([BINARY, "build", "--root", work], check=True, capture_output=True)
    yield os.path.join(work, "site")
    shutil.rmtree(work, ignore_errors=True)


def test_large_books_load_the_shared_sidebar(browser, large_site):
    assert os.path.exists(os.path.join(large_site, "assets", "toc.js"))
    page = os.path.join(large_site, "chast-3", "glava-82.html")
    open_page(browser, page)
    links = browser.find_elements(By.CSS_SELECTOR, ".sidebar ol.toc a")
    assert len(links) == 320 + 8
    current = browser.find_elements(By.CSS_SELECTOR, ".sidebar a[aria-current='page']")
    assert len(current) == 1 and current[0].text == "Глава 82"
    assert unquote(current[0].get_attribute("href")) == "file://" + page
    for link in links[:50]:
        assert os.path.exists(unquote(link.get_attribute("href"))[len("file://"):])
    tool = browser.find_element(By.CSS_SELECTOR, ".sidebar .sidebar-tools a")
    assert tool.text == "Проверка ответа" and tool.get_attribute("aria-current") is None
    assert unquote(tool.get_attribute("href")) == "file://" + os.path.join(large_site, "lint", "index.html")
    open_page(browser, os.path.join(large_site, "lint", "index.html"))
    current = browser.find_elements(By.CSS_SELECTOR, ".sidebar a[aria-current='page']")
    assert [link.text for link in current] == ["Проверка ответа"]
    assert len(browser.find_elements(By.CSS_SELECTOR, ".sidebar ol.toc a")) == 320 + 8


def test_dark_mode_follows_the_system(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    light = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        browser.refresh()
        dark = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert light == "rgb(255, 255, 255)"
    assert dark == "rgb(20, 23, 26)"


BLOCKS = "---\ntitle: Блоки\n---\n" + BLOCK_MARKDOWN


@pytest.fixture(scope="module")
def blocks_page():
    work = tempfile.mkdtemp(prefix="handbook-blocks-")
    os.makedirs(os.path.join(work, "Handbook"))
    with open(os.path.join(work, "handbook.yml"), "w", encoding="utf-8") as config:
        config.write("title: Блоки\nlanguage: ru\n")
    with open(os.path.join(work, "Handbook", "01-blocks.md"), "w", encoding="utf-8") as page:
        page.write(BLOCKS)
    subprocess.run([BINARY, "build", "--root", work], check=True, capture_output=True)
    yield os.path.join(work, "site", "blocks.html")
    shutil.rmtree(work, ignore_errors=True)


def test_script_copy_button_appears_with_javascript_and_copies(browser, blocks_page):
    open_page(browser, blocks_page)
    button = browser.find_element(By.CSS_SELECTOR, ".script-copy")
    assert button.is_displayed() and button.text == "Копировать"
    button.click()
    # The label changes only once the text is on the clipboard (or the copy command succeeded);
    # the clipboard answers asynchronously, so the test waits for it (up to 5 s).
    WebDriverWait(browser, 5).until(lambda _: button.text == "Скопировано")
    assert button.text == "Скопировано"


def test_script_text_without_javascript_is_there_to_select(browser, blocks_page):
    with open(blocks_page, encoding="utf-8") as page:
        html = page.read()
    assert '<button type="button" class="script-copy" hidden' in html
    open_page(browser, blocks_page)
    text = browser.find_element(By.CSS_SELECTOR, ".script-text")
    assert text.text == "{Имя}, деньги придут до {срок}."
    assert browser.execute_script("return getComputedStyle(arguments[0]).userSelect", text) != "none"


def test_dialogue_sides_and_compare_stacking_on_a_phone(browser, blocks_page):
    open_page(browser, blocks_page)
    client = browser.find_element(By.CSS_SELECTOR, ".message-client .bubble").rect
    agent = browser.find_element(By.CSS_SELECTOR, ".message-agent .bubble").rect
    assert client["x"] < agent["x"] and agent["x"] + agent["width"] > client["x"] + client["width"]
    cells = browser.find_elements(By.CSS_SELECTOR, ".compare td")
    assert cells[0].rect["y"] == cells[1].rect["y"]
    browser.set_window_size(400, 900)
    try:
        open_page(browser, blocks_page)
        cells = browser.find_elements(By.CSS_SELECTOR, ".compare td")
        assert cells[1].rect["y"] > cells[0].rect["y"] + cells[0].rect["height"] - 1
        label = browser.execute_script("return getComputedStyle(arguments[0], '::before').content", cells[0])
        assert label == '"Расплывчато"'
    finally:
        browser.set_window_size(1400, 900)


EXAMPLES = {
    "ladder.md": "---\ntitle: Лесенка\nchannel: chat\ntopic: delivery\nverdict: bad\nrules: [chat.empty-greeting, chat.ladder, promise.no-eta]\n"
                 "fixed: answer\n---\n\n```dialogue\nклиент: Где мой заказ 5521? Жду третий день.\nагент: Добрый день!\nагент: Сейчас посмотрю\n```\n",
    "answer.md": "---\ntitle: Ответ\nchannel: email\ntopic: mobile app\nverdict: good\n---\n\n```dialogue\n"
                 "клиент: Где мой заказ 5521? Жду третий день.\nагент: Здравствуйте! Заказ у курьера, он привезёт его сегодня до 18:00.\n```\n",
}


@pytest.fixture(scope="module")
def gallery():
    work = tempfile.mkdtemp(prefix="handbook-gallery-")
    shutil.copytree(os.path.join(ROOT, "Styles"), os.path.join(work, "Styles"))
    with open(os.path.join(work, "handbook.yml"), "w", encoding="utf-8") as config:
        config.write("title: Примеры\nlanguage: ru\n")
    os.makedirs(os.path.join(work, "Handbook"))
    with open(os.path.join(work, "Handbook", "index.md"), "w", encoding="utf-8") as home:
        home.write("---\ntitle: Примеры\n---\n[Галерея](example:)\n")
    os.makedirs(os.path.join(work, "Examples"))
    for name, text in EXAMPLES.items():
        with open(os.path.join(work, "Examples", name), "w", encoding="utf-8") as example:
            example.write(text)
    subprocess.run([BINARY, "build", "--root", work], check=True, capture_output=True)
    yield os.path.join(work, "site")
    shutil.rmtree(work, ignore_errors=True)


def test_the_gallery_filters_from_file(browser, gallery):
    open_page(browser, os.path.join(gallery, "examples", "index.html"))
    cards = browser.find_elements(By.CSS_SELECTOR, ".example-card")
    count = browser.find_element(By.CSS_SELECTOR, ".example-count")
    assert browser.find_element(By.CSS_SELECTOR, ".example-filters").is_displayed()
    assert count.text == "Показано: 2 из 2"

    def choose(key, value):
        browser.execute_script(
            "const s = document.querySelector(`select[data-filter='${arguments[0]}']`); s.value = arguments[1];"
            "s.dispatchEvent(new Event('change'));", key, value)
        return [card.is_displayed() for card in cards]

    assert choose("rule", "chat.ladder") == [False, True]  # cards sorted by file name: answer, ladder
    assert count.text == "Показано: 1 из 2"
    assert choose("rule", "") == [True, True]
    assert choose("channel", "email") == [True, False]
    assert choose("verdict", "bad") == [False, False]
    assert count.text == "Показано: 0 из 2"
    choose("verdict", "")
    choose("channel", "")
    # A value with a space is one value (it was split into words and matched nothing).
    assert choose("topic", "mobile app") == [True, False]
    assert count.text == "Показано: 1 из 2"


def test_every_link_of_the_generated_pages_leads_somewhere(browser, gallery):
    for path in pages(gallery):
        open_page(browser, path)
        for link in browser.find_elements(By.CSS_SELECTOR, ".page a"):
            href = unquote(link.get_attribute("href"))
            if href.startswith("file://"):
                assert os.path.exists(href[len("file://"):].split("#")[0]), (path, href)
