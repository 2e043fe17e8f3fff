#!/usr/bin/python3
"""slaops report end to end against the backfilled history (fixture history_stack: 2024-06-03 with an
error burst in eu-west-1 10:00-12:00Z): the JSON and CSV are written, name the burst as a violation of
the error rate in eu-west-1, and the exit code says "violated" (1); a period before the first sample
and one in the future are refused with exit 2 and a message; a Prometheus that cannot be reached gives
a report that lists what is missing, exit 2. Usage: check_report_cli.py SLAOPS STACK_DIR"""
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

slaops = sys.argv[1]
stack_dir = Path(sys.argv[2])
env_file = stack_dir / "env"
if not env_file.exists():
    raise SystemExit(f"no history stack in {stack_dir} (ctest fixture history_stack)")
env = dict(line.split("=", 1) for line in env_file.read_text().split() if "=" in line)
prom = env["PROMETHEUS_URL"].strip("'\"")
failures = []
ENV = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
ENV["LANG"] = "C"


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what)
    if not cond:
        failures.append(what)


def report(args, out):
    p = subprocess.run([slaops, "report", "-o", str(out)] + args, capture_output=True, text=True, env=ENV,
                       timeout=300)
    return p.returncode, p.stdout, p.stderr


with tempfile.TemporaryDirectory() as d:
    out = Path(d) / "day.json"
    rc, _, err = report(["--period", "day", "--date", "2024-06-03", "--format", "json", "--prometheus", prom], out)
    check(rc == 1, f"the burst day exits 1 (violated), got {rc}: {err.strip()[:300]}")
    doc = json.loads(out.read_text())
    check(doc.get("schema") == "slaops-report/1", "schema slaops-report/1")
    check(doc.get("missing") == [], f"nothing missing: {doc.get('missing')}")
    bursts = [v for v in doc.get("violations", []) if v.get("sla") == "error_rate" and v.get("region") == "eu-west-1"]
    check(len(bursts) >= 1, "an error-rate violation in eu-west-1")
    if bursts:
        check(bursts[0]["start"].startswith("2024-06-03T10:0"), f"it starts at 10:00Z: {bursts[0]['start']}")
        check(115 * 60 <= bursts[0]["duration_seconds"] <= 130 * 60,
              f"it lasts about 2 h: {bursts[0]['duration_seconds']} s")
    check(len(doc.get("rows", [])) == 21, f"21 rows (6 fleet SLAs, 5 regional ones x 3): {len(doc.get('rows', []))}")

    out_csv = Path(d) / "day.csv"
    rc, _, err = report(["--period", "day", "--date", "2024-06-03", "--format", "csv", "--prometheus", prom], out_csv)
    check(rc == 1, f"csv: exit 1, got {rc}")
    with out_csv.open(newline="") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == 21, f"csv: one row per day and SLA row: {len(rows)}")
    eu = [r for r in rows if r["sla"] == "error_rate" and r["region"] == "eu-west-1"]
    check(len(eu) == 1 and eu[0]["status"] == "violated", f"csv: error_rate eu-west-1 violated: {eu}")

    old = Path(d) / "old.json"
    rc, _, err = report(["--period", "day", "--date", "2020-01-01", "--format", "json", "--prometheus", prom], old)
    check(rc == 2 and "before its first sample" in err, f"2020-01-01 refused with exit 2: {rc} {err.strip()}")
    check(not old.exists(), "nothing written for a refused report")
    rc, _, err = report(["--period", "month", "--date", "2099-01", "--format", "json", "--prometheus", prom], old)
    check(rc == 2 and "has not begun" in err, f"a future month refused with exit 2: {rc} {err.strip()}")

    down = Path(d) / "down.json"
    rc, _, err = report(["--period", "day", "--date", "2024-06-03", "--format", "json", "--prometheus",
                         "http://127.0.0.1:9/"], down)
    check(rc == 2, f"Prometheus unreachable: exit 2, got {rc}")
    if down.exists():
        missing = json.loads(down.read_text()).get("missing", [])
        check(len(missing) > 0 and all("Prometheus did not answer" in m for m in missing),
              f"every part listed as missing: {missing[:2]}")
    else:
        check(False, "the unreachable report is still written, saying what is missing")
    check("missing:" in err, "stderr lists the missing parts")

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
