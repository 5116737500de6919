"""Fixtures of the server tests: a handbook to serve, a running server, and a browser."""

import os
import sys

import pytest

from serving import Server, copy_handbook

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import chromium  # noqa: E402


@pytest.fixture
def handbook(tmp_path):
    return copy_handbook(str(tmp_path / "handbook"))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One server for a module's tests that only read from it."""
    running = Server(copy_handbook(str(tmp_path_factory.mktemp("served") / "handbook")))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    driver = chromium.start()
    yield driver
    driver.quit()
