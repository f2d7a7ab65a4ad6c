//! Disk full: the vault lives on a small tmpfs that fills up mid-save. The save
//! fails with its own error and the vault's content is exactly as before.
//! Needs root for `mount` (CI runs as root); set CASEBOOK_SKIP_ROOT_TESTS=1 to skip
//! on a developer machine without it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use casebook_core::Coded;
use casebook_store::{AttachmentMeta, StoreError};
use common::*;

struct Mount(std::path::PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_fails_cleanly_and_loses_nothing() {
    if std::env::var_os("CASEBOOK_SKIP_ROOT_TESTS").is_some() {
        eprintln!("skipped: CASEBOOK_SKIP_ROOT_TESTS is set");
        return;
    }
    let base = tempfile::tempdir().unwrap();
    let status = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(base.path())
        .status()
        .expect("mount must be available (run as root, or set CASEBOOK_SKIP_ROOT_TESTS=1)");
    assert!(
        status.success(),
        "mount failed: run as root or set CASEBOOK_SKIP_ROOT_TESTS=1"
    );
    let _m = Mount(base.path().to_path_buf());
    let dir = base.path().join("vault");
    let (mut vault, _) = new_vault(&dir);
    let c = vault.add_case(example(), "t").unwrap();
    let small = vec![3u8; 100_000];
    vault
        .attach_reader(
            &c.id,
            &small[..],
            AttachmentMeta {
                file_name: "a.jpg".into(),
                ..Default::default()
            },
            "t",
        )
        .unwrap();
    let before_case = vault.get_case(&c.id).unwrap();
    let before_history = vault.history(&c.id).unwrap();

    let big = vec![9u8; 6 * 1024 * 1024];
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
    assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    assert_eq!(err.message_id(), "error-disk-full");

    assert_eq!(vault.get_case(&c.id).unwrap().record, before_case.record);
    assert_eq!(vault.history(&c.id).unwrap(), before_history);
    drop(vault);
    let vault = open(&dir);
    assert_eq!(vault.get_case(&c.id).unwrap().record, before_case.record);
    assert_eq!(vault.history(&c.id).unwrap(), before_history);
    assert!(vault.verify().unwrap().is_ok());
}
