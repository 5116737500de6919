"""The lint page (/lint/) with `handbook serve` behind it, in Chromium: a draft pasted is checked,
its findings are marked on its words and listed, a suggestion clicked rewrites the words, a pasted
dialogue is read as one, the token is asked for, the keyboard reaches everything, and a phone
holds it all. HANDBOOK_SCREENSHOTS=folder keeps pictures of it, desktop and phone, light and dark."""

import os
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from serving import BINARY, Server

SCREENSHOTS = os.environ.get("HANDBOOK_SCREENSHOTS")


def has_serve():
    return os.path.exists(BINARY) and subprocess.run([BINARY, "serve", "--help"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not has_serve(), reason="this handbook binary has no 'serve' command, which the lint page checks drafts through")

CONTEXT = "Где мой заказ 5521? Жду третий день."
# A лесенка: short agent messages in a row, an empty line between them; the last has a word with a
# suggestion (канцелярит «осуществить» → «сделать»).
LADDER = "Здравствуйте!\n\nСекунду\n\nОсуществить проверку"


def open_lint_page(browser, server):
    browser.get(server.url + "lint/")
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".lint-form").is_displayed())
    assert not browser.find_element(By.CSS_SELECTOR, ".lint-offline").is_displayed()


def paste(browser, field, text):
    """As a paste: the field's text replaced in one input event."""
    browser.execute_script(
        "const f = document.getElementById(arguments[0]); f.focus(); f.select(); document.execCommand('insertText', false, arguments[1]);",
        field, text)


def findings(browser):
    return browser.find_elements(By.CSS_SELECTOR, ".lint-finding")


def finding_of(browser, rule):
    for item in findings(browser):
        if item.find_elements(By.CSS_SELECTOR, f"a.lint-rule[href$='/rules/{rule}.html']"):
            return item
    return None


def marks(browser):
    return [(mark.get_attribute("class").split()[-1], mark.get_attribute("textContent"))
            for mark in browser.find_elements(By.CSS_SELECTOR, ".lint-backdrop .lint-mark")]


def draft_value(browser):
    return browser.find_element(By.ID, "lint-draft").get_attribute("value")


def test_a_ladder_is_marked_listed_and_a_suggestion_rewrites_it(browser, server):
    open_lint_page(browser, server)
    paste(browser, "lint-context", CONTEXT)
    paste(browser, "lint-draft", LADDER)
    WebDriverWait(browser, 10).until(lambda b: finding_of(b, "chat.ladder") is not None and finding_of(b, "style.kantselyarit") is not None)

    ladder = finding_of(browser, "chat.ladder")
    assert "Лесенка" in ladder.find_element(By.CSS_SELECTOR, ".lint-finding-message").text
    assert ladder.find_element(By.CSS_SELECTOR, ".lint-severity").text.lower() == "предупреждение"
    link = ladder.find_element(By.CSS_SELECTOR, "a.lint-rule")
    assert link.text == "Правило chat.ladder" and link.get_attribute("href") == server.url + "rules/chat.ladder.html"
    assert ("lint-mark-warning", "Секунду") in marks(browser)
    assert ("lint-mark-error", "Здравствуйте!") in marks(browser)  # chat.empty-greeting: the client asked something
    summary = browser.find_element(By.CSS_SELECTOR, ".lint-summary").text
    assert summary == f"Замечаний: {len(findings(browser))}."

    # The marks lie under the very words: the copy behind the textarea wraps as it does.
    text_height = browser.execute_script(
        "const t = document.getElementById('lint-draft'); const b = document.querySelector('.lint-backdrop');"
        "return [t.scrollHeight, b.scrollHeight, t.clientWidth, b.clientWidth]")
    assert text_height[0] == text_height[1] and text_height[2] == text_height[3], text_height

    fix = finding_of(browser, "style.kantselyarit").find_element(By.CSS_SELECTOR, "button.lint-fix")
    assert fix.text == "Заменить на «сделать»"
    fix.click()
    assert draft_value(browser) == "Здравствуйте!\n\nСекунду\n\nсделать проверку"
    WebDriverWait(browser, 10).until(lambda b: finding_of(b, "style.kantselyarit") is None and finding_of(b, "chat.ladder") is not None)
    # The browser's undo takes the replacement back, as if typed.
    browser.find_element(By.ID, "lint-draft").send_keys(Keys.CONTROL, "z")
    assert draft_value(browser) == LADDER


