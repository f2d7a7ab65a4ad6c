//! What each fuzz target feeds its bytes to, in one place: the libFuzzer targets
//! (`fuzz_targets/`, `cargo fuzz run -s none` on the stable toolchain) are one line
//! each over these. `scripts/fuzz-smoke.sh`, in the README's test command, replays
//! the kept corpus, the seeds and every saved crash input through them, so a target
//! that stops building or an old crash that comes back fails the tests.
//!
//! Each function must return for any input: no panic, no hang, no unbounded memory.

use std::cell::RefCell;

use casebook_store::{KdfParams, Secret, Vault, VaultOptions};

/// A contact card handed over on a stick or pasted by a person.
pub fn contact_card(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = casebook_bundle::ContactCard::parse(text);
    }
}

/// A vault's key file (`vault.keys`) that may have been swapped or edited.
pub fn key_file(data: &[u8]) {
    let _ = casebook_store::check_key_file(data);
}

/// A case record in its interchange JSON (`casebook case add FILE`), then validated
/// as the store would before saving it.
pub fn case_json(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(record) = casebook_core::CaseRecord::from_json_str(text) {
            let _ = record.validate();
            let _ = casebook_core::facts::CaseFacts::of(&record).to_compact();
        }
    }
}

/// A colleague's recovery share, typed or read from its file.
pub fn recovery_share(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = casebook_store::RecoveryShare::parse(&Secret::new(text.to_owned()), 1);
    }
}

thread_local! {
    static VAULT: RefCell<Option<(tempfile::TempDir, Vault)>> = const { RefCell::new(None) };
}

/// A vault in a temporary folder with the cheap test key derivation: every target
/// that needs one starts from this.
pub fn throwaway_vault() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (vault, _) = Vault::create(
        &dir.path().join("v"),
        &Secret::from("long passphrase"),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .expect("vault");
    (dir, vault)
}

/// A PDF someone hands over to be checked against the vault (`verify-pdf`).
pub fn pdf_verifier(data: &[u8]) {
    VAULT.with(|cell| {
        let mut slot = cell.borrow_mut();
        let (_, vault) = slot.get_or_insert_with(throwaway_vault);
        let _ = casebook_pdf::verify_pdf(vault, data);
    });
}
