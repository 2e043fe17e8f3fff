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
blocks (and restarts Prometheus) before asking for the next. A rule reads another when it names the
other's record with a selector the other's labels can satisfy, so the burn windows of 30 minutes to 3
days, which only alerts read, are left out (with the default profile: 50 of 130 records, 2 levels).

Usage: backfill_recorded.py --prometheus URL --rules FILE --from T --to T --step SECONDS --level N -o OUT
Exit 0: OUT written (a summary line on stdout); 3: level N holds no rule (nothing written);
2: bad arguments or rules; 1: Prometheus failed (the rule and its answer named)."""
import argparse
import json
import math
import os
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
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"{text} names no time zone (RFC 3339: Z or an offset)")
    return int(moment.timestamp())


def fail(code, message):
    print(f"backfill_recorded: {message}", file=sys.stderr)
    sys.exit(code)


# A selector's label matchers, one after the other ({a="x", b!="y", c=~"z"}).
MATCHER = re.compile(r'\s*([A-Za-z_]\w*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)')


def may_select(body, labels):
    """Whether a selector with these matchers (the text between its braces, or None) can select a
    series a rule with these `labels:` records. The rule's labels override its result's, so only a
    matcher on one of them can rule the rule out; whatever this cannot read counts as a match."""
    if body is None:
        return True
    pos, matchers = 0, []
    while pos < len(body.rstrip()):
        m = MATCHER.match(body, pos)
        if not m:
            return True
        pos = m.end()
        matchers.append(m.groups())
    for key, op, quoted in matchers:
        if key not in labels or op not in ("=", "!="):
            continue
        try:
            value = json.loads('"' + quoted + '"') if "\\" in quoted else quoted
        except ValueError:
            continue
        if (value == str(labels[key])) != (op == "="):
            return False
    return True


def selectors(expr, name, in_strings=True):
    """The places the expression names the record `name`; group 2 is the text between the selector's
    braces, None without. in_strings=False skips the names inside string literals."""
    strings = [] if in_strings else [
        m.span() for m in re.finditer(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', expr)]
    for m in re.finditer(r'(?<![\w:])' + re.escape(name) + r'(?![\w:])\s*(\{((?:[^}"]|"(?:[^"\\]|\\.)*")*)\})?',
                         expr):
        if not any(a <= m.start() < b for a, b in strings):
            yield m


def read_as_written(expr, names, step):
    """The expression with every instant selector of a record of the file read as the rule manager
    reads it at an evaluation: the sample written at that very step, or none. Prometheus' 5-minute
    lookback would carry a record over the minutes after it stopped (the rule manager marks a series
    that stops as stale, a backfill cannot), so a ratio of two records would outlast them by 5 minutes
    at every gap, a region's outage for one. Range selectors, subqueries and offsets stay as written."""
    spans = []
    for name in names:
        for m in selectors(expr, name, in_strings=False):
            rest = expr[m.end():].lstrip()
            if not (rest.startswith(("[", "@")) or re.match(r"offset\b", rest)):
                spans.append(m.span())
    out, pos = [], 0
    for a, b in sorted(spans):
        out += [expr[pos:a], f"last_over_time({expr[a:b].rstrip()}[{step * 1000 - 1}ms])"]
        pos = b
    return "".join(out + [expr[pos:]])


