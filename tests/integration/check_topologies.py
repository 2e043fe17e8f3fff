#!/usr/bin/python3
"""scripts/stack's topologies end to end (issue 11, part 4), one stack per run, every assertion through
Prometheus' HTTP API. Usage: check_topologies.py ha|regional STACK_SCRIPT BUILD_DIR

ha: both replicas have the fleet's series; a frozen replica keeps answering but its newest sample stops
while the other's advances, and it catches up once thawed; replica 2 stopped and started again.
regional: each regional Prometheus has its own region only; the global one has all three (remote write)
and evaluates the fleet's rules over them; a stopped region stops arriving at the global one while the
others keep coming, and arrives again once started.
Both: `stop` leaves no process of the stack's directory. Every wait polls a condition with a deadline."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

topology, stack, build = sys.argv[1], sys.argv[2], sys.argv[3]
JOB = "erlmcp-sla"
REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-1"]
# How far (s) the live servers' newest samples must get past a silent one's before the silence counts:
# three scrape intervals, so that one slow scrape cannot pass for a stop.
AHEAD = 3
failures = []


def check(cond, what):
    print("ok:  " if cond else "FAIL:", what, flush=True)
    if not cond:
        failures.append(what)


def run(*args):
    r = subprocess.run([stack, *args], capture_output=True, text=True, timeout=300)
    check(r.returncode == 0, f"stack {' '.join(args[:1] + args[3:])} exits 0"
          + ("" if r.returncode == 0 else f" (rc {r.returncode}: {r.stderr[-1500:]})"))
    return r.returncode == 0


def api(url, promql):
    """The query's data ({resultType, result}); raises OSError when the server does not answer."""
    with urllib.request.urlopen(f"{url}/api/v1/query?" + urllib.parse.urlencode({"query": promql}),
                                timeout=10) as r:
        body = json.load(r)
    if body.get("status") != "success":
        raise OSError(f"query failed: {body}")
    return body["data"]


def by_region(url, promql):
    return {s["metric"].get("region", ""): float(s["value"][1]) for s in api(url, promql)["result"]}


def newest(url, selector):
    """The timestamp of the newest raw sample of the selector's series (a range query reads raw
    samples, staleness markers excluded), or None."""
    result = api(url, f"{selector}[1m]")["result"]
    return max((float(s["values"][-1][0]) for s in result if s["values"]), default=None)


def wait_for(what, probe, timeout):
    """Polls probe() until it returns (True, detail) or the deadline passes; returns whether it held."""
    deadline = time.monotonic() + timeout
    detail = None
    while True:
        try:
            ok, detail = probe()
        except OSError as e:  # a server busy for a moment: the deadline decides, not one error
            ok, detail = False, f"query failed: {e}"
        if ok or time.monotonic() >= deadline:
            check(ok, f"{what} ({detail})")
            return ok
        time.sleep(0.5)


def refused(url):
    try:
        api(url, "vector(1)")
        return False
    except OSError:
        return True


def silent_while_others_advance(what, silent, others, timeout=30):
    """silent: (url, selector) whose newest sample must stay where it is now; others: {name: (url,
    selector)} whose newest samples must get AHEAD seconds past it meanwhile."""
    frozen_at = newest(*silent)
    check(frozen_at is not None, f"{what}: the silent series still has samples to read")
    if frozen_at is None:
        return None

    def probe():
        ahead = {name: newest(*sel) for name, sel in others.items()}
        now_silent = newest(*silent)
        late = {n: t for n, t in ahead.items() if t is None or t < frozen_at + AHEAD}
        detail = f"silent newest {frozen_at:.3f} -> {now_silent:.3f}, others {ahead}"
        if now_silent != frozen_at:
            raise OSError("the silent series advanced: " + detail)
        return not late, detail

    try:
        wait_for(f"{what}: the others' newest samples get {AHEAD}s past the silent one's, which stays", probe,
                 timeout)
    except OSError as e:
        check(False, f"{what}: {e}")
    return frozen_at


def env_of(d):
    out = {}
    for line in (d / "env").read_text().splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            out[k] = v.strip('"')
    return out


