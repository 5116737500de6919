"""Headless Chromium from Debian, driven by selenium: what the browser tests of the site and of
the server both start."""

import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def start(width=1400, height=900):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}"):
        options.add_argument(argument)
    # Tests read the console through `get_log("browser")`.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
