#!/usr/bin/python3
"""`scripts/stack backfill-rules` and tools/rules/backfill_recorded.py against a real Prometheus.
Fixture history_rules_stack: the June 3-4 2024 history (an error burst in eu-west-1 on June 3
10:00-12:00Z) in a Prometheus that loads the profile's generated rules, whose recorded figures were
backfilled from 2024-06-03T11:00:00Z to 2024-06-04T23:59:00Z.

Through the HTTP API:
- at minute-grid times inside the stretch, each chosen slaops:sla:value (a histogram quantile, the
  error rate (a rule that reads other records), uptime, a region's RPO, ...) has exactly one sample
  at that very timestamp, equal to its rule's expression and to that expression with every record
  it reads replaced by its own rule's expression down to the raw series (inlined by this test);
- every recorded figure of the rules file has a sample at every grid point of the stretch, none
  before its start or after its end, and the long burn windows (30m to 3d) were not backfilled;
- the Prometheus still runs its live rules (every group evaluated, a live figure per rule) and
  kept its 10-year retention across the restarts.
The tool alone, on rules of this test's own (output in a temporary directory; the stack's storage
untouched): a query_range over Prometheus' 11,000-point limit split and the start aligned to the
step, every grid point exactly once and in order, label values escaped, NaN and infinities spelt as
OpenMetrics does, records nothing reads left out, levels in order; promtool turns the file into a
block that dumps back the same series; exit 3 for an empty level, 2 for bad arguments or rules, 1
naming the rule when Prometheus refuses the query or cannot be reached. backfill-rules refuses a
stack that is not single, or was started without --slaops-rules or --history.
Usage: check_backfill_rules.py STACK_DIR SOURCE_DIR"""
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import yaml

stack_dir, source = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split("\n") if "=" in line)
prom = env["PROMETHEUS_URL"]
tool = source / "tools" / "rules" / "backfill_recorded.py"
stack = source / "scripts" / "stack"
promtool = os.environ.get("PROMTOOL_BIN", "/usr/bin/promtool")
work = Path(tempfile.mkdtemp(prefix="slaops-backfill-rules-"))
failures = []
STEP = 60
FIGURE = "slaops:sla:value"


def ts(text):
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


# Must match history_rules_stack_start in tests/integration/reportrecorded.cmake.
FROM, TO = ts("2024-06-03T11:00:00Z"), ts("2024-06-04T23:59:00Z")
GRID = (TO - FROM) // STEP + 1


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what, flush=True)
    if not cond:
        failures.append(what)


def api(path, **params):
    url = f"{prom}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=60) as r:
        body = json.load(r)
    if body.get("status") != "success":
        sys.exit(f"Prometheus refused {path} {params}: {body}")
    return body["data"]


def query(expr, t):
    return api("/api/v1/query", query=expr, time=t)["result"]