def leftovers(d):
    """The processes whose command line names the stack's directory."""
    found = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit() or int(p.name) == os.getpid():
            continue
        try:
            cmd = (p / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if str(d) in cmd:
            found.append(f"{p.name}: {cmd[:120]}")
    return found


def check_ha(d, env):
    urls = env["PROMETHEUS_URLS"].split()
    check(urls == [env["PROMETHEUS_URL_1"], env["PROMETHEUS_URL_2"]] and env["PROMETHEUS_URL"] == urls[0]
          and urls[0] != urls[1], f"env: PROMETHEUS_URLS are replicas 1 and 2, PROMETHEUS_URL the first: {urls}")
    nodes = int(env["NODES"])
    for n, url in enumerate(urls, 1):
        ups = by_region(url, f'count by (region) (up{{job="{JOB}"}} == 1)')
        check(ups == {r: nodes / 3 for r in REGIONS}, f"replica {n} scrapes the whole fleet: {ups}")
        with urllib.request.urlopen(f"{url}/api/v1/status/config", timeout=10) as r:
            config = json.load(r)["data"]["yaml"]
        letter = "ab"[n - 1]
        check(f"replica: {letter}" in config, f"replica {n} has the external label replica={letter}")
    up = f'up{{job="{JOB}"}}'

    run("freeze-prometheus", "--dir", str(d), "2")
    frozen_at = silent_while_others_advance("replica 2 frozen", (urls[1], up), {"replica 1": (urls[0], up)})
    try:
        data = api(urls[1], f"count({up})")
        check(data["resultType"] == "vector", "the frozen replica still answers queries")
    except OSError as e:
        check(False, f"the frozen replica still answers queries ({e})")
    run("thaw-prometheus", "--dir", str(d), "2")
    if frozen_at is not None:
        wait_for("replica 2 thawed: its newest sample advances again",
                 lambda: ((t := newest(urls[1], up)) is not None and t > frozen_at, t), 20)

    run("stop-prometheus", "--dir", str(d), "2")
    check(refused(urls[1]), "replica 2 stopped: its port answers nothing")
    t0 = newest(urls[0], up) or 0.0
    wait_for(f"replica 1 keeps scraping meanwhile: its newest sample gets {AHEAD}s past {t0:.3f}",
             lambda: ((t := newest(urls[0], up)) is not None and t >= t0 + AHEAD, t), 15)
    run("start-prometheus", "--dir", str(d), "2")
    wait_for("replica 2 started again: the whole fleet up",
             lambda: ((c := by_region(urls[1], f"count by (region) ({up} == 1)")) == {r: nodes / 3 for r in REGIONS},
                      c), 20)


def check_regional(d, env):
    check(env["REGIONS"].split() == REGIONS, f"env: REGIONS={env['REGIONS']}")
    glob = env["PROMETHEUS_URL"]
    regional = {r: env["PROMETHEUS_URL_" + r.upper().replace("-", "_")] for r in REGIONS}
    check(len(set(regional.values()) | {glob}) == 4, f"four servers: global {glob}, regions {regional}")
    up = f'up{{job="{JOB}"}}'
    for r, url in regional.items():
        regions = set(by_region(url, f"count by (region) ({up})"))
        check(regions == {r}, f"prometheus-{r} has its own region only: {regions}")
    wait_for("the global one has every region's series (remote write)",
             lambda: ((g := set(by_region(glob, f"count by (region) ({up} == 1)"))) == set(REGIONS), g), 15)
    wait_for("the global one evaluates the fleet's rules over what it receives",
             lambda: ((v := api(glob, "erlmcp_fleet:requests:rate1m")["result"]) != [], v), 15)
    check(api(regional["eu-west-1"], "erlmcp_fleet:requests:rate1m")["result"] == [],
          "a region evaluates none of the packaged fleet rules (they would collide at the global one)")

    sel = {r: (glob, f'{up[:-1]},region="{r}"}}') for r in REGIONS}
    run("stop-prometheus", "--dir", str(d), "eu-west-1")
    check(refused(regional["eu-west-1"]), "prometheus-eu-west-1 stopped: its port answers nothing")
    stopped_at = silent_while_others_advance("eu-west-1 stopped, at the global one", sel["eu-west-1"],
                                             {r: sel[r] for r in REGIONS if r != "eu-west-1"})
    run("start-prometheus", "--dir", str(d), "eu-west-1")
    if stopped_at is not None:
        wait_for("eu-west-1 started again: the global one receives it",
                 lambda: ((t := newest(*sel["eu-west-1"])) is not None and t > stopped_at, t), 20)


def main():
    d = Path(tempfile.mkdtemp(prefix=f"slaops-topology-{topology}."))
    started = time.monotonic()
    try:
        if run("start", "--dir", str(d), "--nodes", "1", "--build", build, "--topology", topology):
            print(f"started in {time.monotonic() - started:.1f}s", flush=True)
            env = env_of(d)
            check(env.get("TOPOLOGY") == topology, f"env: TOPOLOGY={env.get('TOPOLOGY')}")
            {"ha": check_ha, "regional": check_regional}[topology](d, env)
    finally:
        run("stop", "--dir", str(d))
        left = leftovers(d)
        check(not left, f"stop left no process of {d}: {left}")
        if not left:
            shutil.rmtree(d, ignore_errors=True)
    print(f"{topology}: {time.monotonic() - started:.1f}s in all")
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(f"{topology} topology checks passed")


main()
