#!/usr/bin/python3
"""Issue 10's figures, end to end. The histories slaops-sim wrote (fixture history_file: June 3 2024
at 1-minute steps with an error burst in eu-west-1 10:00-12:00Z; February to April 2024 at 5 minutes
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


def label(start, end):
    return f"[{datetime.fromtimestamp(start, UTC):%Y-%m-%d %H:%M:%S}, {datetime.fromtimestamp(end, UTC):%Y-%m-%d %H:%M:%S}]"


# Stretches proven against Prometheus, by file.
AUCKLAND = ZoneInfo("Pacific/Auckland")
june3 = day(2024, 6, 3)
against_prometheus = {
    day_file: [june3,
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

histories = {}
for path, stretches in against_prometheus.items():
    t0 = time.monotonic()
    histories[path] = rf.History([path], stretches, profile)
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

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
