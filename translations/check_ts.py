#!/usr/bin/env python3
"""Checks a translation catalogue by hand (not wired into CMake):
every message finished, placeholders (%1, %n, ...) and glyphs kept, numerus messages with the German
two forms; with a slaops binary, also that `--lang de --help` prints the German help.

Usage: translations/check_ts.py translations/slaops_de.ts [build/app/slaops]
"""
import os, re, subprocess, sys, xml.etree.ElementTree as ET

GLYPHS = "·—≥≤⚠✔…"
PLACEHOLDER = re.compile(r"%L?\d+|%n")


def check_catalogue(path):
    bad = count = 0
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            count += 1
            src = m.findtext("source")
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            problems = []
            if tr.get("type"):
                problems.append("type=" + tr.get("type"))
            if numerus and len(forms) != 2:
                problems.append(f"{len(forms)} numerus forms, German needs 2")
            for t in forms:
                if not t.strip():
                    problems.append("empty translation")
                if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(t)):
                    problems.append(f"placeholders differ: {t!r}")
                problems += [f"glyph {g} not kept: {t!r}" for g in GLYPHS if src.count(g) != t.count(g)]
            if problems:
                bad += 1
                print(f"{ctx.findtext('name')}: {src!r}: {'; '.join(problems)}")
    print(f"{path}: {count} messages, {bad} with problems")
    return bad == 0 and count > 0


def check_help(binary):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([binary, "--lang", "de", "--help"], capture_output=True, text=True, env=env,
                         timeout=30).stdout
    ok = "Sprache der Oberfläche" in out and "User interface language" not in out
    print(f"{binary} --lang de --help: {'German' if ok else 'NOT German'}")
    return ok


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    ok = check_catalogue(sys.argv[1])
    if len(sys.argv) == 3:
        ok = check_help(sys.argv[2]) and ok
    sys.exit(0 if ok else 1)