def test_a_pasted_dialogue_is_checked_as_one(browser, server):
    open_lint_page(browser, server)
    paste(browser, "lint-context", "")
    paste(browser, "lint-draft", "клиент: Где мой заказ 5521? Жду третий день.\nагент: Здравствуйте!\nагент: Секунду\n  осуществить 😀 проверку")
    WebDriverWait(browser, 10).until(lambda b: finding_of(b, "style.kantselyarit") is not None)
    assert browser.find_element(By.ID, "lint-context-note").is_displayed()
    found = marks(browser)
    assert ("lint-mark-error", "Здравствуйте!") in found
    assert ("lint-mark-warning", "Секунду") in found
    # The message's continuation line counts without its indent; the emoji is one scalar, two UTF-16 units.
    assert ("lint-mark-warning", "осуществить") in found
    # The лесенка's second message runs over two lines of the input, to its very end.
    assert found[-1][1].endswith(" проверку"), found
    finding_of(browser, "style.kantselyarit").find_element(By.CSS_SELECTOR, "button.lint-fix").click()
    assert draft_value(browser).endswith("\n  сделать 😀 проверку")


def test_checks_follow_typing_and_ctrl_enter(browser, server):
    open_lint_page(browser, server)
    paste(browser, "lint-context", "")
    paste(browser, "lint-draft", "")
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".lint-summary").text.startswith("Напишите черновик"))
    draft = browser.find_element(By.ID, "lint-draft")
    draft.send_keys("Добрый день! Заказ приедет сегодня до 18:00, курьер позвонит за час.")
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".lint-summary").text == "Замечаний нет.")
    # A word typed after the check moves the marks with the text until the next answer comes.
    paste(browser, "lint-draft", "Секунду")
    WebDriverWait(browser, 10).until(lambda b: ("lint-mark-warning", "Секунду") in marks(b))
    draft.send_keys(Keys.HOME, "Ой, ")
    assert marks(browser)[0] == ("lint-mark-warning", "Секунду")
    draft.send_keys(Keys.CONTROL, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.querySelector('.lint-progress').hidden"))
    assert draft_value(browser) == "Ой, Секунду"


# Holds back the answer to the first draft that holds `слово` until after a newer one was
# answered, as a slow server or network may; the page's own fetch is not told. Held long enough
# that the newer draft is sent before it comes even on a loaded machine.
LATE_ANSWER = """
window.__requests = [];
const fetchNow = window.fetch;
let held = false;
window.fetch = function (url, options) {
  const request = {body: options && options.body, signal: options && options.signal};
  window.__requests.push(request);
  const answer = fetchNow.apply(this, arguments);
  if (held || !String(request.body).includes("слово")) return answer;
  held = true;
  return answer.then(response => new Promise(resolve => setTimeout(() => resolve(response), 4000)));
};
"""


def test_a_late_answer_to_an_older_draft_is_ignored(browser, server):
    open_lint_page(browser, server)
    browser.execute_script(LATE_ANSWER)
    paste(browser, "lint-context", "")
    paste(browser, "lint-draft", "Осуществим слово")
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return window.__requests.length") == 1)
    paste(browser, "lint-draft", "Секунду")
    WebDriverWait(browser, 10).until(lambda b: ("lint-mark-warning", "Секунду") in marks(b))
    assert browser.execute_script("return window.__requests[0].signal.aborted"), "the older request was not cancelled"
    browser.execute_script("return new Promise(resolve => setTimeout(resolve, 4500))")
    assert marks(browser) == [("lint-mark-warning", "Секунду")]
    assert finding_of(browser, "style.kantselyarit") is None


def test_the_keyboard_reaches_every_control(browser, server):
    open_lint_page(browser, server)
    paste(browser, "lint-context", CONTEXT)
    paste(browser, "lint-draft", LADDER)
    WebDriverWait(browser, 10).until(lambda b: finding_of(b, "style.kantselyarit") is not None)
    browser.find_element(By.ID, "lint-context").click()
    reached = []
    for _ in range(40):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        reached.append(focused.get_attribute("class") or focused.get_attribute("id"))
        if focused.tag_name == "button":
            outline = browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
            assert outline != "none", reached
    assert reached[0] == "lint-input" and reached[1] == "lint-check"
    assert {"lint-show", "lint-fix", "lint-rule"} <= set(reached)
    # The list is announced as it changes.
    assert browser.find_element(By.CSS_SELECTOR, ".lint-live").get_attribute("aria-live") == "polite"


def test_a_phone_holds_the_page(browser, server):
    browser.set_window_size(390, 844)
    try:
        open_lint_page(browser, server)
        paste(browser, "lint-context", CONTEXT)
        paste(browser, "lint-draft", LADDER + " заказа, в связи с тем, что курьер ОПАЗДЫВАЕТ на час и не берёт трубку")
        WebDriverWait(browser, 10).until(lambda b: finding_of(b, "style.kantselyarit") is not None)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390, "the page scrolls sideways on a phone"
        for control in browser.find_elements(By.CSS_SELECTOR, ".lint button, .lint-finding a, .lint textarea"):
            if control.is_displayed():
                assert control.size["height"] >= 44, control.get_attribute("outerHTML")[:80]
        heights = browser.execute_script(
            "return [document.getElementById('lint-draft').scrollHeight, document.querySelector('.lint-backdrop').scrollHeight]")
        assert heights[0] == heights[1]
    finally:
        browser.set_window_size(1400, 900)


def test_a_token_is_asked_for_and_kept_for_the_tab(browser, handbook, tmp_path):
    token = "0123456789abcdef0123456789abcdef"
    (tmp_path / "token").write_text(token + "\n")
    server = Server(handbook, "--token-file", str(tmp_path / "token"))
    try:
        open_lint_page(browser, server)
        field = browser.find_element(By.ID, "lint-token")
        paste(browser, "lint-draft", "Секунду")
        WebDriverWait(browser, 10).until(lambda b: field.is_displayed())
        assert browser.find_element(By.CSS_SELECTOR, ".lint-summary").text.startswith("Сервер просит ключ доступа")
        field.send_keys("wrong-wrong-wrong-wrong")
        WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".lint-summary").text.startswith("Ключ не подошёл"))
        field.clear()
        field.send_keys(token)
        WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".lint-summary").text == "Замечаний: 1.")
        browser.refresh()
        open_lint_page(browser, server)
        assert browser.find_element(By.ID, "lint-token").get_attribute("value") == token
        assert draft_value(browser) == "Секунду"
        WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".lint-summary").text == "Замечаний: 1.")
    finally:
        browser.execute_script("sessionStorage.clear()")
        server.stop()


