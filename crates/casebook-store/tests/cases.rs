#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write;

use casebook_store::{AttachmentMeta, CaseQuery, RevisionKind, StoreError, VaultOptions};
use common::*;

#[test]
fn the_example_case_is_stored_and_read_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let stored = vault.add_case(example(), "Параюрист Д.").unwrap();
    let back = vault.get_case("KZ-ALM-2026-0007").unwrap();
    assert_eq!(back.id, stored.id);
    assert_eq!(back.record, example());
    assert_eq!(vault.case_count().unwrap(), 1);
    let err = vault.add_case(example(), "x").unwrap_err();
    assert!(matches!(err, StoreError::DuplicateCode(_)));
}

#[test]
fn edits_add_revisions_and_history_keeps_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let first = vault.add_case(example(), "a").unwrap();
    let mut r = example();
    r.tags.push("appeal".into());
    let second = vault
        .edit_case(&first.id, r.clone(), "b", Some("added tag"))
        .unwrap();
    assert_ne!(first.head.id, second.head.id);
    assert_eq!(second.head.parents, vec![first.head.id.clone()]);
    // Saving the same content again is not a new revision.
    let same = vault.edit_case(&first.id, r, "b", None).unwrap();
    assert_eq!(same.head.id, second.head.id);

    let h = vault.history("KZ-ALM-2026-0007").unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(h[0].kind, RevisionKind::Create);
    assert_eq!(h[1].reason.as_deref(), Some("added tag"));
    assert_eq!(vault.record_at(&h[0].id).unwrap().unwrap(), example());

    let tomb = vault.delete_case(&first.id, "c", None).unwrap();
    assert_eq!(tomb.kind, RevisionKind::Delete);
    assert_eq!(vault.case_count().unwrap(), 0);
    let gone = vault.get_case(&first.id).unwrap();
    assert!(gone.deleted);
    assert_eq!(vault.history(&first.id).unwrap().len(), 3);
    assert!(matches!(
        vault.edit_case(&first.id, example(), "d", None),
        Err(StoreError::CaseDeleted(_))
    ));
    let report = vault.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.revisions_checked, 3);
}

#[test]
fn sealed_cases_change_only_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let mut r = example();
    r.status = Some("sealed".into());
    let c = vault.add_case(r.clone(), "a").unwrap();
    r.tags.push("x".into());
    assert!(matches!(
        vault.edit_case(&c.id, r.clone(), "b", None),
        Err(StoreError::SealedNeedsReason)
    ));
    assert!(matches!(
        vault.edit_case(&c.id, r.clone(), "b", Some("   ")),
        Err(StoreError::SealedNeedsReason)
    ));
    r.status = Some("open".into());
    let e = vault
        .edit_case(&c.id, r, "lawyer K.", Some("court asked for correction"))
        .unwrap();
    assert_eq!(e.head.author, "lawyer K.");
    assert_eq!(e.head.reason.as_deref(), Some("court asked for correction"));
    let events: Vec<String> = vault
        .audit_entries(0, 100)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(events.contains(&"case-unsealed".to_owned()), "{events:?}");
}

#[test]
fn invalid_records_are_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let mut v: serde_json::Value = serde_json::to_value(example()).unwrap();
    v["incidents"][0]["acts"][1]["perpetrators"] = serde_json::json!(["p9"]);
    let r: casebook_core::CaseRecord = serde_json::from_value(v).unwrap();
    let err = vault.add_case(r, "a").unwrap_err();
    let StoreError::Invalid(errs) = &err else {
        panic!("{err:?}")
    };
    assert!(
        errs.iter()
            .any(|e| e.path.contains("incidents[0].acts[1].perpetrators")),
        "{errs:?}"
    );
    assert_eq!(vault.case_count().unwrap(), 0);
}

