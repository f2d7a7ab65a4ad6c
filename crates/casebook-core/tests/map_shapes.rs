//! The offline map shapes (`assets/map/eeca.topo.json`, built by `scripts/map.py`) must
//! cover the gazetteer's regions of Eastern Europe and Central Asia, keyed by the
//! gazetteer's ISO 3166-2 codes, with de jure borders.

// Helpers outside #[test] fns are test code too; a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const MAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/map/eeca.topo.json"
);
const GAZETTEER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/gazetteer/gazetteer.json"
);

/// Gazetteer regions with no shape of their own, and why. Each lies inside the shape
/// whose `covers` property names it. Lithuania's municipalities are added in
/// `no_shape()`: the source draws Lithuania by county.
const NO_SHAPE: &[(&str, &str)] = &[
    (
        "KZ-10",
        "Abai region, created 2022: inside East Kazakhstan's older shape",
    ),
    (
        "KZ-33",
        "Zhetisu region, created 2022: inside Almaty region's older shape",
    ),
    (
        "KZ-62",
        "Ulytau region, created 2022: inside Karaganda region's older shape",
    ),
    (
        "KZ-79",
        "Shymkent city, separate since 2018: inside former South Kazakhstan",
    ),
    (
        "KG-GO",
        "Osh city: an enclave the source draws inside Osh region",
    ),
    ("TM-S", "Ashgabat: an enclave the source draws inside Ahal"),
    (
        "MD-BD",
        "Bender: the source's unit also covers Tiraspol and Slobozia (MD-SN)",
    ),
    ("ME-22", "Gusinje, split from Plav in 2014"),
    ("ME-23", "Petnjica, split from Berane in 2013"),
    ("ME-24", "Tuzi, split from Podgorica in 2018"),
];

fn read(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn no_shape() -> BTreeMap<String, String> {
    let mut list: BTreeMap<String, String> = NO_SHAPE
        .iter()
        .map(|(c, why)| ((*c).to_owned(), (*why).to_owned()))
        .collect();
    for n in 1..=60 {
        list.insert(
            format!("LT-{n:02}"),
            "Lithuanian municipality: the source draws Lithuania by county".to_owned(),
        );
    }
    list
}

/// Gazetteer region code -> country, for the `eeca` countries.
fn gazetteer_regions(gazetteer: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for country in gazetteer["eeca"].as_array().unwrap() {
        let country = country.as_str().unwrap();
        for region in gazetteer["regions"][country].as_array().unwrap() {
            out.insert(
                region["code"].as_str().unwrap().to_owned(),
                country.to_owned(),
            );
        }
    }
    out
}

fn geometries<'a>(topo: &'a Value, object: &str) -> BTreeMap<String, &'a Value> {
    let mut out = BTreeMap::new();
    for g in topo["objects"][object]["geometries"].as_array().unwrap() {
        let id = g["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{object}: geometry without id"));
        assert!(
            matches!(g["type"].as_str(), Some("Polygon" | "MultiPolygon")),
            "{object} {id}: not a polygon"
        );
        assert!(
            out.insert(id.to_owned(), g).is_none(),
            "{object}: {id} twice"
        );
    }
    out
}

/// The arcs of a quantized TopoJSON, decoded to longitude/latitude.
fn decode_arcs(topo: &Value) -> Vec<Vec<(f64, f64)>> {
    let t = &topo["transform"];
    let (sx, sy) = (
        t["scale"][0].as_f64().unwrap(),
        t["scale"][1].as_f64().unwrap(),
    );
    let (tx, ty) = (
        t["translate"][0].as_f64().unwrap(),
        t["translate"][1].as_f64().unwrap(),
    );
    topo["arcs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    x += p[0].as_i64().unwrap();
                    y += p[1].as_i64().unwrap();
                    (x as f64 * sx + tx, y as f64 * sy + ty)
                })
                .collect()
        })
        .collect()
}

fn rings(arcs: &[Vec<(f64, f64)>], geometry: &Value) -> Vec<Vec<(f64, f64)>> {
    let polygons: Vec<&Value> = match geometry["type"].as_str() {
        Some("Polygon") => vec![&geometry["arcs"]],
        _ => geometry["arcs"].as_array().unwrap().iter().collect(),
    };
    let mut out = Vec::new();
    for polygon in polygons {
        for ring in polygon.as_array().unwrap() {
            let mut points: Vec<(f64, f64)> = Vec::new();
            for index in ring.as_array().unwrap() {
                let i = index.as_i64().unwrap();
                // A negative index is the one's complement of a reversed arc.
                let mut arc = arcs[if i >= 0 { i } else { !i } as usize].clone();
                if i < 0 {
                    arc.reverse();
                }
                let skip = usize::from(!points.is_empty());
                points.extend(arc.into_iter().skip(skip));
            }
            out.push(points);
        }
    }
    out
}