def levels(rules):
    """The rules a report reads and the rules they read, by level (a rule's level is one more than the
    highest of the rules it reads). A rule reads another when its expression names the other's record
    with a selector the other's labels can satisfy: the uptime figure reads its own 5-minute error
    ratio, not the error rate's, which is a level higher."""
    names = {r["record"] for r in rules}
    deps = {}
    for r in rules:
        found = set()
        for name in names:
            # Names in strings count too ({__name__="..."}): reading too much is safe, too little not.
            for m in selectors(r["expr"], name):
                found.update(id(d) for d in rules if d is not r and d["record"] == name
                             and may_select(m.group(2), d.get("labels") or {}))
        deps[id(r)] = found
    by_id = {id(r): r for r in rules}
    wanted, todo = set(), [id(r) for r in rules if r["record"] == FIGURE]
    while todo:
        key = todo.pop()
        if key not in wanted:
            wanted.add(key)
            todo.extend(deps[key])
    chosen = [r for r in rules if id(r) in wanted]
    level = {}
    for _ in range(len(chosen) + 1):
        for r in chosen:
            below = [level.get(d) for d in deps[id(r)]]
            if id(r) not in level and all(b is not None for b in below):
                level[id(r)] = 1 + max(below, default=-1)
    if len(level) != len(chosen):
        fail(2, "the rules read each other in a cycle: " + ", ".join(
            sorted({by_id[k]["record"] for k in wanted if k not in level})))
    return chosen, level


def query_range(prom, expr, start, end, step):
    url = prom.rstrip("/") + "/api/v1/query_range?" + urllib.parse.urlencode(
        {"query": expr, "start": start, "end": end, "step": step})
    try:
        with urllib.request.urlopen(url, timeout=120) as r:
            body = json.load(r)
    except urllib.error.HTTPError as e:
        text = e.read(4000).decode("utf-8", "replace")
        try:
            answer = json.loads(text)
            text = f"{answer['errorType']}: {answer['error']}"
        except (ValueError, KeyError, TypeError):
            text = text[:300]
        raise RuntimeError(f"HTTP {e.code}, {text}")
    except (urllib.error.URLError, OSError, ValueError) as e:
        raise RuntimeError(str(e))
    if body.get("status") != "success" or body["data"]["resultType"] != "matrix":
        raise RuntimeError(f"{body.get('errorType')}: {body.get('error')}")
    return body["data"]["result"]


def answers(prom, rule, names, first, end, step):
    """{labels: [(t, value)]} of what the rule records from `first` to `end`, labelled as the rule
    manager labels it: the result's labels, the rule's over them, the record's name."""
    series = {}
    expr = read_as_written(rule["expr"], names, step)
    t = first
    while t <= end:
        last = min(end, t + (MAX_POINTS - 1) * step)
        try:
            result = query_range(prom, expr, t, last, step)
        except RuntimeError as e:
            fail(1, f"{rule['record']} {rule.get('labels', {})}: Prometheus answered {e}")
        for s in result:
            labels = {k: v for k, v in s["metric"].items() if k != "__name__"}
            labels.update({k: str(v) for k, v in (rule.get("labels") or {}).items()})
            series.setdefault(tuple(sorted(labels.items())), []).extend((int(float(ts)), v) for ts, v in s["values"])
        t = last + step
    return series


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
    names = {r["record"] for r in rules}
    if not mine:
        sys.exit(3)
    first = start + (-start) % a.step
    # OpenMetrics wants a family's samples together: the rules family by family, and only one rule's
    # answers in memory at a time (a month of a figure is 44,640 points per series), written to a
    # temporary file that becomes OUT only when every query succeeded.
    families = {}
    for rule in mine:
        families.setdefault(rule["record"], []).append(rule)
    written, samples = set(), 0
    tmp = a.out + ".tmp"
    try:
        with open(tmp, "w") as out:
            for name, its in families.items():
                out.write(f"# TYPE {name} gauge\n")
                for rule in its:
                    series = answers(a.prometheus, rule, names, first, end, a.step)
                    for key, points in series.items():
                        if (name, key) in written:
                            fail(2, f"two rules record the same series {name}{dict(key)}")
                        written.add((name, key))
                        lbl = ",".join(f'{k}="{escape(v)}"' for k, v in key)
                        prefix = f"{name}{{{lbl}}}" if lbl else name
                        out.writelines(f"{prefix} {value_text(v)} {ts}\n" for ts, v in sorted(points))
                        samples += len(points)
            out.write("# EOF\n")
        os.replace(tmp, a.out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    print(f"level {a.level}: {len(mine)} rules, {len(written)} series, {samples} samples")


if __name__ == "__main__":
    main()
