"""The report figures of issue 10, computed independently of slaops (no slaops code, no Prometheus):
every SLA of an SLA profile, for the fleet and each region, over any closed stretch [start, end] of
an OpenMetrics history written by `slaops-sim --history-openmetrics`, with Prometheus 2.42's own
semantics, replicated operation for operation from its promql/functions.go, quantile.go and
engine.go (so the figures agree with a Prometheus that holds the same history to the last bits,
and with a report built from it within rounding):

- a range selector [w] evaluated at t holds the samples in the CLOSED range [t - w, t];
- rate() is extrapolatedRate: counter resets added back, extrapolated to the range's edges when the
  first/last samples are within 1.1 average intervals of them (else by half an interval), never
  below the counter's zero point, divided by the range; fewer than two samples: no result;
- histogram_quantile() interpolates linearly inside the bucket the rank falls into (bucketQuantile,
  with coalesceBuckets and ensureMonotonic), sum by (le) first;
- avg_over_time() is the Kahan-compensated incremental mean, avg() the incremental mean;
- a / b, 1 - x and sum() as float64 arithmetic in the same order.

The profile's queries are recognised by form (a query of another form raises: the computation must
then be extended, never guessed). The file is streamed once; what is kept is what the asked
stretches need: per counter or bucket series, the first, last and count of samples (and resets)
between consecutive stretch boundaries and at them; all samples of `up`.

    h = History([path], stretches=[(start, end), ...], profile=Profile(yaml_path))
    h.figure(sla, region_or_None, start, end)  -> float (NaN: no result)
Times are Unix seconds (integers). Run as a script for a table:
    reportfigures.py PROFILE HISTORY START END   (ISO 8601 with a zone, or Unix seconds)
"""
import bisect
import math
import re
import sys
from datetime import datetime

import yaml

__all__ = ["Profile", "Sla", "Region", "History", "status", "close", "parse_time"]


# ---- the profile ------------------------------------------------------------------------------


class Region:
    def __init__(self, name, selector, uptime):
        self.name = name
        self.selector = selector  # as written in the profile: region="us-east-1"
        self.matchers = parse_matchers(selector)
        self.uptime = uptime  # the region's own uptime target (a ratio), or None


class Sla:
    """One SLA of the profile and the form its query was recognised as."""

    def __init__(self, node):
        self.id = node["id"]
        self.name = node.get("name", self.id)
        self.query = node["query"]
        self.unit = node["unit"]
        self.comparison = node["comparison"]
        self.target = parse_threshold(str(node["target"]), self.unit)
        self.window = parse_duration(str(node["window"]))
        self.regional = bool(node.get("regional", True))
        self.roles = list(node.get("roles", []))
        self.form = recognise(self.query)

    def metrics(self):
        kind = self.form[0]
        if kind == "avg_over_time":
            return {self.form[1]}
        if kind == "quantile":
            return {self.form[2]}
        if kind in ("ratio", "one_minus_ratio"):
            return {self.form[1], self.form[2]}
        return {self.form[1]}

    def promql(self, window_secs, region):
        """The profile's query as Prometheus gets it: $window in seconds, $selector the region's."""
        return self.query.replace("$window", f"{window_secs}s").replace(
            "$selector", region.selector if region else "")


class Profile:
    def __init__(self, path):
        with open(path) as f:
            doc = yaml.safe_load(f)
        self.name = doc.get("profile", "")
        self.slas = [Sla(n) for n in doc["slas"]]
        self.regions = [Region(r["name"], r["selector"],
                               parse_threshold(str(r["uptime"]), "percent") if "uptime" in r else None)
                        for r in doc.get("regions", [])]

    def rows(self):
        """(sla, region or None, target) in the report's order: every SLA for the fleet, then per
        region the regional ones, with the region's own uptime target for the region_uptime SLA."""
        out = [(s, None, s.target) for s in self.slas]
        for r in self.regions:
            for s in self.slas:
                if s.regional:
                    target = r.uptime if "region_uptime" in s.roles and r.uptime is not None else s.target
                    out.append((s, r, target))
        return out

    def metrics(self):
        names = set()
        for s in self.slas:
            names |= s.metrics()
        return names


_SEL = r"\{\$selector\}\[\$window\]"
_FORMS = [
    ("avg_over_time", re.compile(r"^avg\(avg_over_time\(([A-Za-z_:][\w:]*)\{(.*?),?\$selector\}\[\$window\]\)\)$")),
    ("quantile", re.compile(r"^histogram_quantile\(([0-9.]+),sumby\(le\)\(rate\(([A-Za-z_:][\w:]*)" + _SEL + r"\)\)\)$")),
    ("one_minus_ratio", re.compile(r"^1-sum\(rate\(([A-Za-z_:][\w:]*)" + _SEL + r"\)\)/sum\(rate\(([A-Za-z_:][\w:]*)"
                                   + _SEL + r"\)\)$")),
    ("ratio", re.compile(r"^sum\(rate\(([A-Za-z_:][\w:]*)" + _SEL + r"\)\)/sum\(rate\(([A-Za-z_:][\w:]*)" + _SEL + r"\)\)$")),
    ("rate", re.compile(r"^sum\(rate\(([A-Za-z_:][\w:]*)" + _SEL + r"\)\)$")),
]


