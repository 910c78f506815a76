#!/usr/bin/env python3
"""The benchmark province of ../shared/bench with OIT items in it: runs the shared generator
(gen-province.py: N sites x M pages of Thai filler, menus, PDFs, broken and external links), then
gives every site what a checker looks for: an ITA hub page linked from the home page's menu, with
each item of the site's form written to come out pass, stale, broken or missing (the item plan of
scripts/oit_site_writer.py, as in the demo province), so early stopping can be checked against a
full crawl on sites that are neither all-pass nor empty.

    scripts/gen-bench-province.py OUT [--sites 40] [--pages 150] [--seed 2567] [--fiscal-year 2569]

Writes what the shared generator writes (manifest.tsv, manifest.json; urls_expected now counts the
OIT pages and files too) and expected.json: the planned status of every item of every site.
The same arguments give the same bytes.
"""
import argparse
import importlib.util
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oit_site_writer import ROOT, Site, build  # noqa: E402

# The form `oit batch` picks for each type the shared generator writes (the library's defaults).
FORMS = {"district_office": "amphoe-2567"}
DEFAULT_FORM = "nacc-2568"
# Share of items that pass, per site in turn: complete sites stop as soon as every item passes,
# the others only when the crawl has nothing more to say.
QUALITIES = [1.0, 0.9, 0.75, 1.0, 0.5, 0.3, 0.95, 0.85]


def shared_generator(shared):
    path = os.path.join(shared, "bench", "gen-province.py")
    spec = importlib.util.spec_from_file_location("gen_province", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return path, module


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--sites", type=int, default=40)
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--seed", type=int, default=2567)
    ap.add_argument("--fiscal-year", type=int, default=2569)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = ap.parse_args()
    path, generator = shared_generator(args.shared)
    sys.argv = [path, args.outdir, "--sites", str(args.sites), "--pages", str(args.pages), "--seed", str(args.seed)]
    generator.main()

    with open(os.path.join(args.outdir, "manifest.json")) as f:
        manifest = json.load(f)
    expected, oit_urls = {}, 0
    with open(os.path.join(args.outdir, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for index, (folder, name, kind) in enumerate(rows):
        rng = random.Random(f"{args.seed}/oit/{index}")
        quality = QUALITIES[index % len(QUALITIES)]
        site = Site(f"site{index + 1}.example", None, name, os.path.join(args.outdir, folder))
        form = FORMS.get(kind, DEFAULT_FORM)
        plan, nav, _ = build(site, form, quality, 0.1, rng, args.fiscal_year)
        site.save()
        # The hub and the first items join the home page's menu.
        home = os.path.join(site.folder, "index.html")
        with open(home, encoding="utf-8") as f:
            html = f.read()
        html = html.replace("<div class='main'>", "<div class='main'>" + nav, 1)
        with open(home, "w", encoding="utf-8") as f:
            f.write(html)
        links = {h for h in _hrefs(site.files.get("ita/index.html", "")) if h.startswith("/")}
        oit_urls += 1 + len(links)
        expected[folder] = {"checklist": form, "quality": quality, "items": plan}
    manifest["urls_expected"] += oit_urls
    manifest["oit"] = {"fiscal_year": args.fiscal_year, "urls": oit_urls,
                       "items": sum(len(s["items"]) for s in expected.values()),
                       "passing": sum(v == "pass" for s in expected.values() for v in s["items"].values())}
    with open(os.path.join(args.outdir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    with open(os.path.join(args.outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"fiscal_year": args.fiscal_year, "sites": expected}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps(manifest["oit"]), file=sys.stderr)


def _hrefs(html):
    return re.findall(r'href="([^"]+)"', html)


if __name__ == "__main__":
    main()
