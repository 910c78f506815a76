#!/usr/bin/env python3
"""Reads `oit batch` output folders of the benchmark province and prints what scripts/bench.sh
reports besides the peers' table.

    bench_report.py verdicts EARLY_DIR FULL_DIR PROVINCE   # early stop vs a full crawl, item by item
    bench_report.py bound DIR INTERVAL WALL_S              # batch wall vs the politeness bound
    bench_report.py run DIR TIME >> RUNS_FILE              # one run's "CPU seconds, pages read"
    bench_report.py cpu FULL_RUNS EARLY_RUNS XMLLINT_RUNS PAGES [FETCH_RUNS]
                                                           # CPU per page parsed, oit vs xmllint:
                                                           # medians over the runs, and their range
                                                           # (and curl fetching the same pages)
    bench_report.py instructions DIR VALGRIND_LOG NAME     # instructions callgrind counted, per page read
    bench_report.py fetchlist PROVINCE SITES_TXT > CURL_CONFIG
                                                           # every page of the province as served,
                                                           # for `curl --parallel -K`
"""
import statistics
import glob
import re
import json
import os
import sys


def reports(folder):
    """Site URL -> its JSON report."""
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "sites", "*.json"))):
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        out[report["site"]["url"]] = report
    return out


def statuses(report):
    return {item["code"]: item["status"] for item in report["items"]}


def site_folders(province):
    """Site URL -> the province's folder name, in the order serve-province.sh numbers them."""
    with open(os.path.join(province, "manifest.tsv"), encoding="utf-8") as f:
        folders = [line.split("\t")[0] for line in f if line.strip()]
    def ip(i):
        return f"127.0.{1 + i // 250}.{1 + i % 250}"
    return {f"http://{ip(i)}:8080/": folder for i, folder in enumerate(folders)}


def verdicts(early_dir, full_dir, province):
    early, full = reports(early_dir), reports(full_dir)
    with open(os.path.join(province, "expected.json"), encoding="utf-8") as f:
        planned = json.load(f)["sites"]
    folders = site_folders(province)
    differ, items, as_planned = [], 0, 0
    pages_early = pages_full = docs_early = docs_full = stopped = 0
    for url, report in full.items():
        other = early.get(url)
        if other is None:
            differ.append(f"{url}: no early-stop report")
            continue
        a, b = statuses(report), statuses(other)
        items += len(a)
        differ += [f"{url} {code}: full {a[code]}, early {b.get(code)}" for code in a if a[code] != b.get(code)]
        plan = planned.get(folders.get(url, ""), {}).get("items", {})
        as_planned += sum(plan.get(code) == status for code, status in a.items())
        pages_full += report["site"]["pages_read"]
        pages_early += other["site"]["pages_read"]
        docs_full += report["site"]["documents_checked"]
        docs_early += other["site"]["documents_checked"]
        stopped += bool(other["site"].get("stopped_early"))
    counts = {}
    for report in full.values():
        for status in statuses(report).values():
            counts[status] = counts.get(status, 0) + 1
    print(f"sites: {len(full)}; items: {items} ({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))})")
    print(f"full crawl (no early stop, no page or depth limit): {pages_full} pages, {docs_full} documents")
    print(f"early stop: {pages_early} pages, {docs_early} documents; {stopped} of {len(full)} sites stopped early")
    print(f"item statuses that differ between the two: {len(differ)}")
    for line in differ[:20]:
        print("  " + line)
    print(f"statuses as the generator planned them: {as_planned} of {items} "
          "(the rest: filler pages named like an item, found by both runs)")
    return 1 if differ else 0


def bound(folder, interval, per_host, wall):
    """The politeness bound: per host, requests x --interval / --per-host (each of a host's
    connections waits --interval between its requests), the largest over hosts."""
    interval, per_host, wall = float(interval), int(per_host), float(wall)
    worst_url, worst = None, 0
    total = 0
    for url, report in reports(folder).items():
        requests = report["site"]["pages_read"] + report["site"]["documents_checked"] + 1   # + robots.txt
        total += requests
        if requests > worst:
            worst_url, worst = url, requests
    limit = worst * interval / per_host
    print(f"requests (pages + documents + robots.txt, from the reports): {total}; busiest host {worst_url}: {worst}")
    print(f"politeness bound = {worst} x {interval} s / {per_host} = {limit:.1f} s; batch wall {wall:.1f} s; "
          f"ratio {wall / limit:.2f}")
    return 0


