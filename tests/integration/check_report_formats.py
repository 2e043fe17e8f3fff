#!/usr/bin/python3
"""slaops report's machine-readable forms agree (issue 10): over the backfilled history (fixture
history_stack), the CSV and the JSON of the same report hold the same figures value for value (one
CSV record per day and row, with its UTC instants, target, value, status and coverage), and the CSV
is RFC 4180 as Python's csv module reads it strictly: CRLF line ends, and fields with a comma, a
quote or a line break quoted with their quotes doubled (the profile used here gives an SLA such a
name). And the PDF, read back with pdftotext, shows the JSON's figures and violations on pages that each
say "Page i of N". Usage: check_report_formats.py PROFILE STACK_DIR SLAOPS"""
import csv
import io
import json
import math
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import yaml

from reportjsonfields import num, when

profile_path, stack_dir, slaops = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split("\n") if "=" in line)
prom = env["PROMETHEUS_URL"]
failures = []
HEADER = ["date", "start_utc", "end_utc", "sla", "name", "region", "unit", "comparison", "target", "value",
          "status", "coverage"]
# A name CSV must quote: a comma, quotes and a line break.
AWKWARD = 'P95 response time, "tail"\nof the day'


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what, flush=True)
    if not cond:
        failures.append(what)



def csv_num(text):
    if text == "":
        return math.nan
    return {"+Inf": math.inf, "-Inf": -math.inf}.get(text) or float(text)


def same(a, b):
    """Value for value: the same double, or both unknown."""
    return (math.isnan(a) and math.isnan(b)) or a == b



tmp = Path(tempfile.mkdtemp(prefix="report-cli-"))
doc = yaml.safe_load(profile_path.read_text())
for sla in doc["slas"]:
    if sla["id"] == "response_time_p95":
        sla["name"] = AWKWARD
awkward_profile = tmp / "profile.yaml"
awkward_profile.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))


def report(kind, date, fmt, extra):
    out = tmp / f"{kind}-{date}.{fmt}"
    args = [str(slaops), "report", "--period", kind, "--date", date, "--format", fmt, "-o", str(out),
            "--profile", str(awkward_profile), "--prometheus", prom] + extra
    t0 = time.monotonic()
    p = subprocess.run(args, capture_output=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "HOME": str(tmp), "LANG": "C.UTF-8"})
    secs = time.monotonic() - t0
    check(p.returncode in (0, 1, 2) and out.exists(),
          f"slaops report --period {kind} --date {date} --format {fmt} {' '.join(extra)}: wrote {out.name} "
          f"(exit {p.returncode}, {secs:.2f} s){'' if out.exists() else ': ' + p.stderr.decode()[:300]}")
    return (out.read_bytes() if out.exists() else None), p.returncode


for kind, date, extra in [("day", "2024-06-03", []), ("month", "2024-03", ["--resolution", "5m"]),
                          ("day", "2024-04-07", ["--tz", "Pacific/Auckland", "--resolution", "5m"])]:
    name = f"{kind} {date} {' '.join(extra)}".strip()
    js, rc_json = report(kind, date, "json", extra)
    raw, rc_csv = report(kind, date, "csv", extra)
    if js is None or raw is None:
        continue
    check(rc_json == rc_csv, f"{name}: the same exit code for JSON and CSV ({rc_json}, {rc_csv})")
    rep = json.loads(js)
    text = raw.decode("utf-8")
    # RFC 4180: every record ends with CRLF; a bare LF may only sit inside a quoted field.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as e:
        check(False, f"{name}: the CSV parses with Python's csv module in strict mode ({e})")
        continue
    check(text.endswith("\r\n"), f"{name}: the CSV's last record ends with CRLF")
    outside_quotes = "".join(part for i, part in enumerate(text.split('"')) if i % 2 == 0)
    check("\n" not in outside_quotes.replace("\r\n", ""), f"{name}: every line break between records is CRLF")
    check(records and records[0] == HEADER, f"{name}: the header is {','.join(HEADER)}")
    body = records[1:]
    check(all(len(r) == len(HEADER) for r in body), f"{name}: every record has {len(HEADER)} fields")
    days = rep["period"]["days"]
    want = {}
    for row in rep["rows"]:
        for d, v in zip(days, row["days"]):
            want[(d["date"], row["sla"], row["region"] or "")] = (d, row, v)
    got = {(r[0], r[3], r[5]): r for r in body if len(r) == len(HEADER)}
    check(len(body) == len(want) == len(got) == len(rep["rows"]) * len(days),
          f"{name}: one CSV record per day and row ({len(body)} records, {len(rep['rows'])} rows x {len(days)} days)")
    check(set(got) == set(want), f"{name}: the same (date, sla, region) keys in CSV and JSON")
    wrong = []
    for key in sorted(set(got) & set(want)):
        r = got[key]
        d, row, v = want[key]
        fields = dict(zip(HEADER, r))
        if when(fields["start_utc"]) != when(d["start"]) or when(fields["end_utc"]) != when(d["end"]):
            wrong.append(f"{key}: instants {fields['start_utc']}..{fields['end_utc']} vs {d['start']}..{d['end']}")
        for f, j in [("name", row["name"]), ("unit", row["unit"]), ("comparison", row["comparison"]),
                     ("status", v["status"])]:
            if fields[f] != j:
                wrong.append(f"{key}: {f} {fields[f]!r} vs {j!r}")
        for f, j in [("target", row["target"]), ("value", v["value"]), ("coverage", v["coverage"])]:
            if not same(csv_num(fields[f]), num(j)):
                wrong.append(f"{key}: {f} {fields[f]!r} vs {j!r}")
    check(not wrong, f"{name}: every CSV record equals the JSON's day, value for value" +
          (f"; {len(wrong)} differ: {wrong[:3]}" if wrong else ""))
    check(any(f[4] == AWKWARD for f in body), f"{name}: a name with a comma, quotes and a line break reads back whole")
    known = sum(1 for r in body if len(r) == len(HEADER) and r[9] != "")
    check(known > 0, f"{name}: the CSV holds figures ({known} known values)")