def recognise(query):
    compact = re.sub(r"\s+", "", query)
    for kind, form in _FORMS:
        m = form.match(compact)
        if not m:
            continue
        if kind == "avg_over_time":
            return (kind, m.group(1), parse_matchers(m.group(2)))
        if kind == "quantile":
            return (kind, float(m.group(1)), m.group(2))
        return (kind,) + m.groups()
    raise ValueError(f"reportfigures does not know how to compute {query!r}: extend it")


_MATCHER = re.compile(r'\s*([A-Za-z_]\w*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)')


def parse_matchers(text):
    """Equality matchers only ({name: value}); anything else raises."""
    out, pos = {}, 0
    text = text.strip()
    while pos < len(text):
        m = _MATCHER.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"reportfigures supports only name=\"value\" matchers, not {text!r}")
        out[m.group(1)] = m.group(2)
        pos = m.end()
    return out


def parse_duration(text):
    m = re.fullmatch(r"(\d+)(ms|s|m|h|d)", text)
    if not m:
        raise ValueError(f"not a duration: {text!r}")
    return int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def parse_threshold(text, unit):
    """A target as the query's scale: percent as a ratio, latencies in the unit, rps as written."""
    m = re.fullmatch(r"([0-9.]+)\s*(%|ms|s)?", text.strip())
    if not m:
        raise ValueError(f"not a threshold: {text!r}")
    v, suffix = float(m.group(1)), m.group(2)
    if suffix == "%":
        return v / 100
    if suffix in ("ms", "s"):
        secs = v / 1000 if suffix == "ms" else v
        return secs * 1000 if unit == "ms" else secs
    return v


def status(value, sla, target):
    """sla::classify read as the report does: past the target (strictly) is violated."""
    if math.isnan(value):
        return "unknown"
    past = value < target if sla.comparison == "at_least" else value > target
    return "violated" if past else "met"


def close(a, b, rel=1e-9):
    """Equal within a relative tolerance; NaN equals NaN (both unknown); exact at zero."""
    if a is None or b is None:
        return a is None and b is None
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= rel * max(abs(a), abs(b))


def parse_time(text):
    if re.fullmatch(r"\d+", text):
        return int(text)
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


# ---- Prometheus 2.42, replicated --------------------------------------------------------------


def _extrapolated_rate(agg, range_start, range_end):
    """promql/functions.go extrapolatedRate(isCounter=true, isRate=true) over one series' samples in
    [range_start, range_end], given as [first_t, first_v, last_t, last_v, count, resets]."""
    first_t, first_v, last_t, last_v, count, resets = agg
    if count < 2:
        return None
    result = last_v - first_v
    if resets:
        result += resets
    duration_to_start = float((first_t - range_start) * 1000) / 1000
    duration_to_end = float((range_end - last_t) * 1000) / 1000
    sampled = float((last_t - first_t) * 1000) / 1000
    average = sampled / float(count - 1)
    if result > 0 and first_v >= 0:
        duration_to_zero = sampled * (first_v / result)
        if duration_to_zero < duration_to_start:
            duration_to_start = duration_to_zero
    threshold = average * 1.1
    interval = sampled
    interval += duration_to_start if duration_to_start < threshold else average / 2
    interval += duration_to_end if duration_to_end < threshold else average / 2
    factor = interval / sampled
    factor /= float(range_end - range_start)
    return result * factor


def _kahan_inc(inc, total, c):
    t = total + inc
    if abs(total) >= abs(inc):
        c += (total - t) + inc
    else:
        c += (inc - t) + total
    return t, c


def _avg_over_time(values):
    """promql/functions.go funcAvgOverTime (values are finite here: up is 0 or 1)."""
    mean = c = count = 0.0
    for v in values:
        count += 1
        mean, c = _kahan_inc(v / count - mean / count, mean, c)
    return mean + c


def _avg(values):
    """engine.go's AVG aggregation: the incremental mean."""
    mean, n = values[0], 1
    for v in values[1:]:
        n += 1
        mean += v / float(n) - mean / float(n)
    return mean


def _sum(values):
    total = values[0]
    for v in values[1:]:
        total += v
    return total


def _divide(a, b):
    if b == 0:
        return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a)
    return a / b


