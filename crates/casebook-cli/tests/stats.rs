//! `casebook stats` as scripts use it: the exact flags, the JSON shape, the files
//! and their audit entries, and coded refusals.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "correct horse battery";

fn casebook(vault: &Path, args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env_remove("CASEBOOK_VAULT")
        .env("CASEBOOK_PASSPHRASE", PASS)
        .env("LANG", lang)
        .output()
        .unwrap()
}

fn ok(vault: &Path, args: &[&str]) -> String {
    let o = casebook(vault, args, "en_US.UTF-8");
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn refused(o: &Output, code: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains(&format!("[{code}]")),
        "expected [{code}]: {err}"
    );
}

fn demo_vault() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["init"]);
    ok(dir.path(), &["demo-data", "--cases", "400"]);
    dir
}

#[test]
fn json_has_the_documented_shape_and_never_a_small_number() {
    let d = demo_vault();
    let v = d.path();
    let json: serde_json::Value = serde_json::from_str(&ok(
        v,
        &[
            "stats",
            "--by",
            "act,country",
            "--from",
            "2020",
            "--to",
            "2030-12-31",
            "--country",
            "UA",
            "--country",
            "KZ",
            "--min-cell",
            "7",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(json["unit"], "cases");
    assert_eq!(json["by"], serde_json::json!(["act", "country"]));
    assert_eq!(json["min_cell"], 7);
    assert_eq!(json["from"], "2020-01");
    assert_eq!(json["to"], "2030-12");
    let ex = &json["excluded"];
    assert_eq!(
        json["excluded_no_consent"].as_u64().unwrap(),
        ex["never-asked"].as_u64().unwrap()
            + ex["refused"].as_u64().unwrap()
            + ex["revoked"].as_u64().unwrap()
    );
    let rows = json["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    let mut hidden = 0;
    for r in rows {
        assert!(r["act"].is_string() && r["country"].is_string(), "{r}");
        match r["count"].as_u64() {
            Some(n) => assert!(n == 0 || n >= 7, "{r}"),
            None => {
                assert!(r["count"].is_null());
                hidden += 1;
            }
        }
        let c = r["country"].as_str().unwrap();
        assert!(["UA", "KZ", "total"].contains(&c), "{r}");
    }
    assert!(hidden > 0, "400 cases by act and country hide some cells");
}

#[test]
fn table_speaks_the_language_and_files_are_audited() {
    let d = demo_vault();
    let v = d.path();
    let o = casebook(v, &["stats", "--by", "status"], "ru_RU.UTF-8");
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("Всего") && text.contains("согласием"),
        "{text}"
    );
    let out = tempfile::tempdir().unwrap();
    for name in ["t.csv", "t.xlsx", "t.json"] {
        let dest = out.path().join(name);
        ok(
            v,
            &["stats", "--by", "region", "--out", dest.to_str().unwrap()],
        );
        assert!(std::fs::metadata(&dest).unwrap().len() > 50, "{name}");
    }
    let csv = std::fs::read_to_string(out.path().join("t.csv")).unwrap();
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .starts_with("region-label,region,count"),
        "{csv}"
    );
    let verify = ok(v, &["verify"]);
    assert!(verify.contains("Vault verified"), "{verify}");
}

#[test]
fn bad_arguments_are_refused_with_their_codes_before_the_vault_opens() {
    let d = tempfile::tempdir().unwrap();
    let v = d.path();
    ok(v, &["init"]);
    refused(
        &casebook(v, &["stats", "--by", "narrative"], "C"),
        "stats-unknown-dimension",
    );
    refused(
        &casebook(v, &["stats", "--by", "act,act"], "C"),
        "stats-bad-dimensions",
    );
    refused(
        &casebook(v, &["stats", "--by", "act,country,year"], "C"),
        "stats-bad-dimensions",
    );
    refused(
        &casebook(v, &["stats", "--by", "act", "--min-cell", "2"], "C"),
        "stats-bad-min-cell",
    );
    refused(
        &casebook(v, &["stats", "--by", "act", "--from", "2026-13"], "C"),
        "stats-bad-date",
    );
    refused(
        &casebook(
            v,
            &["stats", "--by", "act", "--from", "2026", "--to", "2025"],
            "C",
        ),
        "stats-bad-period",
    );
    let dest = d.path().join("x.pdf");
    refused(
        &casebook(
            v,
            &["stats", "--by", "act", "--out", dest.to_str().unwrap()],
            "C",
        ),
        "stats-unknown-format",
    );
    assert!(!dest.exists());
}

#[test]
fn brief_takes_the_exact_flags_writes_a_pdf_and_audits_it() {
    let d = demo_vault();
    let v = d.path();
    let out = tempfile::tempdir().unwrap();
    let dest = out.path().join("brief.pdf");
    let printed = ok(
        v,
        &[
            "--lang",
            "ru",
            "brief",
            "--from",
            "2020",
            "--to",
            "2030-12-31",
            "--country",
            "UA",
            "--country",
            "KZ",
            "--min-cell",
            "7",
            "--organisation",
            "Сеть",
            "--out",
            dest.to_str().unwrap(),
        ],
    );
    assert_eq!(printed.trim(), dest.display().to_string());
    let bytes = std::fs::read(&dest).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = Command::new("pdftotext")
        .arg(&dest)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout).replace('\u{a0}', " ");
    assert!(text.contains("Аналитическая записка"), "{text}");
    assert!(text.contains("Сеть"), "{text}");
    assert!(
        text.contains("<7"),
        "400 cases in two countries hide some: {text}"
    );
    // The audit entry (statistics-exported, output=brief) is checked in
    // casebook-pdf's tests: opening the vault here would put its own entry on top.
    let log = ok(v, &["verify"]);
    assert!(log.contains("Vault verified"), "{log}");
    refused(
        &casebook(
            v,
            &["brief", "--min-cell", "2", "--out", dest.to_str().unwrap()],
            "C",
        ),
        "stats-bad-min-cell",
    );
    refused(
        &casebook(
            v,
            &[
                "brief",
                "--from",
                "2026-13",
                "--out",
                dest.to_str().unwrap(),
            ],
            "C",
        ),
        "stats-bad-date",
    );
}
