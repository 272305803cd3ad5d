#!/usr/bin/env python3
"""Validate the CeasefireMonitor evaluation set (eval/articles/*.txt + *.gold.json).

Checks: every article has a gold file and vice versa; every gold file parses; field types;
event types; dates well-formed and not after `published`; every evidence string (events and
traps) is an exact substring of its article; article length 150-700 words; the README table
lists every article. Prints a summary (articles, conflicts, required events by type, traps by kind).
Exit status 0 when everything passes, 1 otherwise.

Usage: python3 eval/check_gold.py [--quiet]
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
README = os.path.join(HERE, "README.md")

EVENT_TYPES = {
    "ClashReported", "CasualtiesReported", "CeasefireCalled", "MediationOffered",
    "CeasefireAgreed", "CeasefireViolated", "SurrenderDeclared", "HostilitiesEnded",
}
DATE_ORDERS = {"DayFirst", "MonthFirst", "Unknown"}
TRAP_KINDS = {
    "negation", "conditional", "future", "denial", "rumour", "history",
    "nonMilitary", "call", "nonCeasefireAgreement",
}
NAME_RE = re.compile(r"^(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EVENT_KEYS = {"type", "occurredOn", "actors", "required", "evidence",
              "killed", "injured", "claimant", "disputedBy", "note"}
TRAP_KEYS = {"evidence", "mustNotBe", "why", "kind", "allowedOn", "allowedIfDisputed"}
TOP_KEYS = {"published", "title", "source", "dateOrder", "conflict", "events", "traps"}

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def parse_partial(s):
    """Return (earliest day, precision) of a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    if not isinstance(s, str):
        return None
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        day = dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    return day, ("day" if d else "month" if mo else "year")


def check_actors(where, value, allow_empty=True):
    if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
        err(where, "actors must be a list of non-empty strings")
        return
    if not allow_empty and not value:
        err(where, "actors must not be empty")
    if len(set(value)) != len(value):
        err(where, f"duplicate actors {value}")


def check_article(txt_path, gold_path):
    name = os.path.basename(txt_path)
    where = os.path.basename(gold_path)
    try:
        raw = open(txt_path, "rb").read()
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(name, "article is not UTF-8")
        return None
    words = len(text.split())
    if not 150 <= words <= 700:
        err(name, f"{words} words (must be 150-700)")
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(where, f"does not parse: {e}")
        return None
    if not isinstance(gold, dict):
        err(where, "top level must be an object")
        return None
    extra = set(gold) - TOP_KEYS
    if extra:
        err(where, f"unknown top-level keys {sorted(extra)}")
    for k in ("published", "title", "source", "dateOrder", "conflict", "events", "traps"):
        if k not in gold:
            err(where, f"missing key {k}")
    pub = parse_partial(gold.get("published"))
    if not pub or pub[1] != "day":
        err(where, f"published must be YYYY-MM-DD, got {gold.get('published')!r}")
        return None
    published = pub[0]
    if gold.get("title") is not None and not (isinstance(gold["title"], str) and gold["title"].strip()):
        err(where, "title must be a non-empty string or null")
    if isinstance(gold.get("title"), str) and gold["title"] not in text:
        warn(where, "title does not occur verbatim in the article")
    if not isinstance(gold.get("source"), str) or not gold.get("source", "").strip():
        err(where, "source must be a non-empty string")
    if gold.get("dateOrder") not in DATE_ORDERS:
        err(where, f"dateOrder must be one of {sorted(DATE_ORDERS)}")
    conflict = gold.get("conflict")
    if not isinstance(conflict, list):
        err(where, "conflict must be a list")
    else:
        check_actors(where + " conflict", conflict)

    def check_date(w, value):
        if value is None:
            err(w, "occurredOn must be a date string")
            return
        p = parse_partial(value)
        if not p:
            err(w, f"malformed date {value!r}")
            return
        if p[0] > published:
            err(w, f"date {value} is after published {published}")

    def check_evidence(w, ev):
        if not isinstance(ev, str) or not ev.strip():
            err(w, "evidence must be a non-empty string")
            return
        n = text.count(ev)
        if n == 0:
            err(w, f"evidence not found in article: {ev!r}")
        elif n > 1:
            warn(w, f"evidence occurs {n} times: {ev!r}")

    events = gold.get("events")
    if not isinstance(events, list):
        err(where, "events must be a list")
        events = []
    seen = set()
    for i, e in enumerate(events):
        w = f"{where} events[{i}]"
        if not isinstance(e, dict):
            err(w, "must be an object")
            continue
        extra = set(e) - EVENT_KEYS
        if extra:
            err(w, f"unknown keys {sorted(extra)}")
        for k in ("type", "occurredOn", "actors", "required", "evidence"):
            if k not in e:
                err(w, f"missing key {k}")
        if e.get("type") not in EVENT_TYPES:
            err(w, f"invalid type {e.get('type')!r}")
        check_date(w, e.get("occurredOn"))
        check_actors(w, e.get("actors", []),
                     allow_empty=e.get("type") == "CasualtiesReported")
        if not isinstance(e.get("required"), bool):
            err(w, "required must be true or false")
        check_evidence(w, e.get("evidence"))
        for k in ("killed", "injured"):
            if k in e:
                if e.get("type") != "CasualtiesReported":
                    err(w, f"{k} only belongs to CasualtiesReported")
                v = e[k]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    err(w, f"{k} must be a non-negative integer or null")
        if e.get("type") == "CasualtiesReported" and "killed" not in e:
            err(w, "CasualtiesReported needs killed (null if unknown)")
        if e.get("type") == "CasualtiesReported" and "injured" not in e:
            err(w, "CasualtiesReported needs injured (null if unknown)")
        if "claimant" in e and not (isinstance(e["claimant"], str) and e["claimant"].strip()):
            err(w, "claimant must be a non-empty string")
        if "disputedBy" in e:
            check_actors(w + " disputedBy", e["disputedBy"], allow_empty=False)
            if "claimant" not in e:
                err(w, "disputedBy without claimant")
        key = (e.get("type"), e.get("occurredOn"), tuple(sorted(e.get("actors", []))), e.get("evidence"))
        if key in seen:
            err(w, "duplicate event")
        seen.add(key)

    traps = gold.get("traps")
    if not isinstance(traps, list):
        err(where, "traps must be a list")
        traps = []
    for i, t in enumerate(traps):
        w = f"{where} traps[{i}]"
        if not isinstance(t, dict):
            err(w, "must be an object")
            continue
        extra = set(t) - TRAP_KEYS
        if extra:
            err(w, f"unknown keys {sorted(extra)}")
        check_evidence(w, t.get("evidence"))
        mnb = t.get("mustNotBe")
        if not isinstance(mnb, list) or not mnb or any(x not in EVENT_TYPES for x in mnb):
            err(w, f"mustNotBe must be a non-empty list of event types, got {mnb!r}")
        if not isinstance(t.get("why"), str) or not t.get("why", "").strip():
            err(w, "why must be a non-empty string")
        if t.get("kind") not in TRAP_KINDS:
            err(w, f"kind must be one of {sorted(TRAP_KINDS)}, got {t.get('kind')!r}")
        if "allowedOn" in t:
            check_date(w + " allowedOn", t["allowedOn"])
        if "allowedIfDisputed" in t and not isinstance(t["allowedIfDisputed"], bool):
            err(w, "allowedIfDisputed must be a boolean")
    if not traps:
        err(where, "every article needs at least one trap")
    return gold


