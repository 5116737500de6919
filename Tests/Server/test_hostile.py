"""The server under hostile input: nothing outside the site is served, no folder is listed,
and garbage, slow clients, huge heads and dropped connections leave it answering."""

import http.client
import json
import os
import socket
import threading
import time

import pytest

from serving import Server, copy_handbook


def get(server, path):
    host, port = server.host_port
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def raw(server, data, wait=2.0):
    """Sends bytes as they are; returns what came back before the server closed or `wait` passed."""
    with socket.create_connection(server.host_port, timeout=wait) as connection:
        connection.sendall(data)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except (socket.timeout, ConnectionResetError):
            pass
        return received


def still_up(server):
    status, body = get(server, "/healthz")
    return status == 200 and json.loads(body)["status"] == "ok"


@pytest.mark.parametrize("path", [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "//etc/passwd",
    "/..%2f..%2fetc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd", "/etc/passwd",
    "/handbook.yml", "/Handbook/01-how-to-use.md", "/../handbook.yml", "/%2e%2e/handbook.yml", "/index.html%00.md",
    "/..\\..\\etc\\passwd", "/%c0%ae%c0%ae/etc/passwd",
])
def test_nothing_outside_the_site_is_served(server, path):
    status, body = get(server, path)
    assert status in (400, 404)
    assert b"root:" not in body and b"title:" not in body


def test_a_symbolic_link_out_of_the_handbook_is_not_served(tmp_path):
    root = copy_handbook(str(tmp_path / "handbook"))
    os.symlink("/etc/passwd", os.path.join(root, "Handbook", "passwd.txt"))
    os.symlink("/etc", os.path.join(root, "Handbook", "etc"))
    server = Server(root)
    try:
        for path in ("/media/passwd.txt", "/passwd.txt", "/media/etc/passwd", "/etc/passwd"):
            status, body = get(server, path)
            assert status == 404 and b"root:" not in body
    finally:
        server.stop()


@pytest.mark.parametrize("folder", ["/assets/", "/rules/../assets/", "/media/"])
def test_no_folder_is_listed(server, folder):
    status, body = get(server, folder)
    assert status == 404
    assert b"style.css" not in body


def test_garbage_gets_no_crash(server):
    for data in (b"\x00\xff\xfe garbage\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"POST /api/lint HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
                 b"GET /" + b"a" * 100000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", os.urandom(4096), b"\r\n" * 1000):
        answer = raw(server, data)
        assert answer == b"" or answer.startswith(b"HTTP/1.1 4"), answer[:80]
        assert still_up(server)


def test_a_huge_head_is_refused(server):
    answer = raw(server, b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + b"a" * (70 * 1024) + b"\r\n\r\n")
    assert answer == b"" or answer.startswith(b"HTTP/1.1 4")
    many = b"".join(b"X-H%d: 1\r\n" % index for index in range(500))
    answer = raw(server, b"GET / HTTP/1.1\r\nHost: localhost\r\n" + many + b"\r\n")
    assert answer == b"" or answer.startswith(b"HTTP/1.1 4")
    assert still_up(server)


def test_slow_clients_do_not_hold_up_others(server):
    sockets = []
    try:
        for _ in range(50):
            connection = socket.create_connection(server.host_port, timeout=5)
            connection.sendall(b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"mess")
            sockets.append(connection)
        for _ in range(50):
            connection = socket.create_connection(server.host_port, timeout=5)
            connection.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
            sockets.append(connection)
        started = time.monotonic()
        assert still_up(server)
        assert time.monotonic() - started < 2
    finally:
        for connection in sockets:
            connection.close()


def test_dropped_connections_leave_it_answering(server):
    for data in (b"POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"messages\": [\"",
                 b"POST /api/lint/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\n{\"messages\": [\"Wait\"]}\n",
                 b"GET /_handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n", b"GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n"):
        connection = socket.create_connection(server.host_port, timeout=5)
        connection.sendall(data)
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        connection.close()
    time.sleep(0.2)
    assert still_up(server)


def first_event(connection):
    received = b""
    while b"event: site" not in received:
        chunk = connection.recv(4096)
        if not chunk:
            break
        received += chunk
    return received


def test_many_event_streams_that_go_away_are_let_go(server):
    answers = []

    def open_and_drop():
        with socket.create_connection(server.host_port, timeout=5) as connection:
            connection.sendall(b"GET /_handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            answers.append(first_event(connection))
    threads = [threading.Thread(target=open_and_drop) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 40 and all(b"event: site" in answer for answer in answers)
    assert still_up(server)


def test_it_stops_on_sigterm_with_an_event_stream_open(handbook):
    server = Server(handbook)
    connection = socket.create_connection(server.host_port, timeout=5)
    connection.sendall(b"GET /_handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
    assert b"event: site" in first_event(connection)
    started = time.monotonic()
    assert server.stop() == 0
    assert time.monotonic() - started < 5
    connection.close()
