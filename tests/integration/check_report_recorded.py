#!/usr/bin/python3
"""Reports read from the recorded figure (issue 10 over issue 11's rules), end to end. Fixture
history_rules_stack: June 3 and 4 2024 at 1-minute steps (an error burst in eu-west-1 on June 3
10:00-12:00Z) backfilled into a Prometheus that loads the profile's generated rules, whose recorded
figures `scripts/stack backfill-rules` wrote from June 3 11:00Z on, as if the rules had been
deployed then, in the middle of the burst.

`slaops report` (recorded) and `slaops report --raw` over the same Prometheus must agree on every
figure, status, coverage, chart point and violation, while the recorded one reads the violation
series from slaops:sla:value: June 4 asks no raw series query at all; June 3 asks raw only the
morning the rules did not record, and its burst, begun before 11:00 and ended after, is still one
violation from 10:00Z lasting 2 h 4 min. Also: a month report (June 2024) agrees the same way; a
profile of another version is read raw, with a warning naming both versions; every row of the
recorded report says it is recorded, every row of --raw that it is not.
Usage: check_report_recorded.py PROFILE STACK_DIR SLAOPS"""
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from reportjsonfields import num, when  # noqa: E402

profile_path, stack_dir, slaops = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split("\n") if "=" in line)
prom = env["PROMETHEUS_URL"]
failures = []
work = Path(tempfile.mkdtemp(prefix="slaops-report-recorded-"))
RULES_FROM = when("2024-06-03T11:00:00Z")


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what, flush=True)
    if not cond:
        failures.append(what)


def report(kind, date, *extra, profile=profile_path):
    out = work / f"{kind}-{date}-{len(extra)}-{profile.stem}.json"
    args = [str(slaops), "report", "--period", kind, "--date", date, "--format", "json", "-o", str(out),
            "--profile", str(profile), "--prometheus", prom, *extra]
    p = subprocess.run(args, capture_output=True, text=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "HOME": str(work), "LANG": "C.UTF-8",
                            "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
                            "QT_LOGGING_RULES": "slaops.report.debug=true"})
    if not out.exists():
        sys.exit(f"slaops report {kind} {date} {extra} wrote nothing (exit {p.returncode}): {p.stderr[-2000:]}")
    calls = []
    for line in p.stderr.splitlines():
        i = line.find("query_range\t")
        if i >= 0:
            _, start, end, step, promql = line[i:].split("\t", 4)
            calls.append((int(start), int(end), int(step), promql))
    return p.returncode, json.loads(out.read_text()), calls


def close(a, b):
    a, b = num(a), num(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-12)


def same_value(what, a, b, wrong):
    if a["status"] != b["status"] or a["coverage"] != b["coverage"] or not close(a["value"], b["value"]):
        wrong.append(f"{what}: recorded {a}, raw {b}")


def compare(label, rec, raw):
    wrong = []
    check(len(rec["rows"]) == len(raw["rows"]) and len(rec["rows"]) > 0,
          f"{label}: both reports have the same {len(raw['rows'])} rows")
    for a, b in zip(rec["rows"], raw["rows"]):
        what = f"{a['sla']} {a['region'] or 'fleet'}"
        for da, db in zip(a["days"], b["days"]):
            same_value(f"{what} {da['date']}", da, db, wrong)
        same_value(f"{what} overall", a["overall"], b["overall"], wrong)
        if len(a["series"]) != len(b["series"]):
            wrong.append(f"{what}: chart of {len(a['series'])} points, raw {len(b['series'])}")
        else:
            for pa, pb in zip(a["series"], b["series"]):
                if pa[0] != pb[0] or not close(pa[1], pb[1]):
                    wrong.append(f"{what}: chart point {pa} recorded, {pb} raw")
                    break
    check(not wrong, f"{label}: every figure, status, coverage and chart point equal to --raw's"
          + (f" ({len(wrong)} differ: {wrong[:4]})" if wrong else ""))
    va = [(v["sla"], v["region"], v["start"], v["duration_seconds"], v["severity"]) for v in rec["violations"]]
    vb = [(v["sla"], v["region"], v["start"], v["duration_seconds"], v["severity"]) for v in raw["violations"]]
    worst = all(close(x["worst"], y["worst"]) for x, y in zip(rec["violations"], raw["violations"]))
    check(va == vb and worst, f"{label}: the same {len(vb)} violations with their worst values"
          + ("" if va == vb else f" (recorded {va[:3]}, raw {vb[:3]})"))
    check(rec["missing"] == raw["missing"] == [], f"{label}: nothing missing in either")
    check(all(r.get("recorded") is True for r in rec["rows"]), f"{label}: every row of the report is recorded")
    check(all(r.get("recorded") is False for r in raw["rows"]), f"{label}: no row of --raw is recorded")


