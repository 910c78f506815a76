#!/usr/bin/env python3
"""Writes fixtures/demo-province: eight made-up agency sites of one province, as a folder per
host (the layout `wget -m -H` writes and `oit demo` serves), the coordinator's sites.csv, and
expected.json: the status every item of every site was written to have.

    scripts/make-demo-province.py            # rewrites fixtures/demo-province

The sites differ on purpose: nearly complete and poor ones, two districts sharing the
www.amphoe.com host (told apart by their am/pv ids, as on the real platform), an LAO whose plans
are last year's, and one site that does not answer. Each item is written to come out as the
plan says: pass (a link named for it, of the right year), stale (last year's edition), broken
(a '#' link, a missing file, or a login page), or missing (no link at all). Run with a fixed
seed: the same script writes the same bytes.
"""
import json
import os
import random
import shutil
import sys

from oit_site_writer import ROOT, Site, build, page

OUT = os.path.join(ROOT, "fixtures", "demo-province")
FY = 2568

SITES = [
    # host, query ids (shared platform) or None, name, type, amphoe, quality (share passing), stale share
    ("www.amphoe.com", {"am": "9001", "pv": "90"}, "ที่ว่าการอำเภอเมืองสมมติ", "amphoe", "เมืองสมมติ", 0.93, 0.03),
    ("www.amphoe.com", {"am": "9002", "pv": "90"}, "ที่ว่าการอำเภอบ้านนา", "amphoe", "บ้านนา", 0.45, 0.15),
    ("www.amphoe-khaokhiao.go.th", None, "ที่ทำการปกครองอำเภอเขาเขียว", "amphoe", "เขาเขียว", 0.75, 0.1),
    ("www.khaosuay.go.th", None, "องค์การบริหารส่วนตำบลเขาสวย", "lao", "เมืองสมมติ", 1.0, 0.0),
    ("www.bangrak-city.go.th", None, "เทศบาลเมืองบางรัก", "lao", "เมืองสมมติ", 0.8, 0.05),
    ("www.nongbua-sao.go.th", None, "องค์การบริหารส่วนตำบลหนองบัว", "lao", "บ้านนา", 0.3, 0.1),
    ("www.thungthong.go.th", None, "เทศบาลตำบลทุ่งทอง", "lao", "เขาเขียว", 0.7, 0.25),
    ("www.phuthong.go.th", None, "องค์การบริหารส่วนตำบลภูทอง", "lao", "เขาเขียว", None, None),  # does not answer
]
FORMS = {"amphoe": "amphoe-2567", "lao": "nacc-2568"}


def write_site(host, ids, name, kind, quality, stale_share, rng):
    site = Site(host, ids, name, os.path.join(OUT, host))
    plan, nav, _ = build(site, FORMS[kind], quality, stale_share, rng, FY)
    # The home page: the first items only in a dropdown, and the hub.
    site.write(site.href("index.php") if ids else "/", page(name, f"{nav}<h1>{name}</h1><p>ยินดีต้อนรับ</p>"))
    site.save()
    return plan


def main():
    rng = random.Random(2568)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = ["name,url,type,amphoe,province"]
    expected = {}
    for host, ids, name, kind, amphoe, quality, stale in SITES:
        url = f"http://{host}/" + (("index.php?" + "&".join(f"{k}={v}" for k, v in ids.items())) if ids else "")
        rows.append(f"{name},{url},{kind},{amphoe},สมมติ")
        if quality is None:
            expected[url] = {"unreachable": True}
            continue
        plan = write_site(host, ids, name, kind, quality, stale, rng)
        expected[url] = {"checklist": FORMS[kind], "items": plan}
    with open(os.path.join(OUT, "sites.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"fiscal_year": FY, "sites": expected}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(SITES)} sites to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
