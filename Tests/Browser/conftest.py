"""What the browser tests share: the handbook binary, a headless Chromium, and the pages of a site."""

import os
import shutil
import subprocess
import sys
import tempfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import chromium  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook"))


# One of each handbook block, for pages that show them.
BLOCK_MARKDOWN = """```compare
Расплывчато: Решим в ближайшее время.
Конкретно: Деньги вернутся до 20 мая.
```

```dialogue
клиент: Где мой заказ?
агент: Заказ у курьера, привезёт сегодня до 18:00.
> ✓ срок назван
```

```script
Ситуация: Клиент спрашивает о возврате
---
{Имя}, деньги придут до {срок}.
```
"""


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


def built_bundled_handbook(prefix, *arguments, files=None):
    """The repository's own handbook, copied to a new folder (with `files`, {relative path: text},
    added) and built with `arguments`: yields the site's folder, then removes the copy (for a
    module's `site` fixture)."""
    work = tempfile.mkdtemp(prefix=prefix)
    for name in ("handbook.yml", "Handbook", "Styles", "Examples"):
        source = os.path.join(ROOT, name)
        (shutil.copytree if os.path.isdir(source) else shutil.copyfile)(source, os.path.join(work, name))
    for path, text in (files or {}).items():
        with open(os.path.join(work, path), "w", encoding="utf-8") as file:
            file.write(text)
    subprocess.run([BINARY, "build", "--root", work, *arguments], check=True, capture_output=True)
    yield os.path.join(work, "site")
    shutil.rmtree(work, ignore_errors=True)


def search(browser, query):
    """Types `query` into the search field as a reader would; gives the results' links once shown."""
    field = browser.find_element(By.CSS_SELECTOR, ".search-input")
    field.clear()
    field.send_keys(query)
    WebDriverWait(browser, 10).until(
        lambda b: b.execute_script("return document.querySelector('.search-status').textContent") != "")
    return [link.get_attribute("href") for link in browser.find_elements(By.CSS_SELECTOR, ".search-results a")]