def _bucket_quantile(q, buckets):
    """promql/quantile.go bucketQuantile over [(upper_bound, count)]."""
    if math.isnan(q):
        return math.nan
    if q < 0:
        return -math.inf
    if q > 1:
        return math.inf
    buckets = sorted(buckets, key=lambda b: b[0])
    if not math.isinf(buckets[-1][0]) or buckets[-1][0] < 0:
        return math.nan
    coalesced = [list(buckets[0])]
    for bound, count in buckets[1:]:
        if bound == coalesced[-1][0]:
            coalesced[-1][1] += count
        else:
            coalesced.append([bound, count])
    top = coalesced[0][1]
    for b in coalesced[1:]:
        if b[1] > top:
            top = b[1]
        elif b[1] < top:
            b[1] = top
    if len(coalesced) < 2:
        return math.nan
    observations = coalesced[-1][1]
    if observations == 0:
        return math.nan
    rank = q * observations
    # sort.Search over all but the last bucket: the first whose count reaches the rank.
    b = next((i for i in range(len(coalesced) - 1) if coalesced[i][1] >= rank), len(coalesced) - 1)
    if b == len(coalesced) - 1:
        return coalesced[-2][0]
    if b == 0 and coalesced[0][0] <= 0:
        return coalesced[0][0]
    bucket_start, bucket_end, count = 0.0, coalesced[b][0], coalesced[b][1]
    if b > 0:
        bucket_start = coalesced[b - 1][0]
        count -= coalesced[b - 1][1]
        rank -= coalesced[b - 1][1]
    return bucket_start + (bucket_end - bucket_start) * (rank / count)


# ---- the history ------------------------------------------------------------------------------


class _Series:
    __slots__ = ("name", "labels", "key", "segments", "times", "values", "last_t")

    def __init__(self, name, labels, keep_all):
        self.name = name
        self.labels = labels
        # Prometheus' series order: labels sorted by name, __name__ first, compared pair by pair.
        self.key = tuple(sorted(list(labels.items()) + [("__name__", name)]))
        self.segments = {}  # segment index -> [first_t, first_v, last_t, last_v, count, resets]
        self.times = [] if keep_all else None
        self.values = [] if keep_all else None
        self.last_t = None


_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


