#!/usr/bin/python3
"""Issue 10's figures, end to end. The histories slaops-sim wrote (fixture history_file: June 3 and 4
2024 at 1-minute steps with an error burst in eu-west-1 on June 3 10:00-12:00Z; February to April 2024 at 5 minutes
with an error burst in eu-west-1 on February 14 09:00Z for 2 h and an outage of ap-southeast-1 on
March 12 03:00Z for 45 min; February 2023 at 5 minutes) are backfilled into one Prometheus (fixture
history_stack). First reportfigures (this directory's independent computation) is proven against
Prometheus itself: every SLA of the profile, fleet and regions, as instant queries with $window =
the stretch's length at its end, over days, a 25-hour day, months and stretches whose edges fall
between samples or inside the outage (extrapolation). Usage:
check_report_figures.py PROFILE STACK_DIR DAY_FILE MONTHS_FILE FILE_2023"""
import json
import math
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import reportfigures as rf

profile_path, stack_dir = Path(sys.argv[1]), Path(sys.argv[2])
day_file, months_file, file_2023 = Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split("\n") if "=" in line)
prom = env["PROMETHEUS_URL"]
profile = rf.Profile(profile_path)
failures = []
UTC = timezone.utc


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what, flush=True)
    if not cond:
        failures.append(what)


def ts(dt):
    return int(dt.timestamp())


