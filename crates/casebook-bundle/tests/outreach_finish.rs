//! Outreach mode as the desktop drives it: a laptop set up from the centre's card
//! with the six words typed, an intake draft (with a photo) finished and sealed in
//! one call, a crash between finishing and sealing healed by the next unlock, the
//! home screen's status, and a SIGKILL at random moments of finishing a draft that
//! never loses the report and never leaves it readable once sealed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use casebook_bundle::{import_file, outreach, BundleError, DeviceKeys, ImportOptions};
use casebook_store::{
    ContactRole, KdfParams, Secret, SyncError, UnlockSecret, Vault, VaultOptions,
};
use common::*;
use serde_json::json;

const MARK: &str = "Qvzj";

fn options() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::insecure_for_tests(),
        ..Default::default()
    }
}

fn secret() -> UnlockSecret {
    UnlockSecret::Passphrase(Secret::from(PASS))
}

fn draft_record(n: usize) -> casebook_core::CaseRecord {
    record(
        "",
        json!({
            "survivor": {"pseudonym": format!("{MARK}pseudo{n}")},
            "intake": {"date": "2026-11-30", "channel": "outreach"},
            "incidents": [{"ref": "i1", "date": "2026-11-29",
                "narrative": format!("{MARK}narrative{n} they took her to the station"),
                "acts": [{"act_type": "beating", "physical_consequences": format!("{MARK}bruises{n}")}]}],
            "consents": [{"destination": "documentation", "given": true}]
        }),
    )
}

/// A draft with a photo attached, as the quick report leaves it.
fn draft_with_photo(v: &mut Vault, dir: &Path, n: usize) -> String {
    let saved = v
        .save_draft(None, &draft_record(n), "quick", "peer")
        .unwrap();
    let photo = dir.join(format!("photo-{n}.jpg"));
    std::fs::write(&photo, format!("{MARK}photo-bytes-{n}").repeat(50)).unwrap();
    v.attach_file_to_draft(
        &saved.id,
        &photo,
        Some(&format!("{MARK}caption{n}")),
        "peer",
    )
    .unwrap();
    std::fs::remove_file(&photo).unwrap();
    saved.id
}

fn centre_and_card(dir: &Path) -> (Vault, casebook_bundle::ContactCard) {
    let centre = vault(&dir.join("centre"));
    let card = DeviceKeys::of(&centre).unwrap().card("Centre Almaty");
    (centre, card)
}

/// A laptop set up for the centre on `card`, the words typed right.
fn field_vault(
    dir: &Path,
    card: &casebook_bundle::ContactCard,
) -> (
    Vault,
    casebook_store::RecoveryKey,
    casebook_store::OutreachCentre,
) {
    outreach::create(
        dir,
        &Secret::from(PASS),
        &options(),
        card,
        &card.fingerprint,
    )
    .unwrap()
}

#[test]
fn setting_up_checks_the_typed_words_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (_centre, card) = centre_and_card(dir.path());
    let field = dir.path().join("field");
    let wrong = "one two three four five six";
    let e = outreach::create(&field, &Secret::from(PASS), &options(), &card, wrong).unwrap_err();
    assert!(matches!(
        e,
        BundleError::Sync(SyncError::FingerprintMismatch { .. })
    ));
    assert!(!Vault::exists(&field), "a refused set-up leaves no vault");
    // The words as the centre reads them, in another case and spacing, are enough.
    let typed = format!("  {}  ", card.fingerprint.to_uppercase());
    let (v, _key, centre) =
        outreach::create(&field, &Secret::from(PASS), &options(), &card, &typed).unwrap();
    assert_eq!(centre.name, "Centre Almaty");
    assert!(v.is_outreach().unwrap());
    let status = outreach::status(&v, chrono::Utc::now()).unwrap().unwrap();
    assert_eq!(status.centre, "Centre Almaty");
    assert_eq!(status.fingerprint, card.fingerprint);
    assert!(status.outbox.is_empty());
}