/// Even-odd rule over all rings: holes (enclaves) count as outside.
fn contains(arcs: &[Vec<(f64, f64)>], geometry: &Value, lon: f64, lat: f64) -> bool {
    let mut inside = false;
    for ring in rings(arcs, geometry) {
        for (k, &(x1, y1)) in ring.iter().enumerate() {
            let (x2, y2) = ring[(k + 1) % ring.len()];
            if (y1 > lat) != (y2 > lat) && lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1 {
                inside = !inside;
            }
        }
    }
    inside
}

#[test]
fn file_is_small_topojson_with_both_layers() {
    let size = std::fs::metadata(MAP).unwrap().len();
    assert!(size <= 2_000_000, "{MAP}: {size} bytes, over 2 MB");
    let topo = read(MAP);
    assert_eq!(topo["type"], "Topology");
    assert!(
        topo["transform"].is_object(),
        "quantized TopoJSON has a transform"
    );
    let gazetteer = read(GAZETTEER);
    let countries: BTreeSet<String> = geometries(&topo, "countries").into_keys().collect();
    let eeca: BTreeSet<String> = gazetteer["eeca"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(countries, eeca, "one country outline per `eeca` country");
}

#[test]
fn every_region_has_a_shape_or_a_listed_reason() {
    let topo = read(MAP);
    let known = gazetteer_regions(&read(GAZETTEER));
    let shapes = geometries(&topo, "regions");
    for (code, g) in &shapes {
        let country = known
            .get(code)
            .unwrap_or_else(|| panic!("shape {code} is not a gazetteer region of an eeca country"));
        assert_eq!(
            g["properties"]["country"].as_str(),
            Some(country.as_str()),
            "{code}"
        );
    }
    let covered: BTreeSet<&str> = shapes
        .values()
        .filter_map(|g| g["properties"]["covers"].as_array())
        .flatten()
        .map(|c| c.as_str().unwrap())
        .collect();
    let listed = no_shape();
    let missing: Vec<&String> = known
        .keys()
        .filter(|c| !shapes.contains_key(*c) && !listed.contains_key(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "gazetteer regions without a shape or a reason: {missing:?}"
    );
    for (code, why) in &listed {
        assert!(
            known.contains_key(code),
            "{code} ({why}) is not in the gazetteer"
        );
        assert!(
            !shapes.contains_key(code),
            "{code} has a shape now: drop it from the list"
        );
        if !code.starts_with("LT-") {
            assert!(
                covered.contains(code.as_str()),
                "{code}: no shape says it covers it"
            );
        }
    }
}

#[test]
fn crimea_and_sevastopol_are_ukrainian_regions() {
    let topo = read(MAP);
    let shapes = geometries(&topo, "regions");
    let arcs = decode_arcs(&topo);
    for (code, place, lon, lat) in [
        ("UA-43", "Simferopol", 34.10, 44.95),
        ("UA-40", "Sevastopol", 33.52, 44.60),
    ] {
        let g = shapes
            .get(code)
            .unwrap_or_else(|| panic!("{code} has no shape"));
        assert_eq!(g["properties"]["country"], "UA", "{code}");
        assert!(contains(&arcs, g, lon, lat), "{place} is not inside {code}");
    }
}

#[test]
fn country_outlines_follow_de_jure_borders() {
    let topo = read(MAP);
    let countries = geometries(&topo, "countries");
    let arcs = decode_arcs(&topo);
    let places = [
        ("MD", "Tiraspol (Transnistria)", 29.63, 46.84),
        ("GE", "Sukhumi (Abkhazia)", 41.02, 43.0),
        ("GE", "Tskhinvali (South Ossetia)", 43.96, 42.23),
        ("UA", "Simferopol (Crimea)", 34.10, 44.95),
        ("UA", "Sevastopol", 33.52, 44.60),
        ("AZ", "Khankendi (Karabakh)", 46.75, 39.82),
        ("RS", "Pristina (Kosovo)", 21.17, 42.66),
        ("KZ", "Baikonur", 63.32, 45.62),
    ];
    for (country, place, lon, lat) in places {
        let hits: Vec<&String> = countries
            .iter()
            .filter(|(_, g)| contains(&arcs, g, lon, lat))
            .map(|(id, _)| id)
            .collect();
        assert_eq!(hits, [country], "{place} ({lon}E {lat}N)");
    }
}
