//! `casebook due` as scripts use it: the exact flags, the JSON objects, overdue
//! first, `--within`, and the words in Russian.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Days, Local};

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

fn ok(vault: &Path, args: &[&str], lang: &str) -> String {
    let o = casebook(vault, args, lang);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn day(offset: i64) -> String {
    let today = Local::now().date_naive();
    let d = if offset >= 0 {
        today.checked_add_days(Days::new(offset as u64))
    } else {
        today.checked_sub_days(Days::new(offset.unsigned_abs()))
    };
    d.unwrap().format("%Y-%m-%d").to_string()
}

fn add(vault: &Path, dir: &Path, code: &str, json: serde_json::Value) {
    let mut v = serde_json::json!({"code": code, "survivor": {"pseudonym": "P"}});
    for (k, val) in json.as_object().unwrap() {
        v[k] = val.clone();
    }
    let file = dir.join(format!("{code}.json"));
    std::fs::write(&file, v.to_string()).unwrap();
    ok(vault, &["case", "add", file.to_str().unwrap()], "C");
}

#[test]
fn due_lists_every_kind_overdue_first_and_within_narrows() {
    let vault = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let v = vault.path();
    ok(v, &["init"], "C");
    assert!(ok(v, &["due"], "en_US.UTF-8").contains("Nothing is due."));
    add(
        v,
        files.path(),
        "UA-1",
        serde_json::json!({"responses": {
            "follow_ups": [{"due": day(30), "note": "call her"}, {"due": day(-9), "date": day(-9)}],
            "complaints": [{"body": "prosecutor", "deadline": day(-2), "reference_number": "N-7"}]
        }}),
    );
    add(
        v,
        files.path(),
        "UA-2",
        serde_json::json!({"incidents": [{"date": day(-10), "acts": [{"act_type": "beating"}]}]}),
    );

    let json: serde_json::Value = serde_json::from_str(&ok(v, &["due", "--json"], "C")).unwrap();
    let items = json.as_array().unwrap();
    let got: Vec<(&str, &str, &str, bool)> = items
        .iter()
        .map(|i| {
            (
                i["case"].as_str().unwrap(),
                i["kind"].as_str().unwrap(),
                i["due"].as_str().unwrap(),
                i["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    let (overdue, window, later) = (day(-2), day(4), day(30));
    assert_eq!(
        got,
        [
            ("UA-1", "complaint-deadline", overdue.as_str(), true),
            ("UA-2", "forensic-window", window.as_str(), false),
            ("UA-1", "follow-up", later.as_str(), false),
        ]
    );
    for i in items {
        for key in ["case", "case_id", "kind", "due", "note", "overdue"] {
            assert!(i.get(key).is_some(), "{key} missing in {i}");
        }
    }
    assert_eq!(items[0]["note"], "N-7");
    assert_eq!(items[2]["note"], "call her");

    let week: serde_json::Value =
        serde_json::from_str(&ok(v, &["due", "--within", "7", "--json"], "C")).unwrap();
    assert_eq!(week.as_array().unwrap().len(), 2);

    let ru = ok(v, &["due"], "ru_RU.UTF-8");
    let first = ru.lines().next().unwrap();
    assert!(first.starts_with("просрочено"), "{ru}");
    assert!(first.contains("Срок по жалобе: Прокуратура, N-7"), "{ru}");
    assert!(ru.contains("Судебно-медицинская экспертиза"), "{ru}");

    // The forensic window is the vault's setting: 14 days, then 12 (now overdue).
    assert!(ok(v, &["forensic-window"], "en_US.UTF-8").contains("14 days"));
    let o = casebook(v, &["forensic-window", "0"], "C");
    assert!(String::from_utf8_lossy(&o.stderr).contains("[forensic-window-out-of-range]"));
    assert!(ok(v, &["forensic-window", "8"], "ru_RU.UTF-8").contains("в течение 8 дней"));
    let json: serde_json::Value = serde_json::from_str(&ok(v, &["due", "--json"], "C")).unwrap();
    let window = json
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "forensic-window")
        .unwrap();
    assert_eq!(window["due"], day(-2).as_str());
    assert_eq!(window["overdue"], true);
}