def test_what_the_server_says_stays_text(browser, handbook):
    """A rule's message is the style's text: shown, never obeyed."""
    with open(os.path.join(handbook, "Styles", "ru-support", "zz.hostile.yml"), "w", encoding="utf-8") as rule:
        rule.write("extends: existence\nmessage: \"<img src=x onerror=window.__pwned=1>{match}\"\n"
                   "description: x\nlevel: suggestion\ntokens:\n  - зззкккщщщ\n")
    server = Server(handbook)
    try:
        open_lint_page(browser, server)
        paste(browser, "lint-draft", "зззкккщщщ")
        WebDriverWait(browser, 10).until(lambda b: finding_of(b, "zz.hostile") is not None)
        message = finding_of(browser, "zz.hostile").find_element(By.CSS_SELECTOR, ".lint-finding-message")
        assert message.text == "<img src=x onerror=window.__pwned=1>зззкккщщщ"
        assert browser.find_elements(By.CSS_SELECTOR, ".lint img") == []
        assert browser.execute_script("return window.__pwned === undefined")
    finally:
        browser.execute_script("sessionStorage.clear()")
        server.stop()


@pytest.mark.skipif(not SCREENSHOTS, reason="pictures only when HANDBOOK_SCREENSHOTS names a folder")
def test_screenshots(browser, server):
    try:
        for scheme in ("light", "dark"):
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for name, (width, height) in (("desktop", (1400, 900)), ("phone", (390, 844))):
                browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
                open_lint_page(browser, server)
                paste(browser, "lint-context", CONTEXT)
                paste(browser, "lint-draft", LADDER + " заказа, в связи с тем, что курьер ОПАЗДЫВАЕТ  на час")
                WebDriverWait(browser, 10).until(lambda b: finding_of(b, "style.kantselyarit") is not None)
                browser.execute_script("window.scrollTo(0, 0)")
                browser.save_screenshot(os.path.join(SCREENSHOTS, f"lint-{name}-{scheme}.png"))
                # Below the sticky top bar, which would cover what scrolls to the very top.
                browser.execute_script("document.querySelector('.lint-draft-field').scrollIntoView(); window.scrollBy(0, -80)")
                browser.save_screenshot(os.path.join(SCREENSHOTS, f"lint-{name}-{scheme}-draft.png"))
                browser.execute_script("document.querySelector('.lint-results').scrollIntoView(); window.scrollBy(0, -80)")
                browser.save_screenshot(os.path.join(SCREENSHOTS, f"lint-{name}-{scheme}-findings.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        browser.execute_script("sessionStorage.clear()")