def raw_series_calls(calls, step):
    """Calls at the violation series' step that evaluate the raw query (not the recorded figure)."""
    return [c for c in calls if c[2] == step and "slaops:sla:value" not in c[3] and "ALERTS" not in c[3]]


# June 4: recorded all day.
code_rec, rec, calls = report("day", "2024-06-04")
code_raw, raw, raw_calls = report("day", "2024-06-04", "--raw")
check(code_rec == code_raw == 0, f"June 4: exit 0 both ways (recorded {code_rec}, raw {code_raw})")
compare("June 4", rec, raw)
check(not raw_series_calls(calls, 60),
      f"June 4: no raw series query ({len(raw_series_calls(calls, 60))} of {len(calls)} calls)")
check(len(raw_series_calls(raw_calls, 60)) == len(raw["rows"]),
      f"June 4 --raw: one raw series query per row ({len(raw_series_calls(raw_calls, 60))})")
check(any("slaops:sla:value" in c[3] and "absent_over_time(" in c[3] for c in calls), "June 4: reads the recorded figure")

# June 3: the rules recorded from 11:00 only; the burst straddles it.
code_rec, rec, calls = report("day", "2024-06-03")
code_raw, raw, _ = report("day", "2024-06-03", "--raw")
check(code_rec == code_raw == 1, f"June 3: exit 1 (violated) both ways (recorded {code_rec}, raw {code_raw})")
compare("June 3", rec, raw)
fills = raw_series_calls(calls, 60)
check(len(fills) == len(rec["rows"]) and all(c[0] == when("2024-06-03T00:00:00Z") and c[1] < RULES_FROM
                                             for c in fills),
      f"June 3: one raw query per row, for the morning before the rules only "
      f"({sorted({(c[0], c[1]) for c in fills})})")
burst = [v for v in rec["violations"] if v["sla"] == "error_rate" and v["region"] == "eu-west-1"]
check(len(burst) == 1 and when(burst[0]["start"]) == when("2024-06-03T10:00:00Z")
      and burst[0]["duration_seconds"] == 2 * 3600 + 4 * 60,
      f"June 3: the eu-west-1 burst is one violation from 10:00Z lasting 2 h 4 min ({burst})")

# The month: June 3 and 4 known, the other days without data, the same both ways.
code_rec, rec, calls = report("month", "2024-06")
code_raw, raw, _ = report("month", "2024-06", "--raw")
check(code_rec == code_raw == 2, f"June 2024: exit 2 (unknown days) both ways (recorded {code_rec}, raw {code_raw})")
compare("June 2024", rec, raw)

# A profile of another version (one target changed): its rules are not these, so it is read raw.
other = work / "other.yaml"
text = profile_path.read_text()
changed = re.sub(r"(\n    target: )100ms", r"\g<1>120ms", text, count=1)
check(changed != text, "the profile copy changes the P95 target")
other.write_text(changed)
_, rec, calls = report("day", "2024-06-04", profile=other)
check(all(r.get("recorded") is False for r in rec["rows"]) and not any("slaops:sla:value" in c[3] for c in calls),
      "a profile of another version is read raw")
check(any("version" in w for w in rec["warnings"]), f"...with a warning naming the versions ({rec['warnings']})")

shutil.rmtree(work, ignore_errors=True)
if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
print("all checks passed")
