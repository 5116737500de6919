"""The whole book on one page (print.html), printed to PDF by headless Chromium, and the ways
around the bundled site: the sidebar's tools, the front page, the rule pages, the gallery."""

import base64
import os
import subprocess
import tempfile
from urllib.parse import unquote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from conftest import built_bundled_handbook, open_page, pages

TITLE = "Чат-руководство службы поддержки"


@pytest.fixture(scope="module")
def site():
    yield from built_bundled_handbook("handbook-print-")


def contents(browser, site):
    """The pages of the contents in reading order, front page first, as site paths."""
    open_page(browser, os.path.join(site, "index.html"))
    links = browser.find_elements(By.CSS_SELECTOR, ".sidebar ol.toc a")
    return ["index.html"] + [unquote(link.get_attribute("href"))[len("file://" + site + "/"):] for link in links]


def severe_console_messages(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_print_page_has_every_chapter_in_reading_order(browser, site):
    order = contents(browser, site)
    open_page(browser, os.path.join(site, "print.html"))
    sections = browser.execute_script("return [...document.querySelectorAll('section.print-page')].map(s => s.id)")
    assert sections == [path[: -len(".html")] + ":" for path in order]
    titles = browser.execute_script("return [...document.querySelectorAll('section.print-page > h1:first-child')].map(h => h.textContent)")
    assert titles[0] == TITLE and len(titles) == len(order)
    assert severe_console_messages(browser) == []


def test_print_page_has_no_broken_anchor_and_no_link_to_another_chapter(browser, site):
    chapters = {os.path.join(site, path) for path in contents(browser, site)}
    open_page(browser, os.path.join(site, "print.html"))
    ids = browser.execute_script("return [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    anchors = browser.execute_script("return [...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))")
    assert len(anchors) > 20
    for anchor in anchors:
        assert unquote(anchor) in ids, anchor
    for link in browser.find_elements(By.CSS_SELECTOR, ".page a[href]"):
        href = unquote(link.get_attribute("href"))
        if href.startswith("file://"):
            target = href[len("file://"):].split("#")[0]
            assert target not in chapters, href
            assert target == os.path.join(site, "print.html") or os.path.exists(target), href


def test_printing_the_whole_book_gives_a_pdf_that_opens_with_the_title(browser, site):
    open_page(browser, os.path.join(site, "print.html"))
    sections = len(browser.find_elements(By.CSS_SELECTOR, "section.print-page"))
    options = PrintOptions()
    options.background = True
    with tempfile.TemporaryDirectory() as work:
        pdf = os.path.join(work, "print.pdf")
        with open(pdf, "wb") as file:
            file.write(base64.b64decode(browser.print_page(options)))
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
        count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        # Every chapter starts a page of its own, and most take more than one.
        assert count > sections
        first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], check=True, capture_output=True, text=True).stdout
        assert first.strip().splitlines()[0] == TITLE
        # The second chapter starts on a page of its own, headed by its title.
        second = browser.find_elements(By.CSS_SELECTOR, "section.print-page > h1")[1].text
        starts = [subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], check=True, capture_output=True, text=True)
                  .stdout.strip().splitlines()[0] for page in range(2, 5)]
        assert second in starts


def test_print_hides_the_site_around_the_text_on_light_paper_even_in_dark_mode(browser, site):
    features = [{"name": "prefers-color-scheme", "value": "dark"}]
    try:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": features})
        open_page(browser, os.path.join(site, "chat-format.html"))
        hidden = browser.execute_script(
            "return ['.sidebar', '.topbar', '.pager', '.page-toc'].map(s => getComputedStyle(document.querySelector(s)).display)")
        assert hidden == ["none"] * 4
        style = browser.execute_script("const b = getComputedStyle(document.body); return [b.backgroundColor, b.color]")
        assert style == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]
        assert browser.execute_script("return getComputedStyle(document.querySelector('.dialogue')).breakInside") == "avoid"
        open_page(browser, os.path.join(site, "print.html"))
        breaks = browser.execute_script("return [...document.querySelectorAll('section.print-page')].map(s => getComputedStyle(s).breakBefore)")
        assert breaks[0] != "page" and set(breaks[1:]) == {"page"}
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})


