#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write;

use casebook_core::model::Consent;
use casebook_core::{CaseRecord, Section};
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

/// A case to edit, with documentation consent, and its head revision.
fn stored_case(vault: &mut casebook_store::Vault, code: &str) -> casebook_store::StoredCase {
    let mut r = consented("Айгуль");
    r.code = code.into();
    vault.add_case(r, "a").unwrap()
}

#[test]
fn an_edit_of_a_case_is_kept_encrypted_until_saved_and_is_no_interview() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let case = stored_case(&mut vault, "KZ-1");
    assert!(vault.case_edit(&case.id).unwrap().is_none());

    let marker = "Неотправленнаяправка";
    let mut edited = case.record.clone();
    edited.survivor.pseudonym = marker.into();
    let first = vault
        .save_case_edit(
            &case.id,
            &case.head.id,
            "survivor",
            &edited,
            "уточнено",
            "Д.",
        )
        .unwrap();
    // Saved again as the typing goes on: still one edit, under the same id.
    edited.survivor.settlement = Some("Алматы".into());
    let again = vault
        .save_case_edit(
            &case.code,
            &case.head.id,
            "survivor",
            &edited,
            "уточнено имя",
            "Д.",
        )
        .unwrap();
    assert_eq!(again.id, first.id);
    // Not an interview to resume from the list, and not a change of the case yet.
    assert!(vault.list_drafts().unwrap().is_empty());
    assert_eq!(vault.get_case(&case.id).unwrap().record, case.record);
    drop(vault);

    for (path, bytes) in snapshot(dir.path()) {
        let needle = marker.as_bytes();
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{} holds the edit in plain text",
            path.display()
        );
    }
    let mut vault = open(dir.path());
    let edit = vault.case_edit(&case.code).unwrap().unwrap();
    assert_eq!(edit.draft_id, first.id);
    assert_eq!(edit.case_id, case.id);
    assert_eq!(edit.base_revision, case.head.id);
    assert_eq!(edit.head_revision, case.head.id);
    assert!(!edit.case_changed);
    assert_eq!(edit.section, Section::Survivor);
    assert_eq!(edit.reason, "уточнено имя");
    assert_eq!(edit.author, "Д.");
    assert_eq!(edit.record, edited);

    // Saving the edit makes a revision and removes the draft.
    let saved = vault
        .save_edited_case(
            &case.id,
            edit.section.code(),
            &edit.record,
            "Д.",
            Some(&edit.reason),
        )
        .unwrap();
    assert_eq!(saved.record.survivor.pseudonym, marker);
    assert_eq!(vault.history(&case.id).unwrap().len(), 2);
    assert!(vault.case_edit(&case.id).unwrap().is_none());
}

#[test]
fn an_edit_says_when_the_case_changed_since_it_started() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let case = stored_case(&mut vault, "KZ-1");
    let mut mine = case.record.clone();
    mine.survivor.pseudonym = "Гуля".into();
    vault
        .save_case_edit(&case.id, &case.head.id, "survivor", &mine, "", "Д.")
        .unwrap();

    // Meanwhile someone else saves another change of the case.
    let mut theirs = case.record.clone();
    theirs.status = Some("closed".into());
    let head = vault.edit_case(&case.id, theirs, "b", None).unwrap().head;

    let edit = vault.case_edit(&case.id).unwrap().unwrap();
    assert!(edit.case_changed);
    assert_eq!(edit.base_revision, case.head.id);
    assert_eq!(edit.head_revision, head.id);
    // The edited section over the case as it is now: their status change stays.
    assert_eq!(edit.record.survivor.pseudonym, "Гуля");
    assert_eq!(edit.record.status.as_deref(), Some("closed"));

    let saved = vault
        .save_edited_case(&case.id, edit.section.code(), &mine, "Д.", None)
        .unwrap();
    assert_eq!(saved.record.survivor.pseudonym, "Гуля");
    assert_eq!(saved.record.status.as_deref(), Some("closed"));
}

#[test]
fn saving_a_section_keeps_a_seal_made_meanwhile_and_the_case_attachments() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let case = stored_case(&mut vault, "KZ-1");
    // The edit began from the open case, with no evidence at all.
    let mut mine = case.record.clone();
    mine.evidence = Some(casebook_core::model::Evidence {
        medical_documentation: vec![casebook_core::model::MedicalDocumentation {
            findings: Some("ссадины".into()),
            ..Default::default()
        }],
        ..Default::default()
    });
    vault
        .save_case_edit(&case.id, &case.head.id, "evidence", &mine, "", "Д.")
        .unwrap();
    // Meanwhile a file is attached and the case is sealed.
    vault
        .attach_reader(
            &case.id,
            &b"photo"[..],
            AttachmentMeta {
                file_name: "a.jpg".into(),
                ..Default::default()
            },
            "b",
        )
        .unwrap();
    let mut sealed = vault.get_case(&case.id).unwrap().record;
    sealed.status = Some("sealed".into());
    vault
        .edit_case(&case.id, sealed, "b", Some("передано адвокату"))
        .unwrap();

    // The stale copy neither unseals the case nor drops the attachment.
    assert!(matches!(
        vault.save_edited_case(&case.id, "evidence", &mine, "Д.", None),
        Err(StoreError::SealedNeedsReason)
    ));
    let saved = vault
        .save_edited_case(&case.id, "evidence", &mine, "Д.", Some("заметка"))
        .unwrap();
    assert_eq!(saved.record.status.as_deref(), Some("sealed"));
    let evidence = saved.record.evidence.unwrap();
    assert_eq!(
        evidence.medical_documentation[0].findings.as_deref(),
        Some("ссадины")
    );
    assert_eq!(evidence.attachments.len(), 1);
    assert!(vault.case_edit(&case.id).unwrap().is_none());
}

