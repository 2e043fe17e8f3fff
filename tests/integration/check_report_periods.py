#!/usr/bin/python3
"""Issue 10's remaining periods, end to end, against the backfilled months file (fixture history_stack:
February 1 to May 1 2024 at 5 minutes, an error burst in eu-west-1 on February 14 09:00Z for 2 h, an
outage of ap-southeast-1 on March 12 03:00Z for 45 min), every figure compared with reportfigures
(this directory's independent computation) within 1e-9 (relative):

1. A profile whose SLAs changed mid-period (error_rate `since: 2024-03-10T00:00:00Z`, data_consistency
   `until: 2024-03-20T00:00:00Z`): in the March report, the days wholly outside are not_in_effect, the
   days inside are reportfigures' per-day figures, and the month and overall are reportfigures' over
   [since, April 1) and [March 1, until); the other SLAs keep the whole month.
2. The quarter 2024-Q1: January has no data, so its month and days are unknown (coverage 0; no value but
   uptime's, from the sample at February 1 00:00 that Prometheus' closed range holds) and the report exits 2; February's and March's month values (and days) are reportfigures'; the
   --initiatives and --roadmap texts are in the JSON as given and in the PDF's pdftotext output; a
   hash-chained audit log (verified with `slaops audit verify`) with one containment action on
   2024-03-12 is an incident with source action in the JSON and in the PDF.
3. April 2024 in Pacific/Auckland: 30 local days, April 7 25 hours long (NZDT ends), every daily figure
   (and the month's) reportfigures' over those local days.
Usage: check_report_periods.py PROFILE STACK_DIR MONTHS_FILE SLAOPS"""
import hashlib
import json
import math
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import reportfigures as rf  # noqa: E402

from reportjsonfields import num, when

profile_path, stack_dir, months_file, slaops = (Path(a) for a in sys.argv[1:5])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split("\n") if "=" in line)
prom = env["PROMETHEUS_URL"]
profile = rf.Profile(profile_path)
failures = []
UTC = timezone.utc
AUCKLAND = ZoneInfo("Pacific/Auckland")
SINCE = datetime(2024, 3, 10, tzinfo=UTC)  # error_rate came into force
UNTIL = datetime(2024, 3, 20, tzinfo=UTC)  # data_consistency ended
tmp = Path(tempfile.mkdtemp(prefix="report-periods-"))


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what, flush=True)
    if not cond:
        failures.append(what)


def ts(dt):
    return int(dt.timestamp())


def local_days(y, m, zone=UTC):
    """[(start, end)] of the month's local days in the zone, by this test's own calendar."""
    out, d = [], datetime(y, m, 1).date()
    while d.month == m:
        start = datetime.combine(d, datetime.min.time(), tzinfo=zone)
        end = datetime.combine(d + timedelta(days=1), datetime.min.time(), tzinfo=zone)
        out.append((ts(start), ts(end)))
        d += timedelta(days=1)
    return out


def whole(days):
    return days[0][0], days[-1][1]


def label(start, end):
    return f"[{datetime.fromtimestamp(start, UTC):%Y-%m-%d %H:%M}, {datetime.fromtimestamp(end, UTC):%Y-%m-%d %H:%M}]"




def who(sla, region):
    return f"{sla.id}/{region.name if region else 'fleet'}"


def compare(what, got, want, sla, target, wrong):
    """One figure of the report against reportfigures: the value, and the status it implies."""
    if not rf.close(num(got["value"]), want):
        wrong.append(f"{what}: report {got['value']!r}, reportfigures {want!r}")
    coverage = num(got["coverage"])
    status = rf.status(want, sla, target) if coverage == 1 else "unknown"
    if got["status"] != status:
        wrong.append(f"{what}: status {got['status']}, expected {status} (coverage {coverage})")


