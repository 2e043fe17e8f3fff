#!/usr/bin/python3
"""The second simulated service end to end: a stack started with `scripts/stack start --service ledger
--nodes 2` (two zones x two nodes) is scraped by the real Prometheus as job `ledger`, with zone and node
taken from the targets file (the nodes' pages carry neither), at the steady 2,000 RPS; an error burst in
us-west shows up in Prometheus as a 5xx ratio above 1% there. Every wait polls a condition against a
deadline. Usage: check_ledger.py STACK_DIR"""
import json
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

stack_dir = Path(sys.argv[1])
env = dict(line.split("=", 1) for line in (stack_dir / "env").read_text().split() if "=" in line)
prom = env["PROMETHEUS_URL"]
control = env["SIM_CONTROL_URL"]
failures = []


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what)
    if not cond:
        failures.append(what)


def get(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.status, r.read().decode()


def query(promql):
    """The instant vector as {frozenset(labels): value}."""
    _, body = get(f"{prom}/api/v1/query?" + urllib.parse.urlencode({"query": promql}))
    data = json.loads(body)["data"]
    return {frozenset(s["metric"].items()): float(s["value"][1]) for s in data["result"]}


def wait_for(what, probe, timeout):
    """Polls probe() until it returns (True, detail) or the deadline passes; returns the last detail."""
    deadline = time.monotonic() + timeout
    detail = None
    while True:
        try:
            ok, detail = probe()
        except OSError as e:  # Prometheus busy for a moment: the deadline decides, not one error
            ok, detail = False, f"query failed: {e}"
        if ok or time.monotonic() >= deadline:
            check(ok, f"{what} ({detail})")
            return detail
        time.sleep(0.5)


check(env.get("SERVICE") == "ledger" and env.get("JOB") == "ledger", f"env says SERVICE=ledger, JOB=ledger: {env}")
check(env.get("NODES") == "4", f"four nodes in all: NODES={env.get('NODES')}")


def window_full():
    # rate() over a window that reaches back past a series' first sample reads low (it extrapolates
    # only half an interval there: 1,900 for 2,000 at 28 samples of 30), so the throughput is judged
    # once every series is older than the window: 38 of 40 s of scrapes, 1 s apart.
    counts = query("count_over_time(ledger_http_requests_total[40s])").values()
    fewest = min(counts, default=0)
    return len(counts) == 16 and fewest >= 38, f"{len(counts)} series, the shortest with {fewest:.0f} samples"


wait_for("all 16 request series (4 nodes x 4 codes) are older than the 30 s window", window_full, 120)
by_zone = {dict(k)["zone"]: v for k, v in query("sum by (zone) (rate(ledger_http_requests_total[30s]))").items()}
total = sum(by_zone.values())
check(set(by_zone) == {"eu-central", "us-west"} and abs(total - 2000) <= 200,
      f"sum by (zone) (rate(ledger_http_requests_total[30s])) has both zones and sums to 2,000 +/- 10%: "
      f"{ {z: round(v) for z, v in by_zone.items()} }, total {total:.0f}")

# The raw pages, straight from the simulator: the series carry no zone or node of their own.
_, targets_body = get(f"{control}/targets")
targets = json.loads(targets_body)
check(len(targets) == 4 and all(t["path"] == "/metrics" for t in targets), f"four targets at /metrics: {targets}")
for t in targets:
    status, page = get(f"http://127.0.0.1:{t['port']}/metrics")
    check(status == 200 and 'ledger_http_requests_total{code="200"}' in page,
          f"{t['node']}: /metrics answers with ledger_http_requests_total")
    check("zone=" not in page and "node=" not in page, f"{t['node']}: the page has no zone= or node= label")

up = {dict(k)["node"]: (dict(k).get("zone"), v) for k, v in query('up{job="ledger"}').items()}
want = {"ledger-eu-central-0": ("eu-central", 1.0), "ledger-eu-central-1": ("eu-central", 1.0),
        "ledger-us-west-0": ("us-west", 1.0), "ledger-us-west-1": ("us-west", 1.0)}
check(up == want, f'up{{job="ledger"}} is 1 for all four targets, zone from the targets file: {up}')

request = urllib.request.Request(f"{control}/scenario", method="POST",
                                 data=json.dumps({"scenario": "error-burst", "target": "us-west"}).encode(),
                                 headers={"Content-Type": "application/json"})
with urllib.request.urlopen(request, timeout=30) as r:
    check(r.status == 200, "error-burst us-west accepted")

RATIO = ('sum(rate(ledger_http_requests_total{{zone="{0}",code=~"5.."}}[15s]))'
         ' / sum(rate(ledger_http_requests_total{{zone="{0}"}}[15s]))')


def burst_ratio():
    west = query(RATIO.format("us-west"))
    value = next(iter(west.values()), float("nan"))
    return value > 0.01, f"us-west 5xx ratio {value:.4f}"


wait_for("the us-west 5xx ratio over 15s exceeds 1% after error-burst us-west", burst_ratio, 90)
eu = next(iter(query(RATIO.format("eu-central")).values()), float("nan"))
check(eu < 0.01, f"eu-central stays below 1% 5xx meanwhile: {eu:.5f}")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("ledger stack checks passed")
