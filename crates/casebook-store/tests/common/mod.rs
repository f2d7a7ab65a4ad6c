#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use casebook_core::CaseRecord;
use casebook_store::{KdfParams, Secret, UnlockSecret, Vault, VaultOptions};

pub const PASS: &str = "correct horse battery";

pub fn example() -> CaseRecord {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../casebook-core/tests/fixtures/example-case.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A minimal record with a given code and pseudonym.
pub fn minimal(code: &str, pseudonym: &str) -> CaseRecord {
    serde_json::from_value(serde_json::json!({
        "code": code,
        "survivor": { "pseudonym": pseudonym }
    }))
    .unwrap()
}

pub fn fast() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::insecure_for_tests(),
        ..VaultOptions::default()
    }
}

pub fn pass(p: &str) -> UnlockSecret {
    UnlockSecret::Passphrase(Secret::from(p))
}

pub fn new_vault(dir: &Path) -> (Vault, casebook_store::RecoveryKey) {
    Vault::create(dir, &Secret::from(PASS), &fast()).unwrap()
}

pub fn open(dir: &Path) -> Vault {
    Vault::open_with(dir, &pass(PASS), &fast()).unwrap()
}

/// Every file of the vault directory with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            out.insert(e.path(), std::fs::read(e.path()).unwrap());
        }
    }
    out
}
