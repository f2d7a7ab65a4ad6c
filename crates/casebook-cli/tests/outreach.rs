//! Outreach mode with the exact commands of the issue (scripts depend on them): a
//! field laptop set up with the centre's card seals each case it adds, lists only
//! receipt codes, refuses to show cases, exports its outbox; the centre imports it
//! and writes a receipt; the laptop confirms it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

mod common;

use common::*;

fn words(card_text: &str) -> String {
    casebook_bundle::ContactCard::parse(card_text)
        .unwrap()
        .fingerprint
}

#[test]
fn outreach_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let centre = &dir.path().join("centre");
    let field = &dir.path().join("field");
    let p = |n: &str| dir.path().join(n).display().to_string();
    ok(centre, &["init"]);
    ok(
        centre,
        &[
            "contact",
            "me",
            "--name",
            "Centre Almaty",
            "--out",
            &p("centre.card"),
        ],
    );

    let printed = ok(
        field,
        &["init", "--outreach", "--centre", &p("centre.card")],
    );
    let centre_words = words(&std::fs::read_to_string(p("centre.card")).unwrap());
    assert!(printed.contains(&centre_words), "{printed}");
    assert!(printed.contains("only drafts"), "{printed}");

    // Adding a case seals it at once and prints only its receipt code.
    let printed = ok(field, &["case", "add", EXAMPLE]);
    assert!(printed.contains("receipt code"), "{printed}");
    assert!(!printed.contains("KZ-ALM"), "{printed}");
    let listed: serde_json::Value =
        serde_json::from_str(&ok(field, &["outbox", "list", "--json"])).unwrap();
    let receipt = listed[0]["receipt"].as_str().unwrap().to_owned();
    assert!(printed.contains(&receipt));
    assert!(listed[0]["confirmed_at"].is_null());
    assert!(ok(field, &["outbox", "list"]).contains(&receipt));

    // Nothing sealed can be read back, and each refusal says why.
    for args in [
        vec!["case", "list"],
        vec!["case", "show", "KZ-ALM-2026-0007"],
        vec!["search", "метадон"],
        vec!["pdf", "KZ-ALM-2026-0007", "--out", &p("x.pdf")],
        vec!["export", "--to", "Centre Almaty", "--out", &p("x.cbk")],
    ] {
        let o = casebook(field, &args);
        assert!(!o.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("outreach vault"), "{args:?}: {err}");
        assert!(!Path::new(&p("x.pdf")).exists());
    }

    // To the centre: the outbox bundle, imported from a contact with role outreach.
    ok(field, &["outbox", "export", "--out", &p("outbox.cbk")]);
    ok(field, &["contact", "me", "--out", &p("field.card")]);
    let field_words = words(&std::fs::read_to_string(p("field.card")).unwrap());
    ok(
        centre,
        &[
            "contact",
            "add",
            &p("field.card"),
            "--name",
            "peer-1",
            "--role",
            "outreach",
            "--fingerprint",
            &field_words,
        ],
    );
    let imported = ok(centre, &["import", &p("outbox.cbk"), "--json"]);
    let summary: serde_json::Value = serde_json::from_str(&imported).unwrap();
    assert_eq!(summary["added"], 1, "{imported}");
    assert_eq!(summary["receipts"][0], receipt.as_str());
    assert!(ok(centre, &["case", "show", "KZ-ALM-2026-0007"]).contains("Айгуль"));

    // The receipt goes back and confirms the case.
    ok(
        centre,
        &[
            "outbox",
            "receipt",
            "--from",
            "peer-1",
            "--out",
            &p("receipt"),
        ],
    );
    let printed = ok(field, &["outbox", "confirm", &p("receipt")]);
    assert!(printed.contains('1'), "{printed}");
    let listed: serde_json::Value =
        serde_json::from_str(&ok(field, &["outbox", "list", "--json"])).unwrap();
    assert!(listed[0]["confirmed_at"].is_string());
    assert_eq!(listed[0]["bytes"], 0);
}
