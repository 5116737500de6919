"""The site as the server sends it: the pages of `handbook build`, with the live-reload script,
folder addresses, revalidation, HEAD and 404."""

import http.client
import os
import subprocess
import time

from serving import BINARY, Server


def fetch(server, method, path, headers=None):
    host, port = server.host_port
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_the_pages_are_those_of_a_build_with_the_live_reload_script(server):
    subprocess.run([BINARY, "build", "--no-epub", "--root", server.root], check=True, capture_output=True)
    built = os.path.join(server.root, "site")
    for page in ("index.html", "how-to-use.html", "rules/chat.ladder.html", "assets/style.css"):
        response, body = fetch(server, "GET", "/" + page)
        with open(os.path.join(built, page), "rb") as file:
            expected = file.read()
        assert response.status == 200, page
        if page.endswith(".html"):
            tag = b'<script src="%s_handbook/live.js" data-version="1" defer></script>\n' % (b"../" * page.count("/"))
            assert body == expected.replace(b"</body>", tag + b"</body>"), page
        else:
            assert body == expected, page


def test_folders_and_content_types(server):
    response, body = fetch(server, "GET", "/")
    assert response.status == 200 and response.getheader("Content-Type") == "text/html; charset=utf-8" and b"<html" in body
    response, _ = fetch(server, "GET", "/rules")
    assert response.status == 302 and response.getheader("Location") == "rules/"
    response, _ = fetch(server, "GET", "/rules/")
    assert response.status == 200
    response, _ = fetch(server, "GET", "/assets/style.css")
    assert response.getheader("Content-Type") == "text/css; charset=utf-8"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    response, body = fetch(server, "GET", "/no-such-page.html")
    assert response.status == 404 and b"no-such-page.html" in body


def test_an_unchanged_file_is_not_sent_again(server):
    response, body = fetch(server, "GET", "/assets/style.css")
    tag = response.getheader("ETag")
    assert tag and response.getheader("Cache-Control") == "no-cache"
    response, body = fetch(server, "GET", "/assets/style.css", {"If-None-Match": tag})
    assert response.status == 304 and body == b""
    response, _ = fetch(server, "GET", "/assets/style.css", {"If-None-Match": '"other", ' + tag})
    assert response.status == 304
    response, _ = fetch(server, "GET", "/assets/style.css", {"If-None-Match": '"other"'})
    assert response.status == 200


def test_head_has_the_length_and_no_body(server):
    full, body = fetch(server, "GET", "/how-to-use.html")
    response, empty = fetch(server, "HEAD", "/how-to-use.html")
    assert response.status == 200 and empty == b""
    assert int(response.getheader("Content-Length")) == len(body)
    assert response.getheader("ETag") == full.getheader("ETag")


def test_a_handbook_that_never_built_shows_its_errors_until_it_builds(handbook):
    chapter = os.path.join(handbook, "Handbook", "01-how-to-use.md")
    with open(chapter, encoding="utf-8") as file:
        original = file.read()
    with open(chapter, "w", encoding="utf-8") as file:
        file.write("---\ntitle: [<script>alert(1)</script>\n---\n")
    server = Server(handbook)
    try:
        response, body = fetch(server, "GET", "/")
        assert response.status == 503
        assert "Руководство ещё не собирается" in body.decode() and "Handbook/01-how-to-use.md:" in body.decode()
        assert b"<script>alert" not in body
        with open(chapter, "w", encoding="utf-8") as file:
            file.write(original)
        deadline = time.monotonic() + 10
        while fetch(server, "GET", "/")[0].status != 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fetch(server, "GET", "/")[0].status == 200
    finally:
        server.stop()
