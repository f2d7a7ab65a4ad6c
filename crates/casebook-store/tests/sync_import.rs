//! The store's half of an import: attachments staged under their own name, and what
//! a refused one leaves behind (nothing).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_store::{ContactRole, SyncError};
use common::*;

#[test]
fn a_refused_attachment_leaves_no_chunks_and_the_import_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(&dir.path().join("v"));
    let good: Vec<u8> = (0..2_500_000u32).map(|i| (i % 251) as u8).collect();
    let sha = casebook_core::sha256_hex(&good);
    let mut bad = good.clone();
    bad[2_000_000] ^= 1;

    let mut import = v.begin_import(ContactRole::OwnDevice).unwrap();
    // Wrong bytes under that name: refused after three chunks were written.
    let err = import
        .add_attachment(&sha, bad.len() as u64, &mut &bad[..])
        .unwrap_err();
    assert!(matches!(err, SyncError::BlobHashMismatch { .. }), "{err:?}");
    // Too short, too long.
    let err = import
        .add_attachment(&sha, good.len() as u64 + 1, &mut &good[..])
        .unwrap_err();
    assert!(matches!(err, SyncError::BlobSizeMismatch { .. }), "{err:?}");
    let err = import
        .add_attachment(&sha, good.len() as u64 - 1, &mut &good[..])
        .unwrap_err();
    assert!(matches!(err, SyncError::BlobSizeMismatch { .. }), "{err:?}");
    // The right bytes still go in under that name (no chunk was left behind to
    // collide with), once; a second copy is read, checked and skipped.
    assert!(import
        .add_attachment(&sha, good.len() as u64, &mut &good[..])
        .unwrap());
    assert!(!import
        .add_attachment(&sha, good.len() as u64, &mut &good[..])
        .unwrap());
    let outcome = import.finish("test").unwrap();
    assert_eq!(
        (outcome.attachments_added, outcome.attachments_skipped),
        (1, 1)
    );
    let mut back = vec![];
    v.read_attachment(&sha, &mut back).unwrap();
    assert_eq!(back, good);
    assert!(v.verify().unwrap().is_ok());
}

#[test]
fn a_dropped_import_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(&dir.path().join("v"));
    let data = vec![7u8; 1_500_000];
    let sha = casebook_core::sha256_hex(&data);
    {
        let mut import = v.begin_import(ContactRole::OwnDevice).unwrap();
        assert!(import
            .add_attachment(&sha, data.len() as u64, &mut &data[..])
            .unwrap());
        // Dropped without `finish`.
    }
    assert!(!v.has_blob(&sha).unwrap());
    let mut out = vec![];
    assert!(v.read_attachment(&sha, &mut out).is_err());
    // And the same blob can be imported for real afterwards.
    let mut import = v.begin_import(ContactRole::OwnDevice).unwrap();
    assert!(import
        .add_attachment(&sha, data.len() as u64, &mut &data[..])
        .unwrap());
    import.finish("test").unwrap();
    v.read_attachment(&sha, &mut out).unwrap();
    assert_eq!(out, data);
}

/// A merge revision without content deletes the case like a delete revision does, so
/// a sender that may not delete cannot get there by naming its tombstone a merge.
#[test]
fn a_content_less_merge_is_a_deletion_for_the_senders_rights() {
    use casebook_store::{CaseHistory, HistoryRevision, RevisionInfo, RevisionKind};
    let dir = tempfile::tempdir().unwrap();
    let (mut v, _) = new_vault(&dir.path().join("v"));
    let stored = v.add_case(minimal("K-1", "A"), "centre").unwrap();
    let mut history: CaseHistory = v.case_history(&stored.id).unwrap();
    let parent = history.head.clone();
    let mut info = RevisionInfo {
        id: String::new(),
        case_id: stored.id.clone(),
        parents: vec![parent],
        author: "lawyer".into(),
        device: "lawyer-laptop".into(),
        created_at: "2026-12-03T10:00:00.000Z".into(),
        reason: None,
        kind: RevisionKind::Merge,
    };
    info.id = info.compute_id(None);
    history.head = info.id.clone();
    history.revisions.push(HistoryRevision {
        info,
        content: None,
    });
    for (role, refused) in [(ContactRole::Lawyer, true), (ContactRole::OwnDevice, false)] {
        let mut import = v.begin_import(role).unwrap();
        let result = import.add_case(&history);
        assert_eq!(
            matches!(result, Err(SyncError::NotPermitted { .. })),
            refused,
            "{role:?}: {result:?}"
        );
        import.finish("test").unwrap();
        assert_eq!(
            v.get_case(&stored.id).unwrap().deleted,
            !refused,
            "{role:?}"
        );
    }
}

/// A case new to a vault whose forensic window is set otherwise gets its next due
/// day by that vault's window, checked ahead or not.
#[test]
fn an_imported_case_follows_the_receiving_vaults_forensic_window() {
    use casebook_store::CheckedHistory;
    let dir = tempfile::tempdir().unwrap();
    let (mut from, _) = new_vault(&dir.path().join("a"));
    let (mut to, _) = new_vault(&dir.path().join("b"));
    to.set_forensic_window(3).unwrap();
    let mut record = minimal("K-9", "A");
    record.incidents = serde_json::from_value(
        serde_json::json!([{"date": "2026-03-01", "acts": [{"act_type": "beating"}]}]),
    )
    .unwrap();
    let first = from.add_case(record.clone(), "centre").unwrap();
    record.code = "K-10".into();
    let second = from.add_case(record, "centre").unwrap();
    let mut import = to.begin_import(ContactRole::OwnDevice).unwrap();
    import
        .add_case(&from.case_history(&first.id).unwrap())
        .unwrap();
    let checked = CheckedHistory::check(from.case_history(&second.id).unwrap()).unwrap();
    import.add_checked(&checked).unwrap();
    import.finish("test").unwrap();
    let page = to
        .list_cases(&casebook_store::CaseQuery::default())
        .unwrap();
    let due: Vec<Option<String>> = page.items.into_iter().map(|c| c.next_due).collect();
    assert_eq!(
        due,
        [Some("2026-03-04".to_owned()), Some("2026-03-04".to_owned())]
    );
}