def verdict_ok(name, doc, proc):
    """The report's status and exit code follow from its rows' overall statuses (docs/report-json.md)."""
    s = {r["overall"]["status"] for r in doc["rows"]}
    status = ("unknown" if doc["missing"] else "violated" if "violated" in s
              else "unknown" if "unknown" in s or not s else "met")
    rc = {"met": 0, "violated": 1, "unknown": 2}[status]
    check(doc["status"] == status and doc["exit_code"] == rc == proc.returncode,
          f"{name}: status {doc['status']}, exit {proc.returncode} (expected {status}, {rc}; JSON {doc['exit_code']})")


def report(kind, date, fmt, out, extra=(), profile_file=profile_path):
    args = [str(slaops), "report", "--period", kind, "--date", date, "--format", fmt, "-o", str(out),
            "--profile", str(profile_file), "--prometheus", prom, "--resolution", "5m"] + list(extra)
    t0 = time.monotonic()
    p = subprocess.run(args, capture_output=True, text=True, timeout=300,
                       env={"PATH": "/usr/bin:/bin", "HOME": str(tmp), "LANG": "C.UTF-8"})
    ok = out.exists()
    check(ok, f"slaops report --period {kind} --date {date} --format {fmt} {' '.join(extra)}: wrote {out.name} "
          f"(exit {p.returncode}, {time.monotonic() - t0:.1f} s){'' if ok else ': ' + p.stderr.strip()[:300]}")
    return p, (out.read_bytes() if ok else None)


def days_ok(name, doc, days):
    got = [(when(d["start"]), when(d["end"])) for d in doc["period"]["days"]]
    check(got == days, f"{name}: the period's {len(days)} days are this test's calendar's ({len(got)})")
    rows = [(r["sla"], r["region"]) for r in doc["rows"]]
    want = [(s.id, r.name if r else None) for s, r, _ in profile.rows()]
    check(rows == want, f"{name}: {len(want)} rows, in the profile's order")
    return got == days and rows == want


def pdf_text(pdf):
    """pdftotext of every page, non-breaking spaces as spaces, runs of blanks as one."""
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return raw.replace("\u00a0", " ")


# ---- the independent figures: one pass over the months file for every stretch asked below ----------

march, feb = local_days(2024, 3), local_days(2024, 2)
jan = local_days(2024, 1)
april_akl = local_days(2024, 4, AUCKLAND)
quarter = (jan[0][0], march[-1][1])
since_stretch = (ts(SINCE), whole(march)[1])
until_stretch = (whole(march)[0], ts(UNTIL))
stretches = march + feb + jan + april_akl + [whole(march), whole(feb), whole(jan), quarter, whole(april_akl),
                                             since_stretch, until_stretch]
t0 = time.monotonic()
h = rf.History([months_file], stretches, profile)
print(f"read {months_file.name} in {time.monotonic() - t0:.1f} s", flush=True)

# ---- 1. SLAs that changed mid-period ----------------------------------------------------------------

doc_ = yaml.safe_load(profile_path.read_text())
for node in doc_["slas"]:
    if node["id"] == "error_rate":
        node["since"] = "2024-03-10T00:00:00Z"
    if node["id"] == "data_consistency":
        node["until"] = "2024-03-20T00:00:00Z"
changed = tmp / "changed-profile.yaml"
changed.write_text(yaml.safe_dump(doc_, sort_keys=False, allow_unicode=True))

# The restricted stretch must tell a different figure from the whole month, or the check proves nothing.
for sla_id, stretch in (("error_rate", since_stretch), ("data_consistency", until_stretch)):
    differs = [who(s, r) for s, r, _ in profile.rows() if s.id == sla_id
               and not rf.close(h.figure(s, r, *stretch), h.figure(s, r, *whole(march)))]
    check(differs, f"reportfigures: {sla_id} over {label(*stretch)} differs from the whole of March for "
          f"{len(differs)} row(s) ({differs[:4]}): the month would not pass for it")

