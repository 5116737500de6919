"""The lint page opened from file://, as a downloaded copy of the site: it says how to start the
server, shows no form, asks nothing of the network, and fits a phone. (With the server behind
it, the page is tested in Tests/Server/test_lint_page.py.)"""

import os

import pytest
from selenium.webdriver.common.by import By

from conftest import built_bundled_handbook, open_page


@pytest.fixture(scope="module")
def site():
    yield from built_bundled_handbook("handbook-lint-page-", "--no-epub")


def test_from_a_file_the_page_says_how_to_start_the_server(browser, site):
    page = os.path.join(site, "lint", "index.html")
    open_page(browser, page)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Проверка ответа"
    offline = browser.find_element(By.CSS_SELECTOR, ".lint-offline")
    assert offline.is_displayed()
    assert "handbook serve" in offline.text and "http://127.0.0.1:8000/lint/" in offline.text
    assert not browser.find_element(By.CSS_SELECTOR, ".lint-form").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, ".lint-results").is_displayed()
    # A file is not a server that failed: the page asked none.
    assert not browser.find_element(By.CSS_SELECTOR, ".lint-no-server").is_displayed()
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert all(name.startswith("file://") for name in loaded), loaded
    assert browser.get_log("browser") == []
    current = browser.find_elements(By.CSS_SELECTOR, ".sidebar a[aria-current='page']")
    assert [link.text for link in current] == ["Проверка ответа"]


def test_every_page_links_it_from_the_sidebar(browser, site):
    for path in (os.path.join(site, "index.html"), os.path.join(site, "standards", "tone.html"), os.path.join(site, "rules", "chat.ladder.html")):
        open_page(browser, path)
        link = browser.find_element(By.CSS_SELECTOR, ".sidebar .sidebar-tools a")
        assert link.text == "Проверка ответа"
        assert link.get_attribute("href") == "file://" + os.path.join(site, "lint", "index.html")


def test_a_phone_shows_it_without_sideways_scrolling(browser, site):
    browser.set_window_size(390, 844)
    try:
        open_page(browser, os.path.join(site, "lint", "index.html"))
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390, "the page scrolls sideways on a phone"
        browser.find_element(By.CSS_SELECTOR, ".menu-button").click()
        assert browser.find_element(By.CSS_SELECTOR, ".sidebar-tools a").is_displayed()
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    finally:
        browser.set_window_size(1400, 900)
