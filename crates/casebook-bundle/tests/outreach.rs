//! Outreach mode end to end between two real vaults: a field laptop seals a case
//! (with a photo) to its centre and keeps nothing it can read; it cannot open its own
//! outbox bundle; the centre takes the case in whole; a receipt from the centre
//! confirms it, a forged one is refused; the laptop may add cases and change none.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use casebook_bundle::{
    import_file, outreach, BundleError, DeviceKeys, ImportOptions, ImportSummary,
};
use casebook_store::{AttachmentMeta, ContactRole, StoreError, Vault};
use common::*;
use serde_json::json;

/// Sentinels in every place a case holds words, and in the photo's bytes.
const MARK: &str = "Zqxw";

fn sentinel_case(code: &str) -> casebook_core::CaseRecord {
    record(
        code,
        json!({
            "survivor": {"pseudonym": format!("{MARK}pseudo"), "settlement": format!("{MARK}town"),
                "identity": {"legal_name": format!("{MARK}legal"), "phone": "+7 701 555 4433"}},
            "incidents": [{"date": "2026-11-02", "narrative": format!("{MARK}narrative beaten at the station"),
                "witnesses": [{"pseudonym": format!("{MARK}witness")}],
                "acts": [{"act_type": "beating"}]}],
            "notes": format!("{MARK}notes"),
            "consents": [{"destination": "documentation", "given": true}]
        }),
    )
}

struct Pair {
    _dir: tempfile::TempDir,
    centre: Vault,
    field: Vault,
    path: std::path::PathBuf,
}

fn pair() -> Pair {
    let dir = tempfile::tempdir().unwrap();
    let mut centre = vault(&dir.path().join("centre"));
    let mut field = vault(&dir.path().join("field"));
    let centre_card = DeviceKeys::of(&centre).unwrap().card("Centre Almaty");
    outreach::set_up(&mut field, &centre_card).unwrap();
    introduce(&mut centre, &field, "peer-1", ContactRole::Outreach);
    let path = dir.path().join("outbox.cbk");
    Pair {
        _dir: dir,
        centre,
        field,
        path,
    }
}

fn add_and_seal(field: &mut Vault, code: &str, photo: &[u8]) -> String {
    let c = field.add_case(sentinel_case(code), "peer").unwrap();
    field
        .attach_reader(
            &c.id,
            photo,
            AttachmentMeta {
                file_name: format!("{MARK}photo.jpg"),
                ..Default::default()
            },
            "peer",
        )
        .unwrap();
    outreach::seal_case(field, &c.id).unwrap()
}

fn import(v: &mut Vault, p: &Path) -> Result<ImportSummary, BundleError> {
    import_file(v, p, &ImportOptions::default(), "paralegal", &mut |_| {})
}