name = "month 2024-03 with error_rate since 03-10 and data_consistency until 03-20"
proc, raw = report("month", "2024-03", "json", tmp / "changed.json", profile_file=changed)
if raw is not None:
    doc = json.loads(raw)
    if days_ok(name, doc, march):
        wrong, compared, not_in_effect = [], 0, 0
        for (sla, region, target), row in zip(profile.rows(), doc["rows"]):
            span = {"error_rate": since_stretch, "data_consistency": until_stretch}.get(sla.id, whole(march))
            for (start, end), got in zip(march, row["days"]):
                if start >= span[1] or end <= span[0]:
                    not_in_effect += 1
                    if got["status"] != "not_in_effect" or got["value"] is not None:
                        wrong.append(f"{who(sla, region)} {label(start, end)}: {got['status']} {got['value']!r}, "
                                     f"expected not_in_effect with no value")
                else:
                    compare(f"{who(sla, region)} {label(start, end)}", got, h.figure(sla, region, start, end), sla,
                            target, wrong)
                compared += 1
            want = h.figure(sla, region, *span)
            compare(f"{who(sla, region)} month", row["months"][0], want, sla, target, wrong)
            compare(f"{who(sla, region)} overall", row["overall"], want, sla, target, wrong)
            compared += 2
        check(not_in_effect == 4 * 9 + 4 * 12,
              f"{name}: 9 days of error_rate and 12 of data_consistency (fleet and 3 regions) lie outside "
              f"({not_in_effect})")
        check(not wrong, f"{name}: {compared} figures: days outside not_in_effect, days inside, the month and "
              f"overall over the SLA's own time equal reportfigures'" + (f"; {len(wrong)} wrong: {wrong[:4]}"
                                                                         if wrong else ""))
        verdict_ok(name, doc, proc)
        check(not doc["missing"], f"{name}: nothing missing ({doc['missing'][:2]})")

# ---- 2. The quarter: a month without data, free text, an action from the audit log ------------------

INITIATIVES = ["Cache the session look-ups on the critical path (P95, target -20 ms).",
               "Replicate eu-west-1's error budget review to \"all regions\", monthly."]
ROADMAP = ["Q2: automate the regional failover drill.", "Q3: move session storage to three zones."]
initiatives_file, roadmap_file = tmp / "initiatives.txt", tmp / "roadmap.txt"
initiatives_file.write_text("\n".join(INITIATIVES) + "\n")
roadmap_file.write_text("\n".join(ROADMAP) + "\n")

ACTION_AT = "2024-03-12T03:20:00.000Z"
ACTION_TITLE = "Divert traffic away from ap-southeast-1"  # as the planner titles it
audit, head = tmp / "audit.jsonl", tmp / "audit.jsonl.head"


def write_log(records):
    """A log as core/actions/auditlog.h describes it: seq from 1, prev the SHA-256 hex of the line before
    (64 zeros for the first), and FILE.head "SEQ HASH" of the last line."""
    lines, prev = [], "0" * 64
    for seq, r in enumerate(records, 1):
        line = json.dumps({"v": 1, "seq": seq, "prev": prev, **r}, separators=(",", ":"), sort_keys=True)
        lines.append(line)
        prev = hashlib.sha256(line.encode()).hexdigest()
    audit.write_text("".join(line + "\n" for line in lines))
    head.write_text(f"{len(lines)} {prev}\n")
    return lines


# The intent's plan as core/actions/plan.cpp writes it (the parts the report reads, and a few more).
plan = {"kind": "divert-traffic", "title": ACTION_TITLE, "rationale": "ap-southeast-1: uptime 0 %",
        "target": {"context": "erlmcp-prod", "namespace": "erlmcp", "kind": "Service", "name": "erlmcp-service",
                   "production": True, "colour": "#c62828"},
        "effects": [{"sla": "uptime", "region": "ap-southeast-1", "text": "traffic goes to the other regions"}],
        "isRollback": False}
lines = write_log([{"at": ACTION_AT, "kind": "intent", "plan": plan, "actor": "oncall", "host": "test"},
                   {"at": "2024-03-12T03:20:04.000Z", "kind": "outcome", "intent": 1, "applied": True,
                    "actor": "oncall", "host": "test"}])
