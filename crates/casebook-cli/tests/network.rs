//! A network's statistics from the command line, with the exact commands the
//! issue gives scripts: `export --aggregate [--network]`, `import`, `stats
//! --network`, `network centres`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "correct horse battery";
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../casebook-core/tests/fixtures/example-case.json"
);

fn run(vault: &Path, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casebook"));
    c.arg("--vault").arg(vault).args(args);
    c.env_remove("CASEBOOK_VAULT")
        .env_remove("CASEBOOK_BUNDLE_PASSPHRASE")
        .env("CASEBOOK_PASSPHRASE", PASS)
        .env("LANG", "en_US.UTF-8");
    c.output().unwrap()
}

fn ok(vault: &Path, args: &[&str]) -> String {
    let o = run(vault, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// `a` takes `b`'s card under `name`, words checked.
fn meet(a: &Path, b: &Path, name: &str, dir: &Path) {
    let card = dir.join(format!("{name}.card"));
    ok(
        b,
        &[
            "contact",
            "me",
            "--name",
            name,
            "--out",
            card.to_str().unwrap(),
        ],
    );
    let words = std::fs::read_to_string(&card)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("fingerprint: ").map(str::to_owned))
        .unwrap();
    ok(
        a,
        &[
            "contact",
            "add",
            card.to_str().unwrap(),
            "--name",
            name,
            "--role",
            "network",
            "--fingerprint",
            &words,
        ],
    );
}

/// A case as the example, under another code, in `country`/`region`.
fn case(dir: &Path, code: &str, region: &str) -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    v["code"] = code.into();
    v["survivor"]["region"] = region.into();
    v["incidents"][0]["region"] = region.into();
    let p = dir.join(format!("{code}.json"));
    std::fs::write(&p, serde_json::to_string(&v).unwrap()).unwrap();
    p.display().to_string()
}

#[test]
fn centres_report_to_a_hub_and_the_hub_reports_on_to_a_region() {
    let d = tempfile::tempdir().unwrap();
    let p = |n: &str| d.path().join(n);
    let (almaty, shymkent, hub, region) = (p("almaty"), p("shymkent"), p("hub"), p("region"));
    for v in [&almaty, &shymkent, &hub, &region] {
        ok(v, &["init"]);
    }
    for (centre, n, reg) in [(&almaty, 6, "KZ-75"), (&shymkent, 4, "KZ-79")] {
        meet(centre, &hub, "Hub", d.path());
        for i in 0..n {
            let code = format!("{}-{i}", centre.file_name().unwrap().to_str().unwrap());
            ok(centre, &["case", "add", &case(d.path(), &code, reg)]);
        }
    }
    meet(&hub, &almaty, "Almaty centre", d.path());
    meet(&hub, &shymkent, "Shymkent centre", d.path());
    meet(&hub, &region, "Region", d.path());
    meet(&region, &hub, "National hub", d.path());

    // Before anything arrives.
    assert!(ok(&hub, &["network", "centres"]).contains("no centre"));
    // By centre means nothing of one centre's own cases.
    let o = run(&almaty, &["stats", "--by", "centre"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("[stats-network-only]"),
        "{o:?}"
    );

    for (centre, file) in [(&almaty, "a.cbk"), (&shymkent, "s.cbk")] {
        let out = ok(
            centre,
            &[
                "export",
                "--aggregate",
                "--to",
                "Hub",
                "--out",
                p(file).to_str().unwrap(),
            ],
        );
        assert!(out.contains("centres: 1"), "{out}");
        let out = ok(&hub, &["import", p(file).to_str().unwrap()]);
        assert!(
            out.contains("a new centre, counted") && out.contains("No case"),
            "{out}"
        );
    }
    // The same bundle again changes nothing.
    let out = ok(&hub, &["import", p("a.cbk").to_str().unwrap()]);
    assert!(out.contains("already held"), "{out}");
    let list: serde_json::Value =
        serde_json::from_str(&ok(&hub, &["search", "KZ", "--json"])).unwrap();
    assert_eq!(list["total"], 0, "no case arrived");

    let centres: serde_json::Value =
        serde_json::from_str(&ok(&hub, &["network", "centres", "--json"])).unwrap();
    let names: Vec<&str> = centres
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["shown_name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"Almaty centre") && names.contains(&"Shymkent centre"));
    let text = ok(&hub, &["network", "centres"]);
    assert!(text.contains("Almaty centre: snapshot no. 1"), "{text}");

    // The same JSON shape as `stats --format json`, with centre as a dimension.
    let by_centre: serde_json::Value = serde_json::from_str(&ok(
        &hub,
        &[
            "stats",
            "--network",
            "--by",
            "centre",
            "--format",
            "json",
            "--min-cell",
            "3",
        ],
    ))
    .unwrap();
    let local: serde_json::Value = serde_json::from_str(&ok(
        &almaty,
        &["stats", "--by", "country", "--format", "json"],
    ))
    .unwrap();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&by_centre), keys(&local));
    let text = serde_json::to_string(&by_centre).unwrap();
    assert!(
        text.contains("Almaty centre") && text.contains("Shymkent centre"),
        "{text}"
    );
    let csv = ok(
        &hub,
        &[
            "stats",
            "--network",
            "--by",
            "centre,region",
            "--format",
            "csv",
        ],
    );
    assert!(csv.contains("Almaty centre"), "{csv}");
    // Suppression applies to network totals: Shymkent's 4 are under k = 5, and
    // Almaty's 6 goes too, or 10 - 6 would give them away.
    let table = ok(&hub, &["stats", "--network", "--by", "centre"]);
    assert_eq!(
        table.lines().filter(|l| l.ends_with("<5")).count(),
        2,
        "{table}"
    );
    assert!(
        !table.contains(" 6\n") && !table.contains(" 4\n"),
        "{table}"
    );
    let xlsx = p("network.xlsx");
    ok(
        &hub,
        &[
            "stats",
            "--network",
            "--by",
            "region",
            "--out",
            xlsx.to_str().unwrap(),
        ],
    );
    assert!(std::fs::metadata(&xlsx).unwrap().len() > 1000);
    let brief = p("network-brief.pdf");
    ok(
        &hub,
        &[
            "--lang",
            "ru",
            "brief",
            "--network",
            "--out",
            brief.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read(&brief).unwrap().starts_with(b"%PDF"));

    // On to the region: ten cases from two centres, once.
    ok(
        &hub,
        &[
            "export",
            "--aggregate",
            "--network",
            "--to",
            "Region",
            "--out",
            p("n.cbk").to_str().unwrap(),
        ],
    );
    ok(&region, &["import", p("n.cbk").to_str().unwrap()]);
    let total = |v: &Path| -> u64 {
        let j: serde_json::Value = serde_json::from_str(&ok(
            v,
            &["stats", "--network", "--by", "country", "--format", "json"],
        ))
        .unwrap();
        j["total"].as_u64().unwrap()
    };
    assert_eq!(total(&region), 10);
    // Almaty reports to the region directly too: still ten.
    meet(&almaty, &region, "Region", d.path());
    meet(&region, &almaty, "Almaty direct", d.path());
    ok(
        &almaty,
        &[
            "export",
            "--aggregate",
            "--to",
            "Region",
            "--out",
            p("ad.cbk").to_str().unwrap(),
        ],
    );
    ok(&region, &["import", p("ad.cbk").to_str().unwrap()]);
    assert_eq!(total(&region), 10);
    assert_eq!(total(&hub), 10);
}