def main():
    quiet = "--quiet" in sys.argv
    files = sorted(os.listdir(ARTICLES)) if os.path.isdir(ARTICLES) else []
    txts = [f for f in files if f.endswith(".txt")]
    golds = [f for f in files if f.endswith(".gold.json")]
    for f in files:
        if not (f.endswith(".txt") or f.endswith(".gold.json")):
            err(f, "unexpected file in articles/")
    numbers = Counter()
    results = {}
    for t in txts:
        m = NAME_RE.match(t)
        if not m:
            err(t, "file name must be NNN-short-slug.txt")
            continue
        numbers[m.group(1)] += 1
        g = t[:-4] + ".gold.json"
        if g not in golds:
            err(t, "no matching .gold.json")
            continue
        gold = check_article(os.path.join(ARTICLES, t), os.path.join(ARTICLES, g))
        if gold is not None:
            results[t] = gold
    for g in golds:
        if g[:-len(".gold.json")] + ".txt" not in txts:
            err(g, "no matching .txt")
    for n, c in numbers.items():
        if c > 1:
            err(n, "article number used more than once")
    readme = open(README, encoding="utf-8").read() if os.path.exists(README) else ""
    for t in txts:
        if t not in readme:
            err("README.md", f"table does not list {t}")

    conflicts = Counter()
    req = Counter()
    allev = Counter()
    kinds = Counter()
    no_events = []
    for t, g in results.items():
        conflicts[" / ".join(g.get("conflict") or []) or "(none)"] += 1
        evs = g.get("events") or []
        if not evs:
            no_events.append(t)
        for e in evs:
            allev[e.get("type")] += 1
            if e.get("required"):
                req[e.get("type")] += 1
        for tr in g.get("traps") or []:
            kinds[tr.get("kind")] += 1

    if not quiet:
        for w in warnings:
            print("warning:", w)
        print(f"articles: {len(results)}")
        print("conflicts:")
        for c, n in sorted(conflicts.items()):
            print(f"  {n:3d}  {c}")
        print("required events by type:", dict(sorted(req.items())), "total", sum(req.values()))
        print("all events by type:     ", dict(sorted(allev.items())), "total", sum(allev.values()))
        print("traps by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
        print("articles with no events:", no_events)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
