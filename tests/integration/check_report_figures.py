#!/usr/bin/python3
"""Issue 10's figures, end to end. The histories slaops-sim wrote (fixture history_file: June 3 and 4
2024 at 1-minute steps with an error burst in eu-west-1 on June 3 10:00-12:00Z; February to April 2024 at 5 minutes
with an error burst in eu-west-1 on February 14 09:00Z for 2 h and an outage of ap-southeast-1 on
March 12 03:00Z for 45 min; February 2023 at 5 minutes) are backfilled into one Prometheus (fixture
history_stack). First reportfigures (this directory's independent computation) is proven against
Prometheus itself: every SLA of the profile, fleet and regions, as instant queries with $window =
the stretch's length at its end, over days, a 25-hour day, months and stretches whose edges fall
between samples or inside the outage (extrapolation), and the violation series against query_range.
Then `slaops report --format json` over the same Prometheus: EVERY daily figure, each month's and
each period's overall (on its own counters), fleet and regions, equals reportfigures within 1e-9
(relative), with its status and coverage; the violations of the burst and outage days are those of
reportfigures' series (start and duration); exit codes 1 on a violated day, 0 on the clean one, 2
before the history and on a day holding only its first sample. Usage:
check_report_figures.py PROFILE STACK_DIR DAY_FILE MONTHS_FILE FILE_2023 SLAOPS"""
import json
import math
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import reportfigures as rf  # noqa: E402

from reportjsonfields import num, when

profile_path, stack_dir = Path(sys.argv[1]), Path(sys.argv[2])
day_file, months_file, file_2023 = Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5])
slaops = Path(sys.argv[6])
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


# The reports: (period, date, zone or None, resolution or None for the default, file, expected exit code
# or None when the figures decide it).
REPORTS = [("day", "2024-06-03", None, None, day_file, 1),
           ("day", "2024-06-04", None, None, day_file, 0),
           ("month", "2024-02", None, "5m", months_file, None),
           ("month", "2024-03", None, "5m", months_file, None),
           ("month", "2024-04", None, "5m", months_file, None),
           ("month", "2023-02", None, "5m", file_2023, None),
           ("day", "2024-04-07", "Pacific/Auckland", "5m", months_file, None),
           ("day", "2024-02-14", None, "5m", months_file, 1),
           ("day", "2024-03-12", None, "5m", months_file, 1)]


def local_days(kind, date, zone):
    """[(start, end)] of the period's local days, by this test's own calendar."""
    z = ZoneInfo(zone) if zone else UTC
    y, m = int(date[:4]), int(date[5:7])
    if kind == "day":
        return [day(y, m, int(date[8:10]), z)]
    out, d = [], datetime(y, m, 1).date()
    while d.month == m:
        out.append(day(d.year, d.month, d.day, z))
        d += timedelta(days=1)
    return out


def report_stretches(path):
    out = []
    for kind, date, zone, _, p, _ in REPORTS:
        if p == path:
            days = local_days(kind, date, zone)
            out += days + [(days[0][0], days[-1][1])]
    return out


def series_needs(path):
    return [st for start, end in series_days[path] for sla in profile.slas
            for st in rf.series_stretches(start, end, RESOLUTION[path], sla.window)]


histories = {}
for path, stretches in against_prometheus.items():
    t0 = time.monotonic()
    histories[path] = rf.History([path], stretches + series_needs(path) + report_stretches(path), profile)
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

# ---- slaops report against the same Prometheus -------------------------------------------------




def run_report(kind, date, zone, resolution, out):
    args = [str(slaops), "report", "--period", kind, "--date", date, "--format", "json", "-o", str(out),
            "--profile", str(profile_path), "--prometheus", prom]
    if zone:
        args += ["--tz", zone]
    if resolution:
        args += ["--resolution", resolution]
    t0 = time.monotonic()
    p = subprocess.run(args, capture_output=True, text=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "LANG": "C.UTF-8"})
    return p, time.monotonic() - t0


