#!/usr/bin/env python3
"""The linter's speed: the in-process benchmark (style load, one reply, the dev set on one
thread, 1 MB hostile drafts), then the CLI as agents and CI jobs run it: N replies through
`handbook lint --input jsonl --format jsonl`, one reply per process, and a 1 MB hostile draft
with every output format, each with its peak memory.

Run from the repository root after a release build (`make bench-lint` does both)."""
import argparse, json, os, subprocess, tempfile, time

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--replies", type=int, default=10000)
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()
HANDBOOK = ".build/release/handbook"


def run(arguments, stdin_path):
    """Wall time, peak memory in MB and output size of one handbook run."""
    with open(stdin_path, "rb") as stdin, tempfile.TemporaryFile() as stdout:
        start = time.perf_counter()
        process = subprocess.Popen([HANDBOOK] + arguments, stdin=stdin, stdout=stdout)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        assert os.waitstatus_to_exitcode(status) in (0, 1), status
        return elapsed, usage.ru_maxrss / 1024, stdout.seek(0, os.SEEK_END)


def median_run(arguments, stdin_path, runs):
    results = sorted((run(arguments, stdin_path) for _ in range(runs)), key=lambda result: result[0])
    return results[len(results) // 2]


subprocess.run([".build/release/lint-benchmark", "."], check=True)

cases = [json.loads(line) for line in open("Tests/LintDevSet/cases.jsonl", encoding="utf-8")]
with tempfile.TemporaryDirectory() as folder:
    bulk = os.path.join(folder, "bulk.jsonl")
    with open(bulk, "w", encoding="utf-8") as out:
        for index in range(args.replies):
            case = cases[index % len(cases)]
            out.write(json.dumps({"id": f"r{index}", "context": case["context"], "messages": case["messages"]}, ensure_ascii=False) + "\n")
    seconds, peak, size = median_run(["lint", "--input", "jsonl", "--format", "jsonl"], bulk, args.runs)
    print(f"CLI jsonl: {args.replies} replies (dev-set texts, style load included) in {seconds:.2f} s median of {args.runs}: "
          f"{args.replies / seconds:.0f} replies/s; peak memory {peak:.0f} MB")

    reply = os.path.join(folder, "reply.txt")
    with open(reply, "w", encoding="utf-8") as out:
        out.write("клиент: Где мой заказ 4471?\nагент: Здравствуйте! Данный заказ придёт в ближайшее время.\n")
    seconds, peak, _ = median_run(["lint"], reply, 11)
    print(f"CLI one reply per process (style load included): {seconds * 1000:.0f} ms median of 11; peak memory {peak:.0f} MB")

    hostile = os.path.join(folder, "hostile.txt")
    with open(hostile, "w", encoding="utf-8") as out:
        out.write("!!! " * (1 << 18))
    for output in ("json", "text"):
        seconds, peak, size = median_run(["lint", "--format", output], hostile, 3)
        print(f"CLI 1 MB of '!!! ' (262,144 findings) as {output}: {seconds:.2f} s, {size >> 20} MB written; peak memory {peak:.0f} MB")