#[test]
fn a_finished_draft_is_sealed_with_its_photo_and_nothing_readable_stays() {
    let dir = tempfile::tempdir().unwrap();
    let (mut centre, card) = centre_and_card(dir.path());
    let field_dir = dir.path().join("field");
    let (mut field, _, _) = field_vault(&field_dir, &card);
    introduce(&mut centre, &field, "peer-1", ContactRole::Outreach);
    let id = draft_with_photo(&mut field, dir.path(), 1);
    assert!(
        field.readable_text().unwrap().contains(MARK),
        "a draft is readable"
    );

    let receipt = outreach::finish_draft(&mut field, &id, "peer").unwrap();
    let text = field.readable_text().unwrap();
    assert!(
        !text.contains(MARK),
        "something of the report stayed readable"
    );
    assert_eq!(field.case_count().unwrap(), 0);
    assert!(field.list_drafts().unwrap().is_empty());
    let status = outreach::status(&field, chrono::Utc::now())
        .unwrap()
        .unwrap();
    assert_eq!(status.outbox.len(), 1);
    assert_eq!(status.outbox[0].receipt, receipt);
    drop(field);
    for f in std::fs::read_dir(&field_dir).unwrap() {
        let bytes = std::fs::read(f.unwrap().path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains(MARK));
    }

    // The centre gets the case, the photo and its caption.
    let mut field = Vault::open(&field_dir, &secret()).unwrap();
    let out = dir.path().join("outbox.cbk");
    outreach::export_outbox(&mut field, &out).unwrap();
    let s = import_file(
        &mut centre,
        &out,
        &ImportOptions::default(),
        "paralegal",
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(s.receipts, vec![receipt]);
    let ids = centre.all_case_ids().unwrap();
    assert_eq!(ids.len(), 1);
    let case = centre.get_case(&ids[0]).unwrap();
    assert_eq!(case.record.survivor.pseudonym, format!("{MARK}pseudo1"));
    let a = &case.record.evidence.as_ref().unwrap().attachments[0];
    assert_eq!(a.description.as_deref(), Some(&*format!("{MARK}caption1")));
    let mut photo = vec![];
    centre
        .read_attachment(a.sha256.as_deref().unwrap(), &mut photo)
        .unwrap();
    assert_eq!(
        photo,
        format!("{MARK}photo-bytes-1").repeat(50).into_bytes()
    );
}

#[test]
fn finishing_is_refused_without_consent_and_in_an_ordinary_vault() {
    let dir = tempfile::tempdir().unwrap();
    let (_centre, card) = centre_and_card(dir.path());
    let (mut field, _, _) = field_vault(&dir.path().join("field"), &card);
    let mut r = draft_record(1);
    r.consents.clear();
    let d = field.save_draft(None, &r, "quick", "peer").unwrap();
    assert!(matches!(
        outreach::finish_draft(&mut field, &d.id, "peer"),
        Err(BundleError::Sync(SyncError::Store(
            casebook_store::StoreError::NoDocumentationConsent
        )))
    ));
    assert_eq!(field.list_drafts().unwrap().len(), 1, "the draft stays");
    assert!(field.outbox().unwrap().is_empty());

    let mut plain = vault(&dir.path().join("plain"));
    let d = plain
        .save_draft(None, &draft_record(2), "consent", "p")
        .unwrap();
    assert!(matches!(
        outreach::finish_draft(&mut plain, &d.id, "p"),
        Err(BundleError::NotOutreach)
    ));
    assert_eq!(plain.list_drafts().unwrap().len(), 1);
}

#[test]
fn a_case_left_unsealed_by_a_crash_is_sealed_by_the_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let (_centre, card) = centre_and_card(dir.path());
    let field_dir = dir.path().join("field");
    let (mut field, _, _) = field_vault(&field_dir, &card);
    // What a crash between finishing and sealing leaves: a finished case.
    let id = draft_with_photo(&mut field, dir.path(), 3);
    field.finish_draft(&id, "peer").unwrap();
    assert_eq!(field.case_count().unwrap(), 1);
    drop(field);

    let field = outreach::open(&field_dir, &secret()).unwrap();
    assert_eq!(field.case_count().unwrap(), 0);
    assert_eq!(field.outbox().unwrap().len(), 1);
    assert!(!field.readable_text().unwrap().contains(MARK));
    // An ordinary vault's cases are left alone.
    let mut plain = vault(&dir.path().join("plain"));
    let mut r = draft_record(4);
    r.code = "KZ-ALM-2026-0001".into();
    plain.add_case(r, "p").unwrap();
    drop(plain);
    let plain = outreach::open(&dir.path().join("plain"), &secret()).unwrap();
    assert_eq!(plain.case_count().unwrap(), 1);
}

#[test]
fn drafts_older_than_a_day_are_counted_for_the_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let (_centre, card) = centre_and_card(dir.path());
    let (mut field, _, _) = field_vault(&dir.path().join("field"), &card);
    field
        .save_draft(None, &draft_record(1), "quick", "p")
        .unwrap();
    field
        .save_draft(None, &draft_record(2), "quick", "p")
        .unwrap();
    let now = chrono::Utc::now();
    let count = |at| outreach::status(&field, at).unwrap().unwrap().stale_drafts;
    assert_eq!(count(now), 0);
    assert_eq!(count(now + chrono::Duration::hours(23)), 0);
    assert_eq!(count(now + chrono::Duration::hours(25)), 2);
    // No status in an ordinary vault: its home is the case list.
    let plain = vault(&dir.path().join("plain"));
    assert!(outreach::status(&plain, now).unwrap().is_none());
}

// ---- SIGKILL while finishing ----------------------------------------------------

const CHILD_ENV: &str = "CASEBOOK_SEAL_CHILD";
const ROUNDS: usize = 24;

