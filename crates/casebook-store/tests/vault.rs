#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_core::Coded;
use casebook_store::{Secret, StoreError, UnlockSecret, Vault};
use common::*;

#[test]
fn create_then_open_with_passphrase_and_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, recovery) = new_vault(dir.path());
    assert_eq!(vault.case_count().unwrap(), 0);
    drop(vault);
    let v = open(dir.path());
    drop(v);
    let r = UnlockSecret::RecoveryKey(Secret::new(recovery.display()));
    Vault::open_with(dir.path(), &r, &fast()).unwrap();
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(new_vault(dir.path()));
    let before = snapshot(dir.path());
    let err = Vault::create(dir.path(), &Secret::from(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::VaultExists));
    assert_eq!(before, snapshot(dir.path()));
}

#[test]
fn short_passphrase_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = Vault::create(dir.path(), &Secret::from("short"), &fast()).unwrap_err();
    assert_eq!(err.code(), "passphrase-too-short");
    assert!(!Vault::exists(dir.path()));
}

/// One rule for every passphrase that will open the vault: 12 characters or four words.
#[test]
fn eleven_characters_are_refused_everywhere_twelve_or_four_words_accepted() {
    let eleven = Secret::from("abcdefghijk");
    let dir = tempfile::tempdir().unwrap();
    let err = Vault::create(dir.path(), &eleven, &fast()).unwrap_err();
    assert!(matches!(
        err,
        StoreError::PassphraseTooShort { min: 12, words: 4 }
    ));
    assert_eq!(err.args().get("min").map(String::as_str), Some("12"));
    assert_eq!(err.args().get("words").map(String::as_str), Some("4"));
    assert!(!Vault::exists(dir.path()));

    let (mut vault, _) = Vault::create(dir.path(), &Secret::from("abcdefghijkl"), &fast()).unwrap();
    let before = snapshot(dir.path());
    let current = Secret::from("abcdefghijkl");
    let err = vault
        .add_passphrase(&UnlockSecret::Passphrase(current.clone()), &eleven)
        .unwrap_err();
    assert_eq!(err.code(), "passphrase-too-short");
    let err = vault.change_passphrase(&current, &eleven).unwrap_err();
    assert_eq!(err.code(), "passphrase-too-short");
    assert_eq!(before, snapshot(dir.path()));

    vault
        .add_passphrase(
            &UnlockSecret::Passphrase(current.clone()),
            &Secret::from("correct horse battery staple"),
        )
        .unwrap();
    vault
        .change_passphrase(&current, &Secret::from("twelve chars"))
        .unwrap();
    drop(vault);
    open_with(dir.path(), "correct horse battery staple");
    open_with(dir.path(), "twelve chars");
}

fn open_with(dir: &std::path::Path, p: &str) {
    Vault::open_with(dir, &pass(p), &fast()).unwrap();
}

/// Every way opening can fail, and the files are byte-identical afterwards.
#[test]
fn failures_to_open_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    drop(new_vault(dir.path()));
    let before = snapshot(dir.path());

    let err = Vault::open_with(dir.path(), &pass("wrong passphrase"), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::WrongSecret), "{err:?}");
    assert_eq!(before, snapshot(dir.path()));

    let bad_recovery =
        UnlockSecret::RecoveryKey(Secret::from("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
    let err = Vault::open_with(dir.path(), &bad_recovery, &fast()).unwrap_err();
    assert!(matches!(err, StoreError::WrongSecret), "{err:?}");
    assert_eq!(before, snapshot(dir.path()));

    let held = open(dir.path());
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::LockedElsewhere), "{err:?}");
    drop(held);
}

#[test]
fn missing_or_damaged_key_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    drop(new_vault(dir.path()));
    let keys = dir.path().join("vault.keys");
    let good = std::fs::read(&keys).unwrap();

    // Truncated.
    std::fs::write(&keys, &good[..good.len() / 2]).unwrap();
    let before = snapshot(dir.path());
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::KeyFileDamaged), "{err:?}");
    assert_eq!(before, snapshot(dir.path()));

    // A flipped bit inside the wrapped key fails authentication: indistinguishable
    // from a wrong passphrase by design, and still changes nothing.
    let mut v: serde_json::Value = serde_json::from_slice(&good).unwrap();
    let wrapped = v["slots"][0]["wrapped"].as_str().unwrap().to_owned();
    let mut chars: Vec<char> = wrapped.chars().collect();
    chars[3] = if chars[3] == 'A' { 'B' } else { 'A' };
    v["slots"][0]["wrapped"] = chars.into_iter().collect::<String>().into();
    std::fs::write(&keys, serde_json::to_vec(&v).unwrap()).unwrap();
    let before = snapshot(dir.path());
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::WrongSecret), "{err:?}");
    assert_eq!(before, snapshot(dir.path()));

    // Absurd work factor written into the file: refused at once.
    let mut v: serde_json::Value = serde_json::from_slice(&good).unwrap();
    v["slots"][0]["kdf"]["m_kib"] = 4_000_000_000u64.into();
    std::fs::write(&keys, serde_json::to_vec(&v).unwrap()).unwrap();
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::KdfParamsRejected), "{err:?}");

    std::fs::remove_file(&keys).unwrap();
    let before = snapshot(dir.path());
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::KeyFileMissing), "{err:?}");
    assert_eq!(before, snapshot(dir.path()));

    std::fs::write(&keys, &good).unwrap();
    drop(open(dir.path()));
}

