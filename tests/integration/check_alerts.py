#!/usr/bin/python3
"""slaops alerts and slaops silence against three real Alertmanagers (1 and 2 one HA cluster, 3
standalone) fed by the real Prometheus evaluating the packaged rules, with amtool as the witness:
an alert that fires appears once with the three instances that hold it; a silence made by
`slaops silence add` is seen by `amtool silence query` on every instance, and the alert turns
silenced in slaops and in `amtool alert query --silenced`; expire round trip; one cluster peer
killed (flagged down, the others still shown, exit 2 with what it has) and restarted.
Every wait is a condition polled with a deadline.
Usage: check_alerts.py SLAOPS STACK_DIR SOURCE_DIR"""
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jsonschema

slaops, stack_dir, source_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
STACK = str(source_dir / "scripts/stack")
schema = json.loads((source_dir / "docs/alerts.schema.json").read_text())
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def read_env():
    env = {}
    for line in (stack_dir / "env").read_text().splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            env[k] = v.strip('"')
    return env


env = read_env()
urls = env["ALERTMANAGER_URLS"].split()
if len(urls) != 3:
    sys.exit(f"FAIL the stack has {len(urls)} Alertmanagers, expected 3: {env}")
AM = [a for u in urls for a in ("--alertmanager", u)]
# A settings file of our own: the author defaults to the settings' one, else the login name.
ENV = dict(os.environ, LANG="C", USER="slaops-test", XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="slaops-alerts-"))
for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    ENV.pop(k, None)
failures = []
ALERT, REGION = "SLAResponseTimeBreach", "eu-west-1"


def check(ok, what):
    print(f"{'ok  ' if ok else 'FAIL'} {what}")
    if not ok:
        failures.append(what)
    return ok


