#!/usr/bin/env python3
"""The simulator's containment APIs through the real /usr/bin/kubectl and real HTTPS (no mocks).

usage: check_containment.py STACK_DIR   (a stack of its own: the actions change the fleet)
Waits on conditions with deadlines, never sleeps a fixed time to get a result."""
import json
import os
import re
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

import simnodes

DIR = sys.argv[1]
ENV = {}
with open(os.path.join(DIR, "env")) as f:
    for line in f:
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            ENV[k] = v.strip('"')
KUBECTL = "/usr/bin/kubectl"
KCFG = ENV["KUBECONFIG"]
REGIONS_PATH = "/metadata/annotations/erlmcp.io~1regions"
ALL = "us-east-1,eu-west-1,ap-southeast-1"
failures = []
passed = 0


def check(cond, what):
    global passed
    if cond:
        passed += 1
        print("ok  ", what)
    else:
        failures.append(what)
        print("FAIL", what)


def kubectl(*args, timeout=30):
    return subprocess.run([KUBECTL, "--kubeconfig", KCFG, "-n", "erlmcp", *args], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def service():
    r = kubectl("get", "service", "erlmcp-service", "-o", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def regions_of(obj):
    return obj["metadata"]["annotations"]["erlmcp.io/regions"]


def node_metrics():
    """Per region: summed erlmcp_throughput_rps, erlmcp_active_sessions, failover count, rate limit."""
    return simnodes.node_sums(ENV["SIM_CONTROL_URL"], {
        "erlmcp_throughput_rps": "throughput", "erlmcp_active_sessions": "sessions",
        "erlmcp_session_failover_duration_seconds_count": "failovers", "erlmcp_rate_limit_rps": "limit"})


def wait_for(pred, what, seconds=30):
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        last = node_metrics()
        if pred(last):
            check(True, what)
            return last
        time.sleep(0.2)  # polling interval of a condition with a deadline
    check(False, "%s (last: %s)" % (what, last))
    return last


def rest(method, path, body=None, token=None):
    ctx = ssl.create_default_context(cafile=ENV["ERLMCP_API_CA"])
    if token is None:
        with open(ENV["ERLMCP_API_TOKEN_FILE"]) as f:
            token = f.read().strip()
    req = urllib.request.Request(ENV["ERLMCP_API_URL"] + path, method=method,
                                 data=None if body is None else body.encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, context=ctx, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


# get
svc = service()
check(svc["kind"] == "Service" and regions_of(svc) == ALL, "kubectl get service -o json: every region selected")
rv = svc["metadata"]["resourceVersion"]
pod = kubectl("get", "pod", "erlmcp-session-manager", "-o", "json")
check(pod.returncode == 0 and json.loads(pod.stdout)["status"]["phase"] == "Running", "kubectl get pod")
wait_for(lambda m: m.get("eu-west-1", {}).get("throughput", 0) > 5000, "eu-west-1 takes traffic before the divert")

# patch with server dry run: the would-be object, nothing stored
divert = json.dumps([{"op": "replace", "path": REGIONS_PATH, "value": "us-east-1,ap-southeast-1"}])
r = kubectl("patch", "service", "erlmcp-service", "--type=json", "-p=" + divert, "--dry-run=server", "-o", "json")
check(r.returncode == 0 and regions_of(json.loads(r.stdout)) == "us-east-1,ap-southeast-1",
      "dry run answers the would-be object")
after = service()
check(regions_of(after) == ALL and after["metadata"]["resourceVersion"] == rv, "dry run changed nothing")

# patch for real: eu-west-1 diverted, its load moves to the others
r = kubectl("patch", "service", "erlmcp-service", "--type=json", "-p=" + divert)
check(r.returncode == 0 and regions_of(service()) == "us-east-1,ap-southeast-1", "json patch applied")
m = wait_for(lambda m: m["eu-west-1"]["throughput"] < 1 and m["us-east-1"]["throughput"] > 12000,
             "diverted region's throughput ~0, the others' up to ~15,000")

# a stale resourceVersion: 409
r = kubectl("patch", "service", "erlmcp-service", "--type=merge", "-p", json.dumps({"metadata": {"resourceVersion": rv}}))
check(r.returncode != 0 and "Conflict" in r.stderr, "stale resourceVersion refused with Conflict")
# a bad region list: refused, nothing changed
r = kubectl("patch", "service", "erlmcp-service", "--type=merge",
            "-p", json.dumps({"metadata": {"annotations": {"erlmcp.io/regions": "mars-1"}}}))
check(r.returncode != 0 and "is invalid" in r.stderr and "mars-1" in r.stderr and regions_of(service()) == "us-east-1,ap-southeast-1",
      "unknown region refused (422)")

# exec: migrate the diverted region's sessions
before = m
r = kubectl("exec", "erlmcp-session-manager", "--", "migrate-sessions", "--target", "us-east-1")
check(r.returncode == 0 and "migrated 12000 sessions from eu-west-1 to us-east-1" in r.stdout,
      "kubectl exec migrate-sessions exits 0 with its output: " + r.stdout.strip())
wait_for(lambda m: m["eu-west-1"]["sessions"] < 1 and m["us-east-1"]["sessions"] > 23000
         and m["us-east-1"]["failovers"] >= before["us-east-1"]["failovers"] + 12000,
         "sessions moved and 12,000 failover durations recorded")
r = kubectl("exec", "erlmcp-session-manager", "--", "migrate-sessions", "--target", "eu-west-1")
check(r.returncode == 1 and "receives no traffic" in r.stderr, "exec to a diverted region fails with exit 1")
r = kubectl("exec", "erlmcp-session-manager", "--", "migrate-sessions", "--bogus")
check(r.returncode == 2, "exec with bad arguments gives exit 2")

# rollback: merge patch restores every region
r = kubectl("patch", "service", "erlmcp-service", "--type=merge",
            "-p", json.dumps({"metadata": {"annotations": {"erlmcp.io/regions": ALL}}}))
check(r.returncode == 0 and regions_of(service()) == ALL, "rollback patch restores the selection")
wait_for(lambda m: m["eu-west-1"]["throughput"] > 8000, "eu-west-1 takes traffic again")

# wrong token: Forbidden from kubectl, 401 from the REST API
# (kubectl's --token does not override the kubeconfig's tokenFile, so a copy names a wrong one)
bad_token = os.path.join(DIR, "wrong-token")
bad_kcfg = os.path.join(DIR, "kubeconfig-wrong-token")
with open(bad_token, "w") as f:
    f.write("wrong-token-0123456789\n")
with open(KCFG) as f, open(bad_kcfg, "w") as out:
    out.write(re.sub(r"tokenFile: .*", "tokenFile: " + bad_token, f.read()))
r = subprocess.run([KUBECTL, "--kubeconfig", bad_kcfg, "get", "service", "erlmcp-service", "-n", "erlmcp"],
                   capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
check(r.returncode != 0 and "Forbidden" in r.stderr, "kubectl with a wrong token: Forbidden")
status, body = rest("GET", "/api/rate-limit", token="wrong-token-0123456789")
check(status == 401 and "error" in body, "REST with a wrong token: 401")
status, body = rest("POST", "/api/rate-limit", body="{not json")
check(status == 400 and "error" in body, "REST bad JSON: 400 with a message")
status, body = rest("POST", "/api/rate-limit", body='{"limit": -5}')
check(status == 400, "REST bad limit: 400")
status, body = rest("POST", "/api/rate-limit", body='{"limit": 12000}')
check(status == 200 and body["limit"] == 12000, "REST limit set")
status, body = rest("GET", "/api/rate-limit")
check(status == 200 and body["limit"] == 12000, "REST limit read back")
wait_for(lambda m: 11000 < sum(r["throughput"] for r in m.values()) <= 12000 * 1.05
         and abs(sum(r["limit"] for r in m.values()) - 12000) < 1,
         "throughput capped at the limit (was 30,000)")
status, body = rest("POST", "/api/rate-limit", body='{"limit": null}')
check(status == 200 and body["limit"] is None, "REST limit cleared")

print("%d passed, %d failed" % (passed, len(failures)))
sys.exit(1 if failures else 0)