#[test]
fn cyrillic_substrings_find_inflected_words() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let mut a = minimal("UA-KYI-2026-0001", "Олена");
    a.notes = Some("Її затримали біля аптеки, двоє поліцейських избили в машине.".into());
    vault.add_case(a, "t").unwrap();
    let mut b = minimal("KZ-ALM-2026-0002", "Айгуль");
    b.notes = Some("Задержали у пункта выдачи метадона.".into());
    vault.add_case(b, "t").unwrap();
    vault
        .add_case(minimal("GE-TB-2026-0003", "Nino"), "t")
        .unwrap();

    let find = |q: &str| -> Vec<String> {
        let mut codes: Vec<String> = vault
            .list_cases(&CaseQuery {
                text: Some(q.into()),
                ..Default::default()
            })
            .unwrap()
            .items
            .into_iter()
            .map(|c| c.code)
            .collect();
        codes.sort();
        codes
    };
    assert_eq!(find("избил"), vec!["UA-KYI-2026-0001"]);
    assert_eq!(find("задерж"), vec!["KZ-ALM-2026-0002"]);
    assert_eq!(
        find("ЗАДЕРЖ"),
        vec!["KZ-ALM-2026-0002"],
        "search ignores case in Cyrillic"
    );
    assert_eq!(find("затрим"), vec!["UA-KYI-2026-0001"]);
    assert_eq!(find("Айгуль"), vec!["KZ-ALM-2026-0002"]);
    assert_eq!(find("2026-0003"), vec!["GE-TB-2026-0003"]);
    assert!(find("полиция").is_empty());
    assert!(
        find("\" OR *").is_empty(),
        "FTS syntax in the query is inert"
    );
}

#[test]
fn filters_and_paging() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault.add_case(example(), "t").unwrap();
    for i in 0..30 {
        let mut r = minimal(&format!("UA-KYI-2026-{i:04}"), "X");
        r.status = Some(if i % 2 == 0 { "open" } else { "closed" }.into());
        vault.add_case(r, "t").unwrap();
    }
    let q = |q: CaseQuery| vault.list_cases(&q).unwrap();
    assert_eq!(q(CaseQuery::default()).total, 31);
    let page = q(CaseQuery {
        limit: 10,
        offset: 10,
        sort: casebook_store::SortKey::CodeAsc,
        ..Default::default()
    });
    assert_eq!(page.items.len(), 10);
    assert_eq!(page.items[0].code, "UA-KYI-2026-0009");
    assert_eq!(
        q(CaseQuery {
            status: Some("closed".into()),
            ..Default::default()
        })
        .total,
        15
    );
    assert_eq!(
        q(CaseQuery {
            act_type: Some("lawyer-refused".into()),
            ..Default::default()
        })
        .total,
        1
    );
    assert_eq!(
        q(CaseQuery {
            agency: Some("drug-control-unit".into()),
            ..Default::default()
        })
        .total,
        1
    );
    assert_eq!(
        q(CaseQuery {
            consent: Some("lawyer".into()),
            ..Default::default()
        })
        .total,
        1
    );
    assert_eq!(
        q(CaseQuery {
            consent: Some("un-special-procedures".into()),
            ..Default::default()
        })
        .total,
        0,
        "consent given=false does not count"
    );
    assert_eq!(
        q(CaseQuery {
            region: Some("KZ-75".into()),
            ..Default::default()
        })
        .total,
        1
    );
    assert_eq!(
        q(CaseQuery {
            date_from: Some("2026-03-01".into()),
            date_to: Some("2026-03".into()),
            ..Default::default()
        })
        .total,
        1
    );
    assert_eq!(
        q(CaseQuery {
            date_to: Some("2026-02".into()),
            ..Default::default()
        })
        .total,
        0
    );
    assert_eq!(
        q(CaseQuery {
            due_before: Some("2026-04-30".into()),
            ..Default::default()
        })
        .total,
        1
    );
    assert_eq!(
        q(CaseQuery {
            due_before: Some("2026-04-01".into()),
            ..Default::default()
        })
        .total,
        0
    );
    let first = &q(CaseQuery {
        sort: casebook_store::SortKey::DueAsc,
        ..Default::default()
    })
    .items[0];
    assert_eq!(first.code, "KZ-ALM-2026-0007");
    assert_eq!(first.next_due.as_deref(), Some("2026-04-18"));
    assert!(first.act_types.contains(&"beating".to_owned()));

    // The region filter offers only places that cases in this vault have.
    let places = vault.case_places().unwrap();
    assert_eq!(
        places,
        vec![casebook_store::PlaceCount {
            country: "KZ".into(),
            region: Some("KZ-75".into()),
            cases: 1,
        }]
    );
}