#[test]
fn a_sealed_case_leaves_nothing_readable_on_the_laptop() {
    let mut p = pair();
    // The scan below sees a case that is there: a draft-like unsealed one.
    let open = p.field.add_case(sentinel_case("F-0"), "peer").unwrap();
    assert!(p
        .field
        .readable_text()
        .unwrap()
        .contains(&format!("{MARK}narrative")));
    let first = outreach::seal_case(&mut p.field, &open.id).unwrap();
    let photo = format!("{MARK}-photo-bytes").repeat(1000).into_bytes();
    let receipt = add_and_seal(&mut p.field, "F-1", &photo);
    assert!(casebook_bundle::format::is_receipt(&receipt), "{receipt}");

    // Through every way the store reads cases: nothing.
    assert_eq!(p.field.case_count().unwrap(), 0);
    assert!(p.field.get_case("F-1").is_err());
    assert!(p.field.all_case_ids().unwrap().is_empty());
    let found = p
        .field
        .list_cases(&casebook_store::CaseQuery {
            text: Some(format!("{MARK}narrative")),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.total, 0);
    // Every value of every table of both databases, after unlocking.
    let all = p.field.readable_text().unwrap();
    assert!(!all.contains(MARK), "a sentinel is still readable");
    assert!(!all.contains("555 4433"));
    // The files themselves hold no plaintext either (they are encrypted; and no
    // sealing temporary file is left).
    for e in std::fs::read_dir(p.field.dir()).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with(".sealing"), "{name}");
        if e.path().is_file() {
            let bytes = std::fs::read(e.path()).unwrap();
            assert!(
                !bytes.windows(MARK.len()).any(|w| w == MARK.as_bytes()),
                "{name} holds plaintext"
            );
        }
    }
    // What it may list: the code, when, whether confirmed.
    let items = p.field.outbox().unwrap();
    assert_eq!(items.len(), 2);
    assert!(items.iter().any(|i| i.receipt == receipt));
    assert!(items
        .iter()
        .all(|i| i.confirmed_at.is_none() && i.bytes > 0));
    // And the laptop cannot open what it sent.
    let out = outreach::export_outbox(&mut p.field, &p.path).unwrap();
    let mut sent = out.receipts.clone();
    sent.sort();
    let mut want = vec![first, receipt.clone()];
    want.sort();
    assert_eq!(sent, want);
    let keys = DeviceKeys::of(&p.field).unwrap();
    let bytes = std::fs::read(&p.path).unwrap();
    assert!(casebook_bundle::raw::open(&bytes, &keys).is_err());
    assert!(matches!(
        import(&mut p.field, &p.path),
        Err(BundleError::NotForUs)
    ));
    let sealed = p.field.outbox_pending().unwrap();
    assert!(casebook_bundle::raw::open(&sealed[0].1, &keys).is_err());
}

#[test]
fn the_centre_takes_the_case_whole_and_its_receipt_confirms_it() {
    let mut p = pair();
    let photo = b"photo of the bruise".repeat(500);
    let r1 = add_and_seal(&mut p.field, "F-1", &photo);
    let r2 = add_and_seal(&mut p.field, "F-2", b"second photo");
    outreach::export_outbox(&mut p.field, &p.path).unwrap();
    let s = import(&mut p.centre, &p.path).unwrap();
    assert_eq!((s.added, s.rejected.len()), (2, 0), "{s:?}");
    assert_eq!(s.signer.role, ContactRole::Outreach);
    let mut got = s.receipts.clone();
    got.sort();
    let mut want = vec![r1.clone(), r2.clone()];
    want.sort();
    assert_eq!(got, want);
    // Case, history and photo intact at the centre.
    let c = p.centre.get_case("F-1").unwrap();
    assert_eq!(
        c.record.notes.as_deref(),
        Some(format!("{MARK}notes").as_str())
    );
    assert_eq!(p.centre.history("F-1").unwrap().len(), 2);
    let sha = casebook_core::sha256_hex(&photo);
    assert!(p.centre.has_blob(&sha).unwrap());
    // The same outbox again (no receipt yet): nothing changes.
    let before = state(&p.centre);
    let s = import(&mut p.centre, &p.path).unwrap();
    assert_eq!((s.added, s.updated), (0, 0));
    assert_eq!(
        state(&p.centre).lines().skip(1).collect::<Vec<_>>(),
        before.lines().skip(1).collect::<Vec<_>>()
    );

    // A forged receipt (signed by someone else) is refused and confirms nothing.
    let forger = vault(&p._dir.path().join("forger"));
    let mut forged_centre = vault(&p._dir.path().join("forged-centre"));
    introduce(
        &mut forged_centre,
        &p.field,
        "peer-1",
        ContactRole::Outreach,
    );
    forged_centre
        .record_outreach_receipt(forged_centre.contact("peer-1").unwrap().id, &r1)
        .unwrap();
    let forged = p._dir.path().join("forged.receipt");
    outreach::write_receipt(&forged_centre, "peer-1", &forged).unwrap();
    let _ = forger;
    assert!(matches!(
        outreach::confirm_receipt(&mut p.field, &forged),
        Err(BundleError::BadSignature)
    ));
    assert!(p
        .field
        .outbox()
        .unwrap()
        .iter()
        .all(|i| i.confirmed_at.is_none()));
    // A file that is no receipt at all.
    std::fs::write(&forged, b"not a receipt").unwrap();
    assert!(outreach::confirm_receipt(&mut p.field, &forged).is_err());

    // The real receipt: both confirmed, their sealed bytes dropped.
    let receipt = p._dir.path().join("centre.receipt");
    let w = outreach::write_receipt(&p.centre, "peer-1", &receipt).unwrap();
    assert_eq!(w.receipts, 2);
    assert_eq!(
        outreach::confirm_receipt(&mut p.field, &receipt).unwrap(),
        2
    );
    let items = p.field.outbox().unwrap();
    assert!(items
        .iter()
        .all(|i| i.confirmed_at.is_some() && i.bytes == 0));
    assert!(p.field.outbox_pending().unwrap().is_empty());
    // Taking it twice confirms nothing new; nothing is left to export.
    assert_eq!(
        outreach::confirm_receipt(&mut p.field, &receipt).unwrap(),
        0
    );
    assert!(matches!(
        outreach::export_outbox(&mut p.field, &p.path),
        Err(BundleError::NothingToExport)
    ));
}

