"""How the report tests read `slaops report --format json` (docs/report-json.md): its numbers and times."""
import math
from datetime import datetime


def num(v):
    """A JSON number of the report: null is unknown (NaN), "+Inf"/"-Inf" the infinities."""
    if v is None:
        return math.nan
    if isinstance(v, str):
        return {"+Inf": math.inf, "-Inf": -math.inf}[v]
    return float(v)


def when(text):
    """An ISO 8601 UTC time of the report as Unix seconds."""
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())
