#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write;

use casebook_core::model::Consent;
use casebook_core::CaseRecord;
use casebook_store::{AttachmentMeta, StoreError};
use common::*;

fn consented(pseudonym: &str) -> CaseRecord {
    let mut r = minimal("", pseudonym);
    r.consents.push(Consent {
        destination: Some("documentation".into()),
        given: Some(true),
        ..Default::default()
    });
    r
}

#[test]
fn a_draft_is_saved_listed_loaded_and_updated_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    assert!(vault.list_drafts().unwrap().is_empty());

    let first = vault
        .save_draft(None, &minimal("", "Айгуль"), "survivor", "Д.")
        .unwrap();
    // An empty code is not a problem in a draft: finishing assigns one.
    assert!(first.problems.is_empty(), "{:?}", first.problems);

    let mut r = minimal("", "Айгуль");
    r.survivor.age_band = Some("not-a-band".into());
    let second = vault
        .save_draft(Some(&first.id), &r, "incidents", "Д.")
        .unwrap();
    assert_eq!(second.id, first.id);
    assert_eq!(second.problems.len(), 1);
    assert_eq!(second.problems[0].path, "survivor.age_band");

    let list = vault.list_drafts().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].pseudonym, "Айгуль");
    assert_eq!(list[0].step, "incidents");
    assert_eq!(list[0].author, "Д.");

    let loaded = vault.load_draft(&first.id).unwrap();
    assert_eq!(loaded.record, r);
    assert_eq!(loaded.problems.len(), 1);
    // Drafts are not cases.
    assert_eq!(vault.case_count().unwrap(), 0);
}

#[test]
fn drafts_survive_closing_the_vault_and_live_only_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let marker = "Уникальнаяметка";
    let saved = vault
        .save_draft(None, &minimal("", marker), "consent", "a")
        .unwrap();
    drop(vault);
    for (path, bytes) in snapshot(dir.path()) {
        let needle = marker.as_bytes();
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{} holds the draft in plain text",
            path.display()
        );
    }
    let vault = open(dir.path());
    assert_eq!(
        vault
            .load_draft(&saved.id)
            .unwrap()
            .record
            .survivor
            .pseudonym,
        marker
    );
}

#[test]
fn discard_removes_a_draft_and_missing_drafts_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let a = vault.save_draft(None, &minimal("", "A"), "", "x").unwrap();
    let b = vault.save_draft(None, &minimal("", "B"), "", "x").unwrap();
    vault.discard_draft(&a.id).unwrap();
    vault.discard_draft(&a.id).unwrap();
    let list = vault.list_drafts().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, b.id);
    assert!(matches!(
        vault.load_draft(&a.id),
        Err(StoreError::DraftNotFound(_))
    ));
    assert!(matches!(
        vault.finish_draft(&a.id, "x"),
        Err(StoreError::DraftNotFound(_))
    ));
}

#[test]
fn finishing_needs_documentation_consent_and_a_valid_record() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let d = vault.save_draft(None, &minimal("", "A"), "", "x").unwrap();
    assert!(matches!(
        vault.finish_draft(&d.id, "x"),
        Err(StoreError::NoDocumentationConsent)
    ));

    let mut refused = consented("A");
    refused.consents[0].given = Some(false);
    vault.save_draft(Some(&d.id), &refused, "", "x").unwrap();
    assert!(matches!(
        vault.finish_draft(&d.id, "x"),
        Err(StoreError::NoDocumentationConsent)
    ));

    let mut bad = consented("");
    bad.survivor.gender = Some("nonsense".into());
    vault.save_draft(Some(&d.id), &bad, "", "x").unwrap();
    let err = vault.finish_draft(&d.id, "x").unwrap_err();
    let StoreError::Invalid(problems) = err else {
        panic!("expected validation errors, got {err:?}");
    };
    let paths: Vec<_> = problems.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["survivor.pseudonym", "survivor.gender"]);
    // Nothing happened: the draft is still there, no case was made.
    assert_eq!(vault.list_drafts().unwrap().len(), 1);
    assert_eq!(vault.case_count().unwrap(), 0);
}

#[test]
fn finishing_makes_a_case_with_a_generated_code_and_removes_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let year = chrono_year();

    let mut r = consented("Айгуль");
    r.survivor.country = Some("KZ".into());
    r.survivor.region = Some("KZ-75".into());
    let d = vault.save_draft(None, &r, "review", "Д.").unwrap();
    let case = vault.finish_draft(&d.id, "Д.").unwrap();
    assert_eq!(case.code, format!("KZ-75-{year}-0001"));
    assert_eq!(case.record.status.as_deref(), Some("open"));
    assert!(vault.list_drafts().unwrap().is_empty());
    assert_eq!(vault.case_count().unwrap(), 1);
    let history = vault.history(&case.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author, "Д.");

    // The next one with the same place takes the next number; no place: default prefix.
    let d2 = vault.save_draft(None, &r, "", "Д.").unwrap();
    assert_eq!(
        vault.finish_draft(&d2.id, "Д.").unwrap().code,
        format!("KZ-75-{year}-0002")
    );
    let d3 = vault.save_draft(None, &consented("Б"), "", "Д.").unwrap();
    assert_eq!(
        vault.finish_draft(&d3.id, "Д.").unwrap().code,
        format!("CB-{year}-0001")
    );

    // A code typed by hand is kept, and a taken one is refused without losing the draft.
    let mut own = consented("В");
    own.code = case.code.clone();
    let d4 = vault.save_draft(None, &own, "", "Д.").unwrap();
    assert!(matches!(
        vault.finish_draft(&d4.id, "Д."),
        Err(StoreError::DuplicateCode(_))
    ));
    assert_eq!(vault.list_drafts().unwrap().len(), 1);
    own.code = "MY-OWN-1".into();
    vault.save_draft(Some(&d4.id), &own, "", "Д.").unwrap();
    assert_eq!(vault.finish_draft(&d4.id, "Д.").unwrap().code, "MY-OWN-1");
}

