//! The vault's directory is 0700 and every file in it 0600 under a permissive umask.
//! The umask is process-wide, so these tests have their own binary and set it once.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(target_os = "linux")]

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::sync::Once;

use casebook_store::{AttachmentMeta, Secret};
use common::{minimal, new_vault, open, pass, PASS};

fn permissive_umask() {
    static SET: Once = Once::new();
    SET.call_once(|| {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o022));
    });
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

/// Every entry of the directory with its mode.
fn modes(dir: &Path) -> BTreeMap<String, u32> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                mode(&e.path()),
            )
        })
        .collect()
}

fn assert_owner_only(dir: &Path, expect: &[&str]) {
    assert_eq!(mode(dir), 0o700, "vault directory");
    let m = modes(dir);
    for name in expect {
        assert!(m.contains_key(*name), "{name} missing: {m:?}");
    }
    for (name, mode) in &m {
        assert_eq!(*mode, 0o600, "{name}: {m:?}");
    }
}

#[test]
fn a_vault_and_everything_in_it_is_owner_only() {
    permissive_umask();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("deep").join("vault");
    let (mut v, _) = new_vault(&dir);
    let case = v.add_case(minimal("KZ-1", "Айгуль"), "t").unwrap();
    let photo = vec![7u8; casebook_store::CHUNK_SIZE + 10];
    v.attach_reader(
        &case.id,
        &photo[..],
        AttachmentMeta {
            file_name: "photo.jpg".into(),
            ..Default::default()
        },
        "t",
    )
    .unwrap();
    v.add_passphrase(&pass(PASS), &Secret::from("another passphrase"))
        .unwrap();
    // Open: the write-ahead log and its shared memory are there too.
    assert_owner_only(
        &dir,
        &[
            "vault.keys",
            "vault.db",
            "vault.db-wal",
            "vault.db-shm",
            "attachments.db",
            "vault.lock",
        ],
    );
    drop(v);
    assert_owner_only(&dir, &["vault.keys", "vault.db", "attachments.db"]);
    // The attachments file's rollback journal exists only inside a write; see the
    // unit test `chunks::tests::the_journal_takes_the_owner_only_mode`.
    let v = open(&dir);
    assert_owner_only(&dir, &["vault.db-wal", "vault.db-shm", "vault.lock"]);
    drop(v);
}

#[test]
fn a_folder_that_was_there_and_a_vault_from_before_are_narrowed() {
    permissive_umask();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("chosen");
    std::fs::create_dir(&dir).unwrap();
    assert_eq!(mode(&dir), 0o755);
    let (v, _) = new_vault(&dir);
    drop(v);
    assert_owner_only(&dir, &["vault.keys", "vault.db", "attachments.db"]);

    // As a vault made by an earlier version (or copied in) may be.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    for name in modes(&dir).keys() {
        std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let v = open(&dir);
    assert_owner_only(&dir, &["vault.db-wal", "vault.db-shm"]);
    drop(v);
}
