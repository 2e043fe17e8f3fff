#!/usr/bin/env python3
"""Checks a translation catalogue, by its language (ctest runs it for both):

German (slaops_de.ts): every message finished, placeholders (%1, %n, ...) and glyphs kept, numerus
messages with the German two forms; with a slaops binary, also that `--lang de --help` prints German.

English (slaops_en.ts): the source text is English, so the catalogue holds only the plural (numerus)
messages, each with its singular and plural form written out; with --lupdate and --sources, that every
plural message of the sources is in it and none is stale; with a slaops binary, that `profile check`
counts "6 SLAs" and "3 regions", not "SLA(s)", under LANG=C, en_US.UTF-8 and a language with no catalogue.

Usage: translations/check_ts.py CATALOGUE [SLAOPS] [--lupdate LUPDATE --sources LIST]
"""
import argparse, os, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET

GLYPHS = "·—≥≤⚠✔…"
PLACEHOLDER = re.compile(r"%L?\d+|%n")
HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = os.path.join(HERE, "..", "resources", "profiles", "erlmcp-v3.yaml")


def messages(path):
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name"), m


def check_catalogue(path, english):
    bad = count = 0
    for ctx, m in messages(path):
        count += 1
        src = m.findtext("source")
        tr = m.find("translation")
        numerus = m.get("numerus") == "yes"
        forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
        problems = []
        if tr.get("type"):
            problems.append("type=" + tr.get("type"))
        if english and not numerus:
            problems.append("not a plural message: English needs no other")
        if numerus and len(forms) != 2:
            problems.append(f"{len(forms)} numerus forms, {'English' if english else 'German'} needs 2")
        for t in forms:
            if not t.strip():
                problems.append("empty translation")
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(t)):
                problems.append(f"placeholders differ: {t!r}")
            problems += [f"glyph {g} not kept: {t!r}" for g in GLYPHS if src.count(g) != t.count(g)]
            if english and "(s)" in t:
                problems.append(f"'(s)' left in: {t!r}")
        if problems:
            bad += 1
            print(f"{ctx}: {src!r}: {'; '.join(problems)}")
    print(f"{path}: {count} messages, {bad} with problems")
    return bad == 0 and count > 0


def check_coverage(path, lupdate, sources):
    """lupdate -pluralonly over the sources, on a copy: what it adds is missing, what it drops is stale."""
    with tempfile.TemporaryDirectory() as d:
        copy = os.path.join(d, os.path.basename(path))
        shutil.copy(path, copy)
        subprocess.run([lupdate, "-pluralonly", "-no-obsolete", "-locations", "none", "@" + sources, "-ts", copy],
                       check=True, capture_output=True, timeout=120)
        key = lambda ctx, m: (ctx, m.findtext("source"))
        before = {key(c, m) for c, m in messages(path)}
        after = {key(c, m) for c, m in messages(copy)}
    missing, stale = sorted(after - before), sorted(before - after)
    for ctx, src in missing:
        print(f"missing from {os.path.basename(path)}: {ctx}: {src!r}")
    for ctx, src in stale:
        print(f"stale in {os.path.basename(path)} (no longer in the sources): {ctx}: {src!r}")
    if missing or stale:
        print("  run `cmake --build build --target slaops_en_lupdate`, then write the English singular and "
              "plural of each new message into translations/slaops_en.ts")
    print(f"{path}: covers the {len(after)} plural messages of the sources: {'yes' if not (missing or stale) else 'NO'}")
    return not (missing or stale)


def check_help(binary):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([binary, "--lang", "de", "--help"], capture_output=True, text=True, env=env,
                         timeout=30).stdout
    ok = "Sprache der Oberfläche" in out and "User interface language" not in out
    print(f"{binary} --lang de --help: {'German' if ok else 'NOT German'}")
    return ok


ONE_OF_EACH = """profile: one
sources:
  prometheus: {url: http://127.0.0.1:9090}
slas:
  - {id: up, name: Up, query: up, unit: percent, comparison: at_least, target: 99%, alert: 99.5%}
regions:
  - {name: eu, selector: region="eu"}
"""


def check_english_counts(binary):
    ok = True
    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    with tempfile.NamedTemporaryFile("w", suffix=".yaml") as one:
        one.write(ONE_OF_EACH)
        one.flush()
        for lang in ("C", "en_US.UTF-8", "en_GB.UTF-8", "fr_FR.UTF-8"):
            for profile, counts in ((PROFILE, ("6 SLAs", "3 regions")), (one.name, ("1 SLA,", "1 region\n"))):
                p = subprocess.run([binary, "profile", "check", profile], capture_output=True, text=True,
                                   env=dict(base, LANG=lang), timeout=30)
                good = p.returncode == 0 and all(c in p.stdout for c in counts) and "(s)" not in p.stdout
                print(f"LANG={lang} slaops profile check: {'ok' if good else 'WRONG'}: {p.stdout.strip()!r}")
                ok = ok and good
    return ok


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("catalogue")
    ap.add_argument("slaops", nargs="?")
    ap.add_argument("--lupdate")
    ap.add_argument("--sources", help="file listing the translated sources, one a line")
    a = ap.parse_args()
    english = ET.parse(a.catalogue).getroot().get("language", "").startswith("en")
    ok = check_catalogue(a.catalogue, english)
    if english and a.lupdate and a.sources:
        ok = check_coverage(a.catalogue, a.lupdate, a.sources) and ok
    if a.slaops:
        ok = (check_english_counts(a.slaops) if english else check_help(a.slaops)) and ok
    sys.exit(0 if ok else 1)
