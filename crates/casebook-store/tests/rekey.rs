//! Rekey: a new data key for both databases, so that old copies of the key file (a
//! removed passphrase's slot, a replaced recovery key's slot) open nothing; crash
//! safety at every step; erase overwriting what it removes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use casebook_store::{
    AttachmentMeta, RekeyFault, RekeyStep, Secret, StoreError, UnlockSecret, Vault,
};
use common::*;

const SECOND: &str = "second paralegal";
const STEPS: [RekeyStep; 4] = [
    RekeyStep::KeyFileWritten,
    RekeyStep::AttachmentsRekeyed,
    RekeyStep::DatabaseRekeyed,
    RekeyStep::Audited,
];

fn recovery(text: &str) -> UnlockSecret {
    UnlockSecret::RecoveryKey(Secret::from(text))
}

/// A vault with cases and two attachments (one of several chunks), and what it
/// should still hold afterwards: (code, notes) of every case, (sha256, bytes).
struct Filled {
    cases: Vec<(String, Option<String>)>,
    files: Vec<(String, Vec<u8>)>,
    recovery: String,
}

fn filled(dir: &Path) -> (Vault, Filled) {
    let (mut v, recovery) = new_vault(dir);
    v.add_case(example(), "t").unwrap();
    for i in 0..20 {
        let mut r = minimal(&format!("T-{i:03}"), &format!("person {i}"));
        r.notes = Some(format!("notes {i} {}", "ж".repeat(i * 50)));
        v.add_case(r, "t").unwrap();
    }
    let mut files = vec![];
    for (i, len) in [(0u8, 3 * casebook_store::CHUNK_SIZE + 17), (1, 1000)] {
        let data: Vec<u8> = (0..len).map(|n| (n as u8).wrapping_mul(31) ^ i).collect();
        let a = v
            .attach_reader(
                "T-001",
                &data[..],
                AttachmentMeta {
                    file_name: format!("f{i}.bin"),
                    ..Default::default()
                },
                "t",
            )
            .unwrap();
        files.push((a.sha256.unwrap(), data));
    }
    let state = Filled {
        cases: cases_of(&v),
        files,
        recovery: recovery.display(),
    };
    (v, state)
}

fn cases_of(v: &Vault) -> Vec<(String, Option<String>)> {
    let mut out: Vec<_> = ["KZ-ALM-2026-0007".to_owned()]
        .into_iter()
        .chain((0..20).map(|i| format!("T-{i:03}")))
        .map(|code| {
            let c = v.get_case(&code).unwrap();
            (code, c.record.notes)
        })
        .collect();
    out.sort();
    out
}

/// Every case and attachment byte is there and `verify` finds nothing.
fn assert_intact(v: &Vault, want: &Filled) {
    assert_eq!(cases_of(v), want.cases);
    for (sha, data) in &want.files {
        let mut got = vec![];
        v.read_attachment(sha, &mut got).unwrap();
        assert!(got == *data, "attachment {sha} changed");
    }
    let report = v.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
}

fn open_err(dir: &Path, secret: &UnlockSecret) -> StoreError {
    Vault::open_with(dir, secret, &fast()).unwrap_err()
}

#[test]
fn a_rekeyed_vault_keeps_everything_and_opens_with_the_kept_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, want) = filled(dir.path());
    let db_salt = std::fs::read(dir.path().join("vault.db")).unwrap()[..16].to_vec();
    let done = v.rekey(&Secret::from(PASS), None).unwrap();
    assert_eq!(done.passphrases_dropped, 0);
    // The open vault goes on working under the new key.
    assert_intact(&v, &want);
    v.add_case(minimal("AFTER-1", "later"), "t").unwrap();
    drop(v);
    assert!(!dir.path().join("vault.keys.next").exists());
    assert!(!dir.path().join("attachments.db-wal").exists());

    let v = open(dir.path());
    assert_intact(&v, &want);
    v.get_case("AFTER-1").unwrap();
    let last = v.audit_entries(0, 1000).unwrap();
    assert!(last.iter().any(|e| e.event == "vault-rekeyed"));
    drop(v);
    // Same file, new key: SQLCipher keeps the salt, every page is new ciphertext.
    assert_eq!(
        std::fs::read(dir.path().join("vault.db")).unwrap()[..16],
        db_salt[..]
    );

    // The new recovery key opens it; the old one does not.
    assert!(matches!(
        open_err(dir.path(), &recovery(&want.recovery)),
        StoreError::WrongSecret
    ));
    let v = Vault::open_with(dir.path(), &recovery(&done.recovery_key.display()), &fast()).unwrap();
    assert_intact(&v, &want);
}

