#!/usr/bin/python3
"""The command line where there is no display (an SSH session, a cron job): help, the version, mistakes
and the headless commands work and exit 0 or 2, never abort (a core dump, exit >= 128); the console says
in one line that it needs a display. Credentials written in a URL are refused without being echoed.
No server is needed: every URL points at a closed loopback port and is refused before it is used.
Usage: check_cli.py SLAOPS"""
import os
import re
import subprocess
import sys
import tempfile

slaops = sys.argv[1]
failures = []
# No display, English, nothing inherited that would pick a platform or a language.
HEADLESS = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
HEADLESS["LANG"] = "C"
COMMANDS = "check, alerts, silence, profile, secret, audit, action, report, rules"


def run(args, **env):
    e = dict(HEADLESS, **env)
    p = subprocess.run([slaops] + args, capture_output=True, text=True, env=e, timeout=60)
    return p.returncode, p.stdout, p.stderr


def case(name, args, code, stdout=(), stderr=(), absent=(), env=None, lines=None):
    rc, out, err = run(args, **(env or {}))
    problems = []
    if rc < 0 or rc >= 128:
        problems.append(f"crashed: exit {rc} (a signal or a core dump)")
    elif rc != code:
        problems.append(f"exit {rc}, expected {code}")
    problems += [f"stdout lacks {s!r}" for s in stdout if not re.search(s, out)]
    problems += [f"stderr lacks {s!r}" for s in stderr if not re.search(s, err)]
    problems += [f"output shows {s!r}" for s in absent if s in out or s in err]
    if lines is not None and len(err.splitlines()) != lines:
        problems.append(f"stderr has {len(err.splitlines())} lines, expected {lines}")
    print(f"{'ok  ' if not problems else 'FAIL'} {name}: slaops {' '.join(args)} -> {rc}")
    if problems:
        failures.append(name)
        for p in problems:
            print(f"       {p}")
        print("       stdout: " + out[:600].replace("\n", "\n               "))
        print("       stderr: " + err[:600].replace("\n", "\n               "))


case("help", ["--help"], 0, stdout=[r"Usage: .*slaops", "--profile", COMMANDS.replace(" ", r"\s+")])
case("short help", ["-h"], 0, stdout=[r"Usage: "])
case("version", ["--version"], 0, stdout=[r"^slaops \d+\.\d+\.\d+\n$"])
case("mistyped command", ["chek"], 2, stderr=['"chek"', "did you mean check", COMMANDS])
case("unknown command", ["frobnicate"], 2, stderr=['"frobnicate"', COMMANDS], absent=["did you mean"])
case("mistyped alerts", ["alrets"], 2, stderr=["did you mean alerts", COMMANDS])
case("unknown option", ["--bogus"], 2, stderr=["bogus", COMMANDS])
case("stray argument", ["--war-room", "check"], 2, stderr=['"check"', COMMANDS])
# --read-only before a command is the global option: actions and silence changes are refused at once,
# before any profile, Prometheus or kubectl is touched; reading goes on.
case("read-only action", ["--read-only", "action", "divert-traffic", "--from", "eu-west-1", "--yes"], 1,
     stderr=["read-only"])
case("read-only silence add", ["--read-only", "silence", "add", "--match", "alertname=X", "--comment", "c",
                               "--duration", "1h"], 1, stderr=["read-only"])
case("read-only silence expire", ["--read-only", "silence", "expire", "0000"], 1, stderr=["read-only"])
case("bad option value", ["--view", "nowhere"], 2, stderr=["--view"])
case("console without display", [], 2, lines=1,
     stderr=[r"^slaops: no display \(DISPLAY/WAYLAND_DISPLAY unset\); the console needs one — headless "
             r"commands: check, alerts, silence, profile, secret, audit, action, report, rules\n$"])
case("console options without display", ["--war-room", "--lang", "de"], 2, stderr=["DISPLAY/WAYLAND_DISPLAY"],
     lines=1)
# A display that is named but cannot be opened: one line and 2, not Qt's abort.
case("display that cannot be opened", [], 2, stderr=["the console needs one"],
     env={"QT_QPA_PLATFORM": "no-such-platform"})