#[test]
fn damaged_database_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault.add_case(example(), "tester").unwrap();
    drop(vault);
    let db = dir.path().join("vault.db");
    let mut bytes = std::fs::read(&db).unwrap();
    // Page 1 holds the schema; damage lands in the middle of it.
    bytes[100] ^= 0x40;
    std::fs::write(&db, &bytes).unwrap();
    let before = snapshot(dir.path());
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::DatabaseDamaged), "{err:?}");
    assert_eq!(before, snapshot(dir.path()));

    std::fs::remove_file(&db).unwrap();
    let before = snapshot(dir.path());
    let err = Vault::open_with(dir.path(), &pass(PASS), &fast()).unwrap_err();
    assert!(matches!(err, StoreError::DatabaseDamaged), "{err:?}");
    assert_eq!(
        before,
        snapshot(dir.path()),
        "a missing database is never recreated"
    );
}

#[test]
fn damage_in_a_later_page_is_found_by_verify() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let big = vec![7u8; 300_000];
    vault.add_case(example(), "t").unwrap();
    vault
        .attach_reader(
            "KZ-ALM-2026-0007",
            &big[..],
            casebook_store::AttachmentMeta {
                file_name: "x.bin".into(),
                ..Default::default()
            },
            "t",
        )
        .unwrap();
    drop(vault);
    let db = dir.path().join("vault.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let at = bytes.len() - 4096 * 3 + 500;
    bytes[at] ^= 0x01;
    std::fs::write(&db, &bytes).unwrap();
    match Vault::open_with(dir.path(), &pass(PASS), &fast()) {
        Err(e) => assert!(matches!(e, StoreError::DatabaseDamaged), "{e:?}"),
        Ok(v) => {
            let report = v.verify();
            let damaged = match report {
                Ok(r) => !r.is_ok(),
                Err(e) => matches!(e, StoreError::DatabaseDamaged),
            };
            assert!(damaged, "verify must notice a flipped bit");
        }
    }
}

#[test]
fn passphrases_can_be_added_changed_and_removed_and_recovery_survives() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, recovery) = new_vault(dir.path());
    let db_before = std::fs::read(dir.path().join("vault.db")).unwrap();
    vault
        .add_passphrase(&pass(PASS), &Secret::from("second paralegal"))
        .unwrap();
    vault
        .change_passphrase(&Secret::from(PASS), &Secret::from("a brand new one"))
        .unwrap();
    let err = vault
        .change_passphrase(&Secret::from(PASS), &Secret::from("whatever else"))
        .unwrap_err();
    assert!(matches!(err, StoreError::WrongSecret));
    drop(vault);
    // Re-wrapping never re-encrypts: the database's first page (salt, header) is as before.
    let db_after = std::fs::read(dir.path().join("vault.db")).unwrap();
    assert_eq!(db_before[..16], db_after[..16]);

    assert!(matches!(
        Vault::open_with(dir.path(), &pass(PASS), &fast()),
        Err(StoreError::WrongSecret)
    ));
    let mut v = Vault::open_with(dir.path(), &pass("a brand new one"), &fast()).unwrap();
    v.remove_passphrase(&Secret::from("second paralegal"))
        .unwrap();
    assert!(matches!(
        v.remove_passphrase(&Secret::from("a brand new one")),
        Err(StoreError::LastSlot)
    ));
    drop(v);
    assert!(matches!(
        Vault::open_with(dir.path(), &pass("second paralegal"), &fast()),
        Err(StoreError::WrongSecret)
    ));
    let r = UnlockSecret::RecoveryKey(Secret::new(recovery.display()));
    let mut v = Vault::open_with(dir.path(), &r, &fast()).unwrap();
    let fresh = v.replace_recovery_key(&r).unwrap();
    drop(v);
    assert!(Vault::open_with(dir.path(), &r, &fast()).is_err());
    Vault::open_with(
        dir.path(),
        &UnlockSecret::RecoveryKey(Secret::new(fresh.display())),
        &fast(),
    )
    .unwrap();
}

#[test]
fn erase_leaves_nothing_any_former_secret_can_open() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, recovery) = new_vault(dir.path());
    vault.add_case(example(), "t").unwrap();
    vault
        .add_passphrase(&pass(PASS), &Secret::from("second one here"))
        .unwrap();
    let keys_copy_len = std::fs::metadata(dir.path().join("vault.keys"))
        .unwrap()
        .len();
    assert!(keys_copy_len > 0);
    drop(vault);
    let started = std::time::Instant::now();
    casebook_store::erase(dir.path()).unwrap();
    assert!(started.elapsed().as_secs() < 1);
    assert!(!dir.path().join("vault.keys").exists());
    for secret in [
        pass(PASS),
        pass("second one here"),
        UnlockSecret::RecoveryKey(Secret::new(recovery.display())),
    ] {
        let err = Vault::open_with(dir.path(), &secret, &fast()).unwrap_err();
        assert!(
            matches!(err, StoreError::NoVault | StoreError::KeyFileMissing),
            "{err:?}"
        );
    }
}

#[test]
fn every_store_error_has_a_message_in_every_language() {
    // SyncError's examples hold one StoreError of every variant too.
    let examples = casebook_store::SyncError::examples();
    let problems = casebook_i18n::error_message_problems(
        examples.iter().map(|e| e as &dyn casebook_core::Coded),
    );
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(StoreError::message_ids().contains(&"error-attachment-changed"));
}

#[test]
fn default_unlock_parameters_are_not_the_test_ones() {
    let d = casebook_store::KdfParams::default();
    assert!(d.m_kib >= 64 * 1024 && d.t >= 3);
}