def day(y, m, d, zone=UTC):
    start = datetime(y, m, d, tzinfo=zone)
    end = datetime.combine(start.date() + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    return ts(start), ts(end)


def month(y, m):
    return ts(datetime(y, m, 1, tzinfo=UTC)), ts(datetime(y + m // 12, m % 12 + 1, 1, tzinfo=UTC))


def instant(promql, at):
    url = f"{prom}/api/v1/query?" + urllib.parse.urlencode({"query": promql, "time": at})
    with urllib.request.urlopen(url, timeout=60) as r:
        data = json.loads(r.read().decode())
    if data.get("status") != "success":
        raise SystemExit(f"query {promql}: {data}")
    result = data["data"]["result"]
    if len(result) > 1:
        raise SystemExit(f"query {promql} at {at}: {len(result)} series, expected at most one")
    return float(result[0]["value"][1]) if result else math.nan


def query_range(promql, start, end, step):
    """{t: value} of the one series query_range returns (empty when it returns none)."""
    url = f"{prom}/api/v1/query_range?" + urllib.parse.urlencode(
        {"query": promql, "start": start, "end": end, "step": step})
    with urllib.request.urlopen(url, timeout=60) as r:
        data = json.loads(r.read().decode())
    if data.get("status") != "success":
        raise SystemExit(f"query_range {promql}: {data}")
    result = data["data"]["result"]
    if len(result) > 1:
        raise SystemExit(f"query_range {promql}: {len(result)} series, expected at most one")
    return {int(float(t)): float(v) for t, v in result[0]["values"]} if result else {}


def label(start, end):
    return f"[{datetime.fromtimestamp(start, UTC):%Y-%m-%d %H:%M:%S}, {datetime.fromtimestamp(end, UTC):%Y-%m-%d %H:%M:%S}]"


# Stretches proven against Prometheus, by file.
AUCKLAND = ZoneInfo("Pacific/Auckland")
june3, june4 = day(2024, 6, 3), day(2024, 6, 4)
against_prometheus = {
    day_file: [june3, june4,
               # edges between samples: extrapolation at both ends, and the burst's own hours
               (ts(datetime(2024, 6, 3, 10, 2, 30, tzinfo=UTC)), ts(datetime(2024, 6, 3, 11, 17, 30, tzinfo=UTC))),
               (ts(datetime(2024, 6, 3, 9, 55, tzinfo=UTC)), ts(datetime(2024, 6, 3, 10, tzinfo=UTC)))],
    months_file: [day(2024, 2, 14), day(2024, 2, 29), day(2024, 3, 12), day(2024, 4, 7, AUCKLAND), day(2024, 4, 30),
                  day(2024, 5, 1), month(2024, 3),
                  # inside and around the outage: ap-southeast-1 has no counter samples 03:00-03:40
                  (ts(datetime(2024, 3, 12, 3, 10, tzinfo=UTC)), ts(datetime(2024, 3, 12, 4, 10, tzinfo=UTC))),
                  (ts(datetime(2024, 3, 12, 2, 57, 30, tzinfo=UTC)), ts(datetime(2024, 3, 12, 3, 52, 30, tzinfo=UTC)))],
    file_2023: [day(2023, 2, 1), month(2023, 2)],
}
check(day(2024, 4, 7, AUCKLAND)[1] - day(2024, 4, 7, AUCKLAND)[0] == 25 * 3600,
      "2024-04-07 in Pacific/Auckland is 25 hours long (DST ends)")

# The days whose violation series (each SLA over its own window at the resolution) are computed too.
RESOLUTION = {day_file: 60, months_file: 300, file_2023: 300}
series_days = {day_file: [june3, june4], months_file: [day(2024, 2, 14), day(2024, 3, 12)], file_2023: []}


def series_needs(path):
    return [st for start, end in series_days[path] for sla in profile.slas
            for st in rf.series_stretches(start, end, RESOLUTION[path], sla.window)]


histories = {}
for path, stretches in against_prometheus.items():
    t0 = time.monotonic()
    histories[path] = rf.History([path], stretches + series_needs(path), profile)
    print(f"read {path.name} in {time.monotonic() - t0:.1f} s", flush=True)

for path, stretches in against_prometheus.items():
    h = histories[path]
    for start, end in stretches:
        wrong, known = [], 0
        for sla, region, target in profile.rows():
            ours = h.figure(sla, region, start, end)
            theirs = instant(sla.promql(end - start, region), end)
            known += not math.isnan(theirs)
            if not rf.close(ours, theirs):
                wrong.append(f"{sla.id}/{region.name if region else 'fleet'}: ours {ours!r}, Prometheus {theirs!r}")
        check(not wrong, f"{path.name} {label(start, end)}: {len(profile.rows())} figures equal Prometheus' "
              f"({known} with a value)" + (f"; {len(wrong)} differ: {wrong[:3]}" if wrong else ""))

# The computation is not vacuous: the stretches hold what the scenarios put there.
h = histories[months_file]
rows = {(s.id, r.name if r else None): (s, r, t) for s, r, t in profile.rows()}
s, r, t = rows[("error_rate", "eu-west-1")]
v = h.figure(s, r, *day(2024, 2, 14))
check(rf.status(v, s, t) == "violated", f"eu-west-1's error rate on 2024-02-14 is past its target ({v:.4%})")
s, r, t = rows[("uptime", "ap-southeast-1")]
v = h.figure(s, r, *day(2024, 3, 12))
check(rf.status(v, s, t) == "violated", f"ap-southeast-1's uptime on 2024-03-12 is past its target ({v:.4%})")
check(all(math.isnan(h.figure(s, r, *day(2024, 5, 1))) for s, r, _ in profile.rows() if s.form[0] != "avg_over_time"),
      "2024-05-01 (its first sample only) has no rate-based figure")


def violation_series(path, stretch):
    """{(sla id, region or None): (points, runs)} of a day, from reportfigures."""
    h, out = histories[path], {}
    for sla, region, target in profile.rows():
        points = h.series(sla, region, stretch[0], stretch[1], RESOLUTION[path])
        out[(sla.id, region.name if region else None)] = (points, rf.runs_past(points, sla, target))
    return out


# The violation series too are Prometheus' own (query_range, the SLA's window at the resolution).
for path, days in series_days.items():
    for stretch in days:
        wrong, points = [], 0
        for (sla_id, region_name), (ours, _) in violation_series(path, stretch).items():
            sla = next(s for s in profile.slas if s.id == sla_id)
            region = next((r for r in profile.regions if r.name == region_name), None)
            theirs = query_range(sla.promql(sla.window, region), stretch[0], stretch[1], RESOLUTION[path])
            points += len(theirs)
            bad = [t for t, v in ours if not rf.close(v, theirs.get(t, math.nan))]
            if bad:
                wrong.append(f"{sla_id}/{region_name or 'fleet'} at {bad[:3]}")
        check(not wrong, f"{path.name} {label(*stretch)}: every violation series equals query_range's "
              f"({points} points)" + (f"; differ: {wrong[:3]}" if wrong else ""))

# June 4 is the clean day the report's exit code 0 is tested on: every figure met, no point of any
# violation series past its target, and a point in every hour (coverage 1).
h = histories[day_file]
clean = violation_series(day_file, june4)
check(all(st == "met" for *_, st in h.figures(*june4)), "June 4: every figure of the profile is met")
check(not any(runs for _, runs in clean.values()), "June 4: no violation series has a point past its target")
check(all(rf.hour_coverage(points, *june4) == 1 for points, _ in clean.values()),
      "June 4: every violation series has a point in each of the day's hours")
# The burst and the outage are violations in the series, where the scenarios put them.
for path, stretch, key, start in [(day_file, june3, ("error_rate", "eu-west-1"), datetime(2024, 6, 3, 10, tzinfo=UTC)),
                                  (months_file, day(2024, 2, 14), ("error_rate", "eu-west-1"),
                                   datetime(2024, 2, 14, 9, tzinfo=UTC)),
                                  (months_file, day(2024, 3, 12), ("uptime", "ap-southeast-1"),
                                   datetime(2024, 3, 12, 3, tzinfo=UTC))]:
    runs = violation_series(path, stretch)[key][1]
    check(len(runs) == 1 and runs[0][0] == ts(start), f"{key[0]} in {key[1]}: one violation, from "
          f"{start:%Y-%m-%d %H:%MZ} ({[(datetime.fromtimestamp(t, UTC).isoformat(), n) for t, n in runs]})")

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
