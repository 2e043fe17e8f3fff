<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>file is larger than 4 MiB</source>
        <translation>Datei ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected requests per second, such as 50000</source>
        <translation>Anfragen pro Sekunde erwartet, z. B. 50000</translation>
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
        <source>no answer was received</source>
        <translation>keine Antwort erhalten</translation>
    </message>
    <message>
        <source>the query returned %1: the quantile fell in the histogram&apos;s +Inf bucket, or the query divides by zero</source>
        <translation>die Abfrage lieferte %1: das Quantil fiel in den +Inf-Bucket des Histogramms, oder die Abfrage teilt durch null</translation>
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
</context>
<context>
    <name>slaops::prom::Client</name>
    <message>
        <source>the answer is larger than %1 MiB and was cut off; narrow the query</source>
        <translation>die Antwort ist größer als %1 MiB und wurde abgeschnitten; Abfrage eingrenzen</translation>
    </message>
    <message>
        <source>no answer within %L1 s</source>
        <translation>keine Antwort innerhalb von %L1 s</translation>
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
    <name>slaops::ui::GaugeWidget</name>
    <message>
        <source>updated %1 ago</source>
        <translation>aktualisiert vor %1</translation>
    </message>
    <message>
        <source>age %1: %2</source>
        <translation>Alter %1: %2</translation>
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
    <message numerus="yes">
        <source>%1 — %n SLA(s) in breach</source>
        <translation>
            <numerusform>%1 — %n SLA verletzt</numerusform>
            <numerusform>%1 — %n SLAs verletzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — every SLA met</source>
        <translation>%1 — alle SLAs eingehalten</translation>
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
    <message numerus="yes">
        <source>%1 — %n SLA(s) without a current value</source>
        <translation>
            <numerusform>%1 — %n SLA ohne aktuellen Wert</numerusform>
            <numerusform>%1 — %n SLAs ohne aktuellen Wert</numerusform>
        </translation>
    </message>
</context>
</TS>
