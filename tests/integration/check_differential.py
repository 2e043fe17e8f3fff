#!/usr/bin/python3
"""slaops check against the real thing: its JSON validates against docs/check.schema.json, its exit code
follows from its states, and every figure equals the same PromQL evaluated by Prometheus directly at the
same time. Usage: check_differential.py SLAOPS STACK_DIR SOURCE_DIR"""
import json
import math
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from datetime import datetime
from pathlib import Path

import jsonschema

slaops, stack_dir, source_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split() if "=" in line)
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


def expected_exit(doc):
    states = [f["state"] for f in doc["figures"]] + [b["state"] for b in doc["budgets"]]
    if "breach" in states:
        return 1
    return 0 if states and all(s in ("ok", "warning") for s in states) else 2


def prometheus_value(query, at, source=None):
    # Asked of the replica that answered the figure (its `source`), as slaops asked it.
    t = datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp()
    url = f"{(source or prom).rstrip('/')}/api/v1/query?" + urllib.parse.urlencode({"query": query, "time": f"{t:.3f}"})
    with urllib.request.urlopen(url, timeout=30) as r:
        body = json.load(r)
    assert body["status"] == "success", body
    result = body["data"]["result"]
    if body["data"]["resultType"] == "scalar":
        return float(result[1])
    return [float(s["value"][1]) for s in result]


def recorded_values(query, at, source=None):
    """The samples of a recorded figure's series over the 30 s before `at`: a rule's result is stored
    after its evaluation, stamped with the evaluation's start, so the sample slaops read at `at` may
    have been joined by a later one stamped before `at`; the figure must be one of them."""
    selector = query.split(" and (time() - timestamp(")[0]
    t = datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp()
    url = f"{(source or prom).rstrip('/')}/api/v1/query?" + urllib.parse.urlencode(
        {"query": f"{selector}[30s]", "time": f"{t:.3f}"})
    with urllib.request.urlopen(url, timeout=30) as r:
        body = json.load(r)
    assert body["status"] == "success", body
    return [[float(v) for _, v in s["values"]] for s in body["data"]["result"]]


for args in ([], ["--region", "eu-west-1"]):
    rc, out, err = run("check", "--json", "--prometheus", prom, *args)
    doc = json.loads(out)
    try:
        jsonschema.Draft202012Validator(schema).validate(doc)
    except jsonschema.ValidationError as e:
        check(False, f"schema: {e.message} at {list(e.absolute_path)}")
    check(rc == expected_exit(doc), f"exit code {rc} for states, expected {expected_exit(doc)} ({args})")
    check(doc["prometheus"]["reachable"], "Prometheus reachable")
    if args:
        check(all(f["region"] == "eu-west-1" for f in doc["figures"]) and len(doc["figures"]) == 8,
              "--region keeps only that region's eight figures")
    else:
        check(len(doc["figures"]) == 30 and len(doc["budgets"]) == 3, "30 figures and 3 budgets")
    compared = 0
    for f in doc["figures"]:
        scope = f"{f['region'] or 'fleet'}/{f['id']}"
        direct = prometheus_value(f["query"], f["sample_time"] or doc["time"], f["source"])
        if f["state"] in ("ok", "warning", "breach") and f["recording_rule"]:
            series = recorded_values(f["query"], f["sample_time"] or doc["time"], f["source"])
            check(len(series) == 1 and f["value"] in series[0],
                  f"{scope}: slaops {f['value']!r} is not a sample of its recorded series {series}")
            compared += 1
        elif f["state"] in ("ok", "warning", "breach"):
            check(len(direct) == 1, f"{scope}: Prometheus returned {len(direct)} series")
            if direct:
                check(direct[0] == f["value"], f"{scope}: slaops {f['value']!r} != Prometheus {direct[0]!r}")
                compared += 1
        elif f["state"] == "nodata":
            check(direct == [] or all(math.isnan(v) for v in direct), f"{scope}: nodata but Prometheus has {direct}")
    if not args:
        # The stack's Prometheus is minutes old: each budget says how much of its period the data
        # covers, to the step of the tier that answers (4 s under 8 min of data, 4 min under 8 h). The witness is the first sample of the same series in a plain query_range.
        now = datetime.fromisoformat(doc["time"].replace("Z", "+00:00")).timestamp()
        url = f"{prom}/api/v1/query_range?" + urllib.parse.urlencode(
            {"query": "count(erlmcp_errors_total)", "start": f"{now - 3000:.3f}", "end": f"{now:.3f}", "step": "1"})
        with urllib.request.urlopen(url, timeout=30) as r:
            first = float(json.load(r)["data"]["result"][0]["values"][0][0])
        for b in doc["budgets"]:
            if b["state"] not in ("ok", "warning", "breach"):
                continue
            covered = b["rolling"]["covered_seconds"]
            check(isinstance(covered, (int, float)) and -5 <= (now - first) - covered <= 245,
                  f"{b['sla']}: covered {covered!r} s, Prometheus has {now - first:.0f} s of data")
            check(b["calendar_month"]["covered_seconds"] <= b["calendar_month"]["elapsed_seconds"],
                  f"{b['sla']}: month covered within the month")
    print(f"{'region' if args else 'fleet'} run: {compared} figures equal to Prometheus, exit code {rc}")
    check(compared >= (5 if args else 20), f"too few figures compared ({compared})")