# The PDF of the burst day, read back with poppler's pdftotext: the compliance table's achieved figure
# of every row equals the JSON's within the precision shown, each violation is there with its start
# and row, and every page carries "Page i of N".
pdf = tmp / "day.pdf"
js_path = tmp / "day-plain.json"
for fmt, out in (("pdf", pdf), ("json", js_path)):
    p = subprocess.run([str(slaops), "report", "--period", "day", "--date", "2024-06-03", "--format", fmt, "-o",
                        str(out), "--prometheus", prom], capture_output=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "HOME": str(tmp), "LANG": "C.UTF-8"})
    check(p.returncode == 1 and out.exists(), f"slaops report --format {fmt} of the burst day: exit 1, written "
          f"(exit {p.returncode}{'' if out.exists() else ', ' + p.stderr.decode()[:300]})")
if pdf.exists() and js_path.exists():
    rep = json.loads(js_path.read_text())
    pages = int(next(l.split()[-1] for l in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                                          check=True).stdout.splitlines() if l.startswith("Pages:")))
    texts = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout.replace("\u00a0", " ") for i in range(1, pages + 1)]
    check(pages >= 2 and all(f"Page {i} of {pages}" in t for i, t in enumerate(texts, 1)),
          f"the PDF's {pages} pages each say 'Page i of {pages}'")
    text = "\n".join(texts)
    check("2024-06-03" in texts[0] and "Violated" in texts[0], "the title page names the day and its verdict")
    scale = {"percent": 100.0}
    unmatched = []
    for row in rep["rows"]:
        region = row["region"] or "fleet"
        pattern = re.compile(r"^\s*" + re.escape(row["name"]) + r"\s+" + re.escape(region) + r"\s+([0-9][0-9,.]*)",
                             re.M)
        m = pattern.search(text)
        value = num(row["overall"]["value"]) * scale.get(row["unit"], 1.0)
        if not m:
            unmatched.append(f"{row['name']} {region}: no table line")
            continue
        shown = m.group(1).replace(",", "")
        decimals = len(shown.split(".")[1]) if "." in shown else 0
        if abs(float(shown) - value) > 0.5 * 10 ** -decimals + 1e-12:
            unmatched.append(f"{row['name']} {region}: PDF {m.group(1)} vs JSON {value}")
    check(not unmatched, f"every row's achieved figure in the PDF equals the JSON's as rounded ({len(rep['rows'])} rows)"
          + (f": {unmatched[:3]}" if unmatched else ""))
    violations = rep["violations"]
    check(len(violations) >= 2, f"the JSON lists the burst's violations ({len(violations)})")
    for v in violations:
        start = datetime.fromisoformat(v["start"].replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M")
        region = v["region"] or "fleet"
        lines = [l for l in text.splitlines() if start in l and v["name"] in l and region in l]
        check(bool(lines), f"violation {v['name']} {region} from {start} is in the PDF's violations")

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
