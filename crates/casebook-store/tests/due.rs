//! The deadlines across cases: every kind, done items left out, deleted cases left
//! out, overdue first, `within` counted from today.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_core::due::DueKind;
use casebook_core::CaseRecord;
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    casebook_core::date::parse_iso_date(s).unwrap()
}

fn case(code: &str, json: serde_json::Value) -> CaseRecord {
    let mut r = common::minimal(code, "P");
    let mut v = serde_json::to_value(&r).unwrap();
    for (k, val) in json.as_object().unwrap() {
        v[k] = val.clone();
    }
    r = serde_json::from_value(v).unwrap();
    r
}

#[test]
fn everything_due_across_cases_overdue_first_done_and_deleted_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = common::new_vault(dir.path());
    vault
        .add_case(
            case(
                "UA-1",
                serde_json::json!({"responses": {
                    "follow_ups": [
                        {"due": "2026-03-20", "note": "call her"},
                        {"due": "2026-03-01", "date": "2026-03-01", "note": "done"}
                    ],
                    "complaints": [
                        {"body": "prosecutor", "deadline": "2026-03-05", "reference_number": "N-7"},
                        {"body": "police-internal-affairs", "deadline": "2026-03-06", "response": "rejected"}
                    ]
                }}),
            ),
            "t",
        )
        .unwrap();
    vault
        .add_case(
            case(
                "UA-2",
                serde_json::json!({"incidents": [
                    {"date": "2026-03-01", "acts": [{"act_type": "beating"}]}
                ]}),
            ),
            "t",
        )
        .unwrap();
    let gone = vault
        .add_case(
            case(
                "UA-3",
                serde_json::json!({"responses": {"follow_ups": [{"due": "2026-03-02"}]}}),
            ),
            "t",
        )
        .unwrap();
    vault.delete_case(&gone.id, "t", None).unwrap();
    vault
        .add_case(case("UA-4", serde_json::json!({})), "t")
        .unwrap();

    let all = vault.due_items(day("2026-03-10"), None).unwrap();
    let got: Vec<_> = all
        .iter()
        .map(|d| {
            (
                d.case.as_str(),
                d.item.kind,
                d.item.due.as_str(),
                d.overdue,
                d.note.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "UA-1",
                DueKind::ComplaintDeadline,
                "2026-03-05",
                true,
                "N-7"
            ),
            ("UA-2", DueKind::ForensicWindow, "2026-03-15", false, ""),
            ("UA-1", DueKind::FollowUp, "2026-03-20", false, "call her"),
        ]
    );
    // Within 7 days of the 10th: the overdue one and what falls by the 17th.
    let week = vault.due_items(day("2026-03-10"), Some(7)).unwrap();
    assert_eq!(week.len(), 2);
    assert_eq!(week[0].body.as_deref(), Some("prosecutor"));
    assert_eq!(
        serde_json::to_value(&week[1]).unwrap(),
        serde_json::json!({
            "case_id": week[1].case_id, "case": "UA-2", "kind": "forensic-window",
            "index": 0, "due": "2026-03-15", "due_by": "2026-03-15", "state": "later", "note": "", "body": null, "overdue": false
        })
    );
}

#[test]
fn done_records_the_follow_ups_date_as_a_new_revision() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = common::new_vault(dir.path());
    let stored = vault
        .add_case(
            case(
                "UA-9",
                serde_json::json!({"responses": {"follow_ups": [{"due": "2026-03-01", "note": "call"}]}}),
            ),
            "t",
        )
        .unwrap();
    let today = day("2026-03-10");
    assert_eq!(vault.due_items(today, None).unwrap().len(), 1);
    let after = vault.follow_up_done("UA-9", 0, today, "Ana").unwrap();
    assert_ne!(after.head.id, stored.head.id);
    assert_eq!(after.head.author, "Ana");
    let f = &after.record.responses.as_ref().unwrap().follow_ups[0];
    assert_eq!(f.date.as_deref(), Some("2026-03-10"));
    assert_eq!(f.note.as_deref(), Some("call"));
    assert!(vault.due_items(today, None).unwrap().is_empty());
    assert_eq!(vault.history("UA-9").unwrap().len(), 2);
    // Again: nothing new. A follow-up that is not there: named, nothing written.
    let again = vault.follow_up_done("UA-9", 0, today, "Ana").unwrap();
    assert_eq!(again.head.id, after.head.id);
    let e = vault.follow_up_done("UA-9", 3, today, "Ana").unwrap_err();
    assert_eq!(casebook_core::Coded::code(&e), "follow-up-not-found");
    assert_eq!(vault.history("UA-9").unwrap().len(), 2);
}

/// The forensic window is the vault's setting: set once, every case's next due day
/// (the list's column and filter) and the deadlines follow, after a reopen too, and
/// for cases saved later; a value out of range changes nothing.
#[test]
fn the_forensic_window_is_a_setting_of_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = common::new_vault(dir.path());
    let beaten = |code: &str, date: &str| {
        case(
            code,
            serde_json::json!({"incidents": [{"date": date, "acts": [{"act_type": "beating"}]}]}),
        )
    };
    vault.add_case(beaten("KG-1", "2026-03-01"), "t").unwrap();
    let windows = |v: &casebook_store::Vault| -> Vec<(String, String)> {
        v.due_items(day("2026-03-02"), None)
            .unwrap()
            .into_iter()
            .map(|d| (d.case, d.item.due))
            .collect()
    };
    let listed_due = |v: &casebook_store::Vault, code: &str| -> Option<String> {
        let page = v.list_cases(&casebook_store::CaseQuery::default()).unwrap();
        page.items
            .into_iter()
            .find(|c| c.code == code)
            .and_then(|c| c.next_due)
    };
    assert_eq!(vault.due_rule().unwrap().forensic_window_days, 14);
    assert_eq!(
        windows(&vault),
        [("KG-1".to_owned(), "2026-03-15".to_owned())]
    );

    let before = windows(&vault);
    for bad in [0, 61] {
        let err = vault.set_forensic_window(bad).unwrap_err();
        assert_eq!(
            casebook_core::Coded::code(&err),
            "forensic-window-out-of-range"
        );
    }
    assert_eq!(windows(&vault), before);

    vault.set_forensic_window(5).unwrap();
    assert_eq!(
        windows(&vault),
        [("KG-1".to_owned(), "2026-03-06".to_owned())]
    );
    assert_eq!(listed_due(&vault, "KG-1").as_deref(), Some("2026-03-06"));
    vault.add_case(beaten("KG-2", "2026-03-02"), "t").unwrap();
    assert_eq!(listed_due(&vault, "KG-2").as_deref(), Some("2026-03-07"));
    drop(vault);
    let vault = common::open(dir.path());
    assert_eq!(vault.due_rule().unwrap().forensic_window_days, 5);
    assert_eq!(listed_due(&vault, "KG-1").as_deref(), Some("2026-03-06"));
}