# A bad profile: clear error with file, line and key, exit 1; a missing one: exit 1 too.
with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as bad:
    bad.write("profile: x\nsources:\n  prometheus:\n    url: http://127.0.0.1:9\nslas:\n  - id: a\n    name: A\n"
              "    query: up\n    unit: ms\n    comparison: at_most\n    target: 100\n    alert: 150ms\n")
rc, out, err = run("profile", "check", bad.name)
check(rc == 1 and f"{bad.name}:11: slas[0].target: expected a duration" in err, f"profile check: {rc} {err!r}")
rc, out, err = run("profile", "check", str(source_dir / "resources/profiles/erlmcp-v3.yaml"))
check(rc == 0 and "valid profile" in out, f"default profile check: {rc} {out!r} {err!r}")
rc, out, err = run("check", "--region", "mars-1", "--prometheus", prom)
check(rc == 2 and "no region" in err, f"unknown region: {rc} {err!r}")
# Prometheus that is not there: every figure unknown, exit 2, JSON still valid.
rc, out, err = run("check", "--json", "--prometheus", "http://127.0.0.1:9")
doc = json.loads(out)
jsonschema.Draft202012Validator(schema).validate(doc)
check(rc == 2 and not doc["prometheus"]["reachable"] and all(f["state"] == "error" for f in doc["figures"])
      and all(f["value"] is None for f in doc["figures"]), f"Prometheus down: rc {rc}")

# Prometheus down, nodes scraped directly: instant figures come back marked as direct, windowed ones
# (uptime, budgets) stay unknown, and the exit code says unknown.
targets = json.loads((stack_dir / "targets.json").read_text())
scrape = [a for group in targets for t in group["targets"] for a in ("--scrape", f"http://{t}/metrics/sla")]
subprocess.run([str(source_dir / "scripts/stack"), "stop-prometheus", "--dir", str(stack_dir)], check=True, timeout=60)
try:
    rc, out, err = run("check", "--json", "--prometheus", prom, *scrape)
    doc = json.loads(out)
    jsonschema.Draft202012Validator(schema).validate(doc)
    by = {(f["region"], f["id"]): f for f in doc["figures"]}
    check(rc == 2 and not doc["prometheus"]["reachable"], f"direct scrape: exit {rc}")
    for key in [(None, "response_time_p95"), (None, "error_rate"), (None, "throughput"), ("eu-west-1", "rpo"),
                ("ap-southeast-1", "network_latency"), ("us-east-1", "response_time_p95")]:
        f = by[key]
        check(f["direct"] and f["state"] == "ok" and f["value"] is not None and "direct scrape of" in f["source"],
              f"direct {key}: {f['state']} {f['value']} {f['source']}")
    check(10 < by[(None, "response_time_p95")]["value"] < 100, "direct P95 plausible")
    # The steady fleet serves 30,000 requests/s in all; a rate from two scrapes two seconds apart must
    # come within 10 % of it (the simulator's 100 ms steps and its 2 % noise stay well inside that).
    rps = by[(None, "throughput")]["value"]
    print(f"direct throughput: {rps:.0f} requests/s")
    check(27000 < rps < 33000, f"direct throughput {rps}")
    for f in doc["figures"]:
        if f["id"] == "uptime":
            check(not f["direct"] and f["state"] in ("stale", "error"), f"uptime stays unknown: {f['state']}")
    check(all(b["state"] in ("stale", "error") for b in doc["budgets"]), "budgets stay unknown")
finally:
    subprocess.run([str(source_dir / "scripts/stack"), "start-prometheus", "--dir", str(stack_dir)], check=True, timeout=180)

print(f"{len(failures)} failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
