"""What the browser tests share: the handbook binary, a headless Chromium, and the pages of a site."""

import os
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook"))


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
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