v = subprocess.run([str(slaops), "audit", "verify", str(audit)], capture_output=True, text=True, timeout=60,
                   env={"PATH": "/usr/bin:/bin", "HOME": str(tmp), "LANG": "C.UTF-8"})
check(v.returncode == 0, f"slaops audit verify: the written log is intact (exit {v.returncode}: "
      f"{(v.stdout + v.stderr).strip()[:200]})")
# The verifier is not vacuous: the same log with the title edited is broken.
tampered = tmp / "tampered.jsonl"
tampered.write_text(lines[0].replace(ACTION_TITLE, ACTION_TITLE + "!") + "\n" + lines[1] + "\n")
Path(str(tampered) + ".head").write_text(head.read_text())
v = subprocess.run([str(slaops), "audit", "verify", str(tampered)], capture_output=True, text=True, timeout=60,
                   env={"PATH": "/usr/bin:/bin", "HOME": str(tmp), "LANG": "C.UTF-8"})
check(v.returncode != 0, f"slaops audit verify: an edited record breaks the chain (exit {v.returncode})")

name = "quarter 2024-Q1"
extra = ["--initiatives", str(initiatives_file), "--roadmap", str(roadmap_file), "--audit-log", str(audit)]
proc, raw = report("quarter", "2024-Q1", "json", tmp / "q1.json", extra)
if raw is not None:
    doc = json.loads(raw)
    check(proc.returncode == 2 and doc["status"] == "unknown",
          f"{name}: January has no data: never compliant, exit 2 ({proc.returncode}, {doc['status']})")
    months = [(when(m["start"]), when(m["end"])) for m in doc["period"]["months"]]
    check(months == [whole(jan), whole(feb), whole(march)], f"{name}: its months are January, February, March "
          f"({[label(*m) for m in months]})")
    if days_ok(name, doc, jan + feb + march) and len(months) == 3:
        wrong, compared = [], 0
        for (sla, region, target), row in zip(profile.rows(), doc["rows"]):
            # January: no hour with data, so its month and days are unknown with coverage 0. The value is
            # still Prometheus' (reportfigures'): none for the rates; for avg_over_time(up) over January and
            # January 31 the closed range [start, end] holds the one sample at February 1 00:00:00.
            for what, stretch, got in [("January", whole(jan), row["months"][0])] + [
                    (f"{datetime.fromtimestamp(s, UTC):%m-%d}", (s, e), d) for (s, e), d in zip(jan, row["days"])]:
                want = h.figure(sla, region, *stretch)
                if (got["status"] != "unknown" or num(got["coverage"]) != 0 or not rf.close(num(got["value"]), want)
                        or (sla.form[0] != "avg_over_time" and got["value"] is not None)):
                    wrong.append(f"{who(sla, region)} {what}: {got}, expected unknown, coverage 0, value {want!r}")
                compared += 1
            for i, m in ((1, whole(feb)), (2, whole(march))):
                compare(f"{who(sla, region)} month {i + 1}", row["months"][i], h.figure(sla, region, *m), sla, target,
                        wrong)
                compared += 1
            for (start, end), got in zip(feb + march, row["days"][len(jan):]):
                compare(f"{who(sla, region)} {label(start, end)}", got, h.figure(sla, region, start, end), sla, target,
                        wrong)
                compared += 1
            got = row["overall"]
            if got["status"] != "unknown" or not num(got["coverage"]) < 1 or not rf.close(
                    num(got["value"]), h.figure(sla, region, *quarter)):
                wrong.append(f"{who(sla, region)} overall: {got}, expected unknown (coverage below 1) with "
                             f"reportfigures' {h.figure(sla, region, *quarter)!r}")
            compared += 1
        check(not wrong, f"{name}: {compared} figures: January's month and days unknown (coverage 0, no rate), "
              f"February's and March's months and days equal reportfigures', the quarter unknown"
              + (f"; {len(wrong)} wrong: {wrong[:4]}" if wrong else ""))
        verdict_ok(name, doc, proc)
    check(doc["initiatives"] == initiatives_file.read_text() and doc["roadmap"] == roadmap_file.read_text(),
          f"{name}: initiatives and roadmap are in the JSON as given ({doc['initiatives']!r}, {doc['roadmap']!r})")
    actions = [i for i in doc["incidents"] if i["source"] == "action"]
    check(len(actions) == 1 and when(actions[0]["start"]) == when(ACTION_AT) and actions[0]["title"] == ACTION_TITLE
          and actions[0]["duration_seconds"] == 0 and actions[0]["detail"] == "Service erlmcp-service · applied"
          and actions[0]["region"] == "ap-southeast-1",
          f"{name}: the audit log's action is one incident with source action, its time, title, region (from its "
          f"effects), object and outcome "
          f"({actions})")
    check(not doc["missing"], f"{name}: nothing missing, the audit log included ({doc['missing'][:2]})")

    pdf = tmp / "q1.pdf"
    proc_pdf, raw_pdf = report("quarter", "2024-Q1", "pdf", pdf, extra)
    if raw_pdf is not None:
        check(proc_pdf.returncode == proc.returncode, f"{name}: the PDF's exit code is the JSON's ({proc_pdf.returncode})")
        text = pdf_text(pdf)
        flat = re.sub(r"\s+", " ", text)
        absent = [t for t in INITIATIVES + ROADMAP if t not in flat]
        check(not absent and "Improvement initiatives" in text and "Roadmap" in text,
              f"{name}: the PDF shows the initiatives and roadmap under their headings"
              + (f"; absent: {absent}" if absent else ""))
        start = datetime.fromtimestamp(when(ACTION_AT), UTC).strftime("%Y-%m-%d %H:%M")
        rows = [l for l in text.splitlines() if start in l and "Action" in l and "Divert traffic" in l]
        check(bool(rows) and "Major incidents" in text and "ap-southeast-1" in flat[flat.find("Major incidents"):],
              f"{name}: the PDF's major incidents list the action ({rows[:1]})")

