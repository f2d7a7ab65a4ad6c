//! `contact`, `export`, `import`, `conflicts`, `resolve` driven as a person would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "correct horse battery";
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../casebook-core/tests/fixtures/example-case.json"
);

fn run(vault: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casebook"));
    c.arg("--vault").arg(vault).args(args);
    c.env_remove("CASEBOOK_VAULT")
        .env_remove("CASEBOOK_BUNDLE_PASSPHRASE")
        .env("CASEBOOK_PASSPHRASE", PASS)
        .env("LANG", "en_US.UTF-8");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// A refusal: a non-zero exit and `[code]` on stderr, so that a failure of another
/// kind does not pass for the expected one. Returns stderr.
fn refused(o: &Output, code: &str) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(
        !o.status.success() && err.contains(&format!("[{code}]")),
        "expected a refusal with [{code}]: {:?} {err}",
        o.status
    );
    err
}

fn ok(vault: &Path, args: &[&str]) -> String {
    let o = run(vault, args, &[]);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn edited(dir: &Path, name: &str, f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    f(&mut v);
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_string(&v).unwrap()).unwrap();
    p.display().to_string()
}

#[test]
fn two_vaults_exchange_merge_and_resolve_from_the_command_line() {
    let d = tempfile::tempdir().unwrap();
    let (a, b, c) = (d.path().join("a"), d.path().join("b"), d.path().join("c"));
    for v in [&a, &b, &c] {
        ok(v, &["init"]);
    }
    let card_b = d.path().join("b.card");
    ok(
        &b,
        &[
            "contact",
            "me",
            "--name",
            "Hub",
            "--out",
            card_b.to_str().unwrap(),
        ],
    );
    let card_a = ok(&a, &["contact", "me", "--name", "Field"]);
    assert!(card_a.starts_with("casebook contact card v1"), "{card_a}");
    let words = |card: &str| -> String {
        card.lines()
            .find_map(|l| l.strip_prefix("fingerprint: "))
            .unwrap()
            .to_owned()
    };
    let hub_words = words(&std::fs::read_to_string(&card_b).unwrap());
    // A card says nothing about the role; full-record roles need the words typed.
    assert!(!card_a.contains("role"), "{card_a}");
    let o = run(
        &a,
        &[
            "contact",
            "add",
            card_b.to_str().unwrap(),
            "--role",
            "centre-hub",
        ],
        &[],
    );
    refused(&o, "fingerprint-needed");
    let added = ok(
        &a,
        &[
            "contact",
            "add",
            card_b.to_str().unwrap(),
            "--role",
            "centre-hub",
            "--fingerprint",
            &hub_words,
        ],
    );
    assert!(added.contains("Hub (centre-hub)"), "{added}");
    ok(
        &b,
        &[
            "contact",
            "add",
            &card_a,
            "--name",
            "field-laptop",
            "--role",
            "own-device",
            "--fingerprint",
            &words(&card_a),
        ],
    );
    let list = ok(&a, &["contact", "list"]);
    assert!(list.contains("Hub · centre-hub · "), "{list}");

    ok(&a, &["case", "add", EXAMPLE]);
    let bundle = d.path().join("to-hub.cbk");
    let out = ok(
        &a,
        &["export", "--out", bundle.to_str().unwrap(), "--to", "Hub"],
    );
    assert!(out.contains("cases 1"), "{out}");
    let out = ok(&b, &["import", bundle.to_str().unwrap()]);
    assert!(
        out.contains("added 1") && out.contains("field-laptop"),
        "{out}"
    );
    let out = ok(&b, &["import", bundle.to_str().unwrap()]);
    assert!(
        out.contains("added 0") && out.contains("skipped 1"),
        "{out}"
    );

    // Both change the same field.
    let ea = edited(d.path(), "ea.json", |v| {
        v["survivor"]["age"] = serde_json::json!(40)
    });
    let eb = edited(d.path(), "eb.json", |v| {
        v["survivor"]["age"] = serde_json::json!(41)
    });
    ok(&a, &["case", "edit", "KZ-ALM-2026-0007", &ea]);
    ok(&b, &["case", "edit", "KZ-ALM-2026-0007", &eb]);
    ok(
        &a,
        &[
            "export",
            "--out",
            bundle.to_str().unwrap(),
            "--since-last",
            "--to",
            "Hub",
        ],
    );
    let out = ok(&b, &["import", bundle.to_str().unwrap(), "--json"]);
    let s: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(s["conflicts"], 1, "{out}");
    let conflicts: serde_json::Value =
        serde_json::from_str(&ok(&b, &["conflicts", "--json"])).unwrap();
    assert_eq!(conflicts[0]["path"], "survivor.age");
    assert_eq!(conflicts[0]["ours"], 41);
    assert_eq!(conflicts[0]["theirs"], 40);
    let text = ok(&b, &["conflicts"]);
    assert!(text.contains("survivor.age: ours 41"), "{text}");
    ok(
        &b,
        &[
            "resolve",
            "KZ-ALM-2026-0007",
            "survivor.age",
            "--take",
            "theirs",
        ],
    );
    assert!(ok(&b, &["conflicts"]).contains("No open conflicts"));
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&b, &["case", "show", "KZ-ALM-2026-0007", "--json"])).unwrap();
    assert_eq!(shown["survivor"]["age"], 40);

    // A passphrase bundle from a stranger: refused with the fingerprint, then trusted.
    let pb = d.path().join("pass.cbk");
    let o = run(
        &a,
        &[
            "export",
            "--out",
            pb.to_str().unwrap(),
            "--passphrase",
            "--work-factor",
            "12",
        ],
        &[("CASEBOOK_BUNDLE_PASSPHRASE", "bundle passphrase 1")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&c, &["import", pb.to_str().unwrap()], &[]);
    refused(&o, "bundle-passphrase-needed");
    let o = run(
        &c,
        &["import", pb.to_str().unwrap()],
        &[("CASEBOOK_BUNDLE_PASSPHRASE", "bundle passphrase 1")],
    );
    let err = refused(&o, "bundle-unknown-signer");
    let fp = err
        .split("--trust \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    // Trusted with no role chosen: the least privileged, which changes nothing.
    let o = run(
        &c,
        &["import", pb.to_str().unwrap(), "--trust", &fp],
        &[("CASEBOOK_BUNDLE_PASSPHRASE", "bundle passphrase 1")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        out.contains("added 0") && out.contains("role network") && out.contains("rejected 1"),
        "{out}"
    );
    let o = run(
        &c,
        &[
            "import",
            pb.to_str().unwrap(),
            "--trust",
            &fp,
            "--role",
            "own-device",
        ],
        &[("CASEBOOK_BUNDLE_PASSPHRASE", "bundle passphrase 1")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("added 1"));

    // A bundle for someone else, in Russian.
    let o = run(
        &c,
        &["--lang", "ru", "import", bundle.to_str().unwrap()],
        &[],
    );
    assert!(refused(&o, "bundle-not-for-us").contains("для другого получателя"));
}

/// Vault `a` in `dir`: it has the lawyer's card and case KZ-NO-CONSENT, whose
/// survivor gave no consent at all.
fn knows_a_lawyer_and_has_a_case_without_consent(dir: &Path) -> PathBuf {
    let (a, l) = (dir.join("a"), dir.join("l"));
    ok(&a, &["init"]);
    ok(&l, &["init"]);
    let card = ok(&l, &["contact", "me", "--name", "Lawyer"]);
    ok(&a, &["contact", "add", &card, "--role", "lawyer"]);
    let no_consent = edited(dir, "n.json", |v| {
        v["code"] = serde_json::json!("KZ-NO-CONSENT");
        v["consents"] = serde_json::json!([]);
    });
    ok(&a, &["case", "add", &no_consent]);
    a
}

#[test]
fn consent_refusals_are_listed() {
    let d = tempfile::tempdir().unwrap();
    let a = knows_a_lawyer_and_has_a_case_without_consent(d.path());
    let o = run(
        &a,
        &[
            "export",
            "--out",
            d.path().join("x.cbk").to_str().unwrap(),
            "--to",
            "Lawyer",
            "--cases",
            "KZ-NO-CONSENT",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("KZ-NO-CONSENT: not exported, the lawyer role needs the “lawyer” consent"),
        "{text}"
    );
    assert!(!d.path().join("x.cbk").exists());
}

#[test]
fn a_dry_run_lists_what_would_go_and_writes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let a = knows_a_lawyer_and_has_a_case_without_consent(d.path());
    ok(&a, &["case", "add", EXAMPLE]);
    let out = d.path().join("x.cbk");
    let args = [
        "export",
        "--out",
        out.to_str().unwrap(),
        "--to",
        "Lawyer",
        "--dry-run",
    ];
    let text = ok(&a, &args);
    assert!(
        text.contains("KZ-NO-CONSENT: not exported, the lawyer role needs the “lawyer” consent"),
        "{text}"
    );
    assert!(
        text.contains("; 1 may not go. Nothing was written."),
        "{text}"
    );
    assert!(!out.exists());
    let json: serde_json::Value =
        serde_json::from_str(&ok(&a, &[&args[..], &["--json"]].concat())).unwrap();
    assert_eq!(json["refused"][0]["reason"], "consent-missing");
    assert!(!out.exists());
}