#[test]
fn an_old_copy_of_the_key_file_opens_nothing_after_a_rekey() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, want) = filled(dir.path());
    v.add_passphrase(&pass(PASS), &Secret::from(SECOND))
        .unwrap();
    // What the disk's free space may keep: the key file as it was.
    let old_keys = std::fs::read(dir.path().join("vault.keys")).unwrap();
    v.remove_passphrase(&Secret::from(SECOND)).unwrap();
    let done = v.rekey(&Secret::from(PASS), None).unwrap();
    assert_eq!(done.passphrases_dropped, 0);
    drop(v);
    let new_keys = std::fs::read(dir.path().join("vault.keys")).unwrap();

    // The removed passphrase does not open the vault...
    assert!(matches!(
        open_err(dir.path(), &pass(SECOND)),
        StoreError::WrongSecret
    ));
    // ...nor does it with the old key file put back: its slot still unwraps the old
    // data key, which no longer reads the database.
    std::fs::write(dir.path().join("vault.keys"), &old_keys).unwrap();
    for secret in [pass(SECOND), pass(PASS), recovery(&want.recovery)] {
        let err = open_err(dir.path(), &secret);
        assert!(matches!(err, StoreError::DatabaseDamaged), "{err:?}");
    }
    std::fs::write(dir.path().join("vault.keys"), &new_keys).unwrap();
    assert_intact(&open(dir.path()), &want);
}

#[test]
fn removing_a_passphrase_with_a_rekey_drops_every_other_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, want) = filled(dir.path());
    v.add_passphrase(&pass(PASS), &Secret::from(SECOND))
        .unwrap();
    v.add_passphrase(&pass(PASS), &Secret::from("third person here"))
        .unwrap();
    // The passphrase that stays cannot be the one that goes.
    let err = v
        .remove_passphrase_and_rekey(&Secret::from(SECOND), &Secret::from(SECOND))
        .unwrap_err();
    assert!(matches!(err, StoreError::RekeyNeedsAnotherPassphrase));
    let done = v
        .remove_passphrase_and_rekey(&Secret::from(SECOND), &Secret::from(PASS))
        .unwrap();
    assert_eq!(done.passphrases_dropped, 2);
    drop(v);
    for gone in [SECOND, "third person here"] {
        assert!(matches!(
            open_err(dir.path(), &pass(gone)),
            StoreError::WrongSecret
        ));
    }
    assert_intact(&open(dir.path()), &want);
}

#[test]
fn a_passphrase_that_may_have_been_seen_is_replaced_by_the_rekey() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, want) = filled(dir.path());
    let err = v
        .rekey(&Secret::from(PASS), Some(&Secret::from("abcdefghijk")))
        .unwrap_err();
    assert!(matches!(err, StoreError::PassphraseTooShort { .. }));
    assert!(matches!(
        v.rekey(&Secret::from("not the passphrase"), None),
        Err(StoreError::WrongSecret)
    ));
    v.rekey(&Secret::from(PASS), Some(&Secret::from("a fresh one now")))
        .unwrap();
    drop(v);
    assert!(matches!(
        open_err(dir.path(), &pass(PASS)),
        StoreError::WrongSecret
    ));
    let v = Vault::open_with(dir.path(), &pass("a fresh one now"), &fast()).unwrap();
    assert_intact(&v, &want);
}