/// Run as a child of the test below (the same test binary, re-executed): makes a
/// draft with a photo, says READY, then finishes and seals it, and says DONE.
fn child(dir: &Path, n: usize) {
    let mut field = Vault::open(dir, &secret()).unwrap();
    let id = draft_with_photo(&mut field, dir.parent().unwrap(), n);
    println!("READY {id}");
    std::io::stdout().flush().unwrap();
    outreach::finish_draft(&mut field, &id, "peer").unwrap();
    println!("DONE");
    std::io::stdout().flush().unwrap();
}

/// What the vault holds of round `n`'s report, read without the healing unlock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Left {
    Draft,
    /// Made a case, not yet sealed: the draft is still there too, tied to it.
    DraftAndCase,
    Sealed,
}

#[test]
fn a_kill_at_any_moment_of_finishing_leaves_a_draft_or_a_sealed_copy() {
    let dir = tempfile::tempdir().unwrap();
    let field_dir = dir.path().join("field");
    if let Ok(n) = std::env::var(CHILD_ENV) {
        // Never reached in the parent: the child gets its own directory.
        let dir = Path::new(&n);
        let round: usize = std::env::var("CASEBOOK_SEAL_ROUND")
            .unwrap()
            .parse()
            .unwrap();
        child(dir, round);
        return;
    }
    let (_centre, card) = centre_and_card(dir.path());
    drop(field_vault(&field_dir, &card));
    let exe = std::env::current_exe().unwrap();
    let mut seen = vec![];
    let mut sealed_before = 0;
    // Delays spread over the time finishing takes here (about 20 ms in a debug
    // build), in steps of 1.5 ms from "at once"; the last rounds wait long enough
    // for a slower machine to have finished too.
    let delays: Vec<u64> = (0..ROUNDS as u64)
        .map(|i| {
            if i < 20 {
                i * 1500
            } else {
                100_000 << (i - 20)
            }
        })
        .collect();
    for (n, delay) in delays.into_iter().enumerate() {
        let mut c = Command::new(&exe)
            .args([
                "--exact",
                "a_kill_at_any_moment_of_finishing_leaves_a_draft_or_a_sealed_copy",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &field_dir)
            .env("CASEBOOK_SEAL_ROUND", n.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(c.stdout.take().unwrap());
        // libtest may print the test's name on the same line first.
        let mut line = String::new();
        let draft_id = loop {
            line.clear();
            assert!(out.read_line(&mut line).unwrap() > 0, "child ended early");
            if let Some(at) = line.find("READY ") {
                break line[at + "READY ".len()..].trim().to_owned();
            }
        };
        std::thread::sleep(Duration::from_micros(delay));
        let _ = c.kill();
        let _ = c.wait();

        // First as the files are, without the unlock that heals them.
        let raw = Vault::open(&field_dir, &secret()).unwrap();
        let mark = format!("{MARK}pseudo{n}");
        let drafts = raw
            .list_drafts()
            .unwrap()
            .iter()
            .filter(|d| d.pseudonym == mark)
            .count();
        let cases = raw.case_count().unwrap();
        let sealed = raw.outbox().unwrap().len();
        let left = match (drafts, cases, sealed - sealed_before) {
            (1, 0, 0) => Left::Draft,
            (0, 1, 0) => Left::DraftAndCase,
            (0, 0, 1) => Left::Sealed,
            other => panic!("round {n}: lost or doubled: (drafts, cases, sealed) = {other:?}"),
        };
        if left == Left::DraftAndCase {
            assert!(
                raw.load_draft(&draft_id).is_ok(),
                "round {n}: the draft went first"
            );
        }
        drop(raw);
        seen.push(left);

        // Then through the unlock every program uses.
        let mut healed = outreach::open(&field_dir, &secret()).unwrap();
        assert_eq!(healed.case_count().unwrap(), 0, "round {n}");
        let text = healed.readable_text().unwrap();
        match left {
            Left::Draft => {
                assert!(text.contains(&mark), "round {n}: the draft is still there");
                // The worker finishes it later; so does the test, to keep rounds apart.
                let id = healed.list_drafts().unwrap()[0].id.clone();
                outreach::finish_draft(&mut healed, &id, "peer").unwrap();
            }
            Left::DraftAndCase | Left::Sealed => {}
        }
        assert!(
            !healed.readable_text().unwrap().contains(MARK),
            "round {n}: a sealed report stayed readable"
        );
        sealed_before = healed.outbox().unwrap().len();
        assert_eq!(sealed_before, n + 1, "round {n}: a report was lost");
    }
    eprintln!("kill outcomes: {seen:?}");
    // The spread of delays must reach both ends, or the test proves nothing.
    assert!(seen.contains(&Left::Draft), "{seen:?}");
    assert!(seen.contains(&Left::Sealed), "{seen:?}");
}