# The same unknown platform proves that these never load one: loading it would abort.
for args in (["--help"], ["--version"], ["chek"], ["check", "--help"], ["profile", "--help"], ["secret", "--help"],
             ["alerts", "--help"], ["silence", "--help"], ["silence", "add", "--help"]):
    rc, _, _ = run(args, QT_QPA_PLATFORM="no-such-platform")
    ok = rc in (0, 2)
    print(f"{'ok  ' if ok else 'FAIL'} no GUI platform loaded: slaops {' '.join(args)} -> {rc}")
    if not ok:
        failures.append("no GUI platform: " + " ".join(args))
case("check help", ["check", "--help"], 0, stdout=[r"Usage: ", "--prometheus", "--scrape"])
# slaops report: help and every usage mistake answered before Prometheus is asked (exit 2, one message).
REPORT = ["report", "--period", "day", "--date", "2024-06-03", "--format", "json", "-o", os.devnull,
          "--prometheus", "http://127.0.0.1:9/"]


def report_with(**changes):
    args = list(REPORT)
    for flag, value in changes.items():
        flag = "--" + flag.replace("_", "-")
        if flag in args:
            if value is None:
                i = args.index(flag)
                del args[i:i + 2]
            else:
                args[args.index(flag) + 1] = value
        else:
            args += [flag, value]
    return args


case("report help", ["report", "--help"], 0,
     stdout=[r"Usage: ", "--period", "--date", "--tz", "--resolution", "--format", "--initiatives", "--roadmap",
             "--audit-log"])
case("report mistyped option", ["report", "--fromat", "json"], 2, stderr=["fromat", "Did you mean --format"], lines=1)
case("report unknown option", ["report", "--frobnicate"], 2, stderr=["frobnicate"], absent=["Did you mean"])
case("report bad date", report_with(date="2024-02-30"), 2, stderr=['--date: "2024-02-30"', "YYYY-MM-DD"], lines=1)
case("report month as a day", report_with(date="2024-06"), 2, stderr=["--date", "YYYY-MM-DD"])
case("report bad month", report_with(period="month", date="2024-13"), 2, stderr=["--date", "YYYY-MM"])
case("report bad quarter", report_with(period="quarter", date="2024-Q5"), 2, stderr=["--date", "YYYY-Qn"])
case("report bad zone", report_with(tz="Mars/Olympus_Mons"), 2, stderr=['--tz: "Mars/Olympus_Mons"'], lines=1)
case("report bad period", report_with(period="week"), 2, stderr=['--period: "week"'])
case("report bad format", report_with(format="xlsx"), 2, stderr=['--format: "xlsx"'])
case("report bad resolution", report_with(resolution="2h"), 2, stderr=["--resolution", "1s to 1h"])
case("report without --date", report_with(date=None), 2, stderr=["--date is required"])
case("report pdf to stdout", [a if a != os.devnull else "-" for a in report_with(format="pdf")], 2, stderr=["PDF"])
case("report unreadable roadmap", report_with(roadmap="/nonexistent/roadmap.md"), 2, stderr=["--roadmap"])
case("report --prometheus with a password", report_with(prometheus="http://u:pw-c81f@127.0.0.1:9/"), 2,
     stderr=["--prometheus", "slaops secret set NAME"], absent=["pw-c81f"])
case("profile help", ["profile", "--help"], 0, stdout=["slaops profile check FILE"])
# slaops rules: help, mistakes, and the file written whole (no server needed).
case("rules help", ["rules", "--help"], 0, stdout=["slaops rules generate"])
case("rules generate help", ["rules", "generate", "--help"], 0, stdout=["--profile", "--interval", "--scope", "-o"])
case("rules without subcommand", ["rules"], 2, stderr=["usage: slaops rules generate"])
case("rules mistyped subcommand", ["rules", "genrate"], 2, stderr=['"genrate"', "did you mean generate"])
case("rules mistyped option", ["rules", "generate", "--scpoe", "fleet"], 2, stderr=["scpoe", "Did you mean --scope"],
     lines=1)
case("rules bad scope", ["rules", "generate", "--scope", "mars"], 2,
     stderr=['--scope: "mars"', "us-east-1, eu-west-1, ap-southeast-1"], lines=1)
