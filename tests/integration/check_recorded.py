#!/usr/bin/python3
"""slaops reads the generated recording rules' series from a real Prometheus that has them loaded
(scripts/stack --slaops-rules), and they agree with the raw queries: every recorded figure equals its raw
query evaluated by Prometheus at the time the rule wrote it; `slaops check --raw` reads none of them; a
profile of another version is noticed (raw queries, a warning that names both versions).
Usage: check_recorded.py SLAOPS STACK_DIR SOURCE_DIR"""
import json
import math
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import datetime
from pathlib import Path

import jsonschema

slaops, stack_dir, source_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split("\n") if "=" in line)
prom = env["PROMETHEUS_URL"].strip('"')
schema = json.loads((source_dir / "docs/check.schema.json").read_text())
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args):
    p = subprocess.run([slaops, *args], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def check_json(*args):
    rc, out, err = run("check", "--json", "--prometheus", prom, *args)
    doc = json.loads(out)
    jsonschema.Draft202012Validator(schema).validate(doc)
    return rc, doc, err


def query(promql, at):
    url = f"{prom}/api/v1/query?" + urllib.parse.urlencode({"query": promql, "time": f"{at:.3f}"})
    with urllib.request.urlopen(url, timeout=30) as r:
        body = json.load(r)
    assert body["status"] == "success", body
    return body["data"]["result"]


def seconds(iso):
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def same(a, b):
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


# Wait (bounded) until every figure of the recorded run has a value: the stack is seconds old, and
# a 5-minute rate needs two samples of each series behind it.
deadline = time.monotonic() + 90
while True:
    rc, rec, err = check_json()
    known = [f for f in rec["figures"] if f["state"] in ("ok", "warning", "breach")]
    if len(known) >= 29 or time.monotonic() > deadline:
        break
    time.sleep(1)
check(rec["prometheus"]["recording_rules"] == "in_use", f"rules in use: {rec['prometheus']['recording_rules']}")
check(rec["prometheus"]["recording_rules_warning"] is None, "no rules warning")
check(len(rec["figures"]) == 30, f"{len(rec['figures'])} figures")
check(all(f["recording_rule"] for f in rec["figures"]), "every figure read from a recorded series")
check(all(f["query"].startswith("slaops:sla:value{") for f in rec["figures"]), "queries read slaops:sla:value")
check(all(b["recorded"] for b in rec["budgets"]) and len(rec["budgets"]) == 3, "all three budgets recorded")
check(len(known) >= 29, f"only {len(known)} figures with a value within 90 s")

rc, raw, err = check_json("--raw")
check(raw["prometheus"]["recording_rules"] == "unknown", "--raw does not ask for the rules")
check(not any(f["recording_rule"] for f in raw["figures"]), "--raw: no figure recorded")
check(not any(b["recorded"] for b in raw["budgets"]), "--raw: no budget recorded")
raw_by = {(f["region"], f["id"]): f for f in raw["figures"]}

# Agreement: each recorded value is what its raw query gives at the time the rule wrote it; and the
# query as sent gives it back at the figure's time (what check_differential asserts of every figure).
compared = 0
for f in rec["figures"]:
    scope = f"{f['region'] or 'fleet'}/{f['id']}"
    if f["state"] not in ("ok", "warning", "breach"):
        continue
    # The sample slaops read: a rule's result is stored after its evaluation, stamped with its start,
    # so a later one stamped before the sample time may have joined it since; find slaops' among the
    # series' samples of the last 30 s, and the time its rule wrote it.
    selector = f["query"].split(" and (time() - timestamp(")[0]
    series = query(f"{selector}[30s]", seconds(f["sample_time"]))
    check(len(series) == 1, f"{scope}: one recorded series")
    if len(series) != 1:
        continue
    written = [float(t) for t, v in series[0]["values"] if float(v) == f["value"]]
    check(bool(written), f"{scope}: slaops' {f['value']!r} is not a sample of {series[0]['values']}")
    if not written:
        continue
    written = written[-1]
    direct = query(raw_by[(f["region"], f["id"])]["query"], written)
    check(len(direct) == 1, f"{scope}: raw query has {len(direct)} series at {written}")
    if direct:
        value = float(direct[0]["value"][1])
        check(same(value, f["value"]), f"{scope}: recorded {f['value']!r} != raw {value!r} at {written}")
        compared += 1
    # The rule the figure names is the one Prometheus has for that series.
check(compared >= 29, f"only {compared} figures compared")

# The rule a figure names is the expression Prometheus reports for its series.
with urllib.request.urlopen(f"{prom}/api/v1/rules?type=record", timeout=30) as r:
    rules = [x for g in json.load(r)["data"]["groups"] for x in g["rules"]]
by_rule = {(x.get("labels", {}).get("slaops_sla"), x["labels"].get("slaops_region")): x["query"]
           for x in rules if x["name"] == "slaops:sla:value"}
for f in rec["figures"]:
    check(by_rule.get((f["id"], f["region"])) == f["recording_rule"], f"{f['region']}/{f['id']}: rule text")

# Budgets: the same verdicts, and burn rates of the same order (the recorded long windows are sums of
# overlapping 5-minute rates, which weigh the window's edges differently on a stack minutes old).
for b, r in zip(rec["budgets"], raw["budgets"]):
    check(b["sla"] == r["sla"] and b["state"] == r["state"], f"{b['sla']}: state {b['state']} vs raw {r['state']}")
    check(b["verdict"] == r["verdict"], f"{b['sla']}: verdict {b['verdict']} vs raw {r['verdict']}")

# A profile of another version (one target changed, same name): the engine notices and reads raw
# queries, with a warning naming both versions.
text = (source_dir / "resources/profiles/erlmcp-v3.yaml").read_text()
changed = text.replace("target: 0.01%", "target: 0.02%", 1)
assert changed != text
with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as other:
    other.write(changed)
rc, doc, err = check_json("--profile", other.name)
check(doc["prometheus"]["recording_rules"] == "other_version", f"other version: {doc['prometheus']['recording_rules']}")
warning = doc["prometheus"]["recording_rules_warning"] or ""
loaded = next(x["labels"]["slaops_profile_version"] for x in rules if "slaops_profile_version" in x.get("labels", {}))
check(loaded in warning and "slaops rules generate" in warning, f"warning names the loaded version: {warning!r}")
check(not any(f["recording_rule"] for f in doc["figures"]), "other version: raw queries")
check(sum(f["state"] == "ok" for f in doc["figures"]) >= 25, "other version: figures still known")
rc, out, err = run("check", "--prometheus", prom, "--profile", other.name)
check(loaded in out, "the table prints the warning")
rc, out, err = run("check", "--prometheus", prom)
check("read from the generated recording rules" in out and re.search(r"Uptime \*", out), f"table marks recorded: {out[:400]}")

print(f"{compared} recorded figures equal to their raw queries")
print(f"{len(failures)} failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
