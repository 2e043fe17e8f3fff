#!/usr/bin/python3
"""End to end, under a private unlocked gnome-keyring (tests/harness/with-keyring): a token stored with
`slaops secret set` reaches Prometheus as a bearer header when the profile refers to it, and appears in
no output. A stand-in HTTP server on loopback plays Prometheus and records the headers it gets.
Usage: check_keychain.py SLAOPS"""
import http.server
import json
import secrets
import subprocess
import sys
import tempfile
import threading

slaops = sys.argv[1]
seen = []


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        seen.append(self.headers.get("Authorization"))
        body = json.dumps({"status": "success", "data": {"resultType": "vector",
                                                         "result": [{"metric": {}, "value": [1795748400, "1"]}]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]
token = "tok-" + secrets.token_hex(16)
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


p = subprocess.run([slaops, "secret", "set", "prom-token"], input=token + "\n", capture_output=True, text=True, timeout=60)
check(p.returncode == 0, f"secret set: {p.returncode} {p.stderr}")
with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as prof:
    prof.write(f"""profile: keychain-test
sources:
  prometheus:
    url: http://127.0.0.1:{port}
    auth: {{type: bearer, secret: prom-token}}
slas:
  - id: up
    name: Up
    query: up
    unit: percent
    comparison: at_least
    target: 99%
    alert: 98%
""")
p = subprocess.run([slaops, "check", "--profile", prof.name, "--json"], capture_output=True, text=True, timeout=60)
doc = json.loads(p.stdout)
check(p.returncode == 0, f"check exit {p.returncode}: {p.stderr}")
check(seen and all(h == f"Bearer {token}" for h in seen), f"Authorization headers seen: {len(seen)}")
check(token not in p.stdout + p.stderr, "the token appears in the output")
check(doc["figures"][0]["state"] == "ok" and doc["figures"][0]["value"] == 1, "figure from the authenticated answer")

# A reference to a secret that is not there: every figure says so, nothing is sent.
seen.clear()
subprocess.run([slaops, "secret", "delete", "prom-token"], capture_output=True, timeout=60)
p = subprocess.run([slaops, "check", "--profile", prof.name, "--json"], capture_output=True, text=True, timeout=60)
doc = json.loads(p.stdout)
check(p.returncode == 2 and not seen, f"missing secret: exit {p.returncode}, {len(seen)} requests")
check(all("no secret named prom-token" in (f["message"] or "") for f in doc["figures"]), "missing secret named in messages")
server.shutdown()
print(f"{len(failures)} failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
