"""What the containment tests read straight from the simulator's nodes (not through Prometheus): per
region, the sum over the nodes that serve of chosen metrics of their /metrics pages."""
import json
import re
import urllib.request


def node_sums(control_url, metrics):
    """{region: {key: sum}} for `metrics` = {metric name: key}; a metric a page lacks counts 0."""
    with urllib.request.urlopen(control_url + "/targets", timeout=5) as r:
        targets = json.load(r)
    out = {}
    for t in targets:
        if not t["serving"]:
            continue
        with urllib.request.urlopen("http://127.0.0.1:%d%s" % (t["port"], t["path"]), timeout=5) as r:
            page = r.read().decode()
        acc = out.setdefault(t["region"], {key: 0.0 for key in metrics.values()})
        for name, key in metrics.items():
            m = re.search(r"^%s\{[^}]*\} (\S+)$" % re.escape(name), page, re.M)
            acc[key] += float(m.group(1)) if m else 0.0
    return out
