#!/usr/bin/python3
"""Deterministic history in a real Prometheus (issue 10, "Real components"): the file that
`slaops-sim --history-openmetrics` wrote for June 3 and 4 2024 with an error burst in eu-west-1 on
June 3 (the ctest fixture history_file), backfilled by `scripts/stack start --history` (fixture history_stack), is what
Prometheus answers. At three timestamps (before, inside and after the burst) query_range returns, for
every series of the chosen counters, exactly the value the file holds, read here by a parser of this
test's own; and the burst is in the data (eu-west-1's errors over the burst hours are ~2% of its
requests, well under 0.1% outside). Usage: check_history_backfill.py FILE STACK_DIR"""
import json
import re
import sys
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

history = Path(sys.argv[1])
stack_dir = Path(sys.argv[2])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split() if "=" in line)
prom = env["PROMETHEUS_URL"]
failures = []

# Must match the arguments of history_generate in tests/integration/CMakeLists.txt.
DAY = datetime(2024, 6, 3, tzinfo=timezone.utc)
BURST_START = DAY.replace(hour=10)
BURST_END = DAY.replace(hour=12)
STEP = 60


def ts(dt):
    return int(dt.timestamp())


CHOSEN = [ts(DAY.replace(hour=9, minute=30)), ts(DAY.replace(hour=11, minute=17)), ts(DAY.replace(hour=23))]
COUNTERS = ["erlmcp_requests_total", "erlmcp_errors_total", 'erlmcp_response_time_ms_bucket{le="150"}']


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what)
    if not cond:
        failures.append(what)


LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\} (\S+) (\d+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def read_history(path, names, times):
    """{(name, frozenset(labels)): {t: value}} for the sample names in `names` at `times`."""
    out = {}
    wanted = set(times)
    eof = False
    with path.open() as f:
        for line in f:
            if line.startswith("#"):
                eof = eof or line.strip() == "# EOF"
                continue
            m = LINE.match(line.rstrip("\n"))
            if not m:
                raise SystemExit(f"unparsable line in {path}: {line!r}")
            name, labels, value, t = m.group(1), m.group(2), m.group(3), int(m.group(4))
            if name not in names or t not in wanted:
                continue
            key = (name, frozenset(LABEL.findall(labels)))
            out.setdefault(key, {})[t] = float(value)
    check(eof, f"{path.name} ends with # EOF")
    return out


def query_range(promql, start, end, step):
    url = f"{prom}/api/v1/query_range?" + urllib.parse.urlencode(
        {"query": promql, "start": start, "end": end, "step": step})
    with urllib.request.urlopen(url, timeout=30) as r:
        data = json.loads(r.read().decode())
    if data.get("status") != "success":
        raise SystemExit(f"query_range {promql}: {data}")
    return {frozenset((k, v) for k, v in s["metric"].items() if k != "__name__"):
            {int(float(t)): float(v) for t, v in s["values"]} for s in data["data"]["result"]}


names = {c.split("{")[0] for c in COUNTERS}
expected = read_history(history, names, CHOSEN)
check(len(expected) > 0, f"the history holds samples of {sorted(names)} at the chosen times")

for selector in COUNTERS:
    name = selector.split("{")[0]
    extra = dict(LABEL.findall(selector[len(name):]))
    want = {labels: vals for (n, labels), vals in expected.items() if n == name and extra.items() <= dict(labels).items()}
    for t in CHOSEN:
        # A range of one point: the sample at t itself, not one the lookback found earlier.
        got = query_range(selector, t, t, STEP)
        got_at = {labels: vals.get(t) for labels, vals in got.items()}
        missing = [dict(l) for l in want if got_at.get(l) is None]
        wrong = [(dict(l), got_at[l], want[l][t]) for l in want if got_at.get(l) is not None and got_at[l] != want[l][t]]
        extra_series = [dict(l) for l in got_at if l not in want]
        check(len(want) > 0 and not missing and not wrong and not extra_series,
              f"{selector} at {datetime.fromtimestamp(t, timezone.utc):%H:%M}: {len(want)} series equal to the file"
              + (f" (missing {missing[:2]}, wrong {wrong[:2]}, extra {extra_series[:2]})" if missing or wrong or extra_series else ""))


def ratio(region, start, end):
    """Errors over requests of a region between two sample times, from the file's own counters."""
    vals = read_history(history, {"erlmcp_requests_total", "erlmcp_errors_total"}, [start, end])
    def inc(name):
        return sum(v[end] - v[start] for (n, l), v in vals.items() if n == name and ("region", region) in l)
    return inc("erlmcp_errors_total") / inc("erlmcp_requests_total")


inside = ratio("eu-west-1", ts(BURST_START), ts(BURST_END))
before = ratio("eu-west-1", ts(DAY), ts(BURST_START))
other = ratio("us-east-1", ts(BURST_START), ts(BURST_END))
check(0.015 < inside < 0.025, f"eu-west-1's error ratio over the burst is ~2% ({inside:.4%})")
check(before < 0.001 and other < 0.001, f"before it, and in us-east-1 meanwhile, under 0.1% ({before:.4%}, {other:.4%})")

# Prometheus' own answer over the burst agrees with the file's counters (increase() extrapolates at
# the edges, so the window is taken as the difference of the two samples, which is exact).
got = query_range('sum(erlmcp_errors_total{region="eu-west-1"})', ts(BURST_START), ts(BURST_END), 7200)
series = next(iter(got.values()), {})
vals = read_history(history, {"erlmcp_errors_total"}, [ts(BURST_START), ts(BURST_END)])
want = sum(v[ts(BURST_END)] - v[ts(BURST_START)] for (n, l), v in vals.items() if ("region", "eu-west-1") in l)
have = series.get(ts(BURST_END), float("nan")) - series.get(ts(BURST_START), float("nan"))
check(have == want, f"eu-west-1's errors over the burst in Prometheus equal the file's ({have} vs {want})")

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