def test_every_sidebar_links_the_rules_the_gallery_and_the_whole_book(browser, site):
    expected = [os.path.join(site, *path) for path in (("lint", "index.html"), ("rules", "index.html"), ("examples", "index.html"), ("print.html",))]
    for path in (os.path.join(site, "index.html"), os.path.join(site, "standards", "tone.html"), os.path.join(site, "rules", "chat.ladder.html")):
        open_page(browser, path)
        tools = browser.find_elements(By.CSS_SELECTOR, ".sidebar .sidebar-tools a")
        assert [unquote(tool.get_attribute("href"))[len("file://"):] for tool in tools] == expected
        assert [tool.text for tool in tools][1:] == ["Правила линтера", "Примеры диалогов", "Всё руководство на одной странице"]
        # A reader cannot tell two links apart by anything but their words.
        targets = {}
        for link in browser.find_elements(By.CSS_SELECTOR, ".sidebar a"):
            targets.setdefault(link.text, set()).add(link.get_attribute("href"))
        assert all(len(hrefs) == 1 for hrefs in targets.values()), targets


def test_the_front_page_lists_the_gallery_once(browser, site):
    open_page(browser, os.path.join(site, "index.html"))
    article = browser.find_element(By.CSS_SELECTOR, "article.page").text
    assert article.count("Примеры диалогов") == 1
    assert article.count("Правила линтера") == 1


def test_rule_pages_are_titled_by_name_with_the_id_beside(browser, site):
    open_page(browser, os.path.join(site, "rules", "chat.ladder.html"))
    heading = browser.find_element(By.TAG_NAME, "h1")
    assert heading.text.startswith("Лесенка")
    assert heading.find_element(By.CSS_SELECTOR, "code.rule-id").text == "chat.ladder"
    assert browser.title.startswith("Лесенка — ")
    open_page(browser, os.path.join(site, "rules", "index.html"))
    names = [link.text for link in browser.find_elements(By.CSS_SELECTOR, "table.rules a.rule-name")]
    assert "Лесенка" in names and "Канцелярит" in names
    # The description gets the room, and nothing overflows its cell, at a desktop's width and a phone's.
    for width in (1400, 390):
        browser.set_window_size(width, 900)
        widths = browser.execute_script("return [...document.querySelector('table.rules tbody tr').cells].map(c => c.getBoundingClientRect().width)")
        assert widths[2] >= max(widths[:2]), (width, widths)
        overflowing = browser.execute_script(
            "return [...document.querySelectorAll('table.rules td, table.rules td > *')].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
        assert overflowing == [], (width, overflowing)
    browser.set_window_size(1400, 900)
    assert severe_console_messages(browser) == []


def test_gallery_cards_preview_their_dialogue_and_the_filters_look_like_the_site(browser, site):
    open_page(browser, os.path.join(site, "examples", "index.html"))
    previews = browser.find_elements(By.CSS_SELECTOR, ".example-card .example-preview")
    assert len(previews) == len(browser.find_elements(By.CSS_SELECTOR, ".example-card"))
    first = previews[0].find_elements(By.TAG_NAME, "li")
    assert len(first) == 2 and first[0].text.startswith("Клиент: ") and first[1].text.startswith("Агент: ")
    select = browser.find_element(By.CSS_SELECTOR, ".example-filters select")
    border = browser.execute_script("return getComputedStyle(arguments[0]).borderTopColor", select)
    assert border == browser.execute_script("return getComputedStyle(document.querySelector('.example-card')).borderTopColor")
    browser.execute_script("arguments[0].focus()", select)
    assert browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", select) == "solid"
    assert severe_console_messages(browser) == []


def test_no_console_errors_on_the_new_pages(browser, site):
    for path in pages(site):
        if path.endswith(("print.html", os.path.join("examples", "index.html"), os.path.join("rules", "index.html"))):
            open_page(browser, path)
            assert severe_console_messages(browser) == [], path