case("rules bad interval", ["rules", "generate", "--interval", "10m"], 2, stderr=['--interval: "10m"', "1s to 5m"])
case("rules stray argument", ["rules", "generate", "extra"], 2, stderr=["extra"])
case("rules to stdout", ["rules", "generate", "--scope", "fleet"], 0,
     stdout=[r"^# ", r'- record: "slaops:sla:value"', r'- alert: "SlaopsErrorBudgetBurnPage"'],
     absent=["slaops_region: "])
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "rules.yml")
    case("rules to a file", ["rules", "generate", "--scope", "eu-west-1", "-o", out], 0)
    with open(out) as f:
        text = f.read()
    if 'slaops_region: "eu-west-1"' not in text or "alert:" in text:
        failures.append("rules to a file: content")
        print("FAIL rules to a file: not eu-west-1's records only")
    blocked = os.path.join(d, "missing-dir", "rules.yml")
    case("rules to an unwritable place", ["rules", "generate", "-o", blocked], 2, stderr=["cannot be written"])
case("secret help", ["secret", "--help"], 0, stdout=["slaops secret set NAME"])
case("check stray argument", ["check", "extra"], 2, stderr=["extra"])


# Credentials in a URL: refused with a pointer to the keychain; the password is never shown.
# (The refusal names `slaops secret set`, so the password used here is one that message cannot contain.)
PW = "pw-7f3a91"
keychain = "slaops secret set NAME"
case("check --prometheus with a password", ["check", "--prometheus", f"http://u:{PW}@127.0.0.1:9/"], 2,
     stderr=["--prometheus", keychain], absent=[PW])
case("check --prometheus with the password 'secret'", ["check", "--prometheus", "http://u:secret@127.0.0.1:9/"],
     2, stderr=[keychain], absent=["u:secret", ":secret@"])
case("check --scrape with a password", ["check", "--scrape", f"http://u:{PW}@127.0.0.1:9/metrics"], 2,
     stderr=["--scrape", keychain], absent=[PW])
case("check --prometheus with a user name", ["check", "--prometheus", "https://admin@prom.example/"], 2,
     stderr=[keychain], absent=["admin"])
case("unparsable URL with a password", ["check", "--prometheus", f"http://u:{PW} x@127.0.0.1:9/"], 2,
     stderr=["--prometheus", r"http://…@127\.0\.0\.1:9/"], absent=[PW])
case("not http, with a password", ["check", "--scrape", f"ftp://u:{PW}@127.0.0.1/"], 2, absent=[PW])
case("console --prometheus with a password", ["--prometheus", f"http://u:{PW}@127.0.0.1:9/"], 2,
     stderr=["--prometheus", keychain], absent=[PW])
case("console --alertmanager with a password", ["--alertmanager", f"https://u:{PW}@am.example/"], 2,
     stderr=["--alertmanager", keychain], absent=[PW])
# slaops alerts / silence: help, mistakes, and refusals before any request. The one URL is a closed
# loopback port: a request would be refused by the kernel, and the tests say which outcome they expect.
CLOSED = "http://127.0.0.1:9/"
case("alerts help", ["alerts", "--help"], 0, stdout=["--json", "--severity", "--state", "--alertmanager", "--profile"])
case("silence help", ["silence", "--help"], 0, stdout=["slaops silence add", "slaops silence expire ID",
                                                         "slaops silence list"])
case("silence add help", ["silence", "add", "--help"], 0, stdout=["--match", "--comment", "--duration", "--dry-run",
                                                                   "--author"])
case("alerts unknown option", ["alerts", "--jsno"], 2, stderr=["jsno"])
case("alerts bad state", ["alerts", "--state", "firing", "--alertmanager", CLOSED], 2, stderr=["--state", "firing"])
case("alerts stray argument", ["alerts", "extra"], 2, stderr=["extra"])
case("silence without subcommand", ["silence"], 2, stderr=["usage: slaops silence add"])
case("silence unknown subcommand", ["silence", "ad"], 2, stderr=['"ad"', "usage: slaops silence add"])
case("silence add without comment", ["silence", "add", "--match", "a=b", "--alertmanager", CLOSED], 2,
     stderr=["needs a comment"], absent=["cannot be read"])
case("silence add blank comment", ["silence", "add", "--match", "a=b", "--comment", "  ", "--alertmanager", CLOSED],
     2, stderr=["needs a comment"])
case("silence add without matcher", ["silence", "add", "--comment", "why", "--alertmanager", CLOSED], 2,
     stderr=["at least one matcher"], absent=["cannot be read"])
