#!/usr/bin/python3
"""Writes, as OpenMetrics for `promtool tsdb create-blocks-from openmetrics`, what the generated
rules (`slaops rules generate`) would have recorded over a past stretch: the figures the reports read
(every slaops:sla:value rule) and the recording rules of the same file they read, evaluated by the
running Prometheus with query_range at the rules' evaluation step, labelled as its rule manager
labels them (the result's labels, then the rule's, then the record's name).

Why not `promtool tsdb create-blocks-from rules`: in Prometheus 2.42 it writes one 2-hour block per
rule and 2 hours (a month of 40 rules: 15,000 blocks), and it evaluates every rule against the
server as it is, so a rule that reads another recorded series (the error rate's figure reads its
5-minute numerator and denominator) finds nothing. Here the rules come in levels: level 0 reads only
raw series, level k only raw series and records of levels below k; the caller loads each level's
blocks (and restarts Prometheus) before asking for the next.

Usage: backfill_recorded.py --prometheus URL --rules FILE --from T --to T --step SECONDS --level N -o OUT
Exit 0: OUT written (a summary line on stdout); 3: level N holds no rule (nothing written);
2: bad arguments or rules; 1: Prometheus failed (the rule and its answer named)."""
import argparse
import json
import math
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime

import yaml

MAX_POINTS = 11000
FIGURE = "slaops:sla:value"


def when(text):
    if re.fullmatch(r"\d+", text):
        return int(text)
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


def fail(code, message):
    print(f"backfill_recorded: {message}", file=sys.stderr)
    sys.exit(code)


def levels(rules):
    """The rules a report reads and what they read, by level (a rule's level is one more than the
    highest of the records it reads)."""
    by_name = {}
    for r in rules:
        by_name.setdefault(r["record"], []).append(r)

    def reads(rule):
        return {name for name in by_name if name != rule["record"] and re.search(
            r"(?<![\w:])" + re.escape(name) + r"(?![\w:])", rule["expr"])}

    wanted, todo = set(), [r for r in rules if r["record"] == FIGURE]
    while todo:
        rule = todo.pop()
        key = id(rule)
        if key in wanted:
            continue
        wanted.add(key)
        for name in reads(rule):
            todo.extend(by_name[name])
    chosen = [r for r in rules if id(r) in wanted]
    level = {}
    for _ in range(len(chosen) + 1):
        changed = False
        for r in chosen:
            below = [level.get(id(d)) for name in reads(r) for d in by_name[name]]
            if all(b is not None for b in below):
                lv = 1 + max(below, default=-1)
                if level.get(id(r)) != lv:
                    level[id(r)] = lv
                    changed = True
        if not changed:
            break
    if len(level) != len(chosen):
        fail(2, "the rules read each other in a cycle")
    return chosen, level


def query_range(prom, expr, start, end, step):
    url = prom.rstrip("/") + "/api/v1/query_range?" + urllib.parse.urlencode(
        {"query": expr, "start": start, "end": end, "step": step})
    try:
        with urllib.request.urlopen(url, timeout=120) as r:
            body = json.load(r)
    except urllib.error.HTTPError as e:
        raise RuntimeError(f"HTTP {e.code}: {e.read()[:300]!r}")
    except (urllib.error.URLError, OSError, ValueError) as e:
        raise RuntimeError(str(e))
    if body.get("status") != "success" or body["data"]["resultType"] != "matrix":
        raise RuntimeError(f"{body.get('errorType')}: {body.get('error')}")
    return body["data"]["result"]


def value_text(v):
    f = float(v)
    if math.isnan(f):
        return "NaN"
    if math.isinf(f):
        return "+Inf" if f > 0 else "-Inf"
    return repr(f)


def escape(v):
    return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--prometheus", required=True)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--from", dest="start", required=True)
    ap.add_argument("--to", dest="end", required=True)
    ap.add_argument("--step", type=int, default=60)
    ap.add_argument("--level", type=int, required=True)
    ap.add_argument("-o", dest="out", required=True)
    a = ap.parse_args()
    try:
        start, end = when(a.start), when(a.end)
    except ValueError as e:
        fail(2, f"--from/--to: {e}")
    if a.step < 1 or end < start:
        fail(2, "--step must be at least 1 and --to not before --from")
    try:
        with open(a.rules) as f:
            doc = yaml.safe_load(f)
        rules = [r for g in doc["groups"] for r in g.get("rules", []) if "record" in r]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as e:
        fail(2, f"cannot read the rules {a.rules}: {e}")
    chosen, level = levels(rules)
    mine = [r for r in chosen if level[id(r)] == a.level]
    if not mine:
        sys.exit(3)
    first = start + (-start) % a.step
    families = {}
    samples = 0
    for rule in mine:
        t = first
        while t <= end:
            last = min(end, t + (MAX_POINTS - 1) * a.step)
            try:
                result = query_range(a.prometheus, rule["expr"], t, last, a.step)
            except RuntimeError as e:
                fail(1, f"{rule['record']} {rule.get('labels', {})}: Prometheus answered {e}")
            for s in result:
                labels = {k: v for k, v in s["metric"].items() if k != "__name__"}
                labels.update({k: str(v) for k, v in (rule.get("labels") or {}).items()})
                key = tuple(sorted(labels.items()))
                series = families.setdefault(rule["record"], {}).setdefault(key, [])
                series.extend((int(float(ts)), v) for ts, v in s["values"])
                samples += len(s["values"])
            t = last + a.step
    with open(a.out, "w") as out:
        for name, series in families.items():
            out.write(f"# TYPE {name} gauge\n")
            for key, points in series.items():
                lbl = ",".join(f'{k}="{escape(v)}"' for k, v in key)
                prefix = f"{name}{{{lbl}}}" if lbl else name
                for ts, v in sorted(points):
                    out.write(f"{prefix} {value_text(v)} {ts}\n")
        out.write("# EOF\n")
    print(f"level {a.level}: {len(mine)} rules, {sum(len(s) for s in families.values())} series, {samples} samples")


if __name__ == "__main__":
    main()
