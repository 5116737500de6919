"""What the browser tests share: the handbook binary, a headless Chromium, and the pages of a site."""

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import chromium  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook"))


@pytest.fixture(scope="module")
def browser():
    driver = chromium.start()
    yield driver
    driver.quit()


def pages(site):
    found = []
    for folder, _, names in os.walk(site):
        found += [os.path.join(folder, name) for name in names if name.endswith(".html")]
    return sorted(found)


def open_page(browser, path):
    browser.get("file://" + path)
    return browser