def expected_status(rows_status):
    s = set(rows_status)
    return "violated" if "violated" in s else "unknown" if "unknown" in s or not s else "met"


def compare_value(what, got, want, sla, target, wrong):
    """One figure of the report against reportfigures: the value, and the status it implies."""
    value = num(got["value"])
    if not rf.close(value, want):
        wrong.append(f"{what}: report {value!r}, reportfigures {want!r}")
    coverage = num(got["coverage"])
    # Below full coverage the status is unknown whatever the value; else classify decides.
    status = rf.status(want, sla, target) if coverage == 1 else "unknown"
    if got["status"] != status:
        wrong.append(f"{what}: status {got['status']}, expected {status} (coverage {coverage})")


tmp = Path(tempfile.mkdtemp(prefix="report-figures-"))
timings = []
for kind, date, zone, resolution, path, want_rc in REPORTS:
    name = f"{kind} {date}" + (f" in {zone}" if zone else "") + (f" at {resolution}" if resolution else "")
    out = tmp / f"{kind}-{date}-{(zone or 'UTC').replace('/', '-')}.json"
    proc, secs = run_report(kind, date, zone, resolution, out)
    timings.append((name, secs))
    if not out.exists():
        check(False, f"{name}: slaops report wrote {out.name} (exit {proc.returncode}: {proc.stderr.strip()[:300]})")
        continue
    doc = json.loads(out.read_text())
    h = histories[path]
    days = local_days(kind, date, zone)
    whole = (days[0][0], days[-1][1])
    res = int(doc["resolution_seconds"])
    check(doc.get("schema") == "slaops-report/1", f"{name}: schema slaops-report/1")
    got_days = [(when(d["start"]), when(d["end"])) for d in doc["period"]["days"]]
    check(got_days == days, f"{name}: the period's {len(days)} days are this test's calendar's "
          f"({len(got_days)}, first {label(*got_days[0]) if got_days else '-'})")
    want_rows = [(sla.id, region.name if region else None) for sla, region, _ in profile.rows()]
    got_rows = [(r["sla"], r["region"]) for r in doc["rows"]]
    check(got_rows == want_rows, f"{name}: {len(want_rows)} rows, every SLA for the fleet then the regional ones per region")
    if got_rows != want_rows or got_days != days:
        continue
    wrong, compared = [], 0
    statuses = []
    for (sla, region, target), row in zip(profile.rows(), doc["rows"]):
        who = f"{sla.id}/{region.name if region else 'fleet'}"
        if not rf.close(num(row["target"]), target):
            wrong.append(f"{who}: target {row['target']}, profile {target}")
        for (start, end), got in zip(days, row["days"]):
            compare_value(f"{who} {label(start, end)}", got, h.figure(sla, region, start, end), sla, target, wrong)
            compared += 1
        if kind == "month":
            compare_value(f"{who} month", row["months"][0], h.figure(sla, region, *whole), sla, target, wrong)
            compared += 1
        compare_value(f"{who} overall", row["overall"], h.figure(sla, region, *whole), sla, target, wrong)
        compared += 1
        statuses.append(row["overall"]["status"])
    check(not wrong, f"{name}: {compared} figures (every day, month and overall) equal reportfigures', with "
          f"their statuses" + (f"; {len(wrong)} wrong: {wrong[:4]}" if wrong else ""))
    status = "unknown" if doc["missing"] else expected_status(statuses)
    rc = {"met": 0, "violated": 1, "unknown": 2}[status]
    check(doc["status"] == status and doc["exit_code"] == rc == proc.returncode,
          f"{name}: status {doc['status']}, exit {proc.returncode} (expected {status}, {rc}; JSON says {doc['exit_code']})")
    if want_rc is not None:
        check(proc.returncode == want_rc, f"{name}: exit code {want_rc}")
    check(not doc["missing"], f"{name}: nothing missing ({doc['missing'][:2]})")

    # Violations and coverage against reportfigures' own series, on the days it computed them.
    if kind == "day" and days[0] in series_days[path]:
        check(res == RESOLUTION[path], f"{name}: resolution {res} s")
        ours = violation_series(path, days[0])
        want = sorted((sla_id, region or "", ts_, n * res) for (sla_id, region), (_, runs) in ours.items()
                      for ts_, n in runs)
        got = sorted((v["sla"], v["region"] or "", when(v["start"]), int(v["duration_seconds"])) for v in doc["violations"])
        check(got == want, f"{name}: the violations are reportfigures' runs past target ({len(want)}: "
              f"{[(a, b, datetime.fromtimestamp(c, UTC).strftime('%H:%M'), d) for a, b, c, d in want][:4]})"
              + ("" if got == want else f"; report: {got[:4]}"))
        bad = [f"{r['sla']}/{r['region'] or 'fleet'}: {r['days'][0]['coverage']} vs "
               f"{rf.hour_coverage(ours[(r['sla'], r['region'])][0], *days[0])}" for r in doc["rows"]
               if not rf.close(num(r["days"][0]["coverage"]), rf.hour_coverage(ours[(r["sla"], r["region"])][0], *days[0]))]
        check(not bad, f"{name}: every row's coverage is the share of hours its series has a point in" +
              (f"; differ: {bad[:3]}" if bad else ""))
    if date == "2024-06-03":
        v = [x for x in doc["violations"] if x["sla"] == "error_rate" and x["region"] == "eu-west-1"]
        start = when(v[0]["start"]) if v else None
        dur = int(v[0]["duration_seconds"]) if v else 0
        burst = ts(datetime(2024, 6, 3, 10, tzinfo=UTC))
        window = next(s.window for s in profile.slas if s.id == "error_rate")
        # The series holds the burst's errors while they are inside its 5-minute window: up to a
        # window after the burst ends.
        check(len(v) == 1 and abs(start - burst) <= res and 7200 - 2 * res <= dur <= 7200 + window + res,
              f"{name}: eu-west-1's error-rate violation starts at 10:00Z within a step and lasts 2 h "
              f"(+ at most its window) ({[(x['start'], x['duration_seconds']) for x in v]})")
    for month_day, key in [("2024-02-14", ("error_rate", "eu-west-1")), ("2024-03-12", ("uptime", "ap-southeast-1"))]:
        if kind == "month" and date == month_day[:7]:
            runs = violation_series(path, day(*map(int, month_day.split("-"))))[key][1]
            want = [(when_, n * res) for when_, n in runs]
            got = [(when(v["start"]), int(v["duration_seconds"])) for v in doc["violations"]
                   if (v["sla"], v["region"]) == key]
            check(got == want, f"{name}: {key[0]} in {key[1]} violated on {month_day} as reportfigures' series "
                  f"says ({want}; report {got})")

# Refusals: a day before the history, and a day holding only its first sample.
for date, why in [("2023-01-20", "before the history"), ("2024-05-01", "only its first sample")]:
    out = tmp / f"refused-{date}.json"
    proc, secs = run_report("day", date, None, "5m", out)
    timings.append((f"day {date}", secs))
    if date < "2023-02-01":
        # Refused before anything is written, saying why.
        check(proc.returncode == 2 and not out.exists() and "first sample" in proc.stderr,
              f"day {date} ({why}): refused, exit 2 ({proc.returncode}), no report, a message naming the first "
              f"sample ({proc.stderr.strip()[-200:]!r})")
    else:
        check(proc.returncode == 2, f"day {date} ({why}): exit 2 ({proc.returncode})")
    if out.exists():
        doc = json.loads(out.read_text())
        check(doc["status"] == "unknown", f"day {date}: the report it wrote says unknown ({doc['status']})")

for name, secs in timings:
    print(f"time: slaops report {name}: {secs:.2f} s")

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