def seconds(line):
    """User + system seconds from a `/usr/bin/time -f "%e %U %S ..."` line."""
    values = [float(v) for v in line.split()]
    return values[1] + values[2]


def run(folder, timing):
    """One batch run as a line of RUNS_FILE: its CPU seconds and the pages it read."""
    with open(timing) as f:
        cpu_seconds = seconds(f.read())
    read = sum(r["site"]["pages_read"] for r in reports(folder).values())
    print(f"{cpu_seconds:.3f} {read}")
    return 0


def instructions(folder, valgrind_log, name):
    """The instructions callgrind counted in one batch run, per page it read."""
    with open(valgrind_log) as f:
        found = re.search(r"Collected : (\d+)", f.read())
    if not found:
        print(f"{name}: valgrind counted nothing (see {valgrind_log})", file=sys.stderr)
        return 1
    count = int(found.group(1))
    sites = reports(folder).values()
    pages = sum(r["site"]["pages_read"] for r in sites)
    documents = sum(r["site"]["documents_checked"] for r in sites)
    print(f"{name}: {count / 1e9:.2f} billion instructions, {pages} pages read, {documents} documents: "
          f"{count / pages / 1e6:.2f} million a page read")
    return 0


def fetchlist(province, sites_txt):
    """A curl config fetching every HTML page of the province from where serve-province.sh serves
    it (site N of manifest.tsv at line N of sites.txt), bodies thrown away."""
    with open(sites_txt) as f:
        bases = [line.strip() for line in f if line.strip()]
    with open(os.path.join(province, "manifest.tsv"), encoding="utf-8") as f:
        folders = [line.split("\t")[0] for line in f if line.strip()]
    for folder, base in zip(folders, bases):
        root = os.path.join(province, folder)
        for path in sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True)):
            print(f'url = "{base}{os.path.relpath(path, root)}"\noutput = "/dev/null"')
    return 0


def cpu(full_runs, early_runs, xmllint_runs, pages, fetch_runs=None):
    """CPU seconds per page parsed: oit's whole run (fetching, parsing, classifying, judging,
    reports) over the pages it read, next to xmllint's parse of every page of the province.
    Medians over the runs (the machine is shared: single runs vary by a tenth or more)."""
    def per_page(path, pages=None):
        with open(path) as f:
            rows = [line.split() for line in f if line.strip()]
        if pages is None:
            return [float(cpu) / int(read) for cpu, read in rows], [int(read) for _, read in rows]
        return [seconds(" ".join(row)) / int(pages) for row in rows], [int(pages)] * len(rows)
    def ms(values):
        return f"{1000 * statistics.median(values):.2f} ms (runs {1000 * min(values):.2f}-{1000 * max(values):.2f})"
    xmllint, _ = per_page(xmllint_runs, pages)
    print(f"xmllint --html --noout, {pages} pages, 1 process at a time, {len(xmllint)} runs: {ms(xmllint)} CPU per page")
    base = statistics.median(xmllint)
    if fetch_runs:
        fetch, _ = per_page(fetch_runs, pages)
        print(f"curl fetching the same pages from nginx (one process, 16 at a time, bodies thrown away), "
              f"{len(fetch)} runs: {ms(fetch)} CPU per page ({statistics.median(fetch) / base:.2f} x xmllint)")
    for name, path in (("full crawl", full_runs), ("early stop", early_runs)):
        values, read = per_page(path)
        # Each run against the xmllint run of the same round (the VM's speed drifts between rounds).
        paired = [value / lint for value, lint in zip(values, xmllint)]
        print(f"oit batch, {name}, {len(values)} runs: {statistics.median(read)} pages read, {ms(values)} CPU per "
              f"page read ({statistics.median(values) / base:.1f} x xmllint; each run against the xmllint run "
              f"of its round: {min(paired):.2f}-{max(paired):.2f}, median {statistics.median(paired):.2f})")
    return 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    sys.exit({"verdicts": verdicts, "bound": bound, "run": run, "cpu": cpu, "instructions": instructions,
              "fetchlist": fetchlist}[command](*args))