class History:
    def __init__(self, paths, stretches, profile):
        """Streams the OpenMetrics files (in time order, periods not overlapping) and keeps what the
        closed stretches [(start, end)] need for every SLA of the profile."""
        self.profile = profile
        self.bounds = sorted({t for s in stretches for t in s})
        if not self.bounds:
            raise ValueError("no stretches asked")
        self.first_sample = None  # over every kept series, for a stretch's "no data at all"
        self.last_sample = None
        self._series = {}
        self._by_name = {}
        self._wanted = {}
        for s in profile.slas:
            kind = s.form[0]
            if kind == "avg_over_time":
                self._wanted[s.form[1]] = True
            elif kind == "quantile":
                self._wanted[s.form[2]] = False
            else:
                for m in s.form[1:]:
                    self._wanted[m] = False
        for p in paths:
            self._read(p)

    def _read(self, path):
        bounds, lo, hi = self.bounds, self.bounds[0], self.bounds[-1]
        wanted, series, by_name = self._wanted, self._series, self._by_name
        found_eof = False
        with open(path) as f:
            for line in f:
                if line[0] == "#":
                    found_eof = found_eof or line.startswith("# EOF")
                    continue
                brace = line.find("{")
                name = line[:brace] if brace > 0 else line.split(" ", 1)[0]
                keep_all = wanted.get(name)
                if keep_all is None:
                    continue
                close_brace = line.rfind("}")
                value_text, t_text = line[close_brace + 2:].split()
                t = int(t_text)
                if t < lo or t > hi:
                    continue
                sk = line[:close_brace]
                s = series.get(sk)
                if s is None:
                    labels = dict(_LABEL.findall(line[brace + 1:close_brace]))
                    s = _Series(name, labels, keep_all)
                    series[sk] = s
                    by_name.setdefault(name, []).append(s)
                if s.last_t is not None and t <= s.last_t:
                    raise ValueError(f"{path}: samples of {sk}}} out of time order at {t}")
                s.last_t = t
                v = float(value_text)
                if self.first_sample is None or t < self.first_sample:
                    self.first_sample = t
                if self.last_sample is None or t > self.last_sample:
                    self.last_sample = t
                if keep_all:
                    s.times.append(t)
                    s.values.append(v)
                    continue
                i = bisect.bisect_left(bounds, t)
                seg = 2 * i if bounds[i] == t else 2 * i - 1
                a = s.segments.get(seg)
                if a is None:
                    s.segments[seg] = [t, v, t, v, 1, 0.0]
                else:
                    if v < a[3]:
                        a[5] += a[3]
                    a[2] = t
                    a[3] = v
                    a[4] += 1
        if not found_eof:
            raise ValueError(f"{path} does not end with # EOF (cut short?)")
        for lst in by_name.values():
            lst.sort(key=lambda s: s.key)

    def _range(self, s, start, end):
        """One series' [first_t, first_v, last_t, last_v, count, resets] over [start, end]."""
        a = bisect.bisect_left(self.bounds, start)
        b = bisect.bisect_left(self.bounds, end)
        if a >= len(self.bounds) or self.bounds[a] != start or b >= len(self.bounds) or self.bounds[b] != end:
            raise ValueError(f"[{start}, {end}] was not among the stretches asked")
        out = None
        for seg in range(2 * a, 2 * b + 1):
            x = s.segments.get(seg)
            if x is None:
                continue
            if out is None:
                out = list(x)
                continue
            if x[1] < out[3]:
                out[5] += out[3]
            out[5] += x[5]
            out[2], out[3] = x[2], x[3]
            out[4] += x[4]
        return out

    def _select(self, name, matchers):
        return [s for s in self._by_name.get(name, [])
                if all(s.labels.get(k) == v for k, v in matchers.items())]

    def _rates(self, name, matchers, start, end):
        out = []
        for s in self._select(name, matchers):
            agg = self._range(s, start, end)
            r = _extrapolated_rate(agg, start, end) if agg else None
            if r is not None:
                out.append((s, r))
        return out

    def _sum_rate(self, name, matchers, start, end):
        rates = [r for _, r in self._rates(name, matchers, start, end)]
        return _sum(rates) if rates else None

    def figure(self, sla, region, start, end):
        """The SLA's query with $window = end - start and $selector = the region's (None: the
        fleet), evaluated at end. NaN when Prometheus would return no sample."""
        sel = dict(region.matchers) if region else {}
        kind = sla.form[0]
        if kind == "avg_over_time":
            _, metric, extra = sla.form
            per_series = []
            for s in self._select(metric, {**extra, **sel}):
                i = bisect.bisect_left(s.times, start)
                j = bisect.bisect_right(s.times, end)
                if j > i:
                    per_series.append(_avg_over_time(s.values[i:j]))
            return _avg(per_series) if per_series else math.nan
        if kind == "quantile":
            _, q, metric = sla.form
            groups = {}
            for s, r in self._rates(metric, sel, start, end):
                le = s.labels.get("le")
                if le is None:
                    continue
                if le in groups:
                    groups[le] += r
                else:
                    groups[le] = r
            if not groups:
                return math.nan
            return _bucket_quantile(q, [(float(le), v) for le, v in groups.items()])
        if kind in ("ratio", "one_minus_ratio"):
            a = self._sum_rate(sla.form[1], sel, start, end)
            b = self._sum_rate(sla.form[2], sel, start, end)
            if a is None or b is None:
                return math.nan
            ratio = _divide(a, b)
            return 1 - ratio if kind == "one_minus_ratio" else ratio
        total = self._sum_rate(sla.form[1], sel, start, end)
        return math.nan if total is None else total

    def figures(self, start, end):
        """[(sla, region, target, value, status)] for every row of the profile."""
        out = []
        for sla, region, target in self.profile.rows():
            v = self.figure(sla, region, start, end)
            out.append((sla, region, target, v, status(v, sla, target)))
        return out

    def series(self, sla, region, start, end, step):
        """The violation series as query_range computes it: the query with $window = the SLA's
        window at start, start + step, ..., end. The stretches [t - window, t] must have been asked."""
        return [(t, self.figure(sla, region, t - sla.window, t)) for t in range(start, end + 1, step)]


def series_stretches(start, end, step, window):
    """The stretches History.series needs for one SLA window."""
    return [(t - window, t) for t in range(start, end + 1, step)]


def hour_coverage(points, start, end):
    """Share of the stretch's hours [start + k h, start + (k + 1) h) holding a point with a value."""
    hours = -(-(end - start) // 3600)
    seen = {(t - start) // 3600 for t, v in points if start <= t < end and not math.isnan(v)}
    return len(seen) / hours if hours else math.nan


def runs_past(points, sla, target):
    """Violations in a series: [(first t, count of points)] of consecutive points past the target."""
    out, run = [], None
    for t, v in points:
        if status(v, sla, target) == "violated":
            if run is None:
                run = [t, 0]
            run[1] += 1
        elif run is not None:
            out.append(tuple(run))
            run = None
    if run is not None:
        out.append(tuple(run))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__.rsplit("\n\n", 1)[-1])
    prof = Profile(sys.argv[1])
    t0, t1 = parse_time(sys.argv[3]), parse_time(sys.argv[4])
    h = History([sys.argv[2]], [(t0, t1)], prof)
    for sla_, region_, target_, value_, status_ in h.figures(t0, t1):
        print(f"{sla_.id:18} {region_.name if region_ else 'fleet':15} {value_!r:24} {status_:9} target {target_}")