#[test]
fn attachments_added_to_a_draft_belong_to_the_case_it_becomes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let d = vault
        .save_draft(None, &consented("Айгуль"), "evidence", "Д.")
        .unwrap();
    let mut file = tempfile::NamedTempFile::new().unwrap();
    let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    file.write_all(&bytes).unwrap();
    let a = vault
        .attach_file_to_draft(&d.id, file.path(), Some("фото"), "Д.")
        .unwrap();
    assert_eq!(a.size, Some(bytes.len() as u64));
    assert_eq!(a.received_by.as_deref(), Some("Д."));
    assert_eq!(a.description.as_deref(), Some("фото"));
    assert!(a.received_at.is_some());
    // Adding the same bytes again cites them once.
    let again = vault
        .attach_to_draft(
            &d.id,
            &bytes[..],
            AttachmentMeta {
                file_name: "copy.jpg".into(),
                ..Default::default()
            },
            "Д.",
        )
        .unwrap();
    assert_eq!(again.sha256, a.sha256);
    let loaded = vault.load_draft(&d.id).unwrap();
    assert_eq!(loaded.record.evidence.unwrap().attachments, vec![a.clone()]);

    let case = vault.finish_draft(&d.id, "Д.").unwrap();
    let sha = a.sha256.unwrap();
    let mut out = vec![];
    vault
        .read_case_attachment(&case.id, &sha, &mut out)
        .unwrap();
    assert_eq!(out, bytes);
    assert!(vault.verify().unwrap().is_ok());
}

#[test]
fn an_oversized_attachment_leaves_the_draft_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault.set_attachment_limit(1000);
    let d = vault.save_draft(None, &consented("A"), "", "x").unwrap();
    let err = vault
        .attach_to_draft(
            &d.id,
            &[0u8; 5000][..],
            AttachmentMeta {
                file_name: "big.bin".into(),
                ..Default::default()
            },
            "x",
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::AttachmentTooLarge { .. }));
    assert!(vault.load_draft(&d.id).unwrap().record.evidence.is_none());
}

fn chrono_year() -> String {
    // The store stamps codes with the current UTC year.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // Good enough for the years this test will run in (no leap-second precision needed).
    let days = now / 86_400;
    let mut year = 1970;
    let mut left = days;
    loop {
        let len = if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
            366
        } else {
            365
        };
        if left < len {
            break;
        }
        left -= len;
        year += 1;
    }
    year.to_string()
}

#[test]
fn history_lists_what_each_revision_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let d = vault
        .save_draft(None, &consented("Айгуль"), "", "a")
        .unwrap();
    let case = vault.finish_draft(&d.id, "a").unwrap();
    let mut r = case.record.clone();
    r.survivor.pseudonym = "Гуля".into();
    r.status = Some("sealed".into());
    vault
        .edit_case(&case.id, r, "b", Some("запечатано"))
        .unwrap();
    let h = vault.history_changes(&case.id).unwrap();
    assert_eq!(h.len(), 2);
    assert!(h[0].changes.iter().any(|c| c.path == "survivor.pseudonym"));
    let paths: Vec<_> = h[1].changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["status", "survivor.pseudonym"]);
    assert_eq!(h[1].info.reason.as_deref(), Some("запечатано"));
    assert_eq!(h[1].changes[1].new, Some(serde_json::json!("Гуля")));
}

#[test]
fn discarding_a_draft_removes_files_only_it_cited() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let meta = |name: &str| AttachmentMeta {
        file_name: name.into(),
        ..Default::default()
    };
    let only_draft = b"only in the discarded draft".to_vec();
    let shared = b"also in a case".to_vec();

    let keep = vault.save_draft(None, &consented("Кейс"), "", "x").unwrap();
    vault
        .attach_to_draft(&keep.id, &shared[..], meta("shared.txt"), "x")
        .unwrap();
    let case = vault.finish_draft(&keep.id, "x").unwrap();

    let d = vault.save_draft(None, &consented("A"), "", "x").unwrap();
    let gone = vault
        .attach_to_draft(&d.id, &only_draft[..], meta("gone.txt"), "x")
        .unwrap();
    let kept = vault
        .attach_to_draft(&d.id, &shared[..], meta("shared.txt"), "x")
        .unwrap();
    vault.discard_draft(&d.id).unwrap();

    let gone_sha = gone.sha256.unwrap();
    assert!(matches!(
        vault.attachment_size(&gone_sha),
        Err(StoreError::AttachmentNotFound(_))
    ));
    let mut out = vec![];
    vault
        .read_case_attachment(&case.id, &kept.sha256.unwrap(), &mut out)
        .unwrap();
    assert_eq!(out, shared);
    assert!(vault.verify().unwrap().is_ok());
}
