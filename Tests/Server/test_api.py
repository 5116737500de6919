"""The lint API over real HTTP: answers, errors, streaming, the token, CORS, and the OpenAPI
document checked against the real responses by schemathesis."""

import http.client
import json
import os
import socket
import subprocess
import time

import pytest

from serving import ROOT, Server

LADDER = {"context": ["Где мой заказ? Жду уже неделю"], "messages": ["Здравствуйте!", "Секунду", "Сейчас посмотрю"]}


def request(server, method, path, body=None, headers=None):
    host, port = server.host_port
    connection = http.client.HTTPConnection(host, port, timeout=10)
    if isinstance(body, (dict, list)):
        body = json.dumps(body, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def lint(server, body, headers=None):
    response, data = request(server, "POST", "/api/lint", body, headers)
    return response, json.loads(data)


def test_a_ladder_gets_its_finding_with_a_link_to_this_servers_rule_page(server):
    response, answer = lint(server, {"id": "ticket-7", **LADDER})
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/json; charset=utf-8"
    assert answer["id"] == "ticket-7"
    ladder = [finding for finding in answer["findings"] if finding["rule"] == "chat.ladder"]
    assert len(ladder) == 1
    assert ladder[0]["message_index"] == 1 and ladder[0]["match"] == "Секунду"
    host, port = server.host_port
    assert ladder[0]["link"] == f"http://{host}:{port}/rules/chat.ladder.html"
    page, html = request(server, "GET", "/rules/chat.ladder.html")
    assert page.status == 200 and "chat.ladder" in html.decode()


def test_the_same_findings_as_the_command_line(server):
    _, answer = lint(server, LADDER)
    command = subprocess.run(
        [os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook")), "lint", "--input", "json", "--format", "json", "--root", ROOT],
        input=json.dumps(LADDER), capture_output=True, text=True)
    expected = json.loads(command.stdout)["findings"]
    strip = lambda findings: [{key: value for key, value in finding.items() if key != "link"} for finding in findings]
    assert strip(answer["findings"]) == strip(expected)


def test_a_dialogue_as_text_places_findings_in_the_text(server):
    text = "клиент: Где заказ?\nагент: Добрый день!\nагент: Секунду"
    response, answer = lint(server, {"text": text})
    assert response.status == 200
    ladder = next(finding for finding in answer["findings"] if finding["rule"] == "chat.ladder")
    assert (ladder["input_line"], ladder["input_column"]) == (3, 8)
    assert "id" not in answer


@pytest.mark.parametrize("body, status, words", [
    (b'{"messages": ["a",]}', 400, "invalid JSON"),
    (b'{"context": []}', 400, "'messages' is missing"),
    (b'{"messages": "one"}', 400, "wrong type"),
    (b'\xff\xfe', 400, "UTF-8"),
    (b'', 400, "JSON"),
])
def test_a_bad_body_is_400_with_a_message(server, body, status, words):
    response, data = request(server, "POST", "/api/lint", body, {"Content-Type": "application/json"})
    assert response.status == status
    error = json.loads(data)["error"]
    assert words in error["message"]


def test_bad_json_says_line_and_column(server):
    response, data = request(server, "POST", "/api/lint", b'{\n  "messages": [\n    "a" "b"\n  ]\n}', {"Content-Type": "application/json"})
    assert response.status == 400
    assert json.loads(data)["error"] | {} == {"message": json.loads(data)["error"]["message"], "line": 3, "column": 9}


def test_a_body_over_one_megabyte_is_413(server):
    body = json.dumps({"messages": ["а" * (600 * 1024)]}).encode()
    response, data = request(server, "POST", "/api/lint", body, {"Content-Type": "application/json"})
    assert response.status == 413
    assert "larger than" in json.loads(data)["error"]["message"]


def test_a_body_that_only_grows_past_the_limit_while_sent_is_413(server):
    host, port = server.host_port
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"a" * 65536
        try:
            for _ in range(20):
                connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded", "application/jsonx"])
def test_other_content_types_are_415(server, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response, data = request(server, "POST", "/api/lint", json.dumps(LADDER).encode(), headers)
    assert response.status == 415
    assert "application/json" in json.loads(data)["error"]["message"]


def test_charset_parameter_is_accepted(server):
    response, _ = request(server, "POST", "/api/lint", json.dumps(LADDER).encode(), {"Content-Type": "Application/JSON; charset=utf-8"})
    assert response.status == 200


@pytest.mark.parametrize("method, path, allowed", [
    ("GET", "/api/lint", "POST, OPTIONS"),
    ("PUT", "/api/lint/batch", "POST, OPTIONS"),
    ("POST", "/api/rules", "GET, HEAD, OPTIONS"),
    ("DELETE", "/healthz", "GET, HEAD, OPTIONS"),
    ("POST", "/index.html", "GET, HEAD, OPTIONS"),
])
def test_a_wrong_method_is_405_with_allow(server, method, path, allowed):
    response, data = request(server, method, path)
    assert response.status == 405
    assert response.getheader("Allow") == allowed
    assert "is not answered here" in json.loads(data)["error"]["message"]


def test_unknown_api_paths_are_404_json(server):
    response, data = request(server, "GET", "/api/nothing")
    assert response.status == 404
    assert json.loads(data)["error"]["message"].startswith("nothing at /api/nothing")


def test_rules_health_and_openapi(server):
    response, data = request(server, "GET", "/api/rules")
    rules = json.loads(data)
    assert response.status == 200 and rules["style"] == "ru-support"
    assert {"id": "chat.ladder", "level": "warning"}.items() <= next(rule for rule in rules["rules"] if rule["id"] == "chat.ladder").items()
    response, data = request(server, "GET", "/healthz")
    assert response.status == 200 and json.loads(data) == {"status": "ok", "version": 1, "errors": 0, "lint": True}
    response, data = request(server, "GET", "/api/openapi.yaml")
    with open(os.path.join(ROOT, "Sources", "HandbookServer", "openapi.yaml"), "rb") as document:
        assert response.status == 200 and data == document.read()
    response, data = request(server, "HEAD", "/api/rules")
    assert response.status == 200 and data == b"" and int(response.getheader("Content-Length")) > 100


def test_a_batch_answers_each_line_in_order_and_goes_on_past_a_bad_one(server):
    lines = [{"id": "a", "messages": ["Секунду"]}, "not json", {"id": 3, "context": ["Где?"], "messages": ["Заказ приедет завтра до 18:00."]}]
    body = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n"
    response, data = request(server, "POST", "/api/lint/batch", body.encode(), {"Content-Type": "application/x-ndjson"})
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/x-ndjson; charset=utf-8"
    answers = [json.loads(line) for line in data.decode().splitlines()]
    assert [answer["id"] for answer in answers] == ["a", None, "3"]
    assert any(finding["rule"] == "promise.no-eta" for finding in answers[0]["findings"])
    assert answers[1]["error"].startswith("request:2:1: error: invalid JSON")
    assert answers[2]["findings"] == []


def test_a_batch_is_answered_as_it_is_read(server):
    """The first answer comes back while the client has not finished sending."""
    host, port = server.host_port
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(b"POST /api/lint/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
        line = json.dumps({"id": "first", "messages": ["Секунду"]}).encode() + b"\n"
        connection.sendall(b"%x\r\n%s\r\n" % (len(line), line))
        received = b""
        deadline = time.monotonic() + 5
        while b'"first"' not in received and time.monotonic() < deadline:
            received += connection.recv(65536)
        assert b'"first"' in received
        connection.sendall(b"0\r\n\r\n")


def test_a_line_past_the_limit_is_an_error_line_not_the_end(server):
    body = json.dumps({"id": "big", "messages": ["а" * (1 << 20)]}) + "\n" + json.dumps({"id": "after", "messages": ["Заказ приедет завтра."]}) + "\n"
    response, data = request(server, "POST", "/api/lint/batch", body.encode(), {"Content-Type": "application/x-ndjson"})
    answers = [json.loads(line) for line in data.decode().splitlines()]
    assert response.status == 200 and len(answers) == 2
    assert "longer than 1024 KB" in answers[0]["error"] and answers[1]["id"] == "after"


def test_the_openapi_document_holds_against_the_real_server(server):
    folder = os.path.dirname(__file__)
    environment = {**os.environ, "SCHEMATHESIS_HOOKS": "schemathesis_hooks", "PYTHONPATH": folder}
    result = subprocess.run(
        ["schemathesis", "--config-file", os.path.join(folder, "schemathesis.toml"), "run", server.url + "api/openapi.yaml",
         "--max-examples", "60", "--seed", "1"],
        capture_output=True, text=True, env=environment, cwd=folder, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "No issues found" in result.stdout


def test_without_cors_no_origin_is_allowed(server):
    response, _ = request(server, "POST", "/api/lint", LADDER, {"Origin": "https://helpdesk.example.com"})
    assert response.status == 200 and response.getheader("Access-Control-Allow-Origin") is None


def test_cors_allows_the_one_origin_given(handbook):
    server = Server(handbook, "--cors", "https://helpdesk.example.com")
    try:
        response, _ = request(server, "POST", "/api/lint", LADDER, {"Origin": "https://helpdesk.example.com"})
        assert response.getheader("Access-Control-Allow-Origin") == "https://helpdesk.example.com"
        response, _ = request(server, "POST", "/api/lint", LADDER, {"Origin": "https://HELPDESK.example.com:443"})
        assert response.getheader("Access-Control-Allow-Origin") == "https://HELPDESK.example.com:443"
        response, _ = request(server, "POST", "/api/lint", LADDER, {"Origin": "https://evil.example.com"})
        assert response.getheader("Access-Control-Allow-Origin") is None and response.getheader("Vary") == "Origin"
        response, _ = request(server, "OPTIONS", "/api/lint", headers={
            "Origin": "https://helpdesk.example.com", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, authorization"})
        assert response.status == 204
        assert response.getheader("Access-Control-Allow-Methods") == "POST, OPTIONS"
        assert response.getheader("Access-Control-Allow-Headers") == "Content-Type, Authorization"
    finally:
        server.stop()


def test_a_token_file_guards_the_api_but_not_health_or_the_site(handbook, tmp_path):
    token = "0123456789abcdef0123456789abcdef"
    (tmp_path / "token").write_text(token + "\n")
    server = Server(handbook, "--token-file", str(tmp_path / "token"))
    try:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": token}, {"Authorization": "Bearer " + token + "x"}, {"Authorization": "Basic " + token}):
            response, data = request(server, "POST", "/api/lint", LADDER, headers)
            assert response.status == 401 and response.getheader("WWW-Authenticate") == "Bearer"
            assert "token" in json.loads(data)["error"]["message"]
        response, _ = request(server, "GET", "/api/rules")
        assert response.status == 401
        for scheme in ("Bearer ", "bearer ", "BEARER "):
            response, _ = request(server, "POST", "/api/lint", LADDER, {"Authorization": scheme + token})
            assert response.status == 200
        assert request(server, "GET", "/healthz")[0].status == 200
        assert request(server, "GET", "/")[0].status == 200
    finally:
        server.stop()


def test_a_short_token_is_refused_at_start(handbook, tmp_path):
    (tmp_path / "token").write_text("short")
    result = subprocess.run([os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook")), "serve", "--root", handbook,
                             "--port", "0", "--token-file", str(tmp_path / "token")], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "at least 16" in result.stderr


def test_a_taken_port_is_a_clear_error(server, handbook):
    _, port = server.host_port
    result = subprocess.run([os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook")), "serve", "--root", handbook,
                             "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is taken by another program" in result.stderr


@pytest.mark.parametrize("host", ["evil.example.com", "evil.example.com:8000", "127.0.0.1.evil.example.com", "[::2]"])
def test_on_loopback_only_loopback_names_are_answered(server, host):
    """A page of another site cannot point its name at 127.0.0.1 and read the server (DNS rebinding)."""
    for path in ("/", "/api/rules", "/healthz"):
        response, data = request(server, "GET", path, headers={"Host": host})
        assert response.status == 421, path
        assert "localhost and 127.0.0.1 only" in json.loads(data)["error"]["message"]
    _, port = server.host_port
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", "LOCALHOST"):
        assert request(server, "GET", "/healthz", headers={"Host": host})[0].status == 200, host


def test_rule_links_use_the_name_the_client_used(server):
    _, port = server.host_port
    _, answer = lint(server, LADDER, {"Host": f"localhost:{port}"})
    assert answer["findings"][0]["link"].startswith(f"http://localhost:{port}/rules/")


def test_too_many_messages_are_refused_by_number(server):
    response, answer = lint(server, {"messages": ["Секунду"] * 101})
    assert response.status == 400
    assert "101 messages" in answer["error"]["message"] and "at most 100" in answer["error"]["message"]
    body = json.dumps({"id": "many", "messages": ["Секунду"] * 101}) + "\n" + json.dumps({"id": "fine", "messages": ["Секунду"]}) + "\n"
    response, data = request(server, "POST", "/api/lint/batch", body.encode(), {"Content-Type": "application/x-ndjson"})
    answers = [json.loads(line) for line in data.decode().splitlines()]
    assert "at most 100" in answers[0]["error"] and answers[1]["id"] == "fine"


def test_a_compressed_body_is_415(server):
    response, data = request(server, "POST", "/api/lint", json.dumps(LADDER).encode(), {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert response.status == 415 and "uncompressed" in json.loads(data)["error"]["message"]


def test_options_on_an_unknown_api_path_is_404(server):
    assert request(server, "OPTIONS", "/api/nothing")[0].status == 404
    response, _ = request(server, "OPTIONS", "/api/rules")
    assert response.status == 204 and response.getheader("Allow") == "GET, HEAD, OPTIONS"


def test_a_request_the_parser_refuses_is_400_not_500(server):
    host, port = server.host_port
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                           b"ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n")
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 400")
