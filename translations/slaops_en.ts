<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionCommand</name>
    <message numerus="yes">
        <source>Applied in %1 ms. Watching the figures for up to %n refresh(es)…</source>
        <translation>
            <numerusform>Applied in %1 ms. Watching the figures for up to %n refresh…</numerusform>
            <numerusform>Applied in %1 ms. Watching the figures for up to %n refreshes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applied, but not recovered within %n refresh(es)</source>
        <translation>
            <numerusform>applied, but not recovered within %n refresh</numerusform>
            <numerusform>applied, but not recovered within %n refreshes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message numerus="yes">
        <source>cluster %1, %n peer(s)</source>
        <translation>
            <numerusform>cluster %1, %n peer</numerusform>
            <numerusform>cluster %1, %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster peers disagree on %n alert(s) since %1</source>
        <translation>
            <numerusform>Cluster peers disagree on %n alert since %1</numerusform>
            <numerusform>Cluster peers disagree on %n alerts since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n firing</source>
        <translation>
            <numerusform>, %n firing</numerusform>
            <numerusform>, %n firing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%1: intact, %n record(s)</source>
        <translation>
            <numerusform>%1: intact, %n record</numerusform>
            <numerusform>%1: intact, %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source>the log is missing but its head says %n record(s) were written</source>
        <translation>
            <numerusform>the log is missing but its head says %n record was written</numerusform>
            <numerusform>the log is missing but its head says %n records were written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%1: valid profile &quot;%2&quot;: %n SLA(s)</source>
        <translation>
            <numerusform>%1: valid profile &quot;%2&quot;: %n SLA</numerusform>
            <numerusform>%1: valid profile &quot;%2&quot;: %n SLAs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n region(s)</source>
        <translation>
            <numerusform>, %n region</numerusform>
            <numerusform>, %n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectScrape</name>
    <message numerus="yes">
        <source>the %n missing node(s) could change the verdict</source>
        <translation>
            <numerusform>the %n missing node could change the verdict</numerusform>
            <numerusform>the %n missing nodes could change the verdict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message numerus="yes">
        <source>(%n more character(s))</source>
        <comment>text cut off</comment>
        <translation>
            <numerusform>(%n more character)</numerusform>
            <numerusform>(%n more characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more warning(s))</source>
        <comment>warnings cut off</comment>
        <translation>
            <numerusform>(%n more warning)</numerusform>
            <numerusform>(%n more warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SilenceCommand</name>
    <message numerus="yes">
        <source>It matches %n alert(s) now.</source>
        <translation>
            <numerusform>It matches %n alert now.</numerusform>
            <numerusform>It matches %n alerts now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silence(s)</source>
        <translation>
            <numerusform>%n silence</numerusform>
            <numerusform>%n silences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLAs in breach: %1</source>
        <translation>
            <numerusform>%n SLA in breach: %1</numerusform>
            <numerusform>%n SLAs in breach: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n last known</source>
        <translation>
            <numerusform>%n last known</numerusform>
            <numerusform>%n last known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) without a current value</source>
        <translation>
            <numerusform>%n figure without a current value</numerusform>
            <numerusform>%n figures without a current value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every SLA met, %n warning(s)</source>
        <translation>
            <numerusform>Every SLA met, %n warning</numerusform>
            <numerusform>Every SLA met, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slaops::engine::Explainer</name>
    <message numerus="yes">
        <source>The buckets: the inner expression returned %n histogram(s) (series that differ in labels other than le); a figure comes from one.</source>
        <translation>
            <numerusform>The buckets: the inner expression returned %n histogram (series that differ in labels other than le); a figure comes from one.</numerusform>
            <numerusform>The buckets: the inner expression returned %n histograms (series that differ in labels other than le); a figure comes from one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 returned %n series; only one can be shown as a number.</source>
        <translation>
            <numerusform>The %1 returned %n series; only one can be shown as a number.</numerusform>
            <numerusform>The %1 returned %n series; only one can be shown as a number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionVerifyPage</name>
    <message numerus="yes">
        <source>After %n refresh(es), %1 of %2 figures are back within their targets.</source>
        <translation>
            <numerusform>After %n refresh, %1 of %2 figures are back within their targets.</numerusform>
            <numerusform>After %n refreshes, %1 of %2 figures are back within their targets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slaops::ui::ExplainDialog</name>
    <message numerus="yes">
        <source>%n series at the sample time.</source>
        <translation>
            <numerusform>%n series at the sample time.</numerusform>
            <numerusform>%n series at the sample time.</numerusform>
        </translation>
    </message>
</context>
</TS>