def run(args, timeout=60):
    p = subprocess.run(args, capture_output=True, text=True, env=ENV, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def alerts_json(*extra):
    rc, out, err = run([slaops, "alerts", "--json", *AM, *extra])
    try:
        doc = json.loads(out)
    except json.JSONDecodeError:
        return rc, None, err
    return rc, doc, err


def ours(doc):
    return [a for a in doc["alerts"] if a["name"] == ALERT and a["labels"].get("region") == REGION]


def amtool(url, *args):
    rc, out, err = run(["amtool", f"--alertmanager.url={url}", "-o", "json", *args])
    if rc != 0:
        raise RuntimeError(f"amtool {' '.join(args)} at {url}: exit {rc}: {err}")
    return json.loads(out or "[]")


def wait_for(what, cond, timeout):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = cond()
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            last = e
        if last and not isinstance(last, Exception):
            return last
        time.sleep(0.5)
    check(False, f"{what} within {timeout} s (last: {str(last)[:400]})")
    return None


def stack(*args):
    p = subprocess.run([STACK, *args, "--dir", str(stack_dir)], capture_output=True, text=True, timeout=120)
    if not check(p.returncode == 0, f"scripts/stack {' '.join(args)}"):
        print(p.stdout[-2000:], p.stderr[-2000:])


# --- quiet fleet: nothing of ours fires; every instance up, the cluster recognised
rc, doc, err = alerts_json()
check(doc is not None, f"slaops alerts --json prints JSON (exit {rc}, stderr {err[:200]})")
if doc:
    validator.validate(doc)
    check(doc["all_instances_up"] and len(doc["instances"]) == 3, "three Alertmanagers, all up")
    check(sorted(map(sorted, doc["clusters"])) == sorted([sorted(urls[:2]), [urls[2]]]),
          f"1 and 2 are one cluster, 3 stands alone: {doc['clusters']}")
    check(all(i["version"] for i in doc["instances"]), "each instance reports its version")

# --- an alert fires through the real rules and reaches all three
stack("scenario", "latency-spike", REGION)
doc = wait_for(f"{ALERT} {REGION} in slaops alerts",
               lambda: (lambda r: r[1] if r[1] and ours(r[1]) and len(ours(r[1])[0]["instances"]) == 3 else None)(
                   alerts_json()), 120)
if doc:
    validator.validate(doc)
    mine = ours(doc)
    check(len(mine) == 1, f"the alert is listed once, not once per Alertmanager ({len(mine)})")
    check(sorted(mine[0]["instances"]) == sorted(urls), f"held by all three: {mine[0]['instances']}")
    witness = [a for a in amtool(urls[2], "alert", "query", f"alertname={ALERT}") if a["labels"].get("region") == REGION]
    check(len(witness) == 1 and witness[0]["fingerprint"] == mine[0]["fingerprint"],
          "amtool sees the same fingerprint")
    check(mine[0]["status"] == "active" and not mine[0]["stale"], "active, not stale")
    rc, out, err = run([slaops, "alerts", *AM, "--severity", mine[0]["severity"]])
    check(rc == 1 and ALERT in out, f"slaops alerts exits 1 while it fires and lists it (exit {rc})")
    rc, out, _ = run([slaops, "alerts", *AM, "--severity", "no-such-severity"])
    check(rc == 0 and "0 alerts" in out, f"a severity filter that selects nothing exits 0 (exit {rc})")

# --- silence add: preview, dry run, then created on the cluster and the standalone instance
comment = f"check_alerts {os.getpid()}"
add = [slaops, "silence", "add", *AM, "--match", f"alertname={ALERT}", "--match", f"region={REGION}",
       "--comment", comment, "--duration", "15m"]
rc, out, err = run(add + ["--dry-run"])
check(rc == 0 and "It matches 1 alert now." in out and ALERT in out and "created" not in out,
      f"--dry-run prints the preview and creates nothing (exit {rc}): {out[-300:]} {err[-300:]}")
check(not [s for s in amtool(urls[0], "silence", "query") if s["comment"] == comment], "amtool: no silence yet")
rc, out, err = run(add)
ids = [line.split()[-1] for line in out.splitlines() if line.startswith("created silence ")]
check(rc == 0 and len(ids) == 2, f"two silences created, one per cluster and standalone (exit {rc}): {out} {err}")
for u in urls:
    seen = wait_for(f"amtool silence query at {u} sees the silence",
                    lambda u=u: [s for s in amtool(u, "silence", "query") if s["comment"] == comment], 30)
    if seen:
        check(len(seen) == 1 and seen[0]["id"] in ids and seen[0]["createdBy"] == "slaops-test",
              f"{u}: exactly one of ours, by $USER")
doc = wait_for("the alert turns silenced in slaops",
               lambda: (lambda r: r[1] if r[1] and ours(r[1]) and ours(r[1])[0]["status"] == "silenced" else None)(
                   alerts_json()), 30)
if doc:
    validator.validate(doc)
    check(set(ours(doc)[0]["silenced_by"]) == set(ids), "silenced by both silences")
    # The two copies (cluster, standalone) are one silence of the book, the other id its twin.
    listed = [s for s in doc["silences"] if s["comment"] == comment]
    check(len(listed) == 1 and listed[0]["matching_alerts"] == 1, f"one silence, matching the alert: {listed}")
    if listed:
        check({listed[0]["id"]} | {t["id"] for t in listed[0]["twins"]} == set(ids), "its twin is the other copy")
for u in urls:
    wait_for(f"amtool alert query --silenced at {u} lists it",
             lambda u=u: [a for a in amtool(u, "alert", "query", "--silenced", f"alertname={ALERT}")
                          if a["labels"].get("region") == REGION], 30)
rc, out, _ = run([slaops, "alerts", *AM, "--state", "silenced"])
check(rc == 0 and ALERT in out, f"--state silenced lists it and exits 0: nothing listed fires (exit {rc})")
rc, out, _ = run([slaops, "silence", "list", *AM, "--json"])
mine_listed = [s for s in json.loads(out) if s["comment"] == comment] if rc == 0 else []
check(len(mine_listed) == 1 and {mine_listed[0]["id"]} | {t["id"] for t in mine_listed[0]["twins"]} == set(ids),
      "silence list --json: one entry, both ids")

# --- Alertmanager's own refusal reaches the user
rc, out, err = run([slaops, "silence", "expire", *AM, "00000000-0000-0000-0000-000000000000"])
check(rc == 1 and "silence not found" in err, f"expiring an unknown silence shows Alertmanager's words: {err}")

# --- expire round trip: one id expires the silence on every cluster, its twin included
rc, out, err = run([slaops, "silence", "expire", *AM, ids[-1]])
check(rc == 0 and all(f"expired silence {i}" in out for i in ids), f"silence expire {ids[-1]} (exit {rc}): {out} {err}")
for u in urls:
    wait_for(f"amtool at {u} no longer lists it as active",
             lambda u=u: not [s for s in amtool(u, "silence", "query") if s["comment"] == comment] or None, 30)
    expired = [s for s in amtool(u, "silence", "query", "--expired") if s["comment"] == comment]
    check(len(expired) == 1, f"{u}: it is listed as expired")
wait_for("the alert is active again in slaops",
         lambda: (lambda r: r[1] if r[1] and ours(r[1]) and ours(r[1])[0]["status"] == "active" else None)(
             alerts_json()), 30)

# --- one cluster peer killed: flagged down, the others still shown, exit 2 with what it has
stack("stop-alertmanager", "2")
rc, doc, err = alerts_json()
check(rc == 2, f"slaops alerts exits 2 with an Alertmanager down (exit {rc})")
check(urls[1] in err and "cannot be read" in err, f"stderr names the one down: {err[:300]}")
if doc:
    validator.validate(doc)
    down = [i for i in doc["instances"] if not i["up"]]
    check(len(down) == 1 and down[0]["url"] == urls[1] and down[0]["error"] == "network" and down[0]["down_since"],
          f"instance 2 down since, by kind: {down}")
    mine = ours(doc)
    check(len(mine) == 1 and not mine[0]["stale"], "the alert is still shown, from the others")
    check(urls[0] in mine[0]["instances"] and urls[2] in mine[0]["instances"], f"held by 1 and 3: {mine}")
rc, out, err = run([slaops, "alerts", *AM])
check(rc == 2 and "DOWN" in out and ALERT in out, f"the table shows what it has (exit {rc})")
stack("start-alertmanager", "2")
doc = wait_for("back up, holding the alert again",
               lambda: (lambda r: r[1] if r[0] == 1 and r[1] and r[1]["all_instances_up"] and ours(r[1])
                        and len(ours(r[1])[0]["instances"]) == 3 else None)(alerts_json()), 90)
stack("scenario", "steady")

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
