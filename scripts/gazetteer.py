#!/usr/bin/env python3
"""Builds assets/gazetteer/gazetteer.json from Debian's iso-codes package:
ISO 3166-1 countries and ISO 3166-2 first-level subdivisions, with English names and
the translations of iso-codes' gettext catalogues in every shipped language.

    apt-get install iso-codes && scripts/gazetteer.py

Output (compact, sorted, stable across runs):
    {"source": ..., "eeca": [...], "fallback": {"kk": "ru", ...},
     "countries": [{"code","en","ru",...}...], "regions": {"KZ": [{"code","en",...}...]}}
A place carries a language only where iso-codes translates its name. Where it does
not, a reader of that language gets the name in `fallback[lang]` (Russian for the
Cyrillic-script languages, which their readers know) and else English, never a code:
the rule lives here, as data, and the program (Rust and the UI) only follows it.
Countries of Eastern Europe and Central Asia come first (in `eeca` order), then the
rest by English name; the UI sorts by the reader's language within each group.
"""
import gettext
import json
import os
import sys

ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
LANGS = ["ru", "uk", "ka", "kk", "ky", "ro", "hy", "az", "tg", "uz", "be"]
# Where a name is missing in a language: Russian for the Cyrillic-script languages,
# English (the default) for the others.
FALLBACK = {"uk": "ru", "kk": "ru", "ky": "ru", "tg": "ru", "be": "ru"}
# The region the program is for: Eastern Europe and Central Asia.
EECA = ["KZ", "KG", "TJ", "UZ", "TM", "RU", "UA", "BY", "MD", "GE", "AM", "AZ",
        "EE", "LV", "LT", "PL", "RO", "BG", "RS", "ME", "MK", "AL", "BA", "MN"]


# Kazakhstan recoded its subdivisions in 2020 (ISO 3166-2 newsletter II-2 and the
# 2022 update), after the iso-codes release Debian 12 ships; the vault's data (and the
# example case, KZ-75 = Almaty) use the current codes. Old code -> current code; the
# names (and their translations) are iso-codes' own.
KZ_RECODE = {
    "KZ-AKM": "KZ-11", "KZ-AKT": "KZ-15", "KZ-ALA": "KZ-75", "KZ-ALM": "KZ-19",
    "KZ-AST": "KZ-71", "KZ-ATY": "KZ-23", "KZ-KAR": "KZ-35", "KZ-KUS": "KZ-39",
    "KZ-KZY": "KZ-43", "KZ-MAN": "KZ-47", "KZ-PAV": "KZ-55", "KZ-SEV": "KZ-59",
    "KZ-SHY": "KZ-79", "KZ-VOS": "KZ-63", "KZ-YUZ": "KZ-61", "KZ-ZAP": "KZ-27",
    "KZ-ZHA": "KZ-31",
}
# Regions created in 2022, which iso-codes does not know yet.
KZ_NEW = [
    {"code": "KZ-10", "en": "Abai oblysy", "ru": "Абайская область", "uk": "Абайська область"},
    {"code": "KZ-33", "en": "Zhetisu oblysy", "ru": "Жетысуская область", "uk": "Жетисуська область"},
    {"code": "KZ-62", "en": "Ulytau oblysy", "ru": "Улытауская область", "uk": "Улитауська область"},
]


def catalogue(domain, lang):
    path = os.path.join(LOCALE, lang, "LC_MESSAGES", domain + ".mo")
    if not os.path.exists(path):
        # iso-codes has no catalogue for this language: every name falls back.
        return gettext.NullTranslations()
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "assets", "gazetteer", "gazetteer.json")
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    tr1 = {l: catalogue("iso_3166-1", l) for l in LANGS}
    tr2 = {l: catalogue("iso_3166-2", l) for l in LANGS}

    def names(english, tr, msgid=None):
        entry = {"en": english}
        for l in LANGS:
            name = tr[l].gettext(msgid or english)
            if name != (msgid or english):
                entry[l] = name
        return entry

    out_countries = []
    for c in countries:
        # iso-codes translates the common name when there is one.
        english = c.get("common_name", c["name"])
        entry = {"code": c["alpha_2"]}
        entry.update(names(english, tr1))
        if "ru" not in entry and "common_name" in c:
            entry.update(names(c["name"], tr1))
            entry["en"] = english
        out_countries.append(entry)
    rank = {code: i for i, code in enumerate(EECA)}
    out_countries.sort(key=lambda c: (rank.get(c["code"], len(EECA)), c["en"]))

    regions = {}
    for s in subdivisions:
        if "parent" in s:
            continue  # first level only: the data model's `region` is admin-1
        country = s["code"].split("-")[0]
        entry = {"code": KZ_RECODE.get(s["code"], s["code"])}
        entry.update(names(s["name"], tr2))
        regions.setdefault(country, []).append(entry)
    known = {r["code"] for r in regions.get("KZ", [])}
    regions.setdefault("KZ", []).extend(r for r in KZ_NEW if r["code"] not in known)
    for country in regions:
        regions[country].sort(key=lambda r: r["code"])

    version = "unknown"
    try:
        with open("/usr/share/doc/iso-codes/changelog.Debian.gz", "rb") as f:
            import gzip
            version = gzip.decompress(f.read()).split(b"\n", 1)[0].decode().split()[1].strip("()")
    except OSError:
        pass
    doc = {
        "source": "Debian iso-codes " + version + " (ISO 3166-1, ISO 3166-2 first level; LGPL-2.1+)",
        "eeca": EECA,
        "fallback": FALLBACK,
        "countries": out_countries,
        "regions": dict(sorted(regions.items())),
    }
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    n = sum(len(v) for v in regions.values())
    print(f"{out_path}: {len(out_countries)} countries, {n} regions")


if __name__ == "__main__":
    main()
