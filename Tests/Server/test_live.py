"""Live reload in a real browser: an edit shows in the open page, a broken chapter shows its
error over the last good page, and the fix takes the error away."""

import os

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from serving import Server

SCREENSHOTS = os.environ.get("HANDBOOK_SCREENSHOTS")


def wait_until_listening(browser):
    """The page listens for changes before anything is edited."""
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.documentElement.getAttribute('data-live-reload')") == "on")


def overlay_text(browser):
    found = browser.find_elements(By.CSS_SELECTOR, ".handbook-build-errors")
    return found[0].text if found else None


def test_edit_break_and_fix_a_chapter_with_the_page_open(handbook, browser):
    server = Server(handbook)
    chapter = os.path.join(handbook, "Handbook", "01-how-to-use.md")
    with open(chapter, encoding="utf-8") as file:
        original = file.read()
    try:
        browser.get(server.url + "how-to-use.html")
        wait_until_listening(browser)

        with open(chapter, "w", encoding="utf-8") as file:
            file.write(original + "\nСловоПослеПравки появилось в открытой странице.\n")
        WebDriverWait(browser, 10).until(lambda b: "СловоПослеПравки" in b.find_element(By.TAG_NAME, "main").text)

        with open(chapter, "w", encoding="utf-8") as file:
            file.write("---\ntitle: [незакрытая\n---\nСломанная глава.\n")
        WebDriverWait(browser, 10).until(lambda b: overlay_text(b) is not None)
        text = overlay_text(browser)
        assert "Руководство не собирается" in text
        assert "Handbook/01-how-to-use.md:" in text and "error:" in text
        # The last good page stays under the overlay.
        assert "СловоПослеПравки" in browser.find_element(By.TAG_NAME, "main").text
        if SCREENSHOTS:
            browser.save_screenshot(os.path.join(SCREENSHOTS, "error-overlay.png"))

        with open(chapter, "w", encoding="utf-8") as file:
            file.write(original)
        WebDriverWait(browser, 10).until(lambda b: overlay_text(b) is None and "СловоПослеПравки" not in b.find_element(By.TAG_NAME, "main").text)
    finally:
        server.stop()


def test_a_page_the_change_does_not_touch_stays_as_it_is(handbook, browser):
    server = Server(handbook)
    try:
        browser.get(server.url + "principles.html")
        wait_until_listening(browser)
        browser.execute_script("window.notReloaded = true")
        chapter = os.path.join(handbook, "Handbook", "06-metrics.md")
        with open(chapter, "a", encoding="utf-8") as file:
            file.write("\nЕщё одна строка.\n")
        # The page took version 2 in without reloading: the script marks the version it holds.
        WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.documentElement.getAttribute('data-live-version')") == "2")
        assert browser.execute_script("return window.notReloaded === true")
    finally:
        server.stop()



def test_many_open_tabs_load_and_follow_the_sources(handbook, browser):
    """A browser keeps six connections to a server: with an event stream per tab, the seventh
    tab never loaded. One tab listens for all of them."""
    server = Server(handbook)
    chapter = os.path.join(handbook, "Handbook", "01-how-to-use.md")
    tabs = []
    try:
        for _ in range(8):
            if tabs:
                browser.switch_to.new_window("tab")
            browser.set_page_load_timeout(10)
            browser.get(server.url + "how-to-use.html")
            wait_until_listening(browser)
            tabs.append(browser.current_window_handle)
        with open(chapter, "a", encoding="utf-8") as file:
            file.write("\nСловоДляВсехВкладок.\n")
        for tab in tabs:
            browser.switch_to.window(tab)
            WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(lambda b: b.execute_script(
                "const main = document.querySelector('main'); return !!main && main.textContent.includes('СловоДляВсехВкладок');"))
    finally:
        for tab in tabs[1:]:
            browser.switch_to.window(tab)
            browser.close()
        if tabs:
            browser.switch_to.window(tabs[0])
        server.stop()
