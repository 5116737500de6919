#!/usr/bin/env python3
"""Times `handbook serve` (release): how soon a one-chapter edit shows in an open page of the
1,000-page generated handbook, and the lint API under load from wrk.

Reload: a chapter's page is open in headless Chromium; the chapter is edited N times and each
time the delay from the file's write to the reloaded page's DOMContentLoaded is read from the
page's own clock (Chromium and this script share the system clock).

Load: wrk on loopback, 64 connections, 2 threads, a realistic 3-message draft with context, for
--seconds; wrk's latency percentiles and request rate, non-2xx answers and socket errors, and the
server's resident memory sampled every second of the run.

Usage: serve_benchmark.py [--pages 1000] [--edits 10] [--seconds 30] [--handbook .build/release/handbook] [--workdir DIR]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "Tests"))
from build_benchmark import generate  # noqa: E402

DRAFT = {
    "id": "ticket-1042",
    "context": ["Добрый день! Заказ 5521 должны были привезти вчера, но курьер так и не приехал. Где он?"],
    "messages": [
        "Здравствуйте! Сожалею, что заказ задержался.",
        "Проверила: посылка на складе в Подольске, курьер заберёт её сегодня и привезёт завтра с 10:00 до 14:00.",
        "Если время не подходит, напишите — перенесём доставку на удобный день.",
    ],
}


def start_server(binary, root):
    process = subprocess.Popen([binary, "serve", "--root", root, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    if not line.startswith("Serving"):
        process.kill()
        sys.exit(f"the server did not start: {line!r}")
    return process, line.split(" at ", 1)[1].split(" ", 1)[0]


def rss_megabytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def reload_latency(url, chapter, page, edits):
    import chromium
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    browser = chromium.start()
    delays = []
    try:
        browser.get(url + page)
        with open(chapter, encoding="utf-8") as file:
            original = file.read()
        for edit in range(edits):
            WebDriverWait(browser, 20).until(lambda b: b.execute_script("return document.documentElement.getAttribute('data-live-reload')") == "on")
            marker = f"Правка{edit}{int(time.time() * 1000)}"
            written = time.time()
            with open(chapter, "w", encoding="utf-8") as file:
                file.write(original + f"\n{marker}\n")
            WebDriverWait(browser, 20, poll_frequency=0.01, ignored_exceptions=(WebDriverException,)).until(
                lambda b: b.execute_script("const m = document.querySelector('main'); return !!m && m.textContent.includes(arguments[0]);", marker))
            loaded = browser.execute_script(
                "const n = performance.getEntriesByType('navigation')[0]; return performance.timeOrigin + n.domContentLoadedEventEnd;")
            delays.append(loaded - written * 1000)
            time.sleep(0.3)
        with open(chapter, "w", encoding="utf-8") as file:
            file.write(original)
    finally:
        browser.quit()
    return delays


def load(url, pid, seconds, connections):
    script = os.path.join(tempfile.mkdtemp(prefix="wrk-"), "post.lua")
    with open(script, "w") as file:
        body = json.dumps(DRAFT, ensure_ascii=False).replace("\\", "\\\\").replace('"', '\\"')
        file.write(f'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = "{body}"\n')
    samples = []
    done = threading.Event()

    def sample():
        while not done.wait(1.0):
            samples.append(rss_megabytes(pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    before = rss_megabytes(pid)
    result = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script, url + "api/lint"],
                            capture_output=True, text=True)
    done.set()
    sampler.join()
    return result.stdout, before, samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--handbook", default=".build/release/handbook")
    parser.add_argument("--workdir", help="where to generate the handbook (e.g. /dev/shm)")
    args = parser.parse_args()

    binary = os.path.abspath(args.handbook)
    work = tempfile.mkdtemp(prefix="handbook-serve-bench-", dir=args.workdir)
    try:
        root = os.path.join(work, "handbook")
        os.makedirs(root)
        files = generate(root, args.pages)
        shutil.copytree(os.path.join(HERE, "..", "Styles"), os.path.join(root, "Styles"))
        started = time.monotonic()
        process, url = start_server(binary, root)
        print(f"handbook serve: {args.pages} pages built and listening in {time.monotonic() - started:.2f} s at {url}")
        try:
            chapter = files[len(files) // 2]
            # Numbered names lose their numbers in the site: 03-razdel/05-glava.md → razdel/glava.html.
            parts = os.path.relpath(chapter, os.path.join(root, "Handbook")).split(os.sep)
            page = "/".join(part.split("-", 1)[1] if part[:2].isdigit() else part for part in parts).removesuffix(".md") + ".html"
            delays = reload_latency(url, chapter, page, args.edits)
            print(f"one-chapter edit → open page reloaded: median {statistics.median(delays):.0f} ms, "
                  f"max {max(delays):.0f} ms over {len(delays)} edits (target: under 300 ms)")

            output, before, samples = load(url, process.pid, args.seconds, args.connections)
            print(output.rstrip())
            if samples:
                print(f"server memory: {before:.0f} MB before, {samples[0]:.0f} MB after 1 s, {samples[-1]:.0f} MB at the end, "
                      f"{max(samples):.0f} MB at most over {len(samples)} samples")
        finally:
            process.terminate()
            process.wait(timeout=10)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