#[test]
fn attachments_stream_in_dedupe_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let c = vault.add_case(example(), "t").unwrap();
    let mut file = tempfile::NamedTempFile::new().unwrap();
    let payload: Vec<u8> = (0..3_500_000u32).map(|i| (i * 7 % 251) as u8).collect();
    file.write_all(&payload).unwrap();
    let a = vault
        .attach_file(&c.id, file.path(), Some("photo of bruises"), "Д.")
        .unwrap();
    assert_eq!(a.size, Some(payload.len() as u64));
    let sha = a.sha256.clone().unwrap();
    assert_eq!(sha, casebook_core::canonical::sha256_hex(&payload));
    let again = vault.attach_file(&c.id, file.path(), None, "Д.").unwrap();
    assert_eq!(again.sha256, a.sha256);
    let case = vault.get_case(&c.id).unwrap();
    assert_eq!(case.record.evidence.as_ref().unwrap().attachments.len(), 1);
    assert_eq!(vault.history(&c.id).unwrap().len(), 2);
    let mut out = vec![];
    assert_eq!(
        vault.read_attachment(&sha, &mut out).unwrap(),
        payload.len() as u64
    );
    assert_eq!(out, payload);
    assert!(matches!(
        vault.read_attachment(&"0".repeat(64), &mut vec![]),
        Err(StoreError::AttachmentNotFound(_))
    ));
}

#[test]
fn an_oversized_file_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(dir.path());
    drop(vault);
    let options = VaultOptions {
        attachment_limit: 1024 * 1024,
        ..fast()
    };
    let mut vault = casebook_store::Vault::open_with(dir.path(), &pass(PASS), &options).unwrap();
    let c = vault.add_case(example(), "t").unwrap();
    let d = vault
        .save_draft(None, &minimal("", "Д"), "survivor", "t")
        .unwrap();
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(&vec![3u8; 1024 * 1024 + 1]).unwrap();
    let err = vault
        .attach_file(&c.id, file.path(), None, "t")
        .unwrap_err();
    assert!(matches!(err, StoreError::AttachmentTooLarge { .. }));
    let err = vault
        .attach_file_to_draft(&d.id, file.path(), None, "t")
        .unwrap_err();
    assert!(matches!(err, StoreError::AttachmentTooLarge { .. }));
    assert_eq!(vault.history(&c.id).unwrap().len(), 1);
}

#[test]
fn oversized_attachment_is_refused_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(dir.path());
    drop(vault);
    let mut vault = casebook_store::Vault::open_with(
        dir.path(),
        &pass(PASS),
        &VaultOptions {
            attachment_limit: 2 * 1024 * 1024,
            ..fast()
        },
    )
    .unwrap();
    let c = vault.add_case(example(), "t").unwrap();
    let big = vec![1u8; 3 * 1024 * 1024];
    let err = vault
        .attach_reader(
            &c.id,
            &big[..],
            AttachmentMeta {
                file_name: "video.mp4".into(),
                ..Default::default()
            },
            "t",
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::AttachmentTooLarge { .. }));
    assert_eq!(vault.history(&c.id).unwrap().len(), 1);
    assert!(vault
        .get_case(&c.id)
        .unwrap()
        .record
        .evidence
        .is_none_or(|e| e.attachments.is_empty()));
    assert!(vault.verify().unwrap().is_ok());
}

/// No sentinel string, in Latin or Cyrillic, in any byte of the vault directory.
#[test]
fn nothing_is_stored_in_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let latin = "SENTINELzq7Latin";
    let cyr = "СЕНТИНЕЛЬжщ";
    let mut r = example();
    r.notes = Some(format!("{latin} {cyr}"));
    r.survivor.pseudonym = format!("Айгуль {cyr}");
    let c = vault.add_case(r, "t").unwrap();
    let att = format!("{latin} attachment {cyr}").repeat(1000);
    vault
        .attach_reader(
            &c.id,
            att.as_bytes(),
            AttachmentMeta {
                file_name: format!("{latin}.txt"),
                ..Default::default()
            },
            "t",
        )
        .unwrap();
    // Check while open (WAL present) and after closing.
    let scan = |label: &str| {
        for (path, bytes) in snapshot(dir.path()) {
            for needle in [
                latin.as_bytes(),
                cyr.as_bytes(),
                "Айгуль".as_bytes(),
                b"KZ-ALM-2026-0007",
            ] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{label}: plaintext found in {}",
                    path.display()
                );
            }
        }
    };
    scan("open");
    drop(vault);
    scan("closed");
}