# ---- 3. A month of 23/25-hour days: April 2024 in Pacific/Auckland ----------------------------------

name = "month 2024-04 in Pacific/Auckland"
check(len(april_akl) == 30 and april_akl[6][1] - april_akl[6][0] == 25 * 3600
      and all(e - s == 86400 for i, (s, e) in enumerate(april_akl) if i != 6),
      "this test's calendar: April 2024 in Pacific/Auckland is 30 days, the 7th 25 hours, the others 24")
proc, raw = report("month", "2024-04", "json", tmp / "april-auckland.json", ["--tz", "Pacific/Auckland"])
if raw is not None:
    doc = json.loads(raw)
    check(doc["period"]["zone"] == "Pacific/Auckland", f"{name}: zone {doc['period']['zone']}")
    if days_ok(name, doc, april_akl):
        seventh = doc["period"]["days"][6]
        check(seventh["date"] == "2024-04-07" and when(seventh["end"]) - when(seventh["start"]) == 25 * 3600,
              f"{name}: the 7th's start and end are 25 h apart ({seventh})")
        wrong, compared = [], 0
        for (sla, region, target), row in zip(profile.rows(), doc["rows"]):
            for (start, end), got in zip(april_akl, row["days"]):
                compare(f"{who(sla, region)} {label(start, end)}", got, h.figure(sla, region, start, end), sla, target,
                        wrong)
                compared += 1
            for what, got in (("month", row["months"][0]), ("overall", row["overall"])):
                compare(f"{who(sla, region)} {what}", got, h.figure(sla, region, *whole(april_akl)), sla, target, wrong)
                compared += 1
        check(not wrong, f"{name}: {compared} figures (every local day, the month, overall) equal reportfigures'"
              + (f"; {len(wrong)} wrong: {wrong[:4]}" if wrong else ""))
        verdict_ok(name, doc, proc)
        check(not doc["missing"], f"{name}: nothing missing ({doc['missing'][:2]})")

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
