#!/usr/bin/env python3
"""Structural check of one language's Fluent files against English.

    scripts/l10n_check.py kk          # exit 1 and a list of problems, or "ok"

Checks, per file of locales/en: the file exists in locales/<lang>; the same message
and term ids, with the same attributes; no placeable variable ({ $name }) that the
English message does not use; balanced braces; every select expression has a
default variant (*[...]); no message copied unchanged from English (more than 12
letters outside placeables); no Latin-script English words left in a non-Latin
language. The test suite checks the same with the real Fluent parser
(crates/casebook-i18n/tests/completeness.rs); this script is a quick check while
writing.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "locales"
ENTRY = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$")
ATTR = re.compile(r"^\s+\.([a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$")
VAR = re.compile(r"\$([a-zA-Z][a-zA-Z0-9_-]*)")


def parse(path):
    entries = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            if not raw.strip():
                continue
            current = None if raw.startswith("#") else current
            continue
        m = ENTRY.match(raw)
        if m:
            current = m.group(1)
            entries[current] = {"text": m.group(2), "attrs": {}}
            continue
        m = ATTR.match(raw)
        if m and current:
            entries[current]["attrs"][m.group(1)] = m.group(2)
            continue
        if current and (raw[:1] in (" ", "\t") or raw.startswith("}")):
            entries[current]["text"] += "\n" + raw
    return entries


def outside(text):
    depth, out = 0, []
    for c in text:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def letters(text):
    return sum(1 for c in outside(text) if c.isalpha())


def problems(lang):
    out = []
    latin_lang = lang in ("ro", "az", "uz", "en")
    for en_file in sorted((ROOT / "en").glob("*.ftl")):
        file = ROOT / lang / en_file.name
        if not file.exists():
            out.append(f"{file.name}: missing")
            continue
        en = parse(en_file)
        tr = parse(file)
        for id_ in sorted(set(en) - set(tr)):
            out.append(f"{file.name}: {id_} missing")
        for id_ in sorted(set(tr) - set(en)):
            out.append(f"{file.name}: {id_} is not in English")
        for id_ in sorted(set(en) & set(tr)):
            e, t = en[id_], tr[id_]
            if set(e["attrs"]) != set(t["attrs"]):
                out.append(f"{file.name}: {id_} attributes {sorted(t['attrs'])} != {sorted(e['attrs'])}")
            for part, et, tt in [("", e["text"], t["text"])] + [
                (f".{a}", e["attrs"][a], t["attrs"].get(a, "")) for a in e["attrs"]
            ]:
                extra = set(VAR.findall(tt)) - set(VAR.findall(et))
                if extra:
                    out.append(f"{file.name}: {id_}{part} uses {sorted(extra)}, English does not")
                if tt.count("{") != tt.count("}"):
                    out.append(f"{file.name}: {id_}{part} braces do not balance")
                if "->" in tt and "*[" not in tt:
                    out.append(f"{file.name}: {id_}{part} select without a *[default]")
                if lang != "en" and letters(et) > 12 and et.strip() == tt.strip():
                    out.append(f"{file.name}: {id_}{part} is English")
                if not latin_lang and id_ not in CODES_IN_TEXT:
                    # Paths, commands and field names ("vault.keys", "--to") may stay.
                    unquoted = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|`[^`]*`|„[^“”]*[“”]", "", outside(tt))
                    plain = [w for w in unquoted.split() if re.fullmatch(r"[A-Za-z]+[,.;!?]?", w)]
                    words = [w.rstrip(",.;!?") for w in plain]
                    english = [w for w in words if w.lower() in COMMON_ENGLISH]
                    if english:
                        out.append(f"{file.name}: {id_}{part} has English words {english}")
    return out


# Messages that list command-line codes (role names) a person types as they are.
CODES_IN_TEXT = {"sync-error-invalid-role"}

COMMON_ENGLISH = set(
    "the this that with from case cases vault file files open save your have will been "
    "were what which when where there their passphrase consent export import bundle "
    "contact statistics lawyer police".split()
)

if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    found = problems(sys.argv[1])
    for p in found:
        print(p)
    print("ok" if not found else f"{len(found)} problems")
    sys.exit(1 if found else 0)
