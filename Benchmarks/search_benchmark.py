#!/usr/bin/env python3
"""Times the site's search in headless Chromium on the generated N-page handbook, opened from
file:// as a reader would, and weighs what search adds to the site.

Query time is read from the page's own clock: performance.now() around handbookSearch.run(query),
which stems the query, looks it up, ranks the sections and renders the list of results; each
query runs once cold (its postings not yet decoded), then --runs times. Snippets come from the pages' shards, which
load as scripts after the list shows; the time until every shown result has its snippet is given
apart. Sizes: the index every reader loads (search/index.js), the shards (search/text/), and the
site's text: the UTF-8 bytes of the visible text of every indexed page (the sections' texts as the
shards hold them, the pages' and the headings' titles).

Usage: search_benchmark.py [--pages 1000] [--runs 20] [--handbook .build/release/handbook] [--site DIR]
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "Tests"))
from build_benchmark import generate  # noqa: E402
import chromium  # noqa: E402

# Words of the generated text in other forms than written, two words, a word being typed, a
# common word and one no page has.
QUERIES = ["клиенту", "возвратов", "сроки доставки", "курьером", "компенс", "поддержки", "правилам примера", "зюзюка"]


def sizes(site):
    """The index, the shards and the site's text, in bytes."""
    index_bytes = os.path.getsize(os.path.join(site, "search", "index.js"))
    with open(os.path.join(site, "search", "index.js"), encoding="utf-8") as script:
        text = script.read()
    index = json.loads(text[len("handbookSearch.addIndex("):-len(");\n")])
    titles = sum(len(page[2].encode()) for page in index["pages"])
    titles += sum(len(section[0].encode()) for section in index["sections"] if section[0] != 0)
    shards, texts = [], 0
    for path in glob.glob(os.path.join(site, "search", "text", "**", "*.js"), recursive=True):
        shards.append(os.path.getsize(path))
        with open(path, encoding="utf-8") as shard:
            content = shard.read()
        texts += sum(len(part.encode()) for part in json.loads(content[content.index(",[") + 1:-len(");\n")]))
    return index_bytes, shards, texts + titles, len(index["sections"])


def time_queries(site, runs):
    browser = chromium.start()
    try:
        browser.get("file://" + os.path.join(site, "index.html"))
        browser.find_element("css selector", ".search-input").click()
        browser.execute_async_script("""
            const done = arguments[arguments.length - 1];
            (function wait() { handbookSearch.ready() ? done() : setTimeout(wait, 10); })();""")
        results = {}
        for query in QUERIES:
            # First, cold: the query's postings not yet decoded, its pages' shards not yet loaded.
            snippets = browser.execute_async_script("""
                const query = arguments[0], done = arguments[arguments.length - 1];
                const started = performance.now();
                const found = handbookSearch.run(query);
                const listed = performance.now() - started;
                (function wait() {
                    const items = document.querySelectorAll('.search-snippet');
                    if ([...items].every(item => item.childNodes.length > 0)) done([listed, performance.now() - started, items.length, found]);
                    else setTimeout(wait, 1);
                })();""", query)
            timings = browser.execute_script("""
                const query = arguments[0], runs = arguments[1], times = [];
                for (let run = 0; run < runs; run++) {
                    const started = performance.now();
                    handbookSearch.run(query);
                    times.push(performance.now() - started);
                }
                return times;""", query, runs)
            results[query] = (timings, snippets)
        return results
    finally:
        browser.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--handbook", default=".build/release/handbook")
    parser.add_argument("--site", help="time this built site instead of generating one")
    args = parser.parse_args()

    work = None
    try:
        if args.site:
            site = os.path.abspath(args.site)
        else:
            work = tempfile.mkdtemp(prefix="handbook-search-bench-")
            root = os.path.join(work, "handbook")
            os.makedirs(root)
            generate(root, args.pages)
            subprocess.run([os.path.abspath(args.handbook), "build", "--no-epub"], cwd=root, check=True, capture_output=True)
            site = os.path.join(root, "site")
        index_bytes, shards, text_bytes, sections = sizes(site)
        print(f"site's text      : {text_bytes / 1e3:9.1f} kB in {sections} sections")
        print(f"search/index.js  : {index_bytes / 1e3:9.1f} kB  ({index_bytes / text_bytes:.0%} of the text; limit 30%)")
        print(f"search/text/*.js : {sum(shards) / 1e3:9.1f} kB in {len(shards)} shards, largest {max(shards) / 1e3:.1f} kB, "
              f"median {statistics.median(shards) / 1e3:.1f} kB")
        everything = []
        for query, (timings, (cold, snippets, shown, found)) in time_queries(site, args.runs).items():
            everything += timings + [cold]
            print(f"{query!r:22} {found:5} found  first {cold:6.2f} ms, then median {statistics.median(timings):6.2f} ms, "
                  f"max {max(timings):6.2f} ms; with the {shown} snippets loaded: {snippets:6.1f} ms")
        print(f"all queries: median {statistics.median(everything):.2f} ms, max {max(everything):.2f} ms (target: under 50 ms)")
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
