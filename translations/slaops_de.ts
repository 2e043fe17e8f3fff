<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FigureFormat</name>
    <message>
        <source>SLA %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>expected a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as 500ms, 5s, 5m, 1h or 30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;; expected percent, ms, s or rps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a percentage such as 99.9%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration in ms or s, such as 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration in s or ms, such as 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected requests per second, or a share of the target such as 80%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at_least or at_most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 200ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotBuilder</name>
    <message>
        <source>the query must return an instant vector or a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned no series: nothing matched in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned %1 series; an SLA figure needs exactly one (aggregate it with sum or avg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned NaN: no samples in the window (0/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned %1: the histogram&apos;s highest bucket is +Inf or a division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>slaops: live SLA compliance of a service, from Prometheus and Alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus base URL; overrides the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager base URL; may be repeated; overrides the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, read-only wall display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer no containment actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window once live data has arrived, write it as PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in milliseconds; overrides the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alertmanager: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refresh-ms: expected a number of milliseconds, at least 200</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slaops::prom::Client</name>
    <message>
        <source>the answer is larger than %1 MiB and was cut off; narrow the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slaops::sla</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slaops::ui::GaugeWidget</name>
    <message>
        <source>updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slaops::ui::MainWindow</name>
    <message>
        <source>slaops — SLA operations console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n SLA(s) in breach</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n SLA(s) not known right now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — every SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh %1 · data age %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful refresh yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Prometheus unreachable since %1: %2 — showing the last good values, greyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
