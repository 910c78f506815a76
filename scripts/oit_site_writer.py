"""Writes the OIT part of a made-up agency site: an item plan drawn from a form of the checklist
library, the files that make each item come out as planned (pass, stale, broken, missing), the
agency's ITA hub page, and the menu that leads to it. Used by make-demo-province.py (the demo
fixture) and gen-bench-province.py (the benchmark province); same rng state, same bytes.
"""
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return yaml.safe_load(f)


CONCEPTS = {c["id"]: c for c in load("checklists/concepts.yaml")["concepts"]}


def years(period, fresh, fy):
    """The year (as written in a label) that meets the period, or the one before it."""
    if period in ("none", None):
        return ""
    if period == "multi-year-including-current":
        return "พ.ศ. 2566-2570" if fresh else "พ.ศ. 2561-2565"
    if period == "previous-fy":
        return str(fy - 1 if fresh else fy - 2)
    return str(fy if fresh else fy - 1)


def pdf(title, created):
    return ("%PDF-1.4\n1 0 obj << /Title (" + title + ") /CreationDate (D:" + created
            + "090000+07'00') >>\nendobj\ntrailer << /Info 1 0 R >>\n%%EOF\n")


def page(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"th\">\n<head><meta charset=\"utf-8\"><title>" + title
            + "</title></head>\n<body>\n" + body + "\n</body>\n</html>\n")


class Site:
    def __init__(self, host, ids, name, folder):
        self.host, self.ids, self.name = host, ids, name
        self.folder = folder
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

    def save(self):
        for path, content in self.files.items():
            full = os.path.join(self.folder, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(content)


def build(site, form_name, quality, stale_share, rng, fy):
    """Plans every item of the form and writes its files, the hub and the menu into `site`.
    Returns (plan: item code -> status, nav: the menu's HTML, hub_href)."""
    form = load(f"checklists/forms/{form_name}.yaml")
    ids, name, host = site.ids, site.name, site.host
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
            year = years(period, status != "stale", fy)
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
                created = f"{fy - 544 if status == 'pass' else fy - 545}1101"  # Christian year, 1 Nov
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
    hub = [f"<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {fy}</h1>"]
    for code, title, links in hub_items:
        hub.append(f"<h3>{code} {title}</h3>")
        hub.append("<p>" + " ".join(f"<a href=\"{h}\">{t}</a>" for h, t in links) + "</p>")
    hub_href = site.href("index.php", page="ita") if ids else "/ita/"
    site.write(hub_href, page(f"ITA {fy} - {name}", "\n".join(hub)))
    # The menu: the first items only in a dropdown, and the hub.
    dropdown = "".join(f"<li><a href=\"{h}\">{t}</a></li>" for h, t in menu)
    nav = (f"<nav><ul><li class=\"dropdown\"><a href=\"#\" class=\"dropdown-toggle\">ข้อมูลพื้นฐาน</a>"
           f"<ul class=\"dropdown-menu\">{dropdown}</ul></li><li><a href=\"{hub_href}\">ITA {fy}</a></li></ul></nav>")
    return plan, nav, hub_href
