"""`handbook serve` as the server tests run it: on a copy of the bundled handbook, on a port the
system chooses, talked to over real HTTP on loopback."""

import os
import shutil
import subprocess
import threading

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("HANDBOOK_BIN", os.path.join(ROOT, ".build", "debug", "handbook"))


def copy_handbook(folder):
    """The repository's own handbook, copied so a test may edit it."""
    os.makedirs(folder, exist_ok=True)
    shutil.copy(os.path.join(ROOT, "handbook.yml"), folder)
    for part in ("Handbook", "Examples", "Styles"):
        shutil.copytree(os.path.join(ROOT, part), os.path.join(folder, part))
    return folder


class Server:
    """`handbook serve` as a user starts it; `url` is the address it prints."""

    def __init__(self, root, *arguments):
        self.root = root
        self.process = subprocess.Popen(
            [BINARY, "serve", "--root", root, "--port", "0", *arguments],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("Serving"):
            self.process.kill()
            raise AssertionError(f"the server did not start: {line!r} {self.process.stderr.read()}")
        self.url = line.split(" at ", 1)[1].split(" ", 1)[0]
        self.log = []
        # The server's messages are read as they come, so its pipe never fills.
        threading.Thread(target=lambda: self.log.extend(iter(self.process.stderr.readline, "")), daemon=True).start()

    @property
    def host_port(self):
        host, port = self.url.removeprefix("http://").rstrip("/").rsplit(":", 1)
        return host, int(port)

    def stop(self):
        self.process.terminate()
        try:
            return self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError("the server did not stop on SIGTERM within 10 s")