#[test]
fn an_edit_that_holds_nothing_new_is_not_offered() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let case = stored_case(&mut vault, "KZ-1");

    // Typed and undone.
    vault
        .save_case_edit(&case.id, &case.head.id, "survivor", &case.record, "", "a")
        .unwrap();
    assert!(vault.case_edit(&case.id).unwrap().is_none());

    // Saved, but the program stopped before the draft was removed.
    let mut r = case.record.clone();
    r.survivor.pseudonym = "Гуля".into();
    vault
        .save_case_edit(&case.id, &case.head.id, "survivor", &r, "", "a")
        .unwrap();
    vault.edit_case(&case.id, r, "a", None).unwrap();
    assert!(vault.case_edit(&case.id).unwrap().is_none());
    // And it is gone for good, not just hidden.
    vault.discard_case_edit(&case.id).unwrap();
}

#[test]
fn edits_are_one_per_case_and_discarding_one_leaves_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let a = stored_case(&mut vault, "KZ-1");
    let b = stored_case(&mut vault, "KZ-2");
    let interview = vault.save_draft(None, &minimal("", "Б"), "", "x").unwrap();
    let mut ra = a.record.clone();
    ra.survivor.pseudonym = "A2".into();
    let mut rb = b.record.clone();
    rb.survivor.pseudonym = "B2".into();
    let ea = vault
        .save_case_edit(&a.id, &a.head.id, "survivor", &ra, "", "x")
        .unwrap();
    let eb = vault
        .save_case_edit(&b.id, &b.head.id, "survivor", &rb, "", "x")
        .unwrap();
    assert_ne!(ea.id, eb.id);

    vault.discard_case_edit(&a.id).unwrap();
    vault.discard_case_edit(&a.id).unwrap();
    assert!(vault.case_edit(&a.id).unwrap().is_none());
    let kept = vault.case_edit(&b.id).unwrap().unwrap();
    assert_eq!(kept.draft_id, eb.id);
    assert_eq!(kept.record.survivor.pseudonym, "B2");
    let list = vault.list_drafts().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, interview.id);
}

#[test]
fn an_edit_needs_a_known_case_and_one_of_its_revisions_and_never_becomes_a_case() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let a = stored_case(&mut vault, "KZ-1");
    let b = stored_case(&mut vault, "KZ-2");
    assert!(matches!(
        vault.save_case_edit("no-such-case", &a.head.id, "survivor", &a.record, "", "x"),
        Err(StoreError::CaseNotFound(_))
    ));
    assert!(matches!(
        vault.save_case_edit(&a.id, &b.head.id, "survivor", &a.record, "", "x"),
        Err(StoreError::RevisionNotFound(_))
    ));
    assert!(matches!(
        vault.case_edit("no-such-case"),
        Err(StoreError::CaseNotFound(_))
    ));

    // Even with no code, as an interview would have, an edit cannot be finished.
    let mut r = a.record.clone();
    r.code = String::new();
    r.survivor.pseudonym = "A2".into();
    let edit = vault
        .save_case_edit(&a.id, &a.head.id, "survivor", &r, "", "x")
        .unwrap();
    assert!(matches!(
        vault.finish_draft(&edit.id, "x"),
        Err(StoreError::DraftNotFound(_))
    ));
    assert_eq!(vault.case_count().unwrap(), 2);
    assert!(vault.case_edit(&a.id).unwrap().is_some());
}

/// A section name the case view does not have is refused before anything is
/// written: once it took the edited copy whole, so a mistyped name replaced every
/// other section (and undid what was saved meanwhile).
#[test]
fn an_unknown_section_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let case = stored_case(&mut vault, "KZ-1");
    let mut whole = case.record.clone();
    whole.survivor.pseudonym = "Другая".into();
    whole.notes = Some("всё заменено".into());
    whole.status = Some("closed".into());
    for bad in ["survivors", "", "all", "Survivor"] {
        assert!(matches!(
            vault.save_edited_case(&case.id, bad, &whole, "Д.", None),
            Err(StoreError::UnknownSection(s)) if s == bad
        ));
        assert!(matches!(
            vault.save_case_edit(&case.id, &case.head.id, bad, &whole, "", "Д."),
            Err(StoreError::UnknownSection(s)) if s == bad
        ));
    }
    assert!(matches!(
        casebook_store::apply_section(&case.record, &whole, "everything"),
        Err(StoreError::UnknownSection(_))
    ));
    let now = vault.get_case(&case.id).unwrap();
    assert_eq!(now.record, case.record);
    assert_eq!(now.head.id, case.head.id);
    assert!(vault.case_edit(&case.id).unwrap().is_none());
    assert_eq!(
        casebook_core::Coded::code(&StoreError::UnknownSection("x".into())),
        "unknown-section"
    );
}
