//! A vault written by an older program opens in this one: it is upgraded in place
//! and keeps every case, revision and attachment byte.
//!
//! `tests/fixtures/vault-schema-7/` was made by the CLI of commit 9b69d89 (schema 7,
//! attachment bytes still inside vault.db), never by this code:
//!
//! ```text
//! git worktree add --detach /tmp/old 9b69d89 && cd /tmp/old
//! export CASEBOOK_PASSPHRASE='old schema fixture passphrase'
//! cargo run -p casebook-cli -- --vault V init
//! cargo run -p casebook-cli -- --vault V case add crates/casebook-core/tests/fixtures/example-case.json
//! cargo run -p casebook-cli -- --vault V attach KZ-ALM-2026-0007 evidence.bin --description 'old evidence'
//! ```
//!
//! where evidence.bin is [`evidence`]. Only vault.db and vault.keys are kept. A vault
//! from a newer program is refused and left unchanged: the store's unit test
//! `a_vault_from_a_newer_program_is_refused_and_left_alone` (vault.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use casebook_store::{Secret, UnlockSecret, Vault};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vault-schema-7");
const PASSPHRASE: &str = "old schema fixture passphrase";
const CASE_ID: &str = "01a23b1b-c082-775f-a9f1-9e9c664ef4fd";

/// 150,000 bytes that do not compress, as attached to the fixture's case.
fn evidence() -> Vec<u8> {
    (0u64..150_000)
        .map(|i| ((i * 2_654_435_761) >> 13) as u8)
        .collect()
}

fn copy_fixture(to: &Path) {
    for name in ["vault.db", "vault.keys"] {
        std::fs::copy(Path::new(FIXTURE).join(name), to.join(name)).unwrap();
    }
}

#[test]
fn a_schema_7_vault_is_upgraded_and_keeps_its_case_and_attachment() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(dir.path());
    assert!(!dir.path().join("attachments.db").exists());

    let secret = UnlockSecret::Passphrase(Secret::from(PASSPHRASE));
    let vault = Vault::open(dir.path(), &secret).unwrap();
    let case = vault.get_case(CASE_ID).unwrap();
    assert_eq!(case.record.code, "KZ-ALM-2026-0007");
    assert_eq!(vault.history(CASE_ID).unwrap().len(), 2);
    // Schema 10 filled the statistics facts of the case already there.
    let facts = vault.case_facts().unwrap();
    assert_eq!(facts.len(), 1);
    assert_eq!(
        facts[0],
        casebook_core::facts::CaseFacts::of(&case.record),
        "the upgrade's facts are what the case gives"
    );

    let bytes = evidence();
    let sha = casebook_core::canonical::sha256_hex(&bytes);
    let mut out = Vec::new();
    vault.read_attachment(&sha, &mut out).unwrap();
    assert!(
        out == bytes,
        "the attachment's bytes changed in the upgrade"
    );
    let report = vault.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
    drop(vault);

    // The bytes moved to their own file (schema 8), and the upgraded vault opens again.
    assert!(dir.path().join("attachments.db").exists());
    let vault = Vault::open(dir.path(), &secret).unwrap();
    let mut again = Vec::new();
    vault.read_attachment(&sha, &mut again).unwrap();
    assert!(again == bytes);
    assert!(vault.verify().unwrap().is_ok());
}