#[test]
fn unconfirmed_cases_go_again_and_a_lost_stick_loses_nothing() {
    let mut p = pair();
    let r1 = add_and_seal(&mut p.field, "F-1", b"one");
    outreach::export_outbox(&mut p.field, &p.path).unwrap();
    // That stick is lost. A second case, and the outbox again: both go.
    std::fs::remove_file(&p.path).unwrap();
    let r2 = add_and_seal(&mut p.field, "F-2", b"two");
    let out = outreach::export_outbox(&mut p.field, &p.path).unwrap();
    let mut sent = out.receipts.clone();
    sent.sort();
    let mut want = vec![r1, r2];
    want.sort();
    assert_eq!(sent, want);
    let s = import(&mut p.centre, &p.path).unwrap();
    assert_eq!(s.added, 2);
}

#[test]
fn only_an_empty_vault_becomes_an_outreach_vault_and_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let centre = vault(&dir.path().join("c"));
    let card = DeviceKeys::of(&centre).unwrap().card("c");
    let mut full = vault(&dir.path().join("full"));
    full.add_case(record("X-1", json!({})), "a").unwrap();
    assert!(matches!(
        outreach::set_up(&mut full, &card),
        Err(BundleError::Sync(casebook_store::SyncError::Store(
            StoreError::OutreachHasCases
        )))
    ));
    assert!(full.contacts().unwrap().is_empty());
    let mut empty = vault(&dir.path().join("empty"));
    outreach::set_up(&mut empty, &card).unwrap();
    assert!(matches!(
        outreach::set_up(&mut empty, &card),
        Err(BundleError::Sync(casebook_store::SyncError::Store(
            StoreError::OutreachAlready
        )))
    ));
    // An ordinary vault has no outbox.
    let mut plain = vault(&dir.path().join("plain"));
    assert!(matches!(
        outreach::export_outbox(&mut plain, &dir.path().join("o.cbk")),
        Err(BundleError::NotOutreach)
    ));
}

#[test]
fn a_tampered_outbox_bundle_changes_nothing_at_the_centre() {
    let mut p = pair();
    add_and_seal(&mut p.field, "F-1", b"one");
    outreach::export_outbox(&mut p.field, &p.path).unwrap();
    let good = std::fs::read(&p.path).unwrap();
    let before = state(&p.centre);
    for at in [good.len() / 3, good.len() / 2, good.len() - 20] {
        let mut bad = good.clone();
        bad[at] ^= 0x40;
        std::fs::write(&p.path, &bad).unwrap();
        assert!(import(&mut p.centre, &p.path).is_err());
        assert_eq!(state(&p.centre), before);
    }
    std::fs::write(&p.path, &good[..good.len() / 2]).unwrap();
    assert!(import(&mut p.centre, &p.path).is_err());
    assert_eq!(state(&p.centre), before);
}
