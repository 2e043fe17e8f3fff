<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionCommand</name>
    <message>
        <source>Exit codes: 0 applied and recovered (or the dry run shown), 1 refused by a pre-check, the user or --read-only, 2 bad arguments or profile, 3 the server refused the dry run, 4 the apply failed, 5 the object or context changed since the preview, 6 applied but not recovered within the verification.</source>
        <translation>Exit-Codes: 0 angewendet und erholt (oder Dry Run angezeigt), 1 abgelehnt durch eine Vorabprüfung, den Benutzer oder --read-only, 2 ungültige Argumente oder ungültiges Profil, 3 der Server hat den Dry Run abgelehnt, 4 das Anwenden ist fehlgeschlagen, 5 Objekt oder Kontext hat sich seit der Vorschau geändert, 6 angewendet, aber innerhalb der Überprüfung nicht erholt.</translation>
    </message>
    <message>
        <source>%1: %2; no rollback is taken from a broken log</source>
        <translation>%1: %2; aus einem beschädigten Protokoll wird kein Rollback abgeleitet</translation>
    </message>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no applied action that has not been rolled back</source>
        <translation>%1 enthält keine angewendete Maßnahme, die noch nicht zurückgerollt wurde</translation>
    </message>
    <message>
        <source>%1 is a production context. Type the name of the %2 (%3) to apply: </source>
        <translation>%1 ist ein Produktionskontext. Zum Anwenden den Namen des %2-Objekts eintippen (%3): </translation>
    </message>
    <message>
        <source>Apply to %1? [y/N] </source>
        <translation>Auf %1 anwenden? [y/N] </translation>
    </message>
    <message>
        <source>Target: %1 %2 in %3%4 (%5)</source>
        <translation>Ziel: %1 %2 in %3%4 (%5)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>not production</source>
        <translation>keine Produktion</translation>
    </message>
    <message>
        <source>Pre-checks:</source>
        <translation>Vorabprüfungen:</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>Guided containment: plans the action from the live figures, shows the exact command, the server&apos;s dry run and the diff, applies it when confirmed and watches the figures recover.

  slaops action divert-traffic --from R [--to R[,R]]
  slaops action rate-limit --limit N [--region R] | --clear
  slaops action migrate-sessions --from R [--to R]
  slaops action rollback [--audit-log F]

</source>
        <translation>Geführte Eindämmung: plant die Maßnahme anhand der Live-Werte, zeigt den genauen Befehl, den Dry Run des Servers und den Diff, wendet sie nach Bestätigung an und beobachtet, wie sich die Werte erholen.

  slaops action divert-traffic --from R [--to R[,R]]
  slaops action rate-limit --limit N [--region R] | --clear
  slaops action migrate-sessions --from R [--to R]
  slaops action rollback [--audit-log F]

</translation>
    </message>
    <message>
        <source>divert-traffic, rate-limit, migrate-sessions or rollback</source>
        <translation>divert-traffic, rate-limit, migrate-sessions oder rollback</translation>
    </message>
    <message>
        <source>The region in trouble.</source>
        <translation>Die Region mit Problemen.</translation>
    </message>
    <message>
        <source>The region(s) that take over (comma list).</source>
        <translation>Die Region(en), die übernehmen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Rate limit in requests per second.</source>
        <translation>Ratenlimit in Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>Limit only this region.</source>
        <translation>Nur diese Region begrenzen.</translation>
    </message>
    <message>
        <source>Remove the rate limit.</source>
        <translation>Das Ratenlimit entfernen.</translation>
    </message>
    <message>
        <source>Show the plan, the command, the server&apos;s dry run and the diff; apply nothing.</source>
        <translation>Plan, Befehl, Dry Run des Servers und Diff anzeigen; nichts anwenden.</translation>
    </message>
    <message>
        <source>Apply without asking (needed when stdin is not a terminal).</source>
        <translation>Ohne Rückfrage anwenden (nötig, wenn stdin kein Terminal ist).</translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation>SLA-Profil (YAML). Standard: das eingebaute erlmcp-v3-Profil.</translation>
    </message>
    <message>
        <source>Prometheus base URL; overrides the profile&apos;s.</source>
        <translation>Basis-URL von Prometheus; ersetzt die Angabe im Profil.</translation>
    </message>
    <message>
        <source>kubeconfig file. Default: $KUBECONFIG, then kubectl&apos;s own.</source>
        <translation>kubeconfig-Datei. Standard: $KUBECONFIG, sonst die von kubectl selbst.</translation>
    </message>
    <message>
        <source>kubeconfig context. Default: the profile&apos;s.</source>
        <translation>kubeconfig-Kontext. Standard: der aus dem Profil.</translation>
    </message>
    <message>
        <source>erlmcp admin API URL. Default: $ERLMCP_API_URL, then the profile&apos;s.</source>
        <translation>URL der erlmcp-Admin-API. Standard: $ERLMCP_API_URL, sonst die aus dem Profil.</translation>
    </message>
    <message>
        <source>Audit log. Default: %1.</source>
        <translation>Audit-Protokoll. Standard: %1.</translation>
    </message>
    <message>
        <source>Print a JSON summary at the end.</source>
        <translation>Am Ende eine JSON-Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Refuse every action (as the global --read-only).</source>
        <translation>Jede Maßnahme ablehnen (wie das globale --read-only).</translation>
    </message>
    <message>
        <source>name an action: divert-traffic, rate-limit, migrate-sessions or rollback (slaops action --help)</source>
        <translation>eine Maßnahme angeben: divert-traffic, rate-limit, migrate-sessions oder rollback (slaops action --help)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: divert-traffic, rate-limit, migrate-sessions or rollback</source>
        <translation>unbekannte Maßnahme „%1“: divert-traffic, rate-limit, migrate-sessions oder rollback</translation>
    </message>
    <message>
        <source>--limit: a whole number of requests per second from 1 to 10,000,000</source>
        <translation>--limit: eine ganze Zahl von Anfragen pro Sekunde von 1 bis 10.000.000</translation>
    </message>
    <message>
        <source>%1 needs --from REGION</source>
        <translation>%1 erwartet --from REGION</translation>
    </message>
    <message>
        <source>rate-limit needs either --limit N or --clear</source>
        <translation>rate-limit erwartet entweder --limit N oder --clear</translation>
    </message>
    <message>
        <source>--kubeconfig: an empty file name</source>
        <translation>--kubeconfig: leerer Dateiname</translation>
    </message>
    <message>
        <source>read-only: no action is planned or applied (--read-only)</source>
        <translation>Nur-Lese-Modus: Maßnahmen werden weder geplant noch angewendet (--read-only)</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>Server dry run:
%1</source>
        <translation>Dry Run des Servers:
%1</translation>
    </message>
    <message>
        <source>Diff:
%1</source>
        <translation>Diff:
%1</translation>
    </message>
    <message>
        <source>a pre-check fails: nothing is applied</source>
        <translation>eine Vorabprüfung ist nicht erfüllt: nichts wird angewendet</translation>
    </message>
    <message>
        <source>dry run: nothing was applied</source>
        <translation>Dry Run: nichts wurde angewendet</translation>
    </message>
    <message>
        <source>refusing to apply without --yes: stdin is not a terminal</source>
        <translation>ohne --yes wird nichts angewendet: stdin ist kein Terminal</translation>
    </message>
    <message>
        <source>not confirmed: nothing was applied</source>
        <translation>nicht bestätigt: nichts wurde angewendet</translation>
    </message>
    <message numerus="yes">
        <source>Applied in %1 ms. Watching the figures for up to %n refresh(es)…</source>
        <translation>
            <numerusform>In %1 ms angewendet. Die Werte werden für bis zu %n Aktualisierung beobachtet…</numerusform>
            <numerusform>In %1 ms angewendet. Die Werte werden für bis zu %n Aktualisierungen beobachtet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>applied, but not recovered within %n refresh(es)</source>
        <translation>
            <numerusform>angewendet, aber innerhalb von %n Aktualisierung nicht erholt</numerusform>
            <numerusform>angewendet, aber innerhalb von %n Aktualisierungen nicht erholt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionSetup</name>
    <message>
        <source>%1: not an http(s) URL: %2</source>
        <translation>%1: keine http(s)-URL: %2</translation>
    </message>
    <message>
        <source>%1: the admin API URL carries credentials; keep them in the keychain (slaops secret set)</source>
        <translation>%1: die URL der Admin-API enthält Zugangsdaten; diese gehören in den Schlüsselbund (slaops secret set)</translation>
    </message>
</context>
<context>
    <name>ActionStyle</name>
    <message>
        <source>✔ Recovered</source>
        <translation>✔ Erholt</translation>
    </message>
    <message>
        <source>▲ Not yet</source>
        <translation>▲ Noch nicht</translation>
    </message>
    <message>
        <source>✖ Worse</source>
        <translation>✖ Schlechter</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <source>… Waiting for a refresh</source>
        <translation>… Warten auf eine Aktualisierung</translation>
    </message>
