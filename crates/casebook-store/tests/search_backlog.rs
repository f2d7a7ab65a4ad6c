//! Saves leave the search index to catch up later (before the next search, or when
//! idle). Whatever the order, a search must always find exactly what is saved.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_store::{CaseQuery, SortKey, Vault};
use common::*;

fn found(vault: &Vault, text: &str) -> Vec<String> {
    let q = CaseQuery {
        text: Some(text.into()),
        sort: SortKey::CodeAsc,
        ..Default::default()
    };
    vault
        .list_cases(&q)
        .unwrap()
        .items
        .into_iter()
        .map(|c| c.code)
        .collect()
}

fn with_notes(vault: &mut Vault, code: &str, notes: &str) {
    let mut r = vault.get_case(code).unwrap().record;
    r.notes = Some(notes.into());
    vault.edit_case(code, r, "t", None).unwrap();
}

#[test]
fn a_search_right_after_a_save_finds_the_new_text_and_not_the_old() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault
        .add_case(minimal("UA-KYI-2026-0001", "Оксана"), "t")
        .unwrap();
    vault
        .add_case(minimal("UA-KYI-2026-0002", "Марина"), "t")
        .unwrap();
    assert_eq!(found(&vault, "Оксан"), ["UA-KYI-2026-0001"]);

    with_notes(&mut vault, "UA-KYI-2026-0001", "отказали в адвокате");
    with_notes(&mut vault, "UA-KYI-2026-0002", "отказали в метадоне");
    assert_eq!(
        found(&vault, "отказали"),
        ["UA-KYI-2026-0001", "UA-KYI-2026-0002"]
    );
    with_notes(&mut vault, "UA-KYI-2026-0001", "изъяли телефон");
    assert_eq!(
        found(&vault, "адвокат"),
        Vec::<String>::new(),
        "old text gone"
    );
    assert_eq!(found(&vault, "телефон"), ["UA-KYI-2026-0001"]);

    vault.delete_case("UA-KYI-2026-0002", "t", None).unwrap();
    assert_eq!(found(&vault, "метадон"), Vec::<String>::new());
    assert_eq!(found(&vault, "Марин"), Vec::<String>::new());
}

#[test]
fn idle_work_indexes_what_was_saved_and_then_has_nothing_left() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault
        .add_case(minimal("UA-KYI-2026-0001", "Оксана"), "t")
        .unwrap();
    assert!(vault.has_idle_work());
    assert_eq!(vault.idle_work().unwrap(), 1, "one case indexed");
    assert!(!vault.has_idle_work());
    assert_eq!(vault.idle_work().unwrap(), 0);

    with_notes(&mut vault, "UA-KYI-2026-0001", "сломали руку");
    with_notes(&mut vault, "UA-KYI-2026-0001", "сломали ребро");
    assert!(vault.has_idle_work());
    assert_eq!(vault.idle_work().unwrap(), 1, "the newest text of one case");
    assert_eq!(vault.index_search_backlog().unwrap(), 0);
    assert_eq!(found(&vault, "ребро"), ["UA-KYI-2026-0001"]);
    assert_eq!(found(&vault, "руку"), Vec::<String>::new());
}

#[test]
fn the_backlog_outlives_a_closed_vault() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut vault, _) = new_vault(dir.path());
        vault
            .add_case(minimal("UA-KYI-2026-0001", "Оксана"), "t")
            .unwrap();
        with_notes(&mut vault, "UA-KYI-2026-0001", "побои в отделе");
        // Dropped without any idle work or search: the text is only in the backlog.
    }
    let vault = open(dir.path());
    assert_eq!(found(&vault, "побои"), ["UA-KYI-2026-0001"]);
    assert_eq!(found(&vault, "Оксан"), ["UA-KYI-2026-0001"]);
}

#[test]
fn catching_up_keeps_the_list_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    for i in 0..5 {
        vault
            .add_case(minimal(&format!("UA-KYI-2026-{i:04}"), "X"), "t")
            .unwrap();
    }
    with_notes(&mut vault, "UA-KYI-2026-0003", "задержали у аптеки");
    let newest_first = |v: &Vault| -> Vec<String> {
        v.list_cases(&CaseQuery::default())
            .unwrap()
            .items
            .into_iter()
            .map(|c| c.code)
            .collect()
    };
    let before = newest_first(&vault);
    assert_eq!(before[0], "UA-KYI-2026-0003");
    assert_eq!(found(&vault, "аптек"), ["UA-KYI-2026-0003"]);
    assert_eq!(newest_first(&vault), before);
    with_notes(&mut vault, "UA-KYI-2026-0001", "у аптеки тоже");
    assert_eq!(
        found(&vault, "аптек"),
        ["UA-KYI-2026-0001", "UA-KYI-2026-0003"]
    );
    assert_eq!(newest_first(&vault)[0], "UA-KYI-2026-0001");
}

#[test]
fn idle_work_catches_up_on_a_large_backlog_in_rounds_and_searches_never_wait_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let n = 2 * casebook_store::IDLE_BATCH + 5;
    for i in 0..n {
        vault
            .add_case(minimal(&format!("UA-KYI-2026-{i:04}"), "Оксана"), "t")
            .unwrap();
    }
    vault
        .add_case(minimal("UA-KYI-2026-9999", "Марина"), "t")
        .unwrap();
    // One round indexes the oldest cases only, and says there is more.
    assert_eq!(vault.idle_work().unwrap(), casebook_store::IDLE_BATCH);
    assert!(vault.has_idle_work());
    assert_eq!(vault.idle_work().unwrap(), casebook_store::IDLE_BATCH);
    assert!(vault.has_idle_work());
    // The newest case is still queued; a search finds it anyway, by catching up.
    assert_eq!(found(&vault, "Марин"), ["UA-KYI-2026-9999"]);
    let q = CaseQuery {
        text: Some("Оксан".into()),
        ..Default::default()
    };
    assert_eq!(vault.list_cases(&q).unwrap().total, n as u64);
    // The search left nothing for idle work but the log copy.
    assert!(vault.has_idle_work());
    assert_eq!(vault.idle_work().unwrap(), 0);
    assert!(!vault.has_idle_work());
}
