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
    <name>ReportSections</name>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under “What is missing”.</source>
        <translation>
            <numerusform>…and %n more, listed under “What is missing”.</numerusform>
            <numerusform>…and %n more, listed under “What is missing”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the fleet</source>
        <translation>
            <numerusform>%n for the fleet</numerusform>
            <numerusform>%n for the fleet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n regional figure(s) over %1</source>
        <translation>
            <numerusform>; %n regional figure over %1</numerusform>
            <numerusform>; %n regional figures over %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of consecutive points past the target at a resolution of %1; times in %2.</source>
        <translation>
            <numerusform>%n stretch of consecutive points past the target at a resolution of %1; times in %2.</numerusform>
            <numerusform>%n stretches of consecutive points past the target at a resolution of %1; times in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SLA(s) met over %2.</source>
        <translation>
            <numerusform>%1 of %n SLA met over %2.</numerusform>
            <numerusform>%1 of %n SLAs met over %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was past its target %n time(s)</source>
        <translation>
            <numerusform>%1 %2 was past its target %n time</numerusform>
            <numerusform>%1 %2 was past its target %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was violated on %n day(s)</source>
        <translation>
            <numerusform>%1 %2 was violated on %n day</numerusform>
            <numerusform>%1 %2 was violated on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 met every SLA.</source>
        <translation>
            <numerusform>%1 met every SLA.</numerusform>
            <numerusform>%1 met every SLA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be judged on %n day(s), for hours without data: %2.</source>
        <translation>
            <numerusform>%1 could not be judged on %n day, for hours without data: %2.</numerusform>
            <numerusform>%1 could not be judged on %n days, for hours without data: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report is incomplete: %n part(s) could not be fetched, so its status is unknown. They are listed under “What is missing”.</source>
        <translation>
            <numerusform>This report is incomplete: %n part could not be fetched, so its status is unknown. It is listed under “What is missing”.</numerusform>
            <numerusform>This report is incomplete: %n parts could not be fetched, so its status is unknown. They are listed under “What is missing”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major incident(s) in the period</source>
        <translation>
            <numerusform>%n major incident in the period</numerusform>
            <numerusform>%n major incidents in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) follow at the end, each with the figures behind it.</source>
        <translation>
            <numerusform>%n recommendation follows at the end, with the figures behind it.</numerusform>
            <numerusform>%n recommendations follow at the end, each with the figures behind it.</numerusform>
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
    <name>slaops::report</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s), %1 in total.</source>
        <translation>
            <numerusform>%n violation, %1 in total.</numerusform>
            <numerusform>%n violations, %1 in total.</numerusform>
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
<context>
    <name>slaops::ui::ReportsView</name>
    <message numerus="yes">
        <source>%1 (%2): %3, %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): %3, %n day</numerusform>
            <numerusform>%1 (%2): %3, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking Prometheus: %1 of %n queries answered.</source>
        <translation>
            <numerusform>Asking Prometheus: %1 of %n query answered.</numerusform>
            <numerusform>Asking Prometheus: %1 of %n queries answered.</numerusform>
        </translation>
    </message>
</context>
</TS>