</context>
<context>
    <name>AlertMessage</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(unnamed alert)</source>
        <translation>(unbenannter Alarm)</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>alle Regionen</translation>
    </message>
    <message>
        <source>%1 (%2, last known)</source>
        <translation>%1 (%2, zuletzt bekannt)</translation>
    </message>
    <message>
        <source>%1 (fleet)</source>
        <translation>%1 (gesamte Flotte)</translation>
    </message>
    <message>
        <source>Follow the runbook; escalate to %1</source>
        <translation>Runbook befolgen; an %1 eskalieren</translation>
    </message>
    <message>
        <source>Follow the runbook</source>
        <translation>Runbook befolgen</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>An %1 eskalieren</translation>
    </message>
    <message>
        <source>SLA ALERT: %1 [%2]</source>
        <translation>SLA-ALARM: %1 [%2]</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Metrik: %1</translation>
    </message>
    <message>
        <source>Current value: %1</source>
        <translation>Aktueller Wert: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Zeitstempel: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>Recommended action: %1</source>
        <translation>Empfohlene Maßnahme: %1</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>**SLA ALERT: %1** \[%2\]</source>
        <translation>**SLA-ALARM: %1** \[%2\]</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>inhibited</source>
        <translation>gehemmt</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>eigenständig</translation>
    </message>
    <message numerus="yes">
        <source>cluster %1, %n peer(s)</source>
        <translation>
            <numerusform>Cluster %1, %n Peer</numerusform>
            <numerusform>Cluster %1, %n Peers</numerusform>
        </translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>since %1 (last read %2): %3</source>
        <translation>seit %1 (zuletzt gelesen %2): %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Alertmanagers: %1 of %2 up · %3</source>
        <translation>Alertmanager: %1 von %2 erreichbar · %3</translation>
    </message>
    <message numerus="yes">
        <source>Cluster peers disagree on %n alert(s) since %1</source>
        <translation>
            <numerusform>Die Cluster-Peers sind sich seit %1 bei %n Alarm uneinig</numerusform>
            <numerusform>Die Cluster-Peers sind sich seit %1 bei %n Alarmen uneinig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n firing</source>
        <translation>
            <numerusform>, %n ausgelöst</numerusform>
            <numerusform>, %n ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>FIRING FOR</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>HELD BY</source>
        <translation>GEMELDET</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>* last known: held only by Alertmanagers that cannot be read now</source>
        <translation>* zuletzt bekannt: nur von Alertmanagern gemeldet, die gerade nicht lesbar sind</translation>
    </message>
    <message>
        <source>The alerts of every Alertmanager, merged; the exit code says whether any fires.</source>
        <translation>Die Alarme aller Alertmanager, zusammengeführt; der Exit-Code zeigt, ob einer ausgelöst ist.</translation>
    </message>
    <message>
        <source>Print JSON (schema: docs/alerts.schema.json).</source>
        <translation>JSON ausgeben (Schema: docs/alerts.schema.json).</translation>
    </message>
    <message>
        <source>Only alerts of this severity; may be repeated.</source>
        <translation>Nur Alarme dieses Schweregrads; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Which alerts: active, silenced, inhibited or all (default).</source>
        <translation>Welche Alarme: active, silenced, inhibited oder all (Standard).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not one of %2</source>
        <translation>--state: „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation>SLA-Profil (YAML). Standard: das eingebaute erlmcp-v3-Profil.</translation>
    </message>
    <message>
        <source>Alertmanager base URL; may be repeated; overrides the profile&apos;s.</source>
        <translation>Basis-URL eines Alertmanagers; mehrfach angebbar; ersetzt die Angaben im Profil.</translation>
    </message>
    <message>
        <source>--alertmanager: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--alertmanager: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>no Alertmanager: the profile lists none; name one with --alertmanager URL</source>
        <translation>kein Alertmanager: das Profil nennt keinen; einen mit --alertmanager URL angeben</translation>
    </message>
    <message>
        <source>Alertmanager %1 cannot be read: %2</source>
        <translation>Alertmanager %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiParser</name>
    <message>
        <source>expected an array or an object, got a single value</source>
        <translation>Array oder Objekt erwartet, aber einen einzelnen Wert erhalten</translation>
    </message>
    <message>
        <source>there is more after the JSON value</source>
        <translation>nach dem JSON-Wert folgt noch etwas</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time, got &quot;%1&quot;</source>
        <translation>Zeitangabe nach RFC 3339 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation>ein Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array aus Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source>the answer stops after %1 bytes, before its JSON is complete%2: the connection was cut, or a proxy limited its size</source>
        <translation>die Antwort endet nach %1 Bytes, bevor ihr JSON vollständig ist%2: die Verbindung wurde unterbrochen, oder ein Proxy hat ihre Größe begrenzt</translation>
    </message>
    <message>
        <source>the answer is not valid JSON%1: %2 (it starts: %3)</source>
        <translation>die Antwort ist kein gültiges JSON%1: %2 (sie beginnt mit: %3)</translation>
    </message>
    <message>
        <source>unexpected Alertmanager answer%1: %2</source>
        <translation>unerwartete Antwort von Alertmanager%1: %2</translation>
    </message>
    <message>
        <source>the answer is %1, more than the limit of %2</source>
        <translation>die Antwort ist %1 groß, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the answer is empty, not JSON (is the URL Alertmanager&apos;s base URL?)</source>
        <translation>die Antwort ist leer, kein JSON (ist die URL die Basis-URL von Alertmanager?)</translation>
    </message>
    <message>
        <source>the server answered with a page, not JSON (is the URL Alertmanager&apos;s base URL?): %1</source>
        <translation>der Server hat mit einer Seite geantwortet, nicht mit JSON (ist die URL die Basis-URL von Alertmanager?): %1</translation>
    </message>
    <message>
        <source>a matcher object</source>
        <translation>ein Matcher-Objekt</translation>
    </message>
    <message>
        <source>a status object</source>
        <translation>ein Status-Objekt</translation>
    </message>
    <message>
        <source>expected unprocessed, active or suppressed, got &quot;%1&quot;</source>
        <translation>unprocessed, active oder suppressed erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>an array of receivers</source>
        <translation>ein Array von Receivern</translation>
    </message>
    <message>
        <source>a receiver object</source>
        <translation>ein Receiver-Objekt</translation>
    </message>
    <message>
        <source>an alert object</source>
        <translation>ein Alarm-Objekt</translation>
    </message>
    <message>
        <source>the fingerprint is empty</source>
        <translation>der Fingerprint ist leer</translation>
    </message>
    <message>
        <source>a silence object</source>
        <translation>ein Stummschaltungs-Objekt</translation>
    </message>
    <message>
        <source>expected active, pending or expired, got &quot;%1&quot;</source>
        <translation>active, pending oder expired erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>an array of matchers</source>
        <translation>ein Array von Matchern</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <source>a cluster object</source>
        <translation>ein Cluster-Objekt</translation>
    </message>
    <message>
        <source>an array of peers</source>
        <translation>ein Array von Peers</translation>
    </message>
    <message>
        <source>a peer object</source>
        <translation>ein Peer-Objekt</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>an array of alerts</source>
        <translation>ein Array von Alarmen</translation>
    </message>
    <message>
        <source>an array of silences</source>
        <translation>ein Array von Stummschaltungen</translation>
    </message>
    <message>
        <source>a versionInfo object</source>
        <translation>ein versionInfo-Objekt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unexpected Alertmanager answer: the silenceID is empty</source>
        <translation>unerwartete Antwort von Alertmanager: die silenceID ist leer</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Checks the containment audit log: every record follows the one before it, none is missing, edited or reordered, and none was cut off the end.</source>
        <translation>Prüft das Audit-Protokoll der Eindämmungsmaßnahmen: jeder Eintrag folgt auf den vorigen, keiner fehlt, wurde geändert oder umgestellt, und keiner wurde am Ende abgeschnitten.</translation>
    </message>
    <message>
        <source>The only subcommand.</source>
        <translation>Der einzige Unterbefehl.</translation>
    </message>
    <message>
        <source>The log (default: %1).</source>
        <translation>Das Protokoll (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>usage: slaops audit verify [FILE]</source>
        <translation>Aufruf: slaops audit verify [DATEI]</translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, %n record(s)</source>
        <translation>
            <numerusform>%1: unversehrt, %n Eintrag</numerusform>
            <numerusform>%1: unversehrt, %n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log %1 is broken (%2): no action is recorded on it</source>
        <translation>das Audit-Protokoll %1 ist beschädigt (%2): darin wird keine Maßnahme aufgezeichnet</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log&apos;s head %1: %2</source>
        <translation>der Kopf des Audit-Protokolls %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the log is missing but its head says %n record(s) were written</source>
        <translation>
            <numerusform>das Protokoll fehlt, aber sein Kopf nennt %n geschriebenen Eintrag</numerusform>
            <numerusform>das Protokoll fehlt, aber sein Kopf nennt %n geschriebene Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>cut short (no end of line)</source>
        <translation>abgeschnitten (kein Zeilenende)</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>unknown record version</source>
        <translation>unbekannte Eintragsversion</translation>
    </message>
    <message>
        <source>sequence number %1 where %2 belongs: records were removed or reordered</source>
        <translation>Laufnummer %1, wo %2 hingehört: Einträge wurden entfernt oder umgestellt</translation>
    </message>
    <message>
        <source>it does not follow the record before it: that one was edited, removed or moved</source>
        <translation>er folgt nicht auf den Eintrag davor: jener wurde geändert, entfernt oder verschoben</translation>
    </message>
    <message>
        <source>the head file %1 is missing</source>
        <translation>die Kopfdatei %1 fehlt</translation>
    </message>
    <message>
        <source>the head file %1 cannot be read</source>
        <translation>die Kopfdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the head says %1 records were written, the log holds %2: records were cut off the end</source>
        <translation>der Kopf nennt %1 geschriebene Einträge, das Protokoll enthält %2: am Ende wurden Einträge abgeschnitten</translation>
    </message>
    <message>
        <source>the last record is not the one the head recorded: it was edited or replaced</source>
        <translation>der letzte Eintrag ist nicht der, den der Kopf verzeichnet: er wurde geändert oder ersetzt</translation>
    </message>
</context>
<context>
    <name>BudgetCalculator</name>
    <message>
        <source>%1 rolling</source>
        <translation>%1 gleitend</translation>
    </message>
    <message>
        <source>no traffic in the budget period: the budget cannot be computed</source>
        <translation>keine Anfragen im Budgetzeitraum: das Budget lässt sich nicht berechnen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Profile %1 · Prometheus %2 · %3</source>
        <translation>Profil %1 · Prometheus %2 · %3</translation>
    </message>
    <message>
        <source>Prometheus unreachable: %1</source>
        <translation>Prometheus nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>%1 ms query</source>
        <translation>Abfrage %1 ms</translation>
    </message>
    <message>
        <source>age %1: %2</source>
        <translation>Alter %1: %2</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>ERROR BUDGET</source>
        <translation>FEHLERBUDGET</translation>
    </message>
    <message>
        <source>30D LEFT</source>
        <translation>REST 30T</translation>
    </message>
    <message>
        <source>MONTH LEFT</source>
        <translation>REST MONAT</translation>
    </message>
    <message>
        <source>BURN 5m/1h/6h/1d/3d</source>
        <translation>VERBRAUCH 5m/1h/6h/1d/3d</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>MASSNAHME</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>One refresh of the SLA profile, printed; the exit code says whether every SLA is met.</source>
        <translation>Einmalige Aktualisierung des SLA-Profils mit Ausgabe; der Exit-Code zeigt, ob alle SLAs eingehalten sind.</translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation>SLA-Profil (YAML). Standard: das eingebaute erlmcp-v3-Profil.</translation>
    </message>
    <message>
        <source>Prometheus base URL; overrides the profile&apos;s.</source>
        <translation>Basis-URL von Prometheus; ersetzt die Angabe im Profil.</translation>
    </message>
    <message>
        <source>Only this region&apos;s figures.</source>
        <translation>Nur die Werte dieser Region.</translation>
    </message>
    <message>
        <source>A node&apos;s metrics URL to scrape directly if Prometheus is down; may be repeated.</source>
        <translation>Metrik-URL eines Knotens, die direkt abgerufen wird, wenn Prometheus ausgefallen ist; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Print JSON (schema: docs/check.schema.json).</source>
        <translation>JSON ausgeben (Schema: docs/check.schema.json).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--prometheus: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--prometheus: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--scrape: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--scrape: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--region: no region &quot;%1&quot; in the profile (it has: %2)</source>
        <translation>--region: keine Region „%1“ im Profil (vorhanden: %2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>usage: slaops profile check FILE</source>
        <translation>Aufruf: slaops profile check DATEI</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid profile &quot;%2&quot;: %n SLA(s)</source>
        <translation>
            <numerusform>%1: gültiges Profil „%2“: %n SLA</numerusform>
            <numerusform>%1: gültiges Profil „%2“: %n SLAs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n region(s)</source>
        <translation>
            <numerusform>, %n Region</numerusform>
            <numerusform>, %n Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>%1: based on %2 of data out of %3; the rest counted as going the same way</source>
        <translation>%1: beruht auf %2 Daten von %3; der Rest wird als gleich verlaufend gezählt</translation>
    </message>
    <message>
        <source>Figures marked * are read from the generated recording rules.</source>
        <translation>Mit * markierte Werte stammen aus den erzeugten Recording-Regeln.</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>ausgefallen: %1</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>in Reserve</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>Prometheus of %1 unreachable: %2</source>
        <translation>Prometheus der Region %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Raw queries only, even where Prometheus has the profile&apos;s generated recording rules.</source>
        <translation>Nur Rohabfragen verwenden, auch wenn Prometheus die erzeugten Recording-Regeln des Profils geladen hat.</translation>
    </message>
    <message>
        <source>lagging %L1 s</source>
        <translation>%L1 s im Rückstand</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Notification received: the on-call engineer is on it</source>
        <translation>Benachrichtigung erhalten: die Bereitschaft kümmert sich darum</translation>
    </message>
    <message>
        <source>Initial assessment: the alert is valid</source>
        <translation>Erste Einschätzung: der Alarm ist berechtigt</translation>
    </message>
    <message>
        <source>Initial assessment: false positive (say why in the silence comment)</source>
        <translation>Erste Einschätzung: Fehlalarm (den Grund im Kommentar der Stummschaltung nennen)</translation>
    </message>
    <message>
        <source>Initial assessment: scope determined (regions, instances, users affected)</source>
        <translation>Erste Einschätzung: Ausmaß ermittelt (betroffene Regionen, Instanzen, Benutzer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Team assembly: the profile names nobody for severity “%1”; decide who to call</source>
        <translation>Team zusammenstellen: das Profil nennt niemanden für den Schweregrad „%1“; entscheiden, wer alarmiert wird</translation>
    </message>
    <message>
        <source>Team assembly: call %1</source>
        <translation>Team zusammenstellen: %1 alarmieren</translation>
    </message>
    <message>
        <source>Team assembly: call %1 (%2)</source>
        <translation>Team zusammenstellen: %1 alarmieren (%2)</translation>
    </message>
</context>
<context>
    <name>DirectScrape</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>direct scrape of %1 of %2 nodes</source>
        <translation>Direktabruf bei %1 von %2 Knoten</translation>
    </message>
    <message>
        <source>Prometheus is down: instant value over the last %1 s from a direct scrape of %2 of %3 nodes</source>
        <translation>Prometheus ist ausgefallen: Momentanwert über die letzten %1 s aus einem Direktabruf bei %2 von %3 Knoten</translation>
    </message>
    <message>
        <source>%1 is %2, not a %3</source>
        <translation>%1 ist vom Typ %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 is not on the page</source>
        <translation>%1 fehlt auf der Seite</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n missing node(s) could change the verdict</source>
        <translation>
            <numerusform>der %n fehlende Knoten könnte das Ergebnis ändern</numerusform>
            <numerusform>die %n fehlenden Knoten könnten das Ergebnis ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no severity label: no escalation level applies</source>
        <translation>kein severity-Label: keine Eskalationsstufe greift</translation>
    </message>
    <message>
        <source>no escalation level for severity “%1”</source>
        <translation>keine Eskalationsstufe für den Schweregrad „%1“</translation>
    </message>
    <message>
        <source>acknowledge within %1: start time unknown</source>
        <translation>innerhalb von %1 bestätigen: Startzeit unbekannt</translation>
    </message>
    <message>
        <source>acknowledged: countdown stopped</source>
        <translation>bestätigt: Countdown angehalten</translation>
    </message>
    <message>
        <source>acknowledge within %1: %2 left</source>
        <translation>innerhalb von %1 bestätigen: noch %2</translation>
    </message>
    <message>
        <source>acknowledge within %1: OVERDUE by %2</source>
        <translation>innerhalb von %1 bestätigen: seit %2 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>due %1 %2</source>
        <translation>fällig %1 %2</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>SLA %1 %2</source>
        <translation>SLA %1 %2</translation>
    </message>
    <message>
        <source>alert %1 %2</source>
        <translation>Alarm %1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>no refresh has completed since %1</source>
        <translation>seit %1 wurde keine Aktualisierung abgeschlossen</translation>
    </message>
    <message>
        <source>no refresh has completed for %1</source>
        <translation>seit %1 keine abgeschlossene Aktualisierung</translation>
    </message>
</context>
<context>
    <name>KubeNames</name>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds a character that is not plain ASCII (U+%3): a look-alike or a control character</source>
        <translation>%1: „%2“ enthält ein Zeichen außerhalb von reinem ASCII (U+%3): ein Doppelgänger oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; starts with &apos;-&apos;, which kubectl would read as an option</source>
        <translation>%1: „%2“ beginnt mit „-“, was kubectl als Option läse</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3</source>
        <translation>%1: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <source>an RFC 1123 label (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>ein RFC-1123-Label (Kleinbuchstaben, Ziffern und „-“)</translation>
    </message>
    <message>
        <source>an RFC 1035 label (a lower-case letter, then letters, digits and &apos;-&apos;)</source>
        <translation>ein RFC-1035-Label (ein Kleinbuchstabe, dann Buchstaben, Ziffern und „-“)</translation>
    </message>
    <message>
        <source>an RFC 1123 subdomain (lower-case labels joined by &apos;.&apos;)</source>
        <translation>eine RFC-1123-Subdomain (kleingeschriebene Labels, durch „.“ verbunden)</translation>
    </message>
    <message>
        <source>a context name (letters, digits and - _ . : @ /)</source>
        <translation>ein Kontextname (Buchstaben, Ziffern und - _ . : @ /)</translation>
    </message>
</context>
<context>
    <name>MatcherText</name>
    <message>
        <source>&quot;%1&quot; does not start with a label name (expected name=value, name!=value, name=~regex or name!~regex)</source>
        <translation>„%1“ beginnt nicht mit einem Label-Namen (erwartet: name=value, name!=value, name=~regex oder name!~regex)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no operator after the label name (expected =, !=, =~ or !~)</source>
        <translation>„%1“ hat keinen Operator nach dem Label-Namen (erwartet: =, !=, =~ oder !~)</translation>
    </message>
    <message>
        <source>the regex of &quot;%1&quot; is invalid: %2</source>
        <translation>der reguläre Ausdruck von „%1“ ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>MetricSelector</name>
    <message>
        <source>a &apos;{&apos; without its closing &apos;}&apos;</source>
        <translation>ein „{“ ohne schließendes „}“</translation>
    </message>
    <message>
        <source>expected a metric name, optionally followed by {label matchers}</source>
        <translation>Metrikname erwartet, optional gefolgt von {Label-Matchern}</translation>
    </message>
    <message>
        <source>a metric name is missing</source>
        <translation>ein Metrikname fehlt</translation>
    </message>
    <message>
        <source>expected a label name at &quot;%1&quot;</source>
        <translation>Label-Name erwartet bei „%1“</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ after the label %1</source>
        <translation>=, !=, =~ oder !~ nach dem Label %1 erwartet</translation>
    </message>
    <message>
        <source>the value of the label %1 must be quoted</source>
        <translation>der Wert des Labels %1 muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>the value of the label %1 is not closed</source>
        <translation>beim Wert des Labels %1 fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>the regular expression of the label %1 is not valid: %2</source>
        <translation>der reguläre Ausdruck des Labels %1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>PlanState</name>
    <message>
        <source>%1: not JSON (%2 at offset %3)</source>
        <translation>%1: kein JSON (%2 bei Offset %3)</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: the answer is a &quot;%2&quot;, not a %1</source>
        <translation>%1: die Antwort ist ein „%2“, kein %1</translation>
    </message>
    <message>
        <source>%1: the answer has no metadata</source>
        <translation>%1: die Antwort hat keine Metadaten</translation>
    </message>
    <message>
        <source>rate limit: the answer has no &quot;limit&quot; (a number or null)</source>
        <translation>Ratenlimit: die Antwort enthält kein „limit“ (eine Zahl oder null)</translation>
    </message>
    <message>
        <source>rate limit: the limit of %1 is not a number</source>
        <translation>Ratenlimit: das Limit von %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the Service changed since the action: it routes to %1, the action set %2</source>
        <translation>der Service hat sich seit der Maßnahme geändert: er leitet an %1 weiter, die Maßnahme hatte %2 gesetzt</translation>
    </message>
    <message>
        <source>every region (no annotation)</source>
        <translation>alle Regionen (keine Annotation)</translation>
    </message>
    <message>
        <source>no region in trouble to divert traffic from</source>
        <translation>keine Region mit Problemen, von der Datenverkehr umgeleitet werden könnte</translation>
    </message>
    <message>
        <source>%1 is already diverted: the Service routes to %2</source>
        <translation>%1 ist bereits umgeleitet: der Service leitet an %2 weiter</translation>
    </message>
    <message>
        <source>no region would keep traffic</source>
        <translation>keine Region behielte Datenverkehr</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>patch the Service</source>
        <translation>den Service patchen</translation>
    </message>
    <message>
        <source>server dry run of the patch</source>
        <translation>Dry Run des Patches auf dem Server</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>the rate limit changed since the action: it is %1, the action set %2</source>
        <translation>das Ratenlimit hat sich seit der Maßnahme geändert: es beträgt %1, die Maßnahme hatte %2 gesetzt</translation>
    </message>
    <message>
        <source>set the rate limit</source>
        <translation>das Ratenlimit setzen</translation>
    </message>
    <message>
        <source>the admin API has no dry run: the preview shows the request and the limit it replaces</source>
        <translation>die Admin-API hat keinen Dry Run: die Vorschau zeigt die Anfrage und das Limit, das sie ersetzt</translation>
    </message>
    <message>
        <source>the session manager Pod is not Running (phase: %1)</source>
        <translation>der Pod des Session-Managers ist nicht Running (Phase: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no pair of regions to migrate sessions between</source>
        <translation>kein Regionenpaar, zwischen dem Sitzungen migriert werden könnten</translation>
    </message>
    <message>
        <source>session manager pod</source>
        <translation>Pod des Session-Managers</translation>
    </message>
    <message>
        <source>migrate the sessions</source>
        <translation>die Sitzungen migrieren</translation>
    </message>
    <message>
        <source>dry run of the migration</source>
        <translation>Dry Run der Migration</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>kubectl context</source>
        <translation>kubectl-Kontext</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a region of the profile (%3)</source>
        <translation>%1: „%2“ ist keine Region des Profils (%3)</translation>
    </message>
    <message>
        <source>Divert traffic</source>
        <translation>Datenverkehr umleiten</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>--from</source>
        <translation>--from</translation>
    </message>
    <message>
        <source>--to</source>
        <translation>--to</translation>
    </message>
    <message>
        <source>--to: %1 is the region traffic is diverted from</source>
        <translation>--to: %1 ist die Region, von der der Datenverkehr umgeleitet wird</translation>
    </message>
    <message>
        <source>Divert traffic away from %1</source>
        <translation>Datenverkehr von %1 umleiten</translation>
    </message>
    <message>
        <source>%1 is healthy</source>
        <translation>%1 ist gesund</translation>
    </message>
    <message>
        <source>At least one region keeps traffic</source>
        <translation>Mindestens eine Region behält Datenverkehr</translation>
    </message>
    <message>
        <source>no healthy region to receive the traffic</source>
        <translation>keine gesunde Region, die den Datenverkehr übernehmen kann</translation>
    </message>
    <message>
        <source>receiving: %1</source>
        <translation>übernehmende Regionen: %1</translation>
    </message>
    <message>
        <source>read the Service</source>
        <translation>den Service lesen</translation>
    </message>
    <message>
        <source>containment.rest.url</source>
        <translation>containment.rest.url</translation>
    </message>
    <message>
        <source>--api</source>
        <translation>--api</translation>
    </message>
    <message>
        <source>%1: no admin API URL</source>
        <translation>%1: keine URL der Admin-API</translation>
    </message>
    <message>
        <source>%1: not an http(s) URL</source>
        <translation>%1: keine http(s)-URL</translation>
    </message>
    <message>
        <source>Rate-limit the fleet</source>
        <translation>Ratenlimit für die gesamte Flotte</translation>
    </message>
    <message>
        <source>--region</source>
        <translation>--region</translation>
    </message>
    <message>
        <source>no limit given and the profile names no SLA with the capacity role</source>
        <translation>kein Limit angegeben, und das Profil nennt kein SLA mit der Rolle capacity</translation>
    </message>
    <message>
        <source>the limit must be a whole number from 1 to %1, not %2</source>
        <translation>das Limit muss eine ganze Zahl von 1 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>die gesamte Flotte</translation>
    </message>
    <message>
        <source>Rate-limit %1 to %2 requests per second</source>
        <translation>Ratenlimit für %1: %2 Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Remove the rate limit of %1</source>
        <translation>Ratenlimit für %1 entfernen</translation>
    </message>
    <message>
        <source>Throughput is known and fresh</source>
        <translation>Der Durchsatz ist bekannt und aktuell</translation>
    </message>
    <message>
        <source>%1: no live figure</source>
        <translation>%1: kein Live-Wert</translation>
    </message>
    <message>
        <source>the profile names no SLA with the capacity role</source>
        <translation>das Profil nennt kein SLA mit der Rolle capacity</translation>
    </message>
    <message>
        <source>Throughput is above the capacity alert</source>
        <translation>Der Durchsatz liegt über der Alarmschwelle der Kapazität</translation>
    </message>
    <message>
        <source>The limit cuts throughput</source>
        <translation>Das Limit senkt den Durchsatz</translation>
    </message>
    <message>
        <source>throughput is %1, past the alert %2</source>
        <translation>der Durchsatz beträgt %1, über der Alarmschwelle %2</translation>
    </message>
    <message>
        <source>throughput is %1, under the alert %2: no limit needed</source>
        <translation>der Durchsatz beträgt %1, unter der Alarmschwelle %2: kein Limit nötig</translation>
    </message>
    <message>
        <source>a limit of %1 cuts %2 to %3</source>
        <translation>ein Limit von %1 senkt %2 auf %3</translation>
    </message>
    <message>
        <source>a limit of %1 would not cut anything: throughput is %2</source>
        <translation>ein Limit von %1 würde nichts senken: der Durchsatz beträgt %2</translation>
    </message>
    <message>
        <source>%1 back under its alert (%2)</source>
        <translation>%1 wieder unter der Alarmschwelle (%2)</translation>
    </message>
    <message>
        <source>read the rate limit</source>
        <translation>das Ratenlimit lesen</translation>
    </message>
    <message>
        <source>Migrate sessions</source>
        <translation>Sitzungen migrieren</translation>
    </message>
    <message>
        <source>session manager Pod</source>
        <translation>Pod des Session-Managers</translation>
    </message>
    <message>
        <source>--to: sessions move to one region, not %1</source>
        <translation>--to: Sitzungen wechseln in genau eine Region, nicht in %1</translation>
    </message>
    <message>
        <source>A healthy region receives the sessions</source>
        <translation>Eine gesunde Region übernimmt die Sitzungen</translation>
    </message>
    <message>
        <source>no other region is healthy</source>
        <translation>keine andere Region ist gesund</translation>
    </message>
    <message>
        <source>%1 is healthy again</source>
        <translation>%1 ist wieder gesund</translation>
    </message>
    <message>
        <source>The sessions move to another region</source>
        <translation>Die Sitzungen wechseln in eine andere Region</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 nach %2</translation>
    </message>
    <message>
        <source>Migrate sessions from %1 to %2</source>
        <translation>Sitzungen von %1 nach %2 migrieren</translation>
    </message>
    <message>
        <source>%1 within target (%2)</source>
        <translation>%1 im Zielbereich (%2)</translation>
    </message>
    <message>
        <source>read the session manager Pod</source>
        <translation>den Pod des Session-Managers lesen</translation>
    </message>
    <message>
        <source>the applied plan carries no state to restore</source>
        <translation>der angewendete Plan enthält keinen Zustand, der sich wiederherstellen ließe</translation>
    </message>
    <message>
        <source>Restores the regions the Service routed to before: %1</source>
        <translation>Stellt die Regionen wieder her, an die der Service vorher weitergeleitet hat: %1</translation>
    </message>
    <message>
        <source>every region (no annotation)</source>
        <translation>alle Regionen (keine Annotation)</translation>
    </message>
    <message>
        <source>the applied plan names no regions to migrate back between</source>
        <translation>der angewendete Plan nennt keine Regionen, zwischen denen zurückmigriert werden könnte</translation>
    </message>
    <message>
        <source>Roll back: %1</source>
        <translation>Rollback: %1</translation>
    </message>
</context>
<context>
    <name>PreChecks</name>
    <message>
        <source>%1 is in trouble or without traffic</source>
        <translation>%1 hat Probleme oder keinen Datenverkehr</translation>
    </message>
    <message>
        <source>%1 is in trouble</source>
        <translation>%1 hat Probleme</translation>
    </message>
    <message>
        <source>; its traffic figures have no data: no traffic is routed to it</source>
        <translation>; ihre Verkehrswerte haben keine Daten: es wird kein Datenverkehr zu ihr geleitet</translation>
    </message>
    <message>
        <source>A region is in trouble</source>
        <translation>Eine Region hat Probleme</translation>
    </message>
    <message>
        <source>no region has a figure past its target or alert</source>
        <translation>keine Region hat einen Wert jenseits ihres Ziels oder ihrer Alarmschwelle</translation>
    </message>
    <message>
        <source>no live figures</source>
        <translation>keine Live-Werte</translation>
    </message>
    <message>
        <source>Live figures are fresh</source>
        <translation>Die Live-Werte sind aktuell</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>snapshot %1 of %2</source>
        <translation>Snapshot %1 vom %2</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>nicht aktuell: %1</translation>
    </message>
    <message>
        <source>The receiving regions have the capacity</source>
        <translation>Die übernehmenden Regionen haben die Kapazität</translation>
    </message>
    <message>
        <source>the profile names no SLA with the capacity role</source>
        <translation>das Profil nennt kein SLA mit der Rolle capacity</translation>
    </message>
    <message>
        <source>%1: no live figure</source>
        <translation>%1: kein Live-Wert</translation>
    </message>
    <message>
        <source>%1 %2 against %3 × %4/%5 = %6 (alert share %7 × %4/%5 = %8)</source>
        <translation>%1 %2 gegenüber %3 × %4/%5 = %6 (Alarmanteil %7 × %4/%5 = %8)</translation>
    </message>
    <message>
        <source>; past the alert share: the regions left run near their capacity</source>
        <translation>; über dem Alarmanteil: die verbleibenden Regionen laufen nahe an ihrer Kapazität</translation>
    </message>
    <message>
        <source>%1 back within target (%2)</source>
        <translation>%1 wieder im Zielbereich (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>expected a single value</source>
        <translation>einzelner Wert erwartet</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>Zuordnung von Schlüsseln zu Werten erwartet</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>unbekannter Schlüssel; erwartet wird einer von: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a duration such as 500ms, 5s, 5m, 1h or 30d</source>
        <translation>Dauer erwartet, z. B. 500ms, 5s, 5m, 1h oder 30d</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL</source>
        <translation>http://- oder https://-URL erwartet</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;; expected percent, ms, s or rps</source>
        <translation>unbekannte Einheit „%1“; erwartet wird percent, ms, s oder rps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>expected a percentage such as 99.9%</source>
        <translation>Prozentwert erwartet, z. B. 99.9%</translation>
    </message>
    <message>
        <source>expected a duration in ms or s, such as 100ms</source>
        <translation>Dauer in ms oder s erwartet, z. B. 100ms</translation>
    </message>
    <message>
        <source>expected a duration in s or ms, such as 10s</source>
        <translation>Dauer in s oder ms erwartet, z. B. 10s</translation>
    </message>
    <message>
        <source>expected requests per second, or a share of the target such as 80%</source>
        <translation>Anfragen pro Sekunde erwartet oder ein Anteil am Zielwert, z. B. 80%</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and _</source>
        <translation>nur Kleinbuchstaben, Ziffern und _ verwenden</translation>
    </message>
    <message>
        <source>expected at_least or at_most</source>
        <translation>at_least oder at_most erwartet</translation>
    </message>
    <message>
        <source>must be at least 1s</source>
        <translation>muss mindestens 1s betragen</translation>
    </message>
    <message>
        <source>must be at least 200ms</source>
        <translation>muss mindestens 200ms betragen</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>nicht leere Liste erwartet</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected requests per second, such as 50000</source>
        <translation>Anfragen pro Sekunde erwartet, z. B. 50000</translation>
    </message>
    <message>
        <source>a percentage target must lie between 0% and 100%, or no error budget is left</source>
        <translation>ein Prozent-Zielwert muss zwischen 0% und 100% liegen, sonst bleibt kein Fehlerbudget</translation>
    </message>
    <message>
        <source>write label matchers without braces, e.g. region=&quot;eu-west-1&quot;</source>
        <translation>Label-Matcher ohne geschweifte Klammern schreiben, z. B. region=&quot;eu-west-1&quot;</translation>
    </message>
    <message>
        <source>not a valid Kubernetes name (lower-case letters, digits, - . _)</source>
        <translation>kein gültiger Kubernetes-Name (Kleinbuchstaben, Ziffern, - . _)</translation>
    </message>
    <message>
        <source>duplicate severity &quot;%1&quot;</source>
        <translation>doppelter Schweregrad „%1“</translation>
    </message>
    <message>
        <source>must be at least 1d</source>
        <translation>muss mindestens 1d betragen</translation>
    </message>
    <message>
        <source>duplicate region &quot;%1&quot;</source>
        <translation>doppelte Region „%1“</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected bearer or basic</source>
        <translation>bearer oder basic erwartet</translation>
    </message>
    <message>
        <source>expected the name of a keychain entry (letters, digits, _ . -), not a secret</source>
        <translation>Name eines Schlüsselbund-Eintrags erwartet (Buchstaben, Ziffern, _ . -), nicht das Secret selbst</translation>
    </message>
    <message>
        <source>only basic authentication has a username</source>
        <translation>nur die Authentifizierung basic hat einen Benutzernamen</translation>
    </message>
    <message>
        <source>expected a mapping with one of rate, ratio, quantile or gauge</source>
        <translation>Zuordnung mit einem von rate, ratio, quantile oder gauge erwartet</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1</source>
        <translation>Zahl von 0 bis 1 erwartet</translation>
    </message>
    <message>
        <source>expected sum, max, min or avg</source>
        <translation>sum, max, min oder avg erwartet</translation>
    </message>
    <message>
        <source>give exactly one of rate, ratio, quantile or gauge</source>
        <translation>genau eines von rate, ratio, quantile oder gauge angeben</translation>
    </message>
    <message>
        <source>does not belong to this kind of formula</source>
        <translation>gehört nicht zu dieser Art von Formel</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>positive Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a mapping of label names to values</source>
        <translation>Zuordnung von Label-Namen zu Werten erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name</source>
        <translation>„%1“ ist kein Label-Name</translation>
    </message>
    <message>
        <source>must be between 500ms and 2m (it is the total deadline of a request)</source>
        <translation>muss zwischen 500ms und 2m liegen (es ist die Gesamtfrist einer Anfrage)</translation>
    </message>
    <message>
        <source>must be longer than the staleness bound, %1 (two refresh intervals, or one plus the request timeout)</source>
        <translation>muss länger sein als die Veraltungsgrenze von %1 (zwei Aktualisierungsintervalle oder eines plus das Anfrage-Timeout)</translation>
    </message>
    <message>
        <source>a value holds control character 0x%1, written as an escape</source>
        <translation>ein Wert enthält das Steuerzeichen 0x%1, als Escape-Sequenz geschrieben</translation>
    </message>
    <message>
        <source>an alias refers to the node it is part of</source>
        <translation>ein Alias verweist auf den Knoten, zu dem er selbst gehört</translation>
    </message>
    <message>
        <source>more than %1 values once aliases are expanded; not an SLA profile</source>
        <translation>mehr als %1 Werte, sobald Aliase aufgelöst sind; kein SLA-Profil</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; not an SLA profile</source>
        <translation>tiefer als %1 Ebenen verschachtelt; kein SLA-Profil</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at column %2); save the profile as UTF-8</source>
        <translation>kein gültiges UTF-8 (Byte 0x%1 in Spalte %2); speichern Sie das Profil als UTF-8</translation>
    </message>
    <message>
        <source>a NUL byte at column %1; a profile is UTF-8 text, not a binary file</source>
        <translation>ein NUL-Byte in Spalte %1; ein Profil ist UTF-8-Text, keine Binärdatei</translation>
    </message>
    <message>
        <source>control character 0x%1 at column %2; a profile is plain UTF-8 text</source>
        <translation>Steuerzeichen 0x%1 in Spalte %2; ein Profil ist reiner UTF-8-Text</translation>
    </message>
    <message>
        <source>larger than 1 MiB; not an SLA profile</source>
        <translation>größer als 1 MiB; kein SLA-Profil</translation>
    </message>
    <message>
        <source>(a list)</source>
        <translation>(eine Liste)</translation>
    </message>
    <message>
        <source>(a mapping)</source>
        <translation>(eine Zuordnung)</translation>
    </message>
    <message>
        <source>this Alertmanager is listed twice</source>
        <translation>dieser Alertmanager ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: trend, region_card, region_uptime, capacity, session_failover)</source>
        <translation>unbekannte Rolle „%1“ (bekannt: trend, region_card, region_uptime, capacity, session_failover)</translation>
    </message>
    <message>
        <source>must be a map of context names</source>
        <translation>muss eine Zuordnung von Kontextnamen sein</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb</source>
        <translation>muss eine Farbe der Form #rrggbb sein</translation>
    </message>
    <message>
        <source>must be between 1s and 10m</source>
        <translation>muss zwischen 1s und 10m liegen</translation>
    </message>
    <message>
        <source>only one SLA can have the %1 role; %2 has it already</source>
        <translation>nur ein SLA kann die Rolle %1 haben; %2 hat sie bereits</translation>
    </message>
    <message>
        <source>expected a time in ISO 8601 with its zone, e.g. 2024-06-03T00:00:00Z, not &quot;%1&quot;</source>
        <translation>Zeitangabe nach ISO 8601 mit Zeitzone erwartet, z. B. 2024-06-03T00:00:00Z, nicht „%1“</translation>
    </message>
    <message>
        <source>must be later than since (%1)</source>
        <translation>muss nach since liegen (%1)</translation>
    </message>
    <message>
        <source>write what to look at, or leave the key out</source>
        <translation>angeben, worauf zu achten ist, oder den Schlüssel weglassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity of the escalation matrix, which has none</source>
        <translation>„%1“ ist kein Schweregrad der Eskalationsmatrix (sie enthält keinen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity of the escalation matrix (%2)</source>
        <translation>„%1“ ist kein Schweregrad der Eskalationsmatrix (%2)</translation>
    </message>
    <message>
        <source>give either url: (one server) or urls: (the replicas of one HA pair)</source>
        <translation>entweder url: (ein Server) oder urls: (die Replikate eines HA-Paars) angeben</translation>
    </message>
    <message>
        <source>at most %1 replicas</source>
        <translation>höchstens %1 Replikate</translation>
    </message>
    <message>
        <source>this replica is listed twice</source>
        <translation>dieses Replikat ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be between 1s and 1h</source>
        <translation>muss zwischen 1s und 1h liegen</translation>
    </message>
</context>
<context>
    <name>RegionHealth</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no figures in the snapshot</source>
        <translation>%1: keine Werte im Snapshot</translation>
    </message>
    <message>
        <source>past target: %1</source>
        <translation>Ziel verfehlt: %1</translation>
    </message>
    <message>
        <source>past alert: %1</source>
        <translation>über der Alarmschwelle: %1</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>every figure within target</source>
        <translation>alle Werte im Zielbereich</translation>
    </message>
</context>
<context>
    <name>ReportAssembler</name>
    <message>
        <source>the query returned %1 series; an SLA&apos;s query must aggregate to one (sum, avg, max)</source>
        <translation>die Abfrage lieferte %1 Zeitreihen; die Abfrage eines SLA muss auf eine aggregieren (sum, avg, max)</translation>
    </message>
    <message>
        <source>containment actions (audit log): %1</source>
        <translation>Eindämmungsmaßnahmen (Audit-Protokoll): %1</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>kein Ergebnis aufgezeichnet</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
    <message>
        <source>the period has not ended: figures to date, up to %1</source>
        <translation>der Zeitraum ist noch nicht abgeschlossen: bisherige Werte, bis %1</translation>
    </message>
    <message>
        <source>the recorded series answered with %1 series; it must be one</source>
        <translation>die aufgezeichnete Reihe antwortete mit %1 Reihen; es muss eine sein</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>past the target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>hours without data: not judged</source>
        <translation>Stunden ohne Daten: nicht beurteilt</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1: %2 cannot be read: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>--%1: %2 is larger than 1 MiB</source>
        <translation>--%1: %2 ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>keychain: no answer (is it locked, or waiting for a prompt?)</source>
        <translation>Schlüsselbund: keine Antwort (ist er gesperrt oder wartet er auf eine Eingabe?)</translation>
    </message>
    <message>
        <source>A report of the SLAs over a day, a month or a quarter, from Prometheus&apos; history; the exit code says whether every SLA was met (0), one was violated (1), or something is unknown (2).</source>
        <translation>Ein Bericht über die SLAs eines Tages, eines Monats oder eines Quartals aus dem Verlauf von Prometheus; der Exit-Code zeigt, ob alle SLAs eingehalten wurden (0), eines verletzt wurde (1) oder etwas unbekannt ist (2).</translation>
    </message>
    <message>
        <source>day, month or quarter.</source>
        <translation>day, month oder quarter.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (day), YYYY-MM (month), YYYY-Qn (quarter).</source>
        <translation>YYYY-MM-DD (Tag), YYYY-MM (Monat), YYYY-Qn (Quartal).</translation>
    </message>
    <message>
        <source>Time zone in which days and months begin and end (IANA name). Default: the console&apos;s setting, else UTC.</source>
        <translation>Zeitzone, in der Tage und Monate abgegrenzt werden (IANA-Name). Standard: die Einstellung, sonst UTC.</translation>
    </message>
    <message>
        <source>Step of the violation series and charts, 1s to 1h. Default: 1m, 5m for a quarter.</source>
        <translation>Schrittweite der Verletzungen und Diagramme, 1s bis 1h. Standard: 1m, 5m für ein Quartal.</translation>
    </message>
    <message>
        <source>pdf, csv or json.</source>
        <translation>pdf, csv oder json.</translation>
    </message>
    <message>
        <source>File to write (replaced whole); - for stdout (csv, json).</source>
        <translation>Zu schreibende Datei (wird vollständig ersetzt); - für stdout (csv, json).</translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation>SLA-Profil (YAML). Standard: das eingebaute erlmcp-v3-Profil.</translation>
    </message>
    <message>
        <source>Prometheus base URL; overrides the profile&apos;s.</source>
        <translation>Basis-URL von Prometheus; ersetzt die Angabe im Profil.</translation>
    </message>
    <message>
        <source>Text of the review&apos;s improvement initiatives.</source>
        <translation>Text der Verbesserungsinitiativen für das Review.</translation>
    </message>
    <message>
        <source>Text of the review&apos;s roadmap.</source>
        <translation>Text der Roadmap für das Review.</translation>
    </message>
    <message>
        <source>Containment audit log whose actions become incidents. Default: the console&apos;s.</source>
        <translation>Audit-Protokoll der Eindämmungsmaßnahmen; seine Maßnahmen erscheinen als Vorfälle. Standard: das der Konsole.</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>Meinten Sie --%1?</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--%1 is required (slaops report --help)</source>
        <translation>--%1 ist erforderlich (slaops report --help)</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not day, month or quarter</source>
        <translation>--period: „%1“ ist nicht day, month oder quarter</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not pdf, csv or json</source>
        <translation>--format: „%1“ ist nicht pdf, csv oder json</translation>
    </message>
    <message>
        <source>-o: a PDF is written to a file, not to stdout</source>
        <translation>-o: ein PDF wird in eine Datei geschrieben, nicht nach stdout</translation>
    </message>
    <message>
        <source>--tz: &quot;%1&quot; is not a time zone this system knows (e.g. UTC, Europe/Berlin, Pacific/Auckland)</source>
        <translation>--tz: „%1“ ist keine Zeitzone, die dieses System kennt (z. B. UTC, Europe/Berlin, Pacific/Auckland)</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date of the form %2</source>
        <translation>--date: „%1“ ist kein Datum der Form %2</translation>
    </message>
    <message>
        <source>--date: %1</source>
        <translation>--date: %1</translation>
    </message>
    <message>
        <source>--resolution: &quot;%1&quot; is not a step from 1s to 1h, such as 1m or 5m</source>
        <translation>--resolution: „%1“ ist keine Schrittweite von 1s bis 1h wie 1m oder 5m</translation>
    </message>
    <message>
        <source>querying Prometheus: %1 of %2</source>
        <translation>Abfrage an Prometheus: %1 von %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Violation series from raw queries only, even where Prometheus has the profile&apos;s generated recording rules.</source>
        <translation>Verletzungsreihen nur aus Rohabfragen, auch wo Prometheus die erzeugten Recording Rules des Profils hat.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>a PDF is written to a file, not to stdout</source>
        <translation>ein PDF wird in eine Datei geschrieben, nicht nach stdout</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (pdf, csv or json)</source>
        <translation>unbekanntes Format „%1“ (pdf, csv oder json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SLA report %1 (%2)</source>
        <translation>SLA-Bericht %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot draw the PDF for %1</source>
        <translation>Das PDF für %1 kann nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>ReportPlan</name>
    <message>
        <source>fleet</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>the whole period (%1)</source>
        <translation>der gesamte Zeitraum (%1)</translation>
    </message>
    <message>
        <source>alerts that fired, %1 – %2</source>
        <translation>ausgelöste Alarme, %1 – %2</translation>
    </message>
    <message>
        <source>violations and coverage %1 – %2</source>
        <translation>Verletzungen und Abdeckung %1 – %2</translation>
    </message>
    <message>
        <source>violations and coverage (recorded) %1 – %2</source>
        <translation>Verletzungen und Abdeckung (aufgezeichnet) %1 – %2</translation>
    </message>
    <message>
        <source>chart (recorded) %1 – %2</source>
        <translation>Diagramm (aufgezeichnet) %1 – %2</translation>
    </message>
    <message>
        <source>violations and coverage (not recorded) %1 – %2</source>
        <translation>Verletzungen und Abdeckung (nicht aufgezeichnet) %1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Daily SLA report</source>
        <translation>SLA-Tagesbericht</translation>
    </message>
    <message>
        <source>Monthly SLA report</source>
        <translation>SLA-Monatsbericht</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Quartals-Business-Review</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n Tag)</numerusform>
            <numerusform>%1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Degrading</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>slaops SLA report · %1 (%2, %3) · %4</source>
        <translation>slaops-SLA-Bericht · %1 (%2, %3) · %4</translation>
    </message>
    <message>
        <source>Status unknown: this report is incomplete and is not a statement of compliance.</source>
        <translation>Status unbekannt: dieser Bericht ist unvollständig und keine Aussage über die Einhaltung.</translation>
    </message>
    <message>
        <source>Some hours had no data: the figures marked Unknown could not be judged.</source>
        <translation>Für einige Stunden gab es keine Daten: die als Unbekannt markierten Werte ließen sich nicht beurteilen.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under “What is missing”.</source>
        <translation>
            <numerusform>…und %n weiterer Punkt, aufgeführt unter „Was fehlt“.</numerusform>
            <numerusform>…und %n weitere Punkte, aufgeführt unter „Was fehlt“.</numerusform>
        </translation>
    </message>
    <message>
        <source>slaops · %1</source>
        <translation>slaops · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamtergebnis: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message numerus="yes">
        <source>%n for the fleet</source>
        <translation>
            <numerusform>%n für die gesamte Flotte</numerusform>
            <numerusform>%n für die gesamte Flotte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n regional figure(s) over %1</source>
        <translation>
            <numerusform>; %n regionaler Wert für %1</numerusform>
            <numerusform>; %n regionale Werte für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>%1 (violations and charts)</source>
        <translation>%1 (Verletzungen und Diagramme)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Every figure is computed over its own stretch of time on that stretch&apos;s own counters (a day&apos;s on the day&apos;s, the period&apos;s on the period&apos;s), from the profile&apos;s queries. A stretch with an hour without data is Unknown, never met.</source>
        <translation>Jeder Wert wird mit den Abfragen des Profils über seinen eigenen Zeitabschnitt berechnet, aus den Zählern genau dieses Abschnitts (der eines Tages aus denen des Tages, der des Zeitraums aus denen des Zeitraums). Ein Abschnitt mit einer Stunde ohne Daten ist Unbekannt, nie eingehalten.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Compliance over %1</source>
        <translation>Einhaltung im Zeitraum %1</translation>
    </message>
    <message>
        <source>Compliance (continued)</source>
        <translation>Einhaltung (Fortsetzung)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Share of compliant days (source document&apos;s view)</source>
        <translation>Anteil eingehaltener Tage (wie im Quelldokument)</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget genutzt</translation>
    </message>
    <message>
        <source>(%1 data)</source>
        <translation>(Daten: %1)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Achieved: the SLA&apos;s figure over the whole period, on the period&apos;s own counters. Share of compliant days: the source document&apos;s view, the share of the days with data that were within the target; shown beside the achievement for comparison, not in its place. Budget used: the share of the period&apos;s error budget spent (ratio SLAs); above 100 % it is overspent.</source>
        <translation>Erreicht: der Wert des SLA über den gesamten Zeitraum, aus den Zählern des Zeitraums selbst. Anteil eingehaltener Tage: die Sicht des Quelldokuments, der Anteil der Tage mit Daten, die im Zielbereich lagen; zum Vergleich neben dem erreichten Wert gezeigt, nicht an seiner Stelle. Budget genutzt: der verbrauchte Anteil des Fehlerbudgets des Zeitraums (SLAs vom Typ ratio); über 100 % ist es überzogen.</translation>
    </message>
    <message>
        <source>Achievement by month</source>
        <translation>Erreichte Werte nach Monat</translation>
    </message>
    <message>
        <source>Achievement by month (continued)</source>
        <translation>Erreichte Werte nach Monat (Fortsetzung)</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>The day&apos;s figures</source>
        <translation>Die Werte des Tages</translation>
    </message>
    <message>
        <source>Daily figures</source>
        <translation>Tageswerte</translation>
    </message>
    <message>
        <source>Each SLA over its own window at the report&apos;s resolution: the fleet in black, each region in its colour; the dashed line is the target; hatched stretches had no data.</source>
        <translation>Jedes SLA über sein eigenes Zeitfenster in der Auflösung des Berichts: die gesamte Flotte in Schwarz, jede Region in ihrer Farbe; die gestrichelte Linie ist das Ziel; schraffierte Abschnitte hatten keine Daten.</translation>
    </message>
    <message>
        <source>Each SLA&apos;s figure per day: the fleet in black, each region in its colour; the dashed line is the target; ringed points are days past it; hatched days had hours without data and are not judged (a gap in the line).</source>
        <translation>Der Wert jedes SLA pro Tag: die gesamte Flotte in Schwarz, jede Region in ihrer Farbe; die gestrichelte Linie ist das Ziel; eingekreiste Punkte sind Tage, die es verfehlt haben; schraffierte Tage hatten Stunden ohne Daten und werden nicht beurteilt (eine Lücke in der Linie).</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>No figure was past its target at the report&apos;s resolution.</source>
        <translation>In der Auflösung des Berichts hat kein Wert sein Ziel verfehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of consecutive points past the target at a resolution of %1; times in %2.</source>
        <translation>
            <numerusform>%n Abschnitt aufeinanderfolgender Punkte jenseits des Ziels bei einer Auflösung von %1; Zeiten in %2.</numerusform>
            <numerusform>%n Abschnitte aufeinanderfolgender Punkte jenseits des Ziels bei einer Auflösung von %1; Zeiten in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Violations (continued)</source>
        <translation>Verletzungen (Fortsetzung)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Major incidents</source>
        <translation>Schwerwiegende Vorfälle</translation>
    </message>
    <message>
        <source>No alert fired and no containment action was taken in the period.</source>
        <translation>Im Zeitraum wurde kein Alarm ausgelöst und keine Eindämmungsmaßnahme ergriffen.</translation>
    </message>
    <message>
        <source>Major incidents (continued)</source>
        <translation>Schwerwiegende Vorfälle (Fortsetzung)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Theil-Sen slope over the %1, with its 95 % confidence interval; a slope whose interval holds zero is stable.</source>
        <translation>Theil-Sen-Steigung über die %1, mit ihrem Konfidenzintervall von 95 %; eine Steigung, deren Intervall die Null enthält, gilt als stabil.</translation>
    </message>
    <message>
        <source>weeks (the rate is still per day)</source>
        <translation>Wochen (die Rate gilt weiterhin pro Tag)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Trends (continued)</source>
        <translation>Trends (Fortsetzung)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervall (95 %)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>None: no SLA is degrading and none was violated.</source>
        <translation>Keine: kein SLA verschlechtert sich, und keines wurde verletzt.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Improvement initiatives</source>
        <translation>Verbesserungsinitiativen</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>None recorded with this report.</source>
        <translation>Für diesen Bericht nichts erfasst.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>These parts could not be fetched or computed; the figures that depend on them are Unknown.</source>
        <translation>Diese Teile konnten nicht abgerufen oder berechnet werden; die davon abhängigen Werte sind Unbekannt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>ReportStyle</name>
    <message>
        <source>Every SLA was met over the whole period.</source>
        <translation>Alle SLAs wurden über den gesamten Zeitraum eingehalten.</translation>
    </message>
    <message>
        <source>At least one SLA was violated.</source>
        <translation>Mindestens ein SLA wurde verletzt.</translation>
    </message>
    <message>
        <source>Part of the period could not be judged: this report is not a statement of compliance.</source>
        <translation>Ein Teil des Zeitraums ließ sich nicht beurteilen: dieser Bericht ist keine Aussage über die Einhaltung.</translation>
    </message>
    <message>
        <source>No SLA was in effect over the period.</source>
        <translation>Im Zeitraum war kein SLA in Kraft.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>for the fleet</source>
        <translation>für die gesamte Flotte</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2 gegenüber %3)</translation>
    </message>
    <message>
        <source>%1 (data for %2 of the time)</source>
        <translation>%1 (Daten für %2 der Zeit)</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SLA(s) met over %2.</source>
        <translation>
            <numerusform>%1 von %n SLA im Zeitraum %2 eingehalten.</numerusform>
            <numerusform>%1 von %n SLAs im Zeitraum %2 eingehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Violated for the fleet: %1.</source>
        <translation>Für die gesamte Flotte verletzt: %1.</translation>
    </message>
    <message>
        <source>Not judged for lack of data: %1.</source>
        <translation>Mangels Daten nicht beurteilt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was past its target %n time(s)</source>
        <translation>
            <numerusform>%1 %2 hat das Ziel %n-mal verfehlt</numerusform>
            <numerusform>%1 %2 hat das Ziel %n-mal verfehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was violated on %n day(s)</source>
        <translation>
            <numerusform>%1 %2 wurde an %n Tag verletzt</numerusform>
            <numerusform>%1 %2 wurde an %n Tagen verletzt</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in all; worst %2 at %3)</source>
        <translation>(insgesamt %1; schlechtester Wert %2 am %3)</translation>
    </message>
    <message>
        <source>No SLA was past its target at any time of the period.</source>
        <translation>Kein SLA hat zu irgendeinem Zeitpunkt des Zeitraums sein Ziel verfehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 met every SLA.</source>
        <translation>
            <numerusform>%1 hat alle SLAs eingehalten.</numerusform>
            <numerusform>%1 haben alle SLAs eingehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be judged on %n day(s), for hours without data: %2.</source>
        <translation>
            <numerusform>%1 ließ sich an %n Tag wegen Stunden ohne Daten nicht beurteilen: %2.</numerusform>
            <numerusform>%1 ließ sich an %n Tagen wegen Stunden ohne Daten nicht beurteilen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 used)</source>
        <translation>%1 %2 (%3 genutzt)</translation>
    </message>
    <message>
        <source>Error budget overspent: %1.</source>
        <translation>Fehlerbudget überzogen: %1.</translation>
    </message>
    <message>
        <source>Every error budget held; the most used was %1 %2, at %3.</source>
        <translation>Kein Fehlerbudget wurde überzogen; am stärksten genutzt: %1 %2 mit %3.</translation>
    </message>
    <message>
        <source>Degrading: %1.</source>
        <translation>Verschlechterung: %1.</translation>
    </message>
    <message>
        <source>Improving: %1.</source>
        <translation>Verbesserung: %1.</translation>
    </message>
    <message>
        <source>No SLA shows a significant trend over the period.</source>
        <translation>Kein SLA zeigt im Zeitraum einen signifikanten Trend.</translation>
    </message>
    <message numerus="yes">
        <source>This report is incomplete: %n part(s) could not be fetched, so its status is unknown. They are listed under “What is missing”.</source>
        <translation>
            <numerusform>Dieser Bericht ist unvollständig: %n Teil konnte nicht abgerufen werden, daher ist sein Status unbekannt. Er ist unter „Was fehlt“ aufgeführt.</numerusform>
            <numerusform>Dieser Bericht ist unvollständig: %n Teile konnten nicht abgerufen werden, daher ist sein Status unbekannt. Sie sind unter „Was fehlt“ aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major incident(s) in the period</source>
        <translation>
            <numerusform>%n schwerwiegender Vorfall im Zeitraum</numerusform>
            <numerusform>%n schwerwiegende Vorfälle im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 from alerts, %2 from containment actions.</source>
        <translation>: %1 aus Alarmen, %2 aus Eindämmungsmaßnahmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) follow at the end, each with the figures behind it.</source>
        <translation>
            <numerusform>%n Empfehlung folgt am Ende, mit den Werten, auf denen sie beruht.</numerusform>
            <numerusform>%n Empfehlungen folgen am Ende, jede mit den Werten, auf denen sie beruht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestAnswer</name>
    <message>
        <source>the API answered HTTP %1 with an HTML page, not the erlmcp API&apos;s JSON (a proxy or a wrong URL?)</source>
        <translation>die API hat mit HTTP %1 und einer HTML-Seite geantwortet, nicht mit dem JSON der erlmcp-API (ein Proxy oder eine falsche URL?)</translation>
    </message>
    <message>
        <source>the API answered HTTP %1 with an empty body</source>
        <translation>die API hat mit HTTP %1 und leerem Inhalt geantwortet</translation>
    </message>
    <message>
        <source>the API answered HTTP %1 with something that is not a JSON object: %2</source>
        <translation>die API hat mit HTTP %1 und etwas geantwortet, das kein JSON-Objekt ist: %2</translation>
    </message>
    <message>
        <source>the API refused the token (HTTP %1): %2; set it again with `slaops secret set %3`</source>
        <translation>die API hat das Token abgelehnt (HTTP %1): %2; erneut setzen mit `slaops secret set %3`</translation>
    </message>
    <message>
        <source>the API failed (HTTP %1): %2</source>
        <translation>Fehler der API (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the API refused the request (HTTP %1): %2</source>
        <translation>die API hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>usage: slaops rules generate [--profile F] [-o FILE|-] [--interval 30s] [--scope all|fleet|REGION] (slaops rules generate --help)</source>
        <translation>Aufruf: slaops rules generate [--profile F] [-o DATEI|-] [--interval 30s] [--scope all|fleet|REGION] (slaops rules generate --help)</translation>
    </message>
    <message>
        <source>stdout cannot be written</source>
        <translation>nach stdout kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writes the Prometheus recording and alerting rules of an SLA profile: every SLA figure, the error ratios of the burn-rate windows and the page and ticket burn-rate alerts (docs/rules.md).</source>
        <translation>Schreibt die Recording- und Alerting-Regeln eines SLA-Profils für Prometheus: jeden SLA-Wert, die Fehlerquoten der Fenster der Verbrauchsrate sowie die Page- und Ticket-Alarme zur Verbrauchsrate (docs/rules.md).</translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation>SLA-Profil (YAML). Standard: das eingebaute erlmcp-v3-Profil.</translation>
    </message>
    <message>
        <source>File to write (replaced whole); - for stdout, the default.</source>
        <translation>Zu schreibende Datei (wird vollständig ersetzt); - für stdout (Standard).</translation>
    </message>
    <message>
        <source>Evaluation interval of the rule groups, 1s to 5m. Default: Prometheus&apos; global one.</source>
        <translation>Auswertungsintervall der Regelgruppen, 1s bis 5m. Standard: das globale Intervall von Prometheus.</translation>
    </message>
    <message>
        <source>all (default): every rule; fleet: the fleet&apos;s records and the alerts, for a global Prometheus; REGION: that region&apos;s records, for its own Prometheus.</source>
        <translation>all (Standard): alle Regeln; fleet: die Recording-Regeln der gesamten Flotte und die Alarme, für ein globales Prometheus; REGION: die Recording-Regeln dieser Region, für ihr eigenes Prometheus.</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>Meinten Sie --%1?</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a duration from 1s to %2, such as 30s or 1m</source>
        <translation>--interval: „%1“ ist keine Dauer von 1s bis %2 wie 30s oder 1m</translation>
    </message>
    <message>
        <source>--scope: &quot;%1&quot; is not all, fleet or a region of the profile (%2)</source>
        <translation>--scope: „%1“ ist weder all noch fleet noch eine Region des Profils (%2)</translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>es hat keine</translation>
    </message>
    <message>
        <source>  generate  the Prometheus rule file of an SLA profile</source>
        <translation>  generate  die Prometheus-Regeldatei eines SLA-Profils</translation>
    </message>
    <message>
        <source>unknown rules command &quot;%1&quot;</source>
        <translation>unbekannter rules-Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown rules command &quot;%1&quot;; did you mean %2?</source>
        <translation>unbekannter rules-Befehl „%1“; meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>usage: slaops secret set NAME | slaops secret delete NAME | slaops secret check NAME
  set reads the secret from the terminal (not echoed) or from standard input;
  it is never taken from the command line.</source>
        <translation>Aufruf: slaops secret set NAME | slaops secret delete NAME | slaops secret check NAME
  set liest das Secret vom Terminal (ohne Anzeige) oder von der Standardeingabe;
  es wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>cannot read the terminal settings: %1</source>
        <translation>Terminaleinstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot turn off terminal echo: %1</source>
        <translation>Terminal-Echo lässt sich nicht abschalten: %1</translation>
    </message>
    <message>
        <source>Secret for %1 (input is hidden): </source>
        <translation>Secret für %1 (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>cannot read the secret: %1</source>
        <translation>Secret kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input: %1</source>
        <translation>Secret kann nicht von der Standardeingabe gelesen werden: %1</translation>
    </message>
    <message>
        <source>the secret is longer than %1 KiB; refusing it</source>
        <translation>das Secret ist länger als %1 KiB und wird abgelehnt</translation>
    </message>
    <message>
        <source>refusing an empty secret; nothing was stored</source>
        <translation>leeres Secret abgelehnt; nichts gespeichert</translation>
    </message>
    <message>
        <source>slaops secret: stored %1 in the keychain</source>
        <translation>slaops secret: %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>slaops secret: deleted %1 from the keychain</source>
        <translation>slaops secret: %1 aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>%1: stored in the keychain</source>
        <translation>%1: im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>%1: not in the keychain (store it with: slaops secret set %1)</source>
        <translation>%1: nicht im Schlüsselbund (speichern mit: slaops secret set %1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1 needs a NAME</source>
        <translation>%1 erwartet einen NAME</translation>
    </message>
    <message>
        <source>the secret is never taken from the command line (it would end up in the shell history and the process list); pipe it in or type it at the prompt</source>
        <translation>das Secret wird nie von der Befehlszeile übernommen (es landete sonst in der Shell-History und der Prozessliste); per Pipe übergeben oder an der Eingabeaufforderung eintippen</translation>
    </message>
    <message>
        <source>%1 takes exactly one NAME</source>
        <translation>%1 erwartet genau einen NAME</translation>
    </message>
    <message>
        <source>invalid secret name: use 1 to 64 of A-Z a-z 0-9 _ . -</source>
        <translation>ungültiger Secret-Name: 1 bis 64 Zeichen aus A-Z a-z 0-9 _ . - verwenden</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message numerus="yes">
        <source>(%n more character(s))</source>
        <comment>text cut off</comment>
        <translation>
            <numerusform>(%n weiteres Zeichen)</numerusform>
            <numerusform>(%n weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more warning(s))</source>
        <comment>warnings cut off</comment>
        <translation>
            <numerusform>(%n weitere Warnung)</numerusform>
            <numerusform>(%n weitere Warnungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SilenceCommand</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>usage: slaops silence add --match NAME=VALUE... --comment TEXT --duration D [--author A] [--dry-run]
       slaops silence expire ID
       slaops silence list [--json]
(each also takes --profile FILE and --alertmanager URL, repeatable; slaops silence COMMAND --help)</source>
        <translation>Aufruf: slaops silence add --match NAME=WERT... --comment TEXT --duration D [--author A] [--dry-run]
        slaops silence expire ID
        slaops silence list [--json]
(jeweils auch mit --profile DATEI und --alertmanager URL, mehrfach angebbar; slaops silence BEFEHL --help)</translation>
    </message>
    <message numerus="yes">
        <source>It matches %n alert(s) now.</source>
        <translation>
            <numerusform>Sie trifft jetzt auf %n Alarm zu.</numerusform>
            <numerusform>Sie trifft jetzt auf %n Alarme zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates a silence on every Alertmanager (once per HA cluster), after printing the alerts it matches now.</source>
        <translation>Legt auf jedem Alertmanager (einmal je HA-Cluster) eine Stummschaltung an, nachdem die Alarme ausgegeben wurden, auf die sie jetzt zutrifft.</translation>
    </message>
    <message>
        <source>A matcher: name=value, name!=value, name=~regex or name!~regex; may be repeated (all must hold).</source>
        <translation>Ein Matcher: name=value, name!=value, name=~regex oder name!~regex; mehrfach angebbar (alle müssen zutreffen).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (Pflichtangabe).</translation>
    </message>
    <message>
        <source>How long, e.g. 30m, 2h, 1h30m, 1d (default 2h).</source>
        <translation>Wie lange, z. B. 30m, 2h, 1h30m, 1d (Standard: 2h).</translation>
    </message>
    <message>
        <source>Who (default: $USER).</source>
        <translation>Wer (Standard: $USER).</translation>
    </message>
    <message>
        <source>Print what it would match and stop.</source>
        <translation>Ausgeben, worauf sie zutreffen würde, und beenden.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--duration: &quot;%1&quot; is not a duration such as 30m, 2h or 1d</source>
        <translation>--duration: „%1“ ist keine Dauer wie 30m, 2h oder 1d</translation>
    </message>
    <message>
        <source>no Alertmanager answered</source>
        <translation>kein Alertmanager hat geantwortet</translation>
    </message>
    <message>
        <source>Silence %1 for %2 by %3: %4</source>
        <translation>Stummschaltung %1 für %2 von %3: %4</translation>
    </message>
    <message>
        <source>created silence %1</source>
        <translation>Stummschaltung %1 angelegt</translation>
    </message>
    <message>
        <source>Expires a silence on every Alertmanager that has it.</source>
        <translation>Beendet eine Stummschaltung auf jedem Alertmanager, der sie kennt.</translation>
    </message>
    <message>
        <source>The silence&apos;s id.</source>
        <translation>Die ID der Stummschaltung.</translation>
    </message>
    <message>
        <source>expire takes exactly one silence id</source>
        <translation>expire erwartet genau eine Stummschaltungs-ID</translation>
    </message>
    <message>
        <source>expired silence %1</source>
        <translation>Stummschaltung %1 beendet</translation>
    </message>
    <message>
        <source>The silences of every Alertmanager, merged by id.</source>
        <translation>Die Stummschaltungen aller Alertmanager, nach ID zusammengeführt.</translation>
    </message>
    <message>
        <source>Print JSON (the silences of docs/alerts.schema.json).</source>
        <translation>JSON ausgeben (die Stummschaltungen aus docs/alerts.schema.json).</translation>
    </message>
    <message numerus="yes">
        <source>%n silence(s)</source>
        <translation>
            <numerusform>%n Stummschaltung</numerusform>
            <numerusform>%n Stummschaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown silence command &quot;%1&quot;
</source>
        <translation>unbekannter silence-Befehl „%1“
</translation>
    </message>
    <message>
        <source>--author: who creates the silence? (no author in the settings, no login name)</source>
        <translation>--author: wer legt die Stummschaltung an? (kein Autor in den Einstellungen, kein Anmeldename)</translation>
    </message>
    <message>
        <source>read-only (--read-only): silences are not changed</source>
        <translation>Nur-Lese-Modus (--read-only): Stummschaltungen werden nicht geändert</translation>
    </message>
</context>
<context>
    <name>SnapshotBuilder</name>
    <message>
        <source>the query must return an instant vector or a scalar</source>
        <translation>die Abfrage muss einen Instant Vector oder einen Skalar liefern</translation>
    </message>
    <message>
        <source>the query returned no series: nothing matched in the window</source>
        <translation>die Abfrage lieferte keine Zeitreihe: im Zeitfenster passte nichts</translation>
    </message>
    <message>
        <source>the query returned %1 series; an SLA figure needs exactly one (aggregate it with sum or avg)</source>
        <translation>die Abfrage lieferte %1 Zeitreihen; ein SLA-Wert braucht genau eine (mit sum oder avg aggregieren)</translation>
    </message>
    <message>
        <source>the query returned NaN: no samples in the window (0/0)</source>
        <translation>die Abfrage lieferte NaN: keine Samples im Zeitfenster (0/0)</translation>
    </message>
    <message>
        <source>the query returned %1: the quantile fell in the histogram&apos;s +Inf bucket, or the query divides by zero</source>
        <translation>die Abfrage lieferte %1: das Quantil fiel in den +Inf-Bucket des Histogramms, oder die Abfrage teilt durch null</translation>
    </message>
    <message>
        <source>no answer was received</source>
        <translation>es ist keine Antwort eingegangen</translation>
    </message>
    <message>
        <source>the source refused the credential (HTTP %1)</source>
        <translation>die Quelle hat die Zugangsdaten abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Prometheus asks for credentials (HTTP %1) and the profile gives none; add auth: {type: bearer, secret: NAME} to its source</source>
        <translation>Prometheus verlangt Zugangsdaten (HTTP %1), aber das Profil enthält keine; auth: {type: bearer, secret: NAME} zu seiner Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Prometheus refused the credential in the keychain entry &quot;%1&quot; (HTTP %2); store the right one with: slaops secret set %1</source>
        <translation>Prometheus hat die Zugangsdaten im Schlüsselbund-Eintrag „%1“ abgelehnt (HTTP %2); die richtigen speichern mit: slaops secret set %1</translation>
    </message>
    <message>
        <source>the %1 window is not yet covered by data (none from %1 ago): a rate over it reads low</source>
        <translation>das Fenster von %1 ist noch nicht von Daten gedeckt (keine von vor %1): eine Rate darüber liest sich zu niedrig</translation>
    </message>
    <message>
        <source>the %1 window is not yet covered by data (%2 % of the series were there %1 ago): a rate over it reads low</source>
        <translation>das Fenster von %1 ist noch nicht von Daten gedeckt (%2 % der Zeitreihen gab es vor %1): eine Rate darüber liest sich zu niedrig</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>a user name or password in the URL is refused; put the credential in the keychain with `slaops secret set NAME` and reference it with auth: {type: bearer, secret: NAME} (or {type: basic, username: USER, secret: NAME})</source>
        <translation>Benutzername oder Passwort in der URL werden abgelehnt; die Zugangsdaten mit `slaops secret set NAME` im Schlüsselbund ablegen und mit auth: {type: bearer, secret: NAME} (oder {type: basic, username: USER, secret: NAME}) darauf verweisen</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 error budget</source>
        <translation>Fehlerbudget von %1</translation>
    </message>
    <message>
        <source>%1 in breach</source>
        <translation>%1 verletzt</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLAs in breach: %1</source>
        <translation>
            <numerusform>%n SLA verletzt: %1</numerusform>
            <numerusform>%n SLAs verletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>last known</source>
        <translation>zuletzt bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n last known</source>
        <translation>
            <numerusform>%n zuletzt bekannt</numerusform>
            <numerusform>%n zuletzt bekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures to judge</source>
        <translation>Keine Werte zu beurteilen</translation>
    </message>
    <message>
        <source>Data not current: the source is unreachable</source>
        <translation>Daten nicht aktuell: die Quelle ist nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) without a current value</source>
        <translation>
            <numerusform>%n Kennzahl ohne aktuellen Wert</numerusform>
            <numerusform>%n Kennzahlen ohne aktuellen Wert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every SLA met, %n warning(s)</source>
        <translation>
            <numerusform>Alle SLAs eingehalten, %n Warnung</numerusform>
            <numerusform>Alle SLAs eingehalten, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SLA met</source>
        <translation>Alle SLAs eingehalten</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Waiting for a refresh: %1</source>
        <translation>Warten auf eine Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Recovered: %1 %2 (target %3)</source>
        <translation>Erholt: %1 %2 (Ziel %3)</translation>
    </message>
    <message>
        <source>Not yet: %1 %2 (target %3), was %4</source>
        <translation>Noch nicht: %1 %2 (Ziel %3), vorher %4</translation>
    </message>
    <message>
        <source>Worse: %1 %2 (target %3), was %4</source>
        <translation>Schlechter: %1 %2 (Ziel %3), vorher %4</translation>
    </message>
    <message>
        <source>Unknown: %1 has no value to judge by (%2)</source>
        <translation>Unbekannt: %1 hat keinen Wert, nach dem sich urteilen ließe (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>slaops: live SLA compliance of a service, from Prometheus and Alertmanager.</source>
        <translation>slaops: SLA-Einhaltung eines Dienstes live aus Prometheus und Alertmanager.</translation>
    </message>
    <message>
        <source>SLA profile (YAML). Default: the built-in erlmcp v3 profile.</source>
        <translation>SLA-Profil (YAML). Standard: das eingebaute erlmcp-v3-Profil.</translation>
    </message>
    <message>
        <source>Prometheus base URL; overrides the profile&apos;s.</source>
        <translation>Basis-URL von Prometheus; ersetzt die Angabe im Profil.</translation>
    </message>
    <message>
        <source>Alertmanager base URL; may be repeated; overrides the profile&apos;s.</source>
        <translation>Basis-URL eines Alertmanagers; mehrfach angebbar; ersetzt die Angaben im Profil.</translation>
    </message>
    <message>
        <source>Offer no containment actions.</source>
        <translation>Keine Eindämmungsmaßnahmen anbieten.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Oberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>Render the window once live data has arrived, write it as PNG and exit.</source>
        <translation>Fenster nach Eintreffen der Live-Daten rendern, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Refresh interval in milliseconds; overrides the profile&apos;s.</source>
        <translation>Aktualisierungsintervall in Millisekunden; ersetzt die Angabe im Profil.</translation>
    </message>
    <message>
        <source>--prometheus: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--prometheus: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--alertmanager: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--alertmanager: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--refresh-ms: expected a number of milliseconds, at least 200</source>
        <translation>--refresh-ms: Anzahl Millisekunden erwartet, mindestens 200</translation>
    </message>
    <message>
        <source>Full-screen wall display; implies --read-only.</source>
        <translation>Vollbild-Wandanzeige; schließt --read-only ein.</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not one of %2</source>
        <translation>--view: „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>no display (DISPLAY/WAYLAND_DISPLAY unset); the console needs one — headless commands: %1</source>
        <translation>kein Display (DISPLAY/WAYLAND_DISPLAY nicht gesetzt); die Konsole braucht eines — Befehle ohne Display: %1</translation>
    </message>
    <message>
        <source>the display could not be opened; the console needs one — headless commands: %1</source>
        <translation>das Display konnte nicht geöffnet werden; die Konsole braucht eines — Befehle ohne Display: %1</translation>
    </message>
    <message>
        <source>commands: %1 (slaops COMMAND --help); without one, slaops opens the console (slaops --help)</source>
        <translation>Befehle: %1 (slaops BEFEHL --help); ohne Befehl öffnet slaops die Konsole (slaops --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in this version</source>
        <translation>„%1“ ist in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean %2?</source>
        <translation>unbekannter Befehl „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <source>A command that needs no display: %1 (slaops COMMAND --help). Without one, the console opens.</source>
        <translation>Ein Befehl, der kein Display braucht: %1 (slaops BEFEHL --help). Ohne Befehl öffnet sich die Konsole.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; a command comes first</source>
        <translation>unerwartetes Argument „%1“; zuerst muss ein Befehl stehen</translation>
    </message>
    <message>
        <source>View to open: overview, regions, budgets, compliance, charts, alerts, silences, explain (the P95 explained), action (the action wizard&apos;s preview for the region in the worst trouble), audit (the audit log) or reports.</source>
        <translation>Anzuzeigende Ansicht: overview, regions, budgets, compliance, charts, alerts, silences, explain (Herleitung des P95-Werts), action (die Vorschau des Maßnahmen-Assistenten für die Region mit den größten Problemen), audit (das Audit-Protokoll) oder reports.</translation>
    </message>
    <message>
        <source>The period the Reports view opens on: a day (2024-06-03), a month (2024-02) or a quarter (2024-Q1). With --view reports --screenshot, that report is built and rendered.</source>
        <translation>Zeitraum, mit dem die Berichtsansicht öffnet: ein Tag (2024-06-03), ein Monat (2024-02) oder ein Quartal (2024-Q1). Mit --view reports --screenshot wird dieser Bericht erstellt und gerendert.</translation>
    </message>
    <message>
        <source>--report-date: &quot;%1&quot; is not a day (2024-06-03), a month (2024-02) or a quarter (2024-Q1)</source>
        <translation>--report-date: „%1“ ist weder ein Tag (2024-06-03) noch ein Monat (2024-02) noch ein Quartal (2024-Q1)</translation>
    </message>
</context>
<context>
    <name>slaops::actions::ActionRunner</name>
    <message>
        <source>find the context&apos;s API server</source>
        <translation>den API-Server des Kontexts ermitteln</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>nichts auszuführen</translation>
    </message>
    <message>
        <source>no token in the keychain under %1; set it with `slaops secret set %1`</source>
        <translation>kein Token im Schlüsselbund unter %1; setzen mit `slaops secret set %1`</translation>
    </message>
    <message>
        <source>cannot read the token %1 from the keychain: %2</source>
        <translation>das Token %1 kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>read-only: no action is previewed or applied (--read-only)</source>
        <translation>Nur-Lese-Modus: Maßnahmen werden weder in der Vorschau gezeigt noch angewendet (--read-only)</translation>
    </message>
    <message>
        <source>another action is running</source>
        <translation>eine andere Maßnahme läuft gerade</translation>
    </message>
    <message>
        <source>the plan has no command to read the current state</source>
        <translation>der Plan hat keinen Befehl, um den aktuellen Zustand zu lesen</translation>
    </message>
    <message>
        <source>cannot read the current state: %1</source>
        <translation>der aktuelle Zustand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the plan has no command to apply</source>
        <translation>der Plan hat keinen Befehl zum Anwenden</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>after the request</source>
        <translation>nach der Anfrage</translation>
    </message>
    <message>
        <source>the server refused the dry run: %1</source>
        <translation>der Server hat den Dry Run abgelehnt: %1</translation>
    </message>
    <message>
        <source>after (server dry run)</source>
        <translation>danach (Dry Run des Servers)</translation>
    </message>
    <message>
        <source>cannot find the API server of the context: %1</source>
        <translation>der API-Server des Kontexts lässt sich nicht ermitteln: %1</translation>
    </message>
    <message>
        <source>read-only: no action is applied (--read-only)</source>
        <translation>Nur-Lese-Modus: es wird keine Maßnahme angewendet (--read-only)</translation>
    </message>
    <message>
        <source>the preview failed, nothing is applied: %1</source>
        <translation>die Vorschau ist fehlgeschlagen, nichts wird angewendet: %1</translation>
    </message>
    <message>
        <source>a pre-check fails, nothing is applied</source>
        <translation>eine Vorabprüfung ist nicht erfüllt, nichts wird angewendet</translation>
    </message>
    <message>
        <source>the audit log cannot be written, nothing is applied: %1</source>
        <translation>das Audit-Protokoll kann nicht geschrieben werden, nichts wird angewendet: %1</translation>
    </message>
    <message>
        <source>the outcome could not be recorded: %1</source>
        <translation>das Ergebnis konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the current state again: %1</source>
        <translation>der aktuelle Zustand kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>the object changed since the preview (%1, was %2); nothing was applied: preview again</source>
        <translation>das Objekt hat sich seit der Vorschau geändert (%1, vorher %2); nichts wurde angewendet: Vorschau erneut erstellen</translation>
    </message>
    <message>
        <source>the API changed since the preview (%1, was %2)</source>
        <translation>die API hat sich seit der Vorschau geändert (%1, vorher %2)</translation>
    </message>
    <message>
        <source>the context&apos;s API server changed since the preview (%1, was %2); nothing was applied</source>
        <translation>der API-Server des Kontexts hat sich seit der Vorschau geändert (%1, vorher %2); nichts wurde angewendet</translation>
    </message>
    <message>
        <source>cancelled: the request was abandoned; the server may still have received it</source>
        <translation>abgebrochen: die Anfrage wurde aufgegeben; der Server hat sie möglicherweise dennoch erhalten</translation>
    </message>
</context>
<context>
    <name>slaops::actions::KubectlProcess</name>
    <message>
        <source>the kubectl path %1 is not absolute</source>
        <translation>der kubectl-Pfad %1 ist nicht absolut</translation>
    </message>
    <message>
        <source>kubectl not found at %1; install kubernetes-client</source>
        <translation>kubectl nicht gefunden unter %1; kubernetes-client installieren</translation>
    </message>
    <message>
        <source>kubectl not found; install kubernetes-client</source>
        <translation>kubectl nicht gefunden; kubernetes-client installieren</translation>
    </message>
    <message>
        <source>the current context</source>
        <translation>der aktuelle Kontext</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>the credential of %1 is not allowed to do this (Forbidden): %2</source>
        <translation>%1: die Zugangsdaten haben dafür keine Berechtigung (Forbidden): %2</translation>
    </message>
    <message>
        <source>the credential of %1 was rejected (Unauthorized): %2</source>
        <translation>%1: die Zugangsdaten wurden abgelehnt (Unauthorized): %2</translation>
    </message>
    <message>
        <source>the object does not exist (NotFound): %1</source>
        <translation>das Objekt existiert nicht (NotFound): %1</translation>
    </message>
    <message>
        <source>the object was changed meanwhile (Conflict); preview again: %1</source>
        <translation>das Objekt wurde zwischenzeitlich geändert (Conflict); Vorschau erneut erstellen: %1</translation>
    </message>
    <message>
        <source>the API server&apos;s TLS certificate of %1 could not be verified: %2</source>
        <translation>%1: das TLS-Zertifikat des API-Servers konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is not in the kubeconfig: %2</source>
        <translation>%1 ist nicht in der kubeconfig: %2</translation>
    </message>
    <message>
        <source>the API server of %1 cannot be reached: %2</source>
        <translation>%1: der API-Server ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>kubectl exited with code %1 and said nothing</source>
        <translation>kubectl endete mit Code %1 ohne Ausgabe</translation>
    </message>
    <message>
        <source>kubectl exited with code %1: %2</source>
        <translation>kubectl endete mit Code %1: %2</translation>
    </message>
    <message>
        <source>kubectl could not be started (%1): %2</source>
        <translation>kubectl konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>[output cut off after %1 MiB]
</source>
        <translation>[Ausgabe nach %1 MiB abgeschnitten]
</translation>
    </message>
    <message>
        <source>cancelled: kubectl was killed</source>
        <translation>abgebrochen: kubectl wurde beendet</translation>
    </message>
    <message>
        <source>kubectl hung: no exit within %L1 s, so it was stopped</source>
        <translation>kubectl hängt: kein Ende innerhalb von %L1 s, daher wurde es gestoppt</translation>
    </message>
    <message>
        <source>kubectl crashed: %1</source>
        <translation>kubectl ist abgestürzt: %1</translation>
    </message>
    <message>
        <source>the output was cut off after %1 MiB</source>
        <translation>die Ausgabe wurde nach %1 MiB abgeschnitten</translation>
    </message>
</context>
<context>
    <name>slaops::alerts::AlertPoller</name>
    <message>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>keychain: no answer within %L1 s (is it locked, or waiting for a prompt?)</source>
        <translation>Schlüsselbund: keine Antwort innerhalb von %L1 s (ist er gesperrt oder wartet er auf eine Eingabe?)</translation>
    </message>
    <message>
        <source>no complete answer within %L1 s</source>
        <translation>keine vollständige Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <source>a silence needs a comment: say why it is silenced</source>
        <translation>eine Stummschaltung braucht einen Kommentar: angeben, warum stummgeschaltet wird</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>eine Stummschaltung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <source>a matcher has no label name</source>
        <translation>ein Matcher hat keinen Label-Namen</translation>
    </message>
    <message>
        <source>the regex of %1 is invalid: %2</source>
        <translation>der reguläre Ausdruck von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>the matchers select every alert (each also matches a missing label); name one that must be set</source>
        <translation>die Matcher wählen jeden Alarm aus (jeder trifft auch auf ein fehlendes Label zu); einen nennen, der gesetzt sein muss</translation>
    </message>
    <message>
        <source>a silence must end after it starts</source>
        <translation>eine Stummschaltung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>a silence must end in the future</source>
        <translation>eine Stummschaltung muss in der Zukunft enden</translation>
    </message>
    <message>
        <source>no Alertmanager is up</source>
        <translation>kein Alertmanager ist erreichbar</translation>
    </message>
    <message>
        <source>no Alertmanager has answered yet</source>
        <translation>noch hat kein Alertmanager geantwortet</translation>
    </message>
    <message>
        <source>no silence id given</source>
        <translation>keine Stummschaltungs-ID angegeben</translation>
    </message>
    <message>
        <source>no Alertmanager that knows silence %1 is up</source>
        <translation>kein Alertmanager, der die Stummschaltung %1 kennt, ist erreichbar</translation>
    </message>
</context>
<context>
    <name>slaops::app::ActionFlow</name>
    <message>
        <source>Containment audit log — %1</source>
        <translation>Audit-Protokoll der Eindämmungsmaßnahmen — %1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>slaops::app::Console</name>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Error budgets</source>
        <translation>Fehlerbudgets</translation>
    </message>
    <message>
        <source>Silence extended: %1</source>
        <translation>Stummschaltung verlängert: %1</translation>
    </message>
    <message>
        <source>Silenced: %1</source>
        <translation>Stummgeschaltet: %1</translation>
    </message>
    <message>
        <source>Silence %1 expired</source>
        <translation>Stummschaltung %1 beendet</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>slaops::app::ReportsController</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>slaops::config::Settings</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>“%1” must start with http:// or https://.</source>
        <translation>„%1“ muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>“%1” names no host.</source>
        <translation>„%1“ enthält keinen Host.</translation>
    </message>
    <message>
        <source>“%1” contains a user name or password; credentials belong in the keychain.</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort; Zugangsdaten gehören in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The war-room rotation must be between %1 and %2 seconds.</source>
        <translation>Das Wechselintervall der Wandanzeige muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as de or pt_BR.</source>
        <translation>„%1“ ist kein Sprachcode wie de oder pt_BR.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>%1 ms is too short: at least %2 ms.</source>
        <translation>%1 ms ist zu kurz: mindestens %2 ms.</translation>
    </message>
    <message>
        <source>%1 ms is too long: at most one hour.</source>
        <translation>%1 ms ist zu lang: höchstens eine Stunde.</translation>
    </message>
    <message>
        <source>The author of acknowledgements must not be empty.</source>
        <translation>Der Autor von Bestätigungen darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The author of acknowledgements is too long: at most 200 characters.</source>
        <translation>Der Autor von Bestätigungen ist zu lang: höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The author of acknowledgements must not contain control characters.</source>
        <translation>Der Autor von Bestätigungen darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>slaops::engine::Engine</name>
    <message>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>keychain: no answer within %L1 s (is it locked, or waiting for a prompt?)</source>
        <translation>Schlüsselbund: keine Antwort innerhalb von %L1 s (ist er gesperrt oder wartet er auf eine Eingabe?)</translation>
    </message>
    <message>
        <source>no complete answer within %L1 s</source>
        <translation>keine vollständige Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <source>the answers of this refresh pass %1 MiB in all; this one was dropped</source>
        <translation>die Antworten dieser Aktualisierung überschreiten zusammen %1 MiB; diese wurde verworfen</translation>
    </message>
</context>
<context>
    <name>slaops::engine::Explainer</name>
    <message>
        <source>This figure was computed from a direct scrape of the nodes while Prometheus was down: there is no query behind it to evaluate again.</source>
        <translation>Dieser Wert wurde per Direktabruf der Knoten berechnet, während Prometheus ausgefallen war: dahinter steht keine Abfrage, die sich erneut auswerten ließe.</translation>
    </message>
    <message>
        <source>This figure has no query.</source>
        <translation>Dieser Wert hat keine Abfrage.</translation>
    </message>
    <message>
        <source>No Prometheus is configured to evaluate the query.</source>
        <translation>Es ist kein Prometheus konfiguriert, um die Abfrage auszuwerten.</translation>
    </message>
    <message>
        <source>The denominator is 0 at that time: the ratio is undefined (nothing counted in the window).</source>
        <translation>Der Nenner ist zu diesem Zeitpunkt 0: das Verhältnis ist undefiniert (im Zeitfenster wurde nichts gezählt).</translation>
    </message>
    <message>
        <source>Evaluated again at the figure&apos;s time, the data gives %1, not %2: the data moved between the two evaluations (late samples), or the figure is from an older refresh.</source>
        <translation>Erneut zum Zeitpunkt des Werts ausgewertet, ergeben die Daten %1, nicht %2: die Daten haben sich zwischen den beiden Auswertungen geändert (verspätete Samples), oder der Wert stammt aus einer älteren Aktualisierung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the query must return an instant vector or a scalar</source>
        <translation>die Abfrage muss einen Instant Vector oder einen Skalar liefern</translation>
    </message>
    <message>
        <source>the buckets</source>
        <translation>die Buckets</translation>
    </message>
    <message>
        <source>The buckets: the inner expression returned no series with an le label at %1.</source>
        <translation>Die Buckets: der innere Ausdruck lieferte zum Zeitpunkt %1 keine Zeitreihe mit einem le-Label.</translation>
    </message>
    <message numerus="yes">
        <source>The buckets: the inner expression returned %n histogram(s) (series that differ in labels other than le); a figure comes from one.</source>
        <translation>
            <numerusform>Die Buckets: der innere Ausdruck lieferte %n Histogramm (Zeitreihen, die sich in anderen Labels als le unterscheiden); ein Wert stammt aus genau einem.</numerusform>
            <numerusform>Die Buckets: der innere Ausdruck lieferte %n Histogramme (Zeitreihen, die sich in anderen Labels als le unterscheiden); ein Wert stammt aus genau einem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 fell in the +Inf bucket: the real value is above the highest bound %2, which is all the figure can show.</source>
        <translation>%1 fiel in den +Inf-Bucket: der wahre Wert liegt über der höchsten Grenze %2; mehr kann der Wert nicht zeigen.</translation>
    </message>
    <message>
        <source>The bucket (%1, %2] is wider than the margin to the SLA target %3: the true %4 may lie on either side of the target.</source>
        <translation>Der Bucket (%1, %2] ist breiter als der Abstand zum SLA-Ziel %3: der wahre Wert von %4 kann auf beiden Seiten des Ziels liegen.</translation>
    </message>
    <message>
        <source>The %1 returned no series: nothing matched at that time.</source>
        <translation>Der %1 lieferte keine Zeitreihe: zu diesem Zeitpunkt passte nichts.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 returned %n series; only one can be shown as a number.</source>
        <translation>
            <numerusform>Der %1 lieferte %n Zeitreihe; nur eine lässt sich als Zahl anzeigen.</numerusform>
            <numerusform>Der %1 lieferte %n Zeitreihen; nur eine lässt sich als Zahl anzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>die Abfrage</translation>
    </message>
    <message>
        <source>the recorded series&apos; time</source>
        <translation>der Zeitpunkt der aufgezeichneten Zeitreihe</translation>
    </message>
    <message>
        <source>The recorded series is no longer there (its rule may have been unloaded).</source>
        <translation>Die aufgezeichnete Zeitreihe ist nicht mehr vorhanden (ihre Regel ist vielleicht nicht mehr geladen).</translation>
    </message>
</context>
<context>
    <name>slaops::engine::HistoryFetcher</name>
    <message>
        <source>no Prometheus source is configured</source>
        <translation>keine Prometheus-Quelle konfiguriert</translation>
    </message>
    <message>
        <source>Prometheus did not answer: %1</source>
        <translation>Prometheus hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Prometheus answered with an error (%1): %2</source>
        <translation>Prometheus antwortete mit einem Fehler (%1): %2</translation>
    </message>
    <message>
        <source>the query did not return a range of samples</source>
        <translation>die Abfrage lieferte keine Samples über einen Zeitraum</translation>
    </message>
    <message>
        <source>the query returned %1 series; a figure&apos;s chart draws exactly one (aggregate it with sum or max)</source>
        <translation>die Abfrage lieferte %1 Zeitreihen; das Diagramm eines Werts zeigt genau eine (mit sum oder max aggregieren)</translation>
    </message>
</context>
<context>
    <name>slaops::engine::RecordedRules</name>
    <message>
        <source>Prometheus has slaops rules of this profile for another version (%1), but this profile is version %2: using the raw queries. Generate the rules again (slaops rules generate) and reload Prometheus.</source>
        <translation>Prometheus hat slaops-Regeln dieses Profils für eine andere Version (%1), dieses Profil hat aber Version %2: es werden die Rohabfragen verwendet. Erzeugen Sie die Regeln neu (slaops rules generate) und laden Sie Prometheus neu.</translation>
    </message>
    <message>
        <source>the rules API did not answer with status &quot;success&quot;</source>
        <translation>die Regel-API antwortete nicht mit Status „success“</translation>
    </message>
</context>
<context>
    <name>slaops::engine::RefreshPlan</name>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Network latency</source>
        <translation>Netzwerklatenz</translation>
    </message>
</context>
<context>
    <name>slaops::engine::ReplicaSet</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>slaops::prom::Client</name>
    <message>
        <source>the answer is larger than %1 MiB and was cut off; narrow the query</source>
        <translation>die Antwort ist größer als %1 MiB und wurde abgeschnitten; Abfrage eingrenzen</translation>
    </message>
    <message>
        <source>the bearer token for %1 is empty or holds control characters</source>
        <translation>das Bearer-Token für %1 ist leer oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the user name for %1 is empty or holds &apos;:&apos; or control characters</source>
        <translation>der Benutzername für %1 ist leer oder enthält „:“ oder Steuerzeichen</translation>
    </message>
    <message>
        <source>refusing to send credentials over plain %1 to %2; use https (plain http is allowed only to a loopback host)</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes %1 an %2 gesendet; https verwenden (unverschlüsseltes http ist nur zu einem Loopback-Host erlaubt)</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA file %1 is larger than 8 MiB; it is not a PEM bundle</source>
        <translation>die CA-Datei %1 ist größer als 8 MiB und damit kein PEM-Bundle</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the CA file %1 holds a certificate that cannot be parsed</source>
        <translation>die CA-Datei %1 enthält ein Zertifikat, das sich nicht einlesen lässt</translation>
    </message>
    <message>
        <source>TLS verification failed for %1: %2</source>
        <translation>TLS-Prüfung für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the connection failed after %1 bytes of the answer: %2</source>
        <translation>die Verbindung brach nach %1 Bytes der Antwort ab: %2</translation>
    </message>
    <message>
        <source>no complete answer within %L1 s</source>
        <translation>keine vollständige Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <source>the credential for %1 has not been read yet</source>
        <translation>die Zugangsdaten für %1 wurden noch nicht gelesen</translation>
    </message>
</context>
<context>
    <name>slaops::report</name>
    <message>
        <source>not a valid date</source>
        <translation>kein gültiges Datum</translation>
    </message>
    <message>
        <source>not a time zone this system knows</source>
        <translation>keine Zeitzone, die dieses System kennt</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Violated</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not in effect</source>
        <translation>Nicht in Kraft</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that is not quoted</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a carriage return without a line feed</source>
        <translation>Zeile %1: ein Wagenrücklauf (CR) ohne Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>line 1: no header</source>
        <translation>Zeile 1: keine Kopfzeile</translation>
    </message>
    <message>
        <source>line %1: the header is not %2</source>
        <translation>Zeile %1: die Kopfzeile ist nicht %2</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a date, YYYY-MM-DD</source>
        <translation>kein Datum der Form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not a UTC time in ISO 8601 ending in Z</source>
        <translation>keine UTC-Zeit nach ISO 8601 mit Z am Ende</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>keiner der Werte %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a member of this schema</source>
        <translation>gehört nicht zu diesem Schema</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a number, null, &quot;+Inf&quot; or &quot;-Inf&quot;</source>
        <translation>Zahl, null, &quot;+Inf&quot; oder &quot;-Inf&quot; erwartet</translation>
    </message>
    <message>
        <source>expected an integer, 0 or more</source>
        <translation>ganze Zahl ab 0 erwartet</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a UTC time in ISO 8601 ending in Z</source>
        <translation>UTC-Zeit nach ISO 8601 mit Z am Ende erwartet</translation>
    </message>
    <message>
        <source>expected a date, YYYY-MM-DD</source>
        <translation>Datum der Form YYYY-MM-DD erwartet</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer der Werte %1 erwartet</translation>
    </message>
    <message>
        <source>expected one of day, month, quarter</source>
        <translation>day, month oder quarter erwartet</translation>
    </message>
    <message>
        <source>does not match the kind and date (%1)</source>
        <translation>passt nicht zu Art und Datum (%1)</translation>
    </message>
    <message>
        <source>is not the period&apos;s first day (%1)</source>
        <translation>ist nicht der erste Tag des Zeitraums (%1)</translation>
    </message>
    <message>
        <source>is not where the period begins (%1)</source>
        <translation>ist nicht der Beginn des Zeitraums (%1)</translation>
    </message>
    <message>
        <source>is not where the period ends (%1)</source>
        <translation>ist nicht das Ende des Zeitraums (%1)</translation>
    </message>
    <message>
        <source>has %1 entries, the period has %2</source>
        <translation>hat %1 Einträge, der Zeitraum hat %2</translation>
    </message>
    <message>
        <source>is not the period&apos;s day %1</source>
        <translation>ist nicht der Tag %1 des Zeitraums</translation>
    </message>
    <message>
        <source>is not the period&apos;s month from %1</source>
        <translation>ist nicht der Monat des Zeitraums ab %1</translation>
    </message>
    <message>
        <source>expected [unix seconds, value]</source>
        <translation>[Unix-Sekunden, Wert] erwartet</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a report: the document is not an object</source>
        <translation>kein Bericht: das Dokument ist kein Objekt</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>does not follow from the report (%1)</source>
        <translation>ergibt sich nicht aus dem Bericht (%1)</translation>
    </message>
    <message>
        <source>Review node capacity and auto-scaling: add nodes, or scale out earlier, before availability falls further.</source>
        <translation>Knotenkapazität und Auto-Scaling überprüfen: Knoten hinzufügen oder früher horizontal skalieren, bevor die Verfügbarkeit weiter sinkt.</translation>
    </message>
    <message>
        <source>Optimise the critical paths: look at caching and at the database queries behind the slowest requests.</source>
        <translation>Die kritischen Pfade optimieren: Caching und die Datenbankabfragen hinter den langsamsten Anfragen prüfen.</translation>
    </message>
    <message>
        <source>Review the recent deployments and configuration changes, and the health of the dependencies.</source>
        <translation>Die letzten Deployments und Konfigurationsänderungen sowie den Zustand der Abhängigkeiten überprüfen.</translation>
    </message>
    <message>
        <source>Find what changed when the trend began: deployments, configuration, traffic, dependencies.</source>
        <translation>Ermitteln, was sich zu Beginn des Trends geändert hat: Deployments, Konfiguration, Datenverkehr, Abhängigkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Improving: %1 a day (%2 per 30 days), 95 % interval %3 to %4 a day, over %5.</source>
        <translation>Verbesserung: %1 pro Tag (%2 pro 30 Tage), 95-%-Intervall %3 bis %4 pro Tag, über %5.</translation>
    </message>
    <message>
        <source>Degrading: %1 a day (%2 per 30 days), 95 % interval %3 to %4 a day, over %5.</source>
        <translation>Verschlechterung: %1 pro Tag (%2 pro 30 Tage), 95-%-Intervall %3 bis %4 pro Tag, über %5.</translation>
    </message>
    <message>
        <source>No significant trend: %1 a day, 95 % interval %2 to %3 a day, over %4.</source>
        <translation>Kein signifikanter Trend: %1 pro Tag, 95-%-Intervall %2 bis %3 pro Tag, über %4.</translation>
    </message>
    <message>
        <source>No trend: %1 with a known figure, at least 3 are needed.</source>
        <translation>Kein Trend: %1 mit bekanntem Wert, mindestens 3 sind nötig.</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s), %1 in total.</source>
        <translation>
            <numerusform>%n Verletzung, insgesamt %1.</numerusform>
            <numerusform>%n Verletzungen, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period missed its target: %1.</source>
        <translation>Der Zeitraum hat sein Ziel verfehlt: %1.</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
</context>
<context>
    <name>slaops::report::ReportBuilder</name>
    <message>
        <source>no Prometheus source is configured</source>
        <translation>keine Prometheus-Quelle konfiguriert</translation>
    </message>
    <message>
        <source>no period was given</source>
        <translation>kein Zeitraum angegeben</translation>
    </message>
    <message>
        <source>the resolution must lie between 1 s and 1 h (every hour needs points to be known)</source>
        <translation>die Auflösung muss zwischen 1 s und 1 h liegen (jede Stunde braucht Punkte, um als bekannt zu gelten)</translation>
    </message>
    <message>
        <source>%1 has not begun yet: it starts %2</source>
        <translation>%1 hat noch nicht begonnen: Beginn ist %2</translation>
    </message>
    <message>
        <source>the profile has no SLA to report on</source>
        <translation>das Profil enthält kein SLA, über das sich berichten ließe</translation>
    </message>
    <message>
        <source>Prometheus did not answer: %1</source>
        <translation>Prometheus hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Prometheus did not answer with a range of samples</source>
        <translation>Prometheus hat nicht mit Samples über einen Zeitraum geantwortet</translation>
    </message>
    <message>
        <source>Prometheus has no data for any SLA in %1: the period lies before its first sample (or it holds none of the profile&apos;s series)</source>
        <translation>Prometheus hat für kein SLA Daten in %1: der Zeitraum liegt vor dem ersten Sample in Prometheus (oder Prometheus enthält keine der Zeitreihen des Profils)</translation>
    </message>
</context>
<context>
    <name>slaops::secrets::CredentialStore</name>
    <message>
        <source>no secret named %1 in the keychain (store one with: slaops secret set %1)</source>
        <translation>kein Secret namens %1 im Schlüsselbund (speichern mit: slaops secret set %1)</translation>
    </message>
    <message>
        <source>no keychain is available: %1 (a Secret Service such as gnome-keyring or KWallet must be running in this session)</source>
        <translation>kein Schlüsselbund verfügbar: %1 (in dieser Sitzung muss ein Secret Service wie gnome-keyring oder KWallet laufen)</translation>
    </message>
    <message>
        <source>the keychain is locked or unavailable: %1</source>
        <translation>der Schlüsselbund ist gesperrt oder nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>could not delete the secret %1 from the keychain: %2</source>
        <translation>das Secret %1 konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>the keychain failed for %1: %2</source>
        <translation>Schlüsselbund-Fehler bei %1: %2</translation>
    </message>
    <message>
        <source>invalid secret name &apos;%1&apos;: use 1 to 64 of A-Z a-z 0-9 _ . -</source>
        <translation>ungültiger Secret-Name „%1“: 1 bis 64 Zeichen aus A-Z a-z 0-9 _ . - verwenden</translation>
    </message>
    <message>
        <source>refusing to store an empty secret</source>
        <translation>ein leeres Secret wird nicht gespeichert</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it locked, or waiting for a prompt?)</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt oder wartet er auf eine Eingabe?)</translation>
    </message>
</context>
<context>
    <name>slaops::sla</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Acknowledging creates a silence in Alertmanager: the alert stops notifying until the silence ends.</source>
        <translation>Eine Bestätigung legt in Alertmanager eine Stummschaltung an: der Alarm benachrichtigt nicht mehr, bis die Stummschaltung endet.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Required: what you are doing about it, a ticket, a link</source>
        <translation>Pflichtfeld: was Sie dagegen unternehmen, ein Ticket, ein Link</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Matchers (all must hold; =~ and !~ are regular expressions):</source>
        <translation>&amp;Matcher (alle müssen zutreffen; =~ und !~ sind reguläre Ausdrücke):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Add ma&amp;tcher</source>
        <translation>Ma&amp;tcher hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove matcher</source>
        <translation>Matcher &amp;entfernen</translation>
    </message>
    <message>
        <source>Alerts the silence matches now</source>
        <translation>Alarme, auf die die Stummschaltung jetzt zutrifft</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>A comment is required: say what you are doing about it.</source>
        <translation>Ein Kommentar ist erforderlich: geben Sie an, was Sie dagegen unternehmen.</translation>
    </message>
    <message>
        <source>At least one matcher is required.</source>
        <translation>Mindestens ein Matcher ist erforderlich.</translation>
    </message>
    <message>
        <source>A matcher has no label name.</source>
        <translation>Ein Matcher hat keinen Label-Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>These matchers would silence every alert: at least one must require a label value.</source>
        <translation>Diese Matcher würden jeden Alarm stummschalten: mindestens einer muss einen Label-Wert verlangen.</translation>
    </message>
    <message>
        <source>No matcher: nothing to preview.</source>
        <translation>Kein Matcher: keine Vorschau möglich.</translation>
    </message>
    <message>
        <source>Fix the matchers to see what they match.</source>
        <translation>Korrigieren Sie die Matcher, um zu sehen, worauf sie zutreffen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Matches 1 alert now:</source>
        <translation>Trifft jetzt auf 1 Alarm zu:</translation>
    </message>
    <message>
        <source>Matches %1 alerts now:</source>
        <translation>Trifft jetzt auf %1 Alarme zu:</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionChecksPage</name>
    <message>
        <source>Each condition must hold before the action may run. They are checked again on every refresh of the figures.</source>
        <translation>Jede Bedingung muss erfüllt sein, bevor die Maßnahme ausgeführt werden darf. Sie werden bei jeder Aktualisierung der Werte erneut geprüft.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>No plan can be made: %1</source>
        <translation>Es kann kein Plan erstellt werden: %1</translation>
    </message>
    <message>
        <source>Next is disabled while a check fails: %1</source>
        <translation>„Weiter“ ist gesperrt, solange eine Prüfung nicht erfüllt ist: %1</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>✔ passes</source>
        <translation>✔ erfüllt</translation>
    </message>
    <message>
        <source>✖ fails</source>
        <translation>✖ nicht erfüllt</translation>
    </message>
    <message>
        <source>Passes: %1</source>
        <translation>Erfüllt: %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Alle Prüfungen sind erfüllt.</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionChoosePage</name>
    <message>
        <source>Choose the action. Fields you leave alone follow the live figures: the planner picks the region in trouble and the regions that can carry its traffic, and picks them again on every refresh.</source>
        <translation>Wählen Sie die Maßnahme. Felder, die Sie nicht ändern, folgen den Live-Werten: der Planer wählt die Region mit Problemen und die Regionen, die ihren Datenverkehr tragen können, und wählt sie bei jeder Aktualisierung neu.</translation>
    </message>
    <message>
        <source>Divert traffic away from a region</source>
        <translation>Datenverkehr von einer Region umleiten</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Migrate sessions out of a region</source>
        <translation>Sitzungen aus einer Region migrieren</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>Region in trouble</source>
        <translation>Region mit Problemen</translation>
    </message>
    <message>
        <source>&amp;From region:</source>
        <translation>&amp;Von Region:</translation>
    </message>
    <message>
        <source>Regions that keep the traffic</source>
        <translation>Regionen, die den Datenverkehr übernehmen</translation>
    </message>
    <message>
        <source>&amp;To regions:</source>
        <translation>&amp;Nach Regionen:</translation>
    </message>
    <message>
        <source>Region that takes the sessions</source>
        <translation>Region, die die Sitzungen übernimmt</translation>
    </message>
    <message>
        <source>T&amp;o region:</source>
        <translation>Nach Re&amp;gion:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Rate limit in requests per second</source>
        <translation>Ratenlimit in Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;Remove the limit instead</source>
        <translation>Stattdessen Limit &amp;entfernen</translation>
    </message>
    <message>
        <source>The whole fleet</source>
        <translation>Die gesamte Flotte</translation>
    </message>
    <message>
        <source>Where the limit applies</source>
        <translation>Wo das Limit gilt</translation>
    </message>
    <message>
        <source>Appl&amp;ies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>✖ No plan can be made: %1</source>
        <translation>✖ Es kann kein Plan erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionConfirmPage</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Not production</source>
        <translation>Keine Produktion</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>Namespace: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is production. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dies ist Produktion. Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eintippen:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eintippen</translation>
    </message>
    <message>
        <source>I have checked the context, namespace and name: &amp;apply to %1</source>
        <translation>Ich habe Kontext, Namespace und Name geprüft: auf %1 &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionPreviewPage</name>
    <message>
        <source>The command that will run:</source>
        <translation>Der Befehl, der ausgeführt wird:</translation>
    </message>
    <message>
        <source>Command that will run</source>
        <translation>Auszuführender Befehl</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;What changes:</source>
        <translation>Was sich än&amp;dert:</translation>
    </message>
    <message>
        <source>Difference between the object now and after the action</source>
        <translation>Unterschied zwischen dem Objekt jetzt und nach der Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Expected effect on the figures:</source>
        <translation>&amp;Erwartete Wirkung auf die Werte:</translation>
    </message>
    <message>
        <source>Expected effects</source>
        <translation>Erwartete Wirkungen</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>(the command is made from the object&apos;s current state, read first)</source>
        <translation>(der Befehl wird aus dem aktuellen Zustand des Objekts erstellt, der zuerst gelesen wird)</translation>
    </message>
    <message>
        <source>This action has no server dry run: the diff below shows the request and the state it replaces.</source>
        <translation>Diese Maßnahme hat keinen Dry Run auf dem Server: der Diff unten zeigt die Anfrage und den Zustand, den sie ersetzt.</translation>
    </message>
    <message>
        <source>Dry run: %1</source>
        <translation>Dry Run: %1</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keine genannt)</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s dry run…</source>
        <translation>Warten auf den Dry Run des Servers…</translation>
    </message>
    <message>
        <source>The server refused the dry run: %1</source>
        <translation>Der Server hat den Dry Run abgelehnt: %1</translation>
    </message>
    <message>
        <source>It cannot be applied: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>the plan is incomplete</source>
        <translation>der Plan ist unvollständig</translation>
    </message>
    <message>
        <source>✔ The current state was read (%1 ms).</source>
        <translation>✔ Der aktuelle Zustand wurde gelesen (%1 ms).</translation>
    </message>
    <message>
        <source>✔ The server accepted the dry run (%1 ms): nothing was changed.</source>
        <translation>✔ Der Server hat den Dry Run akzeptiert (%1 ms): nichts wurde geändert.</translation>
    </message>
    <message>
        <source>… %1 more lines</source>
        <translation>… %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>(no difference reported)</source>
        <translation>(kein Unterschied gemeldet)</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionRunPage</name>
    <message>
        <source>Output of the command</source>
        <translation>Ausgabe des Befehls</translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation>Rollback läuft: %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Wird ausgeführt: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>✔ Applied in %1 ms. The figures are watched next.</source>
        <translation>✔ In %1 ms angewendet. Als Nächstes werden die Werte beobachtet.</translation>
    </message>
    <message>
        <source>The object or its context changed since the preview: nothing was applied. %1</source>
        <translation>Das Objekt oder sein Kontext hat sich seit der Vorschau geändert: nichts wurde angewendet. %1</translation>
    </message>
    <message>
        <source>✖ Refused, nothing was applied: %1</source>
        <translation>✖ Abgelehnt, nichts wurde angewendet: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionVerifyPage</name>
    <message>
        <source>Figure</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Before → now</source>
        <translation>Vorher → jetzt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Affected figures</source>
        <translation>Betroffene Werte</translation>
    </message>
    <message>
        <source>%1 (fleet)</source>
        <translation>%1 (gesamte Flotte)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Watching the figures after the rollback: %1</source>
        <translation>Beobachtung der Werte nach dem Rollback: %1</translation>
    </message>
    <message>
        <source>Watching the figures after: %1</source>
        <translation>Beobachtung der Werte nach: %1</translation>
    </message>
    <message>
        <source>Every affected figure is back within its target.</source>
        <translation>Alle betroffenen Werte sind wieder im Zielbereich.</translation>
    </message>
    <message>
        <source>At least one figure is worse than before the action (%1 of %2 recovered). Consider rolling back.</source>
        <translation>Mindestens ein Wert ist schlechter als vor der Maßnahme (%1 von %2 erholt). Erwägen Sie einen Rollback.</translation>
    </message>
    <message>
        <source>Some figures cannot be judged: they have no current value (%1 of %2 recovered).</source>
        <translation>Einige Werte lassen sich nicht beurteilen: sie haben keinen aktuellen Wert (%1 von %2 erholt).</translation>
    </message>
    <message>
        <source>No refresh was seen since the action.</source>
        <translation>Seit der Maßnahme wurde keine Aktualisierung beobachtet.</translation>
    </message>
    <message>
        <source>Refresh %1 of %2</source>
        <translation>Aktualisierung %1 von %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Watching: each refresh of the figures updates this.</source>
        <translation>Beobachtung läuft: jede Aktualisierung der Werte aktualisiert diese Anzeige.</translation>
    </message>
    <message numerus="yes">
        <source>After %n refresh(es), %1 of %2 figures are back within their targets.</source>
        <translation>
            <numerusform>Nach %n Aktualisierung sind %1 von %2 Werten wieder innerhalb ihrer Ziele.</numerusform>
            <numerusform>Nach %n Aktualisierungen sind %1 von %2 Werten wieder innerhalb ihrer Ziele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slaops::ui::ActionWizard</name>
    <message>
        <source>Containment action</source>
        <translation>Eindämmungsmaßnahme</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Rollback…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Weiter ›</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>Containment action: %1</source>
        <translation>Eindämmungsmaßnahme: %1</translation>
    </message>
    <message>
        <source>Choose the action</source>
        <translation>Maßnahme wählen</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Rollback · %1</source>
        <translation>Rollback · %1</translation>
    </message>
    <message>
        <source>Read-only: nothing can be applied from this console.</source>
        <translation>Nur-Lese-Modus: von dieser Konsole aus kann nichts angewendet werden.</translation>
    </message>
    <message>
        <source>Apply is enabled once the name is typed exactly: %1</source>
        <translation>„Anwenden“ wird aktiviert, sobald der Name exakt eingetippt ist: %1</translation>
    </message>
    <message>
        <source>Apply is enabled once the box is ticked.</source>
        <translation>„Anwenden“ wird aktiviert, sobald das Kästchen angehakt ist.</translation>
    </message>
    <message>
        <source>&amp;Next: watch the figures ›</source>
        <translation>&amp;Weiter: Werte beobachten ›</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AlertDetails</name>
    <message>
        <source>Immediate response</source>
        <translation>Sofortmaßnahmen</translation>
    </message>
    <message>
        <source>Acknowledge (A)</source>
        <translation>Bestätigen (A)</translation>
    </message>
    <message>
        <source>Copy as message (C)</source>
        <translation>Als Nachricht kopieren (C)</translation>
    </message>
    <message>
        <source>Runbook (R)</source>
        <translation>Runbook (R)</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation>Kein Alarm ausgewählt</translation>
    </message>
    <message>
        <source>%1 · escalate to %2 · via %3</source>
        <translation>%1 · an %2 eskalieren · über %3</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>(down, last known)</source>
        <translation>(nicht erreichbar, zuletzt bekannt)</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Silenced by</source>
        <translation>Stummgeschaltet durch</translation>
    </message>
    <message>
        <source>done %1 by %2</source>
        <translation>erledigt um %1 von %2</translation>
    </message>
    <message>
        <source>undone %1 by %2</source>
        <translation>zurückgenommen um %1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 done; each tick is timed and kept in the incident log.</source>
        <translation>%1 von %2 erledigt; jedes Abhaken wird mit Uhrzeit im Vorfallprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>No incident log: the checklist cannot be ticked.</source>
        <translation>Kein Vorfallprotokoll: die Checkliste kann nicht abgehakt werden.</translation>
    </message>
    <message>
        <source>Read-only console (--read-only): acknowledging is off</source>
        <translation>Nur-Lese-Konsole (--read-only): Bestätigen ist abgeschaltet</translation>
    </message>
    <message>
        <source>Contain… (K)</source>
        <translation>Eindämmen… (K)</translation>
    </message>
    <message>
        <source>Plan a containment action for the region of this alert</source>
        <translation>Eine Eindämmungsmaßnahme für die Region dieses Alarms planen</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AlertNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>slaops: no alert firing</source>
        <translation>slaops: kein Alarm ausgelöst</translation>
    </message>
    <message>
        <source>slaops: %1 alerts firing</source>
        <translation>slaops: %1 Alarme ausgelöst</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AlertStyle</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Kein Schweregrad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Inhibited</source>
        <translation>Gehemmt</translation>
    </message>
    <message>
        <source>no alert firing</source>
        <translation>kein Alarm ausgelöst</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AlertsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>silence %1</source>
        <translation>Stummschaltung %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Acknowledged (silenced) — %1</source>
        <translation>Bestätigt (stummgeschaltet) — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No SLA — %1</source>
        <translation>Kein SLA — %1</translation>
    </message>
    <message>
        <source>No region — %1</source>
        <translation>Keine Region — %1</translation>
    </message>
    <message>
        <source>%1 · last known</source>
        <translation>%1 · zuletzt bekannt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Value · target</source>
        <translation>Wert · Ziel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Firing for</source>
        <translation>Ausgelöst seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Silenced by</source>
        <translation>Stummgeschaltet durch</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AuditModel</name>
    <message>
        <source>unreadable line</source>
        <translation>unlesbare Zeile</translation>
    </message>
    <message>
        <source>about to run</source>
        <translation>wird gleich ausgeführt</translation>
    </message>
    <message>
        <source>changed since the preview: nothing applied</source>
        <translation>seit der Vorschau geändert: nichts angewendet</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>%1 local, %2 UTC</source>
        <translation>%1 Ortszeit, %2 UTC</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>chain broken here: record %1</source>
        <translation>Kette hier unterbrochen: Eintrag %1</translation>
    </message>
    <message>
        <source>The chain breaks at this record: it, or the one before it, was edited, removed or moved</source>
        <translation>Hier ist die Kette unterbrochen: dieser Eintrag oder der davor wurde geändert, entfernt oder verschoben</translation>
    </message>
</context>
<context>
    <name>slaops::ui::AuditView</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Filter: any text of a record&apos;s row (who, action, target, result)</source>
        <translation>Filter: beliebiger Text aus der Zeile eines Eintrags (Wer, Maßnahme, Ziel, Ergebnis)</translation>
    </message>
    <message>
        <source>Filter the records</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>The selected record in full</source>
        <translation>Der ausgewählte Eintrag vollständig</translation>
    </message>
    <message>
        <source>Select a record to see it in full.</source>
        <translation>Einen Eintrag auswählen, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>✔ Chain intact: 1 record.</source>
        <translation>✔ Kette unversehrt: 1 Eintrag.</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 records, each following the one before.</source>
        <translation>✔ Kette unversehrt: %1 Einträge, jeder folgt auf den vorigen.</translation>
    </message>
    <message>
        <source>✖ Chain broken at %1</source>
        <translation>✖ Kette unterbrochen bei %1</translation>
    </message>
    <message>
        <source>✖ The log cannot be verified: %1</source>
        <translation>✖ Das Protokoll kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>slaops::ui::BudgetPanel</name>
    <message>
        <source>page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No SLA in this profile has an error budget.</source>
        <translation>Kein SLA in diesem Profil hat ein Fehlerbudget.</translation>
    </message>
    <message>
        <source>Error budgets</source>
        <translation>Fehlerbudgets</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>Verbrauchsrate</translation>
    </message>
    <message>
        <source>Alert if above</source>
        <translation>Alarm, wenn über</translation>
    </message>
    <message>
        <source>outage allowance —</source>
        <translation>zulässige Ausfallzeit —</translation>
    </message>
    <message>
        <source>overspent by %1 of outage</source>
        <translation>um %1 Ausfallzeit überzogen</translation>
    </message>
    <message>
        <source>%1 of outage left</source>
        <translation>noch %1 Ausfallzeit übrig</translation>
    </message>
    <message>
        <source>time to exhaustion unknown</source>
        <translation>Zeit bis zum Aufbrauchen unbekannt</translation>
    </message>
    <message>
        <source>not burning</source>
        <translation>kein Verbrauch</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>exhausted in %1 at the current burn</source>
        <translation>bei aktuellem Verbrauch in %1 aufgebraucht</translation>
    </message>
    <message>
        <source> of the budget left, </source>
        <translation> des Budgets übrig, </translation>
    </message>
    <message>
        <source>SLA %1 %2</source>
        <translation>SLA %1 %2</translation>
    </message>
    <message>
        <source>confirmed %1 ago</source>
        <translation>bestätigt vor %1</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>nie bestätigt</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>burn rate %1: %2</source>
        <translation>Verbrauchsrate %1: %2</translation>
    </message>
    <message>
        <source>Error budget of %1: %2, verdict %3</source>
        <translation>Fehlerbudget von %1: %2, Maßnahme %3</translation>
    </message>
    <message>
        <source>based on %1 of data out of %2; the other %3 counted as going the same way</source>
        <translation>beruht auf %1 Daten von %2; die übrigen %3 werden als gleich verlaufend gezählt</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ComplianceModel</name>
    <message>
        <source>Fleet</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>direct scrape</source>
        <translation>Direktabruf</translation>
    </message>
    <message>
        <source>Warning from Prometheus: %1</source>
        <translation>Warnung von Prometheus: %1</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Query latency: %1 ms</source>
        <translation>Abfragelatenz: %1 ms</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Alarm bei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ComplianceTable</name>
    <message>
        <source>Filter by scope, SLA or state…</source>
        <translation>Nach Bereich, SLA oder Zustand filtern…</translation>
    </message>
    <message>
        <source>Filter the SLA compliance table</source>
        <translation>Tabelle der SLA-Einhaltung filtern</translation>
    </message>
    <message>
        <source>SLA compliance summary</source>
        <translation>Übersicht der SLA-Einhaltung</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ExplainDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Explain: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: %2   %3   %4 %5</source>
        <translation>%1: %2   %3   %4 %5</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>&amp;Copy query</source>
        <translation>Abfrage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy query</source>
        <translation>Abfrage kopieren</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>direct scrape of the nodes</source>
        <translation>Direktabruf der Knoten</translation>
    </message>
    <message>
        <source>query latency %L1 ms</source>
        <translation>Abfragelatenz %L1 ms</translation>
    </message>
    <message>
        <source>sample time %1 UTC</source>
        <translation>Zeitpunkt des Samples %1 UTC</translation>
    </message>
    <message>
        <source>explained in %L1 ms</source>
        <translation>erklärt in %L1 ms</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Histogram buckets</source>
        <translation>Histogramm-Buckets</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Zeitreihen</translation>
    </message>
    <message>
        <source>&amp;Buckets and interpolation (%1)</source>
        <translation>&amp;Buckets und Interpolation (%1)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Zeitreihen</translation>
    </message>
    <message numerus="yes">
        <source>%n series at the sample time.</source>
        <translation>
            <numerusform>%n Zeitreihe zum Zeitpunkt des Samples.</numerusform>
            <numerusform>%n Zeitreihen zum Zeitpunkt des Samples.</numerusform>
        </translation>
    </message>
    <message>
        <source>le (%1)</source>
        <translation>le (%1)</translation>
    </message>
    <message>
        <source>Cumulative count</source>
        <translation>Kumulierte Anzahl</translation>
    </message>
    <message>
        <source>Count in bucket</source>
        <translation>Anzahl im Bucket</translation>
    </message>
    <message>
        <source>◀ the rank falls here</source>
        <translation>◀ hier liegt der Rang</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(keine Labels)</translation>
    </message>
    <message>
        <source>No buckets arrived.</source>
        <translation>Keine Buckets empfangen.</translation>
    </message>
    <message>
        <source>histogram_quantile gives no number here: %1.</source>
        <translation>histogram_quantile liefert hier keine Zahl: %1.</translation>
    </message>
    <message>
        <source>1. Observations: %1 (the cumulative count of the +Inf bucket).</source>
        <translation>1. Beobachtungen: %1 (die kumulierte Anzahl des +Inf-Buckets).</translation>
    </message>
    <message>
        <source>2. rank = %1 × %2 = %3</source>
        <translation>2. Rang = %1 × %2 = %3</translation>
    </message>
    <message>
        <source>3. The rank falls in the +Inf bucket (%1, +Inf] holding %2 observations: more than %3 % of them lie above the highest bound.</source>
        <translation>3. Der Rang liegt im +Inf-Bucket (%1, +Inf] mit %2 Beobachtungen: mehr als %3 % davon liegen über der höchsten Grenze.</translation>
    </message>
    <message>
        <source>4. %1 = the highest finite bound = %2: a lower limit only; the real %1 is higher.</source>
        <translation>4. %1 = die höchste endliche Grenze = %2: nur eine Untergrenze; der wahre %1-Wert ist höher.</translation>
    </message>
    <message>
        <source>3. The rank falls in the lowest bucket, whose upper bound %1 is not above 0: the value is that bound.</source>
        <translation>3. Der Rang liegt im untersten Bucket, dessen obere Grenze %1 nicht über 0 liegt: der Wert ist diese Grenze.</translation>
    </message>
    <message>
        <source>4. %1 = %2</source>
        <translation>4. %1 = %2</translation>
    </message>
    <message>
        <source>3. The rank falls in bucket (%1, %2] holding %3 observations; %4 lie below it.</source>
        <translation>3. Der Rang liegt im Bucket (%1, %2] mit %3 Beobachtungen; %4 liegen darunter.</translation>
    </message>
    <message>
        <source>4. Assuming the observations are spread evenly inside the bucket:</source>
        <translation>4. Unter der Annahme, dass die Beobachtungen gleichmäßig im Bucket verteilt sind:</translation>
    </message>
    <message>
        <source>This reproduces the figure (%1).</source>
        <translation>Das ergibt den angezeigten Wert (%1).</translation>
    </message>
    <message>
        <source>This does NOT reproduce the figure (%1): see the warning above.</source>
        <translation>Das ergibt NICHT den angezeigten Wert (%1): siehe Warnung oben.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Zähler: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Nenner: %1</translation>
    </message>
    <message>
        <source>Value: %1 = %2</source>
        <translation>Wert: %1 = %2</translation>
    </message>
    <message>
        <source>Recording rule</source>
        <translation>Recording-Regel</translation>
    </message>
    <message>
        <source>Read from a recorded series of the generated rules (slaops rules generate), not from the raw query.</source>
        <translation>Aus einer aufgezeichneten Zeitreihe der erzeugten Regeln gelesen (slaops rules generate), nicht aus der Rohabfrage.</translation>
    </message>
    <message>
        <source>The rule wrote this value at %1 UTC; its expression, evaluated at that time:</source>
        <translation>Die Regel hat diesen Wert um %1 UTC geschrieben; ihr Ausdruck, zu diesem Zeitpunkt ausgewertet:</translation>
    </message>
    <message>
        <source>The rule&apos;s expression:</source>
        <translation>Der Ausdruck der Regel:</translation>
    </message>
    <message>
        <source>Recording rule expression</source>
        <translation>Ausdruck der Recording-Regel</translation>
    </message>
</context>
<context>
    <name>slaops::ui::GaugeWidget</name>
    <message>
        <source>updated %1 ago</source>
        <translation>aktualisiert vor %1</translation>
    </message>
    <message>
        <source>age %1: %2</source>
        <translation>Alter %1: %2</translation>
    </message>
    <message>
        <source>trend %1: %2 to %3 %4</source>
        <translation>Verlauf %1: %2 bis %3 %4</translation>
    </message>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (nicht aktuell)</translation>
    </message>
</context>
<context>
    <name>slaops::ui::MainWindow</name>
    <message>
        <source>slaops — SLA operations console</source>
        <translation>slaops — SLA-Betriebskonsole</translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation>Warten auf die erste Aktualisierung…</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Last refresh %1 · data age %2</source>
        <translation>Letzte Aktualisierung %1 · Datenalter %2</translation>
    </message>
    <message>
        <source>No successful refresh yet</source>
        <translation>Noch keine erfolgreiche Aktualisierung</translation>
    </message>
    <message>
        <source>⚠ Prometheus unreachable since %1: %2 — showing the last good values, greyed</source>
        <translation>⚠ Prometheus seit %1 nicht erreichbar: %2 — letzte gültige Werte werden ausgegraut angezeigt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regionen</translation>
    </message>
    <message>
        <source>Error &amp;budgets</source>
        <translation>Fehler&amp;budgets</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Einhaltung</translation>
    </message>
    <message>
        <source>Figure to chart</source>
        <translation>Wert für das Diagramm</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;System theme</source>
        <translation>&amp;Systemdesign</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;War-room display</source>
        <translation>&amp;Lagezentrum-Anzeige</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About slaops</source>
        <translation>Ü&amp;ber slaops</translation>
    </message>
    <message>
        <source>About slaops</source>
        <translation>Über slaops</translation>
    </message>
    <message>
        <source>slaops %1 — SLA operations console.
Figures from Prometheus, alerts from Alertmanager.</source>
        <translation>slaops %1 — SLA-Betriebskonsole.
Werte aus Prometheus, Alarme aus Alertmanager.</translation>
    </message>
    <message>
        <source>Explaining %1…</source>
        <translation>%1 wird erklärt…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — slaops</source>
        <translation>%1 — slaops</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>&amp;Silences</source>
        <translation>Stu&amp;mmschaltungen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Maß&amp;nahmen</translation>
    </message>
    <message>
        <source>&amp;Divert traffic…</source>
        <translation>Datenverkehr &amp;umleiten…</translation>
    </message>
    <message>
        <source>&amp;Rate-limit…</source>
        <translation>&amp;Ratenlimit…</translation>
    </message>
    <message>
        <source>&amp;Migrate sessions…</source>
        <translation>&amp;Sitzungen migrieren…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Berich&amp;te</translation>
    </message>
    <message>
        <source>⚠ Prometheus of %1 unreachable since %2: %3 — its figures greyed</source>
        <translation>⚠ Prometheus der Region %1 seit %2 nicht erreichbar: %3 — ihre Werte ausgegraut</translation>
    </message>
    <message>
        <source>Prometheus: %1 (replica %2 of %3)</source>
        <translation>Prometheus: %1 (Replikat %2 von %3)</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 lagging %L2 s</source>
        <translation>%1 %L2 s im Rückstand</translation>
    </message>
    <message>
        <source>recorded rules</source>
        <translation>Recording-Regeln</translation>
    </message>
</context>
<context>
    <name>slaops::ui::RegionPanel</name>
    <message>
        <source>No regional figures in this snapshot.</source>
        <translation>Keine regionalen Werte in diesem Snapshot.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation>%1: nicht gemessen</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>, age %1</source>
        <translation>, Alter %1</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 nicht gemessen</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>Region %1: %2</translation>
    </message>
    <message>
        <source>Contain…</source>
        <translation>Eindämmen…</translation>
    </message>
    <message>
        <source>Plan a containment action for %1: divert its traffic, rate-limit, migrate its sessions</source>
        <translation>Eine Eindämmungsmaßnahme für %1 planen: Datenverkehr umleiten, Ratenlimit setzen, Sitzungen migrieren</translation>
    </message>
    <message>
        <source>Contain %1</source>
        <translation>%1 eindämmen</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ReportFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>slaops::ui::ReportsView</name>
    <message>
        <source>Report period kind</source>
        <translation>Art des Berichtszeitraums</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter (business review)</source>
        <translation>Quartal (Business Review)</translation>
    </message>
    <message>
        <source>A day of the period</source>
        <translation>Ein Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Any day of the period: the month or quarter that contains it is reported.</source>
        <translation>Ein beliebiger Tag des Zeitraums: gewählt wird der Monat bzw. das Quartal, in dem er liegt.</translation>
    </message>
    <message>
        <source>Time zone of the report&apos;s days</source>
        <translation>Zeitzone der Berichtstage</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>Resolution of violations and charts</source>
        <translation>Auflösung von Verletzungen und Diagrammen</translation>
    </message>
    <message>
        <source>Default (1 min, 5 min for a quarter)</source>
        <translation>Standard (1 min, 5 min für ein Quartal)</translation>
    </message>
    <message>
        <source>&amp;Build report</source>
        <translation>Ber&amp;icht erstellen</translation>
    </message>
    <message>
        <source>Build the report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Erstellen des Berichts abbrechen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Auflösun&amp;g:</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Choose a period and build its report.</source>
        <translation>Einen Zeitraum wählen und seinen Bericht erstellen.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Improvement initiatives</source>
        <translation>Verbesserungsinitiativen</translation>
    </message>
    <message>
        <source>What will be improved, and why (shown in the business review)</source>
        <translation>Was verbessert wird und warum (erscheint im Business Review)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>What comes next, quarter by quarter</source>
        <translation>Was als Nächstes kommt, Quartal für Quartal</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>Business Review</translation>
    </message>
    <message>
        <source>&amp;Initiatives:</source>
        <translation>Initiati&amp;ven:</translation>
    </message>
    <message>
        <source>Road&amp;map:</source>
        <translation>Roadma&amp;p:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>The pages of the PDF; scroll with the arrow and page keys.</source>
        <translation>Die Seiten des PDFs; mit den Pfeil- und Bildtasten blättern.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3, %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): %3, %n Tag</numerusform>
            <numerusform>%1 (%2): %3, %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking Prometheus: %1 of %n queries answered.</source>
        <translation>
            <numerusform>Anfrage an Prometheus: %1 von %n Abfrage beantwortet.</numerusform>
            <numerusform>Anfrage an Prometheus: %1 von %n Abfragen beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report for %1: %2. %3</source>
        <translation>Bericht für %1: %2. %3</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The report shown is still the one for %1.</source>
        <translation>Angezeigt wird weiterhin der Bericht für %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Building the report for %1…</source>
        <translation>Bericht für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled: no new report was built.</source>
        <translation>Abgebrochen: es wurde kein neuer Bericht erstellt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>slaops::ui::SettingsDialog</name>
    <message>
        <source>O&amp;verview</source>
        <translation>Üb&amp;ersicht</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>&amp;Regionen</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>&amp;Budgets</translation>
    </message>
    <message>
        <source>Alert&amp;s</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>slaops settings</source>
        <translation>slaops-Einstellungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>From the profile</source>
        <translation>Aus dem Profil</translation>
    </message>
    <message>
        <source>Prometheus URL</source>
        <translation>Prometheus-URL</translation>
    </message>
    <message>
        <source>Overrides the profile&apos;s Prometheus; empty to use the profile&apos;s.</source>
        <translation>Ersetzt den Prometheus aus dem Profil; leer lassen, um den aus dem Profil zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Prometheus URL:</source>
        <translation>&amp;Prometheus-URL:</translation>
    </message>
    <message>
        <source>From the profile; one URL a line</source>
        <translation>Aus dem Profil; eine URL pro Zeile</translation>
    </message>
    <message>
        <source>Alertmanager URLs</source>
        <translation>Alertmanager-URLs</translation>
    </message>
    <message>
        <source>One URL a line; empty to use the profile&apos;s.</source>
        <translation>Eine URL pro Zeile; leer lassen, um die aus dem Profil zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Alertmanager URLs:</source>
        <translation>Alert&amp;manager-URLs:</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <source>Set Prometheus token</source>
        <translation>Prometheus-Token festlegen</translation>
    </message>
    <message>
        <source>The profile names no keychain entry for a token.</source>
        <translation>Das Profil nennt keinen Schlüsselbund-Eintrag für ein Token.</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Refresh interval in milliseconds</source>
        <translation>Aktualisierungsintervall in Millisekunden</translation>
    </message>
    <message>
        <source>&amp;Refresh interval:</source>
        <translation>Aktualisierungs&amp;intervall:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>War room</source>
        <translation>Lagezentrum</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>War-room rotation in seconds</source>
        <translation>Wechselintervall des Lagezentrums in Sekunden</translation>
    </message>
    <message>
        <source>Rotate &amp;every:</source>
        <translation>&amp;Wechsel alle:</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Ansichten:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Stored in the system keychain as “%1”, never in settings.</source>
        <translation>Im Schlüsselbund des Systems als „%1“ gespeichert, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Token festlegen</translation>
    </message>
    <message>
        <source>Token for “%1”:</source>
        <translation>Token für „%1“:</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Prometheus URL: %1</source>
        <translation>Prometheus-URL: %1</translation>
    </message>
    <message>
        <source>Alertmanager URL: %1</source>
        <translation>Alertmanager-URL: %1</translation>
    </message>
    <message>
        <source>Refresh interval: %1</source>
        <translation>Aktualisierungsintervall: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>War room: %1</source>
        <translation>Lagezentrum: %1</translation>
    </message>
    <message>
        <source>War room: choose at least one view.</source>
        <translation>Lagezentrum: mindestens eine Ansicht auswählen.</translation>
    </message>
    <message>
        <source>Token saved in the keychain as “%1”; it is used from the next refresh.</source>
        <translation>Token im Schlüsselbund als „%1“ gespeichert; es wird ab der nächsten Aktualisierung verwendet.</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Das Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Author of acknowledgements</source>
        <translation>Autor von Bestätigungen</translation>
    </message>
    <message>
        <source>Written as the creator of the silences you make.</source>
        <translation>Wird als Ersteller Ihrer Stummschaltungen eingetragen.</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge as:</source>
        <translation>Bestätigen &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Notify me of each new critical or high alert</source>
        <translation>Bei jedem neuen kritischen oder hohen Alarm be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alarme: %1</translation>
    </message>
</context>
<context>
    <name>slaops::ui::SilencesModel</name>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>ended %1 ago</source>
        <translation>vor %1 beendet</translation>
    </message>
    <message>
        <source>1 alert it matches still fires</source>
        <translation>1 passender Alarm noch ausgelöst ist</translation>
    </message>
    <message>
        <source>%1 alerts it matches still fire</source>
        <translation>%1 passende Alarme noch ausgelöst sind</translation>
    </message>
    <message>
        <source>⚠ Silence by %1 (%2) ends in %3 while %4</source>
        <translation>⚠ Stummschaltung von %1 (%2) endet in %3, während %4</translation>
    </message>
    <message>
        <source>◌ Active</source>
        <translation>◌ Aktiv</translation>
    </message>
    <message>
        <source>◷ Pending</source>
        <translation>◷ Ausstehend</translation>
    </message>
    <message>
        <source>✓ Expired</source>
        <translation>✓ Abgelaufen</translation>
    </message>
    <message>
        <source>none now</source>
        <translation>derzeit keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Matches now</source>
        <translation>Trifft jetzt zu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>slaops::ui::SilencesView</name>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>&amp;Expire</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>E&amp;xtend by</source>
        <translation>&amp;Verlängern um</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours to extend by</source>
        <translation>Stunden, um die verlängert wird</translation>
    </message>
    <message>
        <source>Expiring the silence…</source>
        <translation>Stummschaltung wird beendet…</translation>
    </message>
    <message>
        <source>Extending the silence…</source>
        <translation>Stummschaltung wird verlängert…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Alertmanager refused: %1</source>
        <translation>Alertmanager hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>slaops::ui::SlaChart</name>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <source>SLA history chart</source>
        <translation>Diagramm des SLA-Verlaufs</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Kein Verlauf: %1</translation>
    </message>
    <message>
        <source>No data in the last %1: the query answered with nothing. This is not a sign that all is well.</source>
        <translation>Keine Daten in den letzten %1: die Abfrage lieferte nichts. Das ist kein Zeichen dafür, dass alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>slaops::ui::StateStyle</name>
    <message>
        <source>was %1</source>
        <translation>war %1</translation>
    </message>
</context>
<context>
    <name>slaops::ui::TriageView</name>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>By SLA</source>
        <translation>Nach SLA</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Nach Region</translation>
    </message>
    <message>
        <source>Group alerts</source>
        <translation>Alarme gruppieren</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>⚠ The incident log cannot be written: %1</source>
        <translation>⚠ Das Vorfallprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source> · %1 acknowledged</source>
        <translation> · %1 bestätigt</translation>
    </message>
    <message>
        <source>Alertmanager %1 down since %2: %3</source>
        <translation>Alertmanager %1 seit %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>Alertmanager %1 down: %2</source>
        <translation>Alertmanager %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>
Its alerts are shown as last known.</source>
        <translation>
Seine Alarme werden mit dem zuletzt bekannten Stand angezeigt.</translation>
    </message>
    <message>
        <source>Sending the silence to Alertmanager…</source>
        <translation>Stummschaltung wird an Alertmanager gesendet…</translation>
    </message>
    <message>
        <source>Silence created: %1</source>
        <translation>Stummschaltung angelegt: %1</translation>
    </message>
    <message>
        <source>Alertmanager refused the silence: %1</source>
        <translation>Alertmanager hat die Stummschaltung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Copied %1 as a message (text and Markdown).</source>
        <translation>%1 als Nachricht kopiert (Text und Markdown).</translation>
    </message>
    <message>
        <source>This alert names no runbook (annotation runbook_url).</source>
        <translation>Dieser Alarm nennt kein Runbook (Annotation runbook_url).</translation>
    </message>
    <message>
        <source>Read-only console (--read-only): acknowledging is off</source>
        <translation>Nur-Lese-Konsole (--read-only): Bestätigen ist abgeschaltet</translation>
    </message>
</context>
<context>
    <name>slaops::ui::WarRoomAlertsPage</name>
    <message>
        <source>An Alertmanager is down: its alerts are the last known.</source>
        <translation>Ein Alertmanager ist nicht erreichbar: seine Alarme zeigen den zuletzt bekannten Stand.</translation>
    </message>
</context>
<context>
    <name>slaops::ui::WarRoomView</name>
    <message>
        <source>slaops — war room</source>
        <translation>slaops — Lagezentrum</translation>
    </message>
    <message>
        <source>Service level agreements</source>
        <translation>Service Level Agreements</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warten auf Daten…</translation>
    </message>
    <message>
        <source>DISCONNECTED since %1</source>
        <translation>KEINE VERBINDUNG seit %1</translation>
    </message>
    <message>
        <source>PAUSED %1</source>
        <translation>PAUSIERT %1</translation>
    </message>
    <message>
        <source>%1 · next in %2 s</source>
        <translation>%1 · weiter in %2 s</translation>
    </message>
</context>
</TS>
