#!/usr/bin/env bash
# ctest stack_smoke: start the whole stack (slaops-sim, Prometheus, Alertmanager) in a temporary
# directory, check every target is up, take one node down through the control endpoint and check
# Prometheus sees it down, bring it back. The stack is always stopped, whatever happens.
#   stack-smoke.sh STACK_SCRIPT BUILD_DIR [SERVE]    (SERVE: per-node, the default for 2 nodes, or shared)
set -euo pipefail
stack=$1
build=$2
serve=${3:-auto}
dir=$(mktemp -d "${TMPDIR:-/tmp}/slaops-stack-smoke.XXXXXX")
cleanup() {
    "$stack" stop --dir "$dir" || true
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$stack" start --dir "$dir" --nodes 2 --build "$build" --serve "$serve"
# shellcheck source=/dev/null
. "$dir/env"

query() {
    curl -fsS --max-time 5 "$PROMETHEUS_URL/api/v1/query" --data-urlencode "query=$1" |
        python3 -c 'import json, sys
r = json.load(sys.stdin)["data"]["result"]
print(r[0]["value"][1] if r else "")'
}

# Waits (bounded) until QUERY returns VALUE.
expect() {
    local q=$1 want=$2 timeout=$3 got=""
    local deadline=$((SECONDS + timeout))
    while [ "$SECONDS" -lt "$deadline" ]; do
        got=$(query "$q")
        if [ "$got" = "$want" ]; then
            echo "ok: $q = $want"
            return 0
        fi
        sleep 1
    done
    echo "FAIL: $q = '$got', expected '$want' within ${timeout}s" >&2
    exit 1
}

expect 'count(up{job="erlmcp-sla"} == 1)' "$NODES" 10
expect 'count(up{job="erlmcp-sla"} == 0) or vector(0)' 0 5
expect 'count(count by (region) (up{job="erlmcp-sla"}))' 3 5

"$stack" scenario --dir "$dir" node-down eu-west-1-1
expect 'up{job="erlmcp-sla",node="eu-west-1-1"}' 0 20
expect 'count(up{job="erlmcp-sla"} == 1)' "$((NODES - 1))" 10

"$stack" scenario --dir "$dir" steady
expect 'up{job="erlmcp-sla",node="eu-west-1-1"}' 1 20
expect 'count(up{job="erlmcp-sla"} == 1)' "$NODES" 10

# An unknown target is refused, and the scenario stays as it was.
if "$stack" scenario --dir "$dir" node-down nowhere-9 2>/dev/null; then
    echo "FAIL: the simulator accepted an unknown node" >&2
    exit 1
fi
echo "stack smoke test passed"
