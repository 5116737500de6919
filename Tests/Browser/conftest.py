"""What the browser tests share: the handbook binary, a headless Chromium, and the pages of a site."""

import os
import shutil
import subprocess
import sys
import tempfile

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


def built_bundled_handbook(prefix, *arguments):
    """The repository's own handbook, copied to a new folder and built with `arguments`: yields
    the site's folder, then removes the copy (for a module's `site` fixture)."""
    work = tempfile.mkdtemp(prefix=prefix)
    for name in ("handbook.yml", "Handbook", "Styles", "Examples"):
        source = os.path.join(ROOT, name)
        (shutil.copytree if os.path.isdir(source) else shutil.copyfile)(source, os.path.join(work, name))
    subprocess.run([BINARY, "build", "--root", work, *arguments], check=True, capture_output=True)
    yield os.path.join(work, "site")
    shutil.rmtree(work, ignore_errors=True)