def close(a, b):
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def iso(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


rules_files = sorted((stack_dir / "slaops-rules").glob("*.yml"))
if len(rules_files) != 1:
    sys.exit(f"expected one generated rules file in {stack_dir}/slaops-rules, found {rules_files}")
rules_file = rules_files[0]
doc = yaml.safe_load(rules_file.read_text())
records = [r for g in doc["groups"] for r in g["rules"] if "record" in r]
figures = [r for r in records if r["record"] == FIGURE]
record_names = {r["record"] for r in records}
# The fleet's rules carry no region label: a selector says slaops_region="" for them.
figure_keys = sorted({k for r in figures for k in r["labels"]})


def selector(rule, keys=None):
    labels = rule.get("labels") or {}
    keys = keys if keys is not None else sorted(labels)
    return rule["record"] + "{" + ",".join(f'{k}="{labels.get(k, "")}"' for k in keys) + "}"


SELECTOR = re.compile(r'(?<![\w:])([a-zA-Z_:][\w:]*)\{([^}]*)\}')
MATCHER = re.compile(r'\s*([a-zA-Z_]\w*)\s*=\s*"([^"\\]*)"\s*,?')


def inline(expr, depth=0):
    """The expression with every record of the rules file it reads replaced, recursively, by the
    expression of the one rule whose labels its selector names: what it computes from raw series."""
    if depth > 10:
        sys.exit(f"records nested deeper than 10: {expr}")

    def replace(m):
        name, body = m.group(1), m.group(2)
        if name not in record_names:
            return m.group(0)
        matchers = dict(MATCHER.findall(body))
        if MATCHER.sub("", body).strip():
            sys.exit(f"a selector this test cannot read: {m.group(0)}")
        hits = [r for r in records if r["record"] == name
                and all((r.get("labels") or {}).get(k, "") == v for k, v in matchers.items())]
        if len(hits) != 1:
            sys.exit(f"{m.group(0)} selects {len(hits)} rules of {rules_file}")
        return "(" + inline(hits[0]["expr"], depth + 1) + ")"

    out = SELECTOR.sub(replace, expr)
    bare = [n for n in record_names if re.search(r"(?<![\w:])" + re.escape(n) + r"(?![\w:{])", out)]
    if bare:
        sys.exit(f"a record read without a selector: {bare} in {expr}")
    return out


def figure(sla, region=""):
    hits = [r for r in figures if r["labels"].get("slaops_sla") == sla and r["labels"].get("slaops_region", "") == region]
    check(len(hits) == 1, f"the rules file records {sla} {region or 'fleet'} once")
    return hits[0] if hits else None


# 1. Recorded figures equal their raw queries, at grid points inside the stretch (the first, inside the
#    burst, the day after, the last).
chosen = [figure("response_time_p95"), figure("response_time_p95", "eu-west-1"), figure("error_rate"),
          figure("error_rate", "eu-west-1"), figure("uptime"), figure("data_consistency", "ap-southeast-1"),
          figure("rpo", "us-east-1"), figure("throughput")]
chosen = [r for r in chosen if r]
check(any(inline(r["expr"]) != r["expr"] for r in chosen),
      "some chosen figures read other records (the error rate: its 5-minute numerator and denominator)")
times = [FROM, ts("2024-06-03T11:17:00Z"), ts("2024-06-04T06:30:00Z"), TO]
for rule in chosen:
    what = f"{rule['labels']['slaops_sla']} {rule['labels'].get('slaops_region') or 'fleet'}"
    raw_expr = inline(rule["expr"])
    wrong = []
    for t in times:
        got = query(selector(rule, figure_keys) + f"[{STEP - 1}s]", t)
        own = query(rule["expr"], t)
        raw = query(raw_expr, t)
        if len(got) != 1 or [int(float(p[0])) for p in got[0]["values"]] != [t]:
            wrong.append(f"{iso(t)}: not one sample at that instant: {got}")
        elif len(own) != 1 or len(raw) != 1:
            wrong.append(f"{iso(t)}: the rule's expression gives {own}, inlined {raw}")
        else:
            v = got[0]["values"][0][1]
            if not close(v, own[0]["value"][1]) or not close(v, raw[0]["value"][1]):
                wrong.append(f"{iso(t)}: recorded {v}, its expression {own[0]['value'][1]}, raw {raw[0]['value'][1]}")
    check(not wrong, f"{what}: the recorded figure equals its raw query at {len(times)} grid points {wrong[:3]}")
burst = figure("error_rate", "eu-west-1")
if burst:
    during = query(selector(burst, figure_keys), ts("2024-06-03T11:17:00Z"))
    after = query(selector(burst, figure_keys), ts("2024-06-04T06:30:00Z"))
    check(during and after and float(during[0]["value"][1]) > 10 * float(after[0]["value"][1]),
          f"eu-west-1's recorded error rate shows the burst ({during and during[0]['value'][1]} at 11:17, "
          f"{after and after[0]['value'][1]} the day after)")

# 2. Every figure at every grid point of the stretch, nothing outside it.
counts = query(f'count_over_time({FIGURE}{{slaops_profile_version="{figures[0]["labels"]["slaops_profile_version"]}"}}'
               f'[{TO - FROM + STEP - 1}s])', TO)
check(len(counts) == len(figures) and all(int(c["value"][1]) == GRID for c in counts),
      f"each of the {len(figures)} figures has {GRID} samples from {iso(FROM)} to {iso(TO)} "
      f"({len(counts)} series, counts {sorted({c['value'][1] for c in counts})})")
first = query('{__name__=~"slaops:.+"}[11h]', FROM + STEP - 1)
check(first and all([int(float(p[0])) for p in s["values"]] == [FROM] for s in first),
      f"every recorded series' first sample is at {iso(FROM)}, none before ({len(first)} series)")
last = query('{__name__=~"slaops:.+"}[2h]', TO + 3600)
check(last and all(int(float(s["values"][-1][0])) == TO for s in last),
      f"every recorded series' last sample is at {iso(TO)}, none after ({len(last)} series)")
long_names = sorted(n for n in record_names if re.search(r":rate(30m|\d+h|\d+d)$", n))
check(len(long_names) >= 3, f"the rules file records long burn windows ({long_names})")
long_ones = query('count_over_time({__name__=~"' + "|".join(map(re.escape, long_names)) + f'"}}[{TO - FROM + 7200}s])',
                  TO + 3600) if long_names else []
check(not long_ones, f"the long burn windows were not backfilled ({len(long_ones)} series)")
# The error rate's own 5-minute ratio is read by its burn windows and alerts only (its figure divides the
# numerator by the denominator); uptime's is its figure's.
unread = query(f'count_over_time(slaops:sla_error_ratio:rate5m{{slaops_sla="error_rate"}}[{TO - FROM + 7200}s])', TO + 3600)
read = query(f'count_over_time(slaops:sla_error_ratio:rate5m{{slaops_sla="uptime"}}[{TO - FROM + 7200}s])', TO + 3600)
uptimes = [r for r in figures if r["labels"]["slaops_sla"] == "uptime"]
check(not unread and uptimes and len(read) == len(uptimes), f"of the 5-minute error ratios only those a figure reads were backfilled "
      f"({len(unread)} of the error rate's, {len(read)} of uptime's)")

# 3. Still the live Prometheus: its rules run, its retention is the history's.
groups = [g for g in api("/api/v1/rules")["groups"] if g.get("file") == str(rules_file)]
check(sorted(g["name"] for g in groups) == sorted(g["name"] for g in doc["groups"])
      and all(not g.get("lastEvaluation", "0001").startswith("0001") for g in groups)
      and all(r.get("health") == "ok" for g in groups for r in g["rules"]),
      f"/api/v1/rules: every group of {rules_file.name} loaded, evaluated and healthy ({[g['name'] for g in groups]})")
now = int(datetime.now(timezone.utc).timestamp())
live = query(FIGURE, now)
check(len(live) == len(figures), f"a live figure per rule now ({len(live)} of {len(figures)})")
flags = api("/api/v1/status/flags")
check(flags.get("storage.tsdb.retention.time") == "10y",
      f"retention still 10y after the restarts ({flags.get('storage.tsdb.retention.time')})")


# 4. The tool alone, on rules of this test's own.
def run_tool(rules, level, out, start, end, step, url=prom):
    return subprocess.run(["/usr/bin/python3", str(tool), "--prometheus", url, "--rules", str(rules), "--from",
                           str(start), "--to", str(end), "--step", str(step), "--level", str(level), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)


ODD = 'a\\b"c\nd'
own_rules = work / "own.yml"
own_rules.write_text(yaml.safe_dump({"groups": [{"name": "own", "rules": [
    {"record": "test:backfill:rate", "expr": "sum(rate(erlmcp_requests_total[5m]))", "labels": {"odd": ODD}},
    {"record": "test:backfill:rate", "expr": "sum(rate(erlmcp_errors_total[5m]))", "labels": {"odd": "other"}},
    {"record": "test:backfill:unused", "expr": "sum(rate(erlmcp_errors_total[5m]))"},
    {"alert": "TestBackfill", "expr": "vector(1)"},
    {"record": FIGURE, "expr": "sum(rate(erlmcp_requests_total[5m])) / 0", "labels": {"slaops_sla": "inf"}},
    {"record": FIGURE, "expr": "-sum(rate(erlmcp_requests_total[5m])) / 0", "labels": {"slaops_sla": "-inf"}},
    {"record": FIGURE, "expr": "sum(rate(erlmcp_errors_total[5m])) * 0 / 0", "labels": {"slaops_sla": "nan"}},
    {"record": FIGURE, "expr": 'sum by (region) (rate(erlmcp_requests_total[5m]))', "labels": {"slaops_sla": "regions"}},
    # Reads the first test:backfill:rate only (the matcher's value in PromQL's escapes).
    {"record": FIGURE, "expr": f"test:backfill:rate{{odd={json.dumps(ODD)}}} * 2", "labels": {"slaops_sla": "twice"}},
]}]}))
# Step 2 s over 7 h: 12,601 points, more than one query_range may ask; a start one second before the
# step's grid, aligned up.
start, end, step = ts("2024-06-04T03:00:00Z") - 1, ts("2024-06-04T10:00:00Z"), 2
om0 = work / "level0.om"
p = run_tool(own_rules, 0, om0, start, end, step)
check(p.returncode == 0 and om0.exists(), f"level 0 of the test's rules: exit {p.returncode} {p.stderr[-500:]}")
LINE = re.compile(r'^([a-zA-Z_:][\w:]*)\{(.*)\} (\S+) (\d+)$')
families, order, series, wrong = [], [], {}, []
lines = om0.read_text().split("\n") if om0.exists() else []
check(lines[-2:] == ["# EOF", ""], "the file ends with # EOF")
for line in lines[:-2]:
    if line.startswith("# TYPE "):
        name, kind = line[7:].split(" ")
        families.append(name)
        if kind != "gauge":
            wrong.append(line)
        continue
    m = LINE.match(line)
    if not m:
        wrong.append(line)
        continue
    name, labels, value, t = m.groups()
    if not families or name != families[-1]:
        wrong.append(f"{name} outside its family: {line}")
    series.setdefault((name, labels), []).append((int(t), value))
check(not wrong, f"every line a TYPE, a sample of the family above it, or # EOF {wrong[:3]}")
check(sorted(families) == sorted(set(families)) == ["slaops:sla:value", "test:backfill:rate"],
      f"one TYPE per family, only the records a figure reads ({families})")
grid = list(range(start + 1, end + 1, step))
check(len(grid) > 11000 and all([t for t, _ in s] == grid for s in series.values()),
      f"every series has the {len(grid)} points from the aligned start {iso(start + 1)}, in order, once "
      f"({sorted({len(s) for s in series.values()})})")
by_sla = {re.search(r'slaops_sla="([^"]*)"', k[1]).group(1): v for k, v in series.items() if "slaops_sla=" in k[1]}
check({v for _, v in by_sla.get("inf", [])} == {"+Inf"} and {v for _, v in by_sla.get("-inf", [])} == {"-Inf"}
      and {v for _, v in by_sla.get("nan", [])} == {"NaN"}, "+Inf, -Inf and NaN spelt as OpenMetrics does")
regional = [k for k in series if 'slaops_sla="regions"' in k[1]]
check(len(regional) == 3 and all(re.search(r'region="[a-z0-9-]+"', k[1]) for k in regional),
      f"a rule's result series keep their own labels beside the rule's ({regional})")
odd = [k for k in series if k[0] == "test:backfill:rate"]
check(odd == [("test:backfill:rate", 'odd="a\\\\b\\"c\\nd"')],
      f"a label value escaped; the rule of the same record that no figure's selector matches left out ({odd})")
if odd:
    t = ts("2024-06-04T07:00:00Z")
    want = query("sum(rate(erlmcp_requests_total[5m]))", t)
    got = dict(series[odd[0]]).get(t)
    check(want and got == repr(float(want[0]["value"][1])),
          f"the value written is Prometheus' exactly ({got} at {iso(t)}, instant query {want})")
blocks = work / "blocks"
pt = subprocess.run([promtool, "tsdb", "create-blocks-from", "openmetrics", str(om0), str(blocks)],
                    capture_output=True, text=True, timeout=120)
check(pt.returncode == 0, f"promtool turns it into blocks ({pt.stderr[-300:]})")
(blocks / "wal").mkdir(parents=True, exist_ok=True)  # promtool tsdb dump opens a whole TSDB
dump = subprocess.run([promtool, "tsdb", "dump", "--match", '{__name__="test:backfill:rate"}', str(blocks)],
                      capture_output=True, text=True, timeout=120)
dumped = [line.rsplit(" ", 2) for line in dump.stdout.split("\n") if line]
dumped_labels = r'{__name__="test:backfill:rate", odd="a\\b\"c\nd"}'  # Go's quoting, as promtool prints
written = [(dumped_labels, float(v), t * 1000) for t, v in series[odd[0]]] if odd else []
check(written and [(d[0], float(d[1]), int(d[2])) for d in dumped] == written,
      f"its block holds the series, label value and samples as written ({len(dumped)} samples: {dumped[:1]})")
p = run_tool(own_rules, 1, work / "level1.om", start, end, step)
check(p.returncode == 0 and "1 rules" in p.stdout,
      f"level 1 is the figure that reads a record ({p.returncode}: {p.stdout.strip()} {p.stderr[-300:]})")
p = run_tool(own_rules, 2, work / "level2.om", start, end, step)
check(p.returncode == 3 and not (work / "level2.om").exists(), f"level 2 is empty: exit 3, no file ({p.returncode})")
# The records level 1 reads stop at the end of the backfill, so must what it writes: read with the
# 5-minute lookback, the ratios would go on for 5 minutes after their numerators and denominators.
edge = work / "edge.om"
p = run_tool(rules_file, 1, edge, TO - 600, TO + 600, STEP)
ends = {}
for line in (edge.read_text().split("\n") if edge.exists() else []):
    m = LINE.match(line)
    if m:
        ends.setdefault(m.group(2), []).append(int(m.group(4)))
check(p.returncode == 0 and ends and all(v == list(range(TO - 600, TO + 1, STEP)) for v in ends.values()),
      f"level 1 over {iso(TO - 600)}..{iso(TO + 600)} ends where the records it reads end, {iso(TO)} "
      f"({len(ends)} series, last samples at {sorted({iso(v[-1]) for v in ends.values()})}; {p.stderr[-300:]})")
p = run_tool(rules_file, 0, work / "x.om", "yesterday", end, step)
check(p.returncode == 2 and not (work / "x.om").exists(), f"--from yesterday: exit 2 ({p.returncode} {p.stderr.strip()})")
p = run_tool(work / "no-such.yml", 0, work / "x.om", start, end, step)
check(p.returncode == 2 and "no-such.yml" in p.stderr, f"no rules file: exit 2, named ({p.returncode} {p.stderr.strip()})")
bad_rules = work / "bad.yml"
bad_rules.write_text(yaml.safe_dump({"groups": [{"name": "bad", "rules": [
    {"record": FIGURE, "expr": "sum(rate(erlmcp_requests_total[5m])", "labels": {"slaops_sla": "broken"}}]}]}))
p = run_tool(bad_rules, 0, work / "x.om", start, end, step)
check(p.returncode == 1 and "broken" in p.stderr and "parse error" in p.stderr and not (work / "x.om").exists(),
      f"a query Prometheus refuses: exit 1, the rule and Prometheus' answer named ({p.returncode} {p.stderr.strip()})")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    closed = s.getsockname()[1]
p = run_tool(own_rules, 0, work / "x.om", start, end, step, url=f"http://127.0.0.1:{closed}")
check(p.returncode == 1 and (FIGURE in p.stderr or "test:backfill:rate" in p.stderr),
      f"no Prometheus: exit 1, the rule named ({p.returncode} {p.stderr.strip()[:200]})")


# 5. backfill-rules refuses the stacks it cannot backfill (an env of the test's own: no server touched).
def refused(name, lines, *args):
    d = work / name
    d.mkdir()
    (d / "env").write_text("\n".join(lines) + "\n")
    p = subprocess.run([str(stack), "backfill-rules", "--dir", str(d), *args], capture_output=True, text=True,
                       timeout=60)
    return p.returncode, p.stderr.strip()


span = ["--from", "2024-06-03T11:00:00Z", "--to", "2024-06-03T12:00:00Z"]
for name, lines, needle in [
        ("ha", ["TOPOLOGY=ha", "SLAOPS_RULES=on", "RETENTION=10y"], "single"),
        ("norules", ["TOPOLOGY=single", "SLAOPS_RULES=off", "RETENTION=10y"], "--slaops-rules"),
        ("nohistory", ["TOPOLOGY=single", "SLAOPS_RULES=on", "RETENTION="], "--history")]:
    code, err = refused(name, lines, *span)
    check(code != 0 and needle in err, f"backfill-rules refuses a stack {name}: {err}")
code, err = refused("noto", ["TOPOLOGY=single"], "--from", "2024-06-03T11:00:00Z")
check(code != 0 and "--to" in err, f"backfill-rules without --to: {err}")

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
shutil.rmtree(work)  # kept when a check failed, to look at
print("all checks passed")