/// A crash after each step: the current passphrase opens the vault (finishing the
/// rekey), everything is intact, and the old key file's slots then open nothing.
#[test]
fn a_crash_at_any_step_of_a_rekey_leaves_a_vault_that_opens() {
    for step in STEPS {
        let dir = tempfile::tempdir().unwrap();
        let (mut v, want) = filled(dir.path());
        let old_keys = std::fs::read(dir.path().join("vault.keys")).unwrap();
        let fault = RekeyFault { step, crash: true };
        v.rekey_with_fault(&Secret::from(PASS), None, Some(fault))
            .unwrap_err();
        drop(v);
        assert!(dir.path().join("vault.keys.next").exists(), "{step:?}");
        let v = open(dir.path());
        assert_intact(&v, &want);
        drop(v);
        assert!(!dir.path().join("vault.keys.next").exists(), "{step:?}");
        // Finished: the old key file no longer opens the databases.
        std::fs::write(dir.path().join("vault.keys"), &old_keys).unwrap();
        let err = open_err(dir.path(), &pass(PASS));
        assert!(
            matches!(err, StoreError::DatabaseDamaged),
            "{step:?} {err:?}"
        );
    }
}

/// The old recovery key is only in the old key file: before any page changed it
/// opens the vault (and the rekey is dropped), after that it is told to use the
/// passphrase that started the rekey, and nothing changes.
#[test]
fn after_a_crash_a_secret_of_the_old_key_file_only_opens_while_nothing_was_rekeyed() {
    for step in STEPS {
        let dir = tempfile::tempdir().unwrap();
        let (mut v, want) = filled(dir.path());
        let fault = RekeyFault { step, crash: true };
        v.rekey_with_fault(&Secret::from(PASS), None, Some(fault))
            .unwrap_err();
        drop(v);
        let old_recovery = recovery(&want.recovery);
        if step == RekeyStep::KeyFileWritten {
            let v = Vault::open_with(dir.path(), &old_recovery, &fast()).unwrap();
            assert_intact(&v, &want);
            drop(v);
            assert!(!dir.path().join("vault.keys.next").exists());
        } else {
            let before = snapshot(dir.path());
            let err = open_err(dir.path(), &old_recovery);
            assert!(
                matches!(err, StoreError::RekeyUnfinished),
                "{step:?} {err:?}"
            );
            assert!(
                Vault::check_secret(dir.path(), &old_recovery).is_ok(),
                "{step:?}"
            );
            let after = snapshot(dir.path());
            assert_eq!(
                before.keys().collect::<Vec<_>>(),
                after.keys().collect::<Vec<_>>()
            );
            assert_intact(&open(dir.path()), &want);
        }
    }
}

/// A failure that is not a crash (a full disk, say) undoes the rekey: the open vault
/// goes on under the old key, and every old secret still opens it.
#[test]
fn a_failed_rekey_is_undone_and_the_vault_goes_on() {
    for step in STEPS {
        let dir = tempfile::tempdir().unwrap();
        let (mut v, want) = filled(dir.path());
        let fault = RekeyFault { step, crash: false };
        v.rekey_with_fault(&Secret::from(PASS), None, Some(fault))
            .unwrap_err();
        assert_intact(&v, &want);
        v.add_case(minimal("AFTER-1", "later"), "t").unwrap();
        drop(v);
        assert!(!dir.path().join("vault.keys.next").exists(), "{step:?}");
        let v = Vault::open_with(dir.path(), &recovery(&want.recovery), &fast()).unwrap();
        assert_intact(&v, &want);
        v.get_case("AFTER-1").unwrap();
    }
}

#[cfg(unix)]
#[test]
fn erase_overwrites_the_files_before_removing_them() {
    let dir = tempfile::tempdir().unwrap();
    let (v, _) = filled(dir.path());
    drop(v);
    // A hard link shares the file's blocks: after erase it shows what was written
    // over them, where a plain unlink would leave the old bytes readable.
    let links = tempfile::tempdir_in(dir.path().parent().unwrap()).unwrap();
    let mut kept = vec![];
    for name in ["vault.keys", "vault.db", "attachments.db"] {
        let link = links.path().join(name);
        std::fs::hard_link(dir.path().join(name), &link).unwrap();
        kept.push((name, link, std::fs::read(dir.path().join(name)).unwrap()));
    }
    casebook_store::erase(dir.path()).unwrap();
    for (name, link, before) in kept {
        assert!(!dir.path().join(name).exists());
        let after = std::fs::read(&link).unwrap();
        assert_eq!(after.len(), before.len(), "{name}");
        if name == "vault.keys" {
            assert!(after != before, "{name} still holds the slots");
            assert!(!after.windows(6).any(|w| w == b"wrapped"[..6].as_ref()));
        } else {
            assert!(after.iter().all(|b| *b == 0), "{name} not overwritten");
        }
    }
}
