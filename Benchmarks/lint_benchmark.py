#!/usr/bin/env python3
"""The linter's speed: the in-process benchmark (style load, one reply, 1 MB hostile drafts),
then N replies through `handbook lint --input jsonl --format jsonl` with peak memory.

Run from the repository root after a release build (`make bench-lint` does both)."""
import argparse, json, os, resource, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--replies", type=int, default=10000)
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

subprocess.run([".build/release/lint-benchmark", "."], check=True)

cases = [json.loads(line) for line in open("Tests/LintDevSet/cases.jsonl", encoding="utf-8")]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as bulk:
    for index in range(args.replies):
        case = cases[index % len(cases)]
        bulk.write(json.dumps({"id": f"r{index}", "context": case["context"], "messages": case["messages"]}, ensure_ascii=False) + "\n")
times = []
for _ in range(args.runs):
    with open(bulk.name, "rb") as stdin:
        start = time.perf_counter()
        result = subprocess.run([".build/release/handbook", "lint", "--input", "jsonl", "--format", "jsonl"],
                                stdin=stdin, stdout=subprocess.PIPE)
        times.append(time.perf_counter() - start)
    assert result.returncode in (0, 1), result.returncode
    assert result.stdout.count(b"\n") == args.replies
os.unlink(bulk.name)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
median = sorted(times)[len(times) // 2]
print(f"jsonl: {args.replies} replies (dev-set texts, style load included) in {median:.2f} s median of {args.runs}: "
      f"{args.replies / median:.0f} replies/s; peak memory {peak:.0f} MB")