case("silence add bad regex", ["silence", "add", "--match", "a=~(", "--comment", "why", "--alertmanager", CLOSED], 2,
     stderr=["--match", "invalid"])
case("silence add bad matcher", ["silence", "add", "--match", "=b", "--comment", "why", "--alertmanager", CLOSED], 2,
     stderr=["--match", "label name"])
case("silence add matches everything", ["silence", "add", "--match", "a=~.*", "--comment", "why",
                                        "--alertmanager", CLOSED], 2, stderr=["every alert"])
case("silence add bad duration", ["silence", "add", "--match", "a=b", "--comment", "why", "--duration", "soon",
                                  "--alertmanager", CLOSED], 2, stderr=["--duration"])
case("silence expire without id", ["silence", "expire", "--alertmanager", CLOSED], 2, stderr=["one silence id"])
# Unreachable: the commands say so and exit as documented (alerts 2, add 1), printing what they have.
case("alerts unreachable", ["alerts", "--alertmanager", CLOSED], 2,
     stdout=["Alertmanagers: 0 of 1 up", "DOWN"], stderr=["cannot be read"])
case("alerts unreachable json", ["alerts", "--json", "--alertmanager", CLOSED], 2, stdout=['"up": false', '"network"'])
case("silence add unreachable", ["silence", "add", "--match", "a=b", "--comment", "why", "--author", "me",
                                 "--alertmanager", CLOSED], 1, stderr=["no Alertmanager is up"])
case("alerts --alertmanager with a password", ["alerts", "--alertmanager", f"http://u:{PW}@127.0.0.1:9/"], 2,
     stderr=["--alertmanager", "slaops secret set NAME"], absent=[PW])
case("silence --alertmanager with a password", ["silence", "list", "--alertmanager", f"https://u:{PW}@am.example/"],
     2, stderr=["--alertmanager"], absent=[PW])
case("alerts not http", ["alerts", "--alertmanager", "ftp://127.0.0.1/"], 2, stderr=["not an http"])
with tempfile.TemporaryDirectory() as d:
    profile = os.path.join(d, "p.yaml")
    with open(profile, "w") as f:
        f.write("profile: t\nsources:\n  prometheus:\n    url: http://127.0.0.1:9\n  alertmanagers:\n"
                f"    - url: https://ops:{PW}@am.example:9093\nslas:\n  - id: up\n    name: Up\n    query: up\n"
                "    unit: percent\n    comparison: at_least\n    target: 99%\n    alert: 99.5%\n")
    case("profile with a password", ["profile", "check", profile], 1,
         stderr=[re.escape(profile) + r":6: sources\.alertmanagers\[0\]\.url: .*" + keychain], absent=[PW])
    case("check with such a profile", ["check", "--profile", profile], 2, stderr=[keychain], absent=[PW])

# The audit log's chain, written here by an independent implementation of its format (each record the
# SHA-256 of the line before it, the head apart): intact, then each kind of tampering named.
import hashlib
import json


def audit_log(path, n=3):
    lines, prev = [], "0" * 64
    for i in range(1, n + 1):
        line = json.dumps({"v": 1, "seq": i, "at": "2026-12-01T10:00:00.000Z", "kind": "intent",
                           "prev": prev, "action": "rate-limit"}, separators=(",", ":"))
        lines.append(line)
        prev = hashlib.sha256(line.encode()).hexdigest()
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(path + ".head", "w") as f:
        f.write(f"{n} {prev}\n")
    return lines


with tempfile.TemporaryDirectory() as d:
    log = os.path.join(d, "audit.jsonl")
    lines = audit_log(log)
    case("audit verify, intact", ["audit", "verify", log], 0, stdout=["intact, 3 records"])
    with open(log, "w") as f:
        f.write("\n".join([lines[0], lines[1].replace("rate-limit", "divert-traffic"), lines[2]]) + "\n")
    case("audit verify, an edited record", ["audit", "verify", log], 1, stderr=["record 3: it does not follow"])
    audit_log(log)
    with open(log, "w") as f:
        f.write("\n".join(lines[:2]) + "\n")
    case("audit verify, truncated", ["audit", "verify", log], 1, stderr=["cut off the end"])
    case("audit without verify", ["audit"], 2, stderr=["usage: slaops audit verify"])
    case("audit verify, a missing log", ["audit", "verify", os.path.join(d, "none.jsonl")], 0,
         stdout=["intact, 0 records"])

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
