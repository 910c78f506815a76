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

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return yaml.safe_load(f)


CONCEPTS = {c["id"]: c for c in load("checklists/concepts.yaml")["concepts"]}


def years(period, fresh):
    """The year (as written in a label) that meets the period, or the one before it."""
    if period in ("none", None):
        return ""
    if period == "multi-year-including-current":
        return "พ.ศ. 2566-2570" if fresh else "พ.ศ. 2561-2565"
    if period == "previous-fy":
        return str(FY - 1 if fresh else FY - 2)
    return str(FY if fresh else FY - 1)


def pdf(title, created):
    return ("%PDF-1.4\n1 0 obj << /Title (" + title + ") /CreationDate (D:" + created
            + "090000+07'00') >>\nendobj\ntrailer << /Info 1 0 R >>\n%%EOF\n")


def page(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"th\">\n<head><meta charset=\"utf-8\"><title>" + title
            + "</title></head>\n<body>\n" + body + "\n</body>\n</html>\n")


class Site:
    def __init__(self, host, ids, name):
        self.host, self.ids, self.name = host, ids, name
        self.folder = os.path.join(OUT, host)
        self.files = {}

    def href(self, path, **extra):
        """A site-relative address; on the shared host every address carries the site's ids."""
        if not self.ids:
            return "/" + path
        query = "&".join(f"{k}={v}" for k, v in {**self.ids, **extra}.items())
        return "/" + (path or "index.php") + "?" + query

    def write(self, href, content):
        path = href.lstrip("/")
        if not path or path.endswith("/"):
            path += "index.html"
        self.files[path] = content


def build(host, ids, name, kind, quality, stale_share, rng):
    form = load(f"checklists/forms/{FORMS[kind]}.yaml")
    site = Site(host, ids, name)
    plan = {}
    hub_items, menu = [], []
    statuses = []
    for item in form["items"]:
        roll = rng.random()
        if roll < quality:
            status = "stale" if item.get("period", "none") != "none" and rng.random() < stale_share else "pass"
        else:
            status = rng.choice(["missing", "missing", "broken"])
        statuses.append(status)
    for index, item in enumerate(form["items"]):
        code, status, period = item["code"], statuses[index], item.get("period", "none")
        plan[code] = status
        if status == "missing":
            continue
        concepts = item["concepts"] if item.get("match") == "all" else item["concepts"][:1]
        links = []
        for number, concept in enumerate(concepts):
            label = CONCEPTS[concept]["th"]
            year = years(period, status != "stale")
            stem = f"{code.lower()}-{number}"
            if status == "broken":
                kind_of_break = ["#", "gone", "login"][(index + number) % 3]
                if kind_of_break == "#":
                    links.append(("#", label))
                elif kind_of_break == "gone":
                    links.append((site.href(f"files/{stem}-gone.pdf"), label))
                else:
                    target = site.href("login.php", page=stem) if ids else f"/{stem}.php"
                    site.write(target, page("เข้าสู่ระบบ", "<h1>เข้าสู่ระบบเจ้าหน้าที่</h1><form method=\"post\">"
                               "<input name=\"u\"><input type=\"password\" name=\"p\"><button>เข้าสู่ระบบ</button></form>"))
                    links.append((target, label))
                continue
            if concept == "social-network":
                links.append((f"https://www.facebook.com/{host.split('.')[1]}{ids['am'] if ids else ''}", "Facebook"))
                continue
            if period == "none":
                target = site.href("page.php", page=stem) if ids else f"/{stem}.html"
                site.write(target, page(f"{label} - {name}", f"<h1>{label}</h1><p>{name}</p>"))
                links.append((target, label))
            else:
                target = site.href(f"files/{stem}.pdf")
                created = f"{FY - 544 if status == 'pass' else FY - 545}1101"  # Christian year, 1 Nov
                # Half the yearly documents carry their year in the file name only, under a
                # heading, with a label that says nothing ("ดาวน์โหลด").
                if index % 2 == 1 and period in ("current-fy", "previous-fy", "first-half-current-fy"):
                    target = site.href(f"files/{code.lower()}-doc{number}-{year}.pdf")
                    site.write(target, pdf(stem, created))
                    links.append((target, "ดาวน์โหลด"))
                else:
                    site.write(target, pdf(stem, created))
                    links.append((target, f"{label} {year}".strip()))
        hub_items.append((code, item["title"], links))
        if index < 3:
            menu.extend(links)
    # An item is also answered by another item's link to one of its concepts (a No Gift Policy
    # link answers both items that accept it): the best status any of its concepts got.
    rank = {"pass": 0, "stale": 1, "broken": 2, "missing": 3}
    best = {}
    for index, item in enumerate(form["items"]):
        if statuses[index] != "missing":
            for concept in (item["concepts"] if item.get("match") == "all" else item["concepts"][:1]):
                if rank[statuses[index]] < rank[best.get(concept, "missing")]:
                    best[concept] = statuses[index]
    for item in form["items"]:
        if item.get("match") != "all":
            for concept in item["concepts"]:
                if rank[best.get(concept, "missing")] < rank[plan[item["code"]]]:
                    plan[item["code"]] = best[concept]
    # The hub page: one heading per item, its links under it.
    hub = [f"<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {FY}</h1>"]
    for code, title, links in hub_items:
        hub.append(f"<h3>{code} {title}</h3>")
        hub.append("<p>" + " ".join(f"<a href=\"{h}\">{t}</a>" for h, t in links) + "</p>")
    hub_href = site.href("index.php", page="ita") if ids else "/ita/"
    site.write(hub_href, page(f"ITA {FY} - {name}", "\n".join(hub)))
    # The home page: the first items only in a dropdown, and the hub.
    dropdown = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for h, t in menu)
    home = (f"<nav><ul><li class=\"dropdown\"><a href=\"#\" class=\"dropdown-toggle\">ข้อมูลพื้นฐาน</a>"
            f"<ul class=\"dropdown-menu\">{dropdown}</ul></li><li><a href=\"{hub_href}\">ITA {FY}</a></li></ul></nav>"
            f"<h1>{name}</h1><p>ยินดีต้อนรับ</p>")
    site.write(site.href("index.php") if ids else "/", page(name, home))
    return site, plan


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
        site, plan = build(host, ids, name, kind, quality, stale, rng)
        for path, content in site.files.items():
            full = os.path.join(site.folder, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(content)
        expected[url] = {"checklist": FORMS[kind], "items": plan}
    with open(os.path.join(OUT, "sites.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"fiscal_year": FY, "sites": expected}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(SITES)} sites to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
