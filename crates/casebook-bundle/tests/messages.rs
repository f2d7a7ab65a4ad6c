//! Every message a bundle error, a refusal or the sync CLI can show exists in every
//! shipped language.

#![allow(clippy::unwrap_used)]

use casebook_bundle::BundleError;
use casebook_i18n::{Localizer, SHIPPED};
use casebook_store::SyncError;

const OTHER: &[&str] = &[
    "bundle-refused-consent",
    "bundle-refused-unreadable",
    "bundle-refused-role",
    "sync-cli-prompt-bundle-passphrase",
    "sync-cli-contact-added",
    "sync-cli-contact-line",
    "sync-cli-contacts-none",
    "sync-cli-export-done",
    "sync-cli-export-nothing",
    "sync-cli-export-refused",
    "sync-cli-import-summary",
    "sync-cli-import-rejected",
    "sync-cli-trust-hint",
    "sync-cli-conflicts-none",
    "sync-cli-conflict-line",
    "sync-cli-resolved",
    "sync-cli-deleted-value",
];

#[test]
fn every_bundle_message_exists_in_every_language() {
    for lang in SHIPPED {
        let l = Localizer::new(lang).unwrap();
        for id in BundleError::MESSAGE_IDS
            .iter()
            .chain(SyncError::MESSAGE_IDS)
            .chain(OTHER)
            .chain(casebook_store::StoreError::MESSAGE_IDS)
        {
            assert!(l.has(id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn errors_name_their_message_and_arguments() {
    use casebook_core::Coded;
    let e = BundleError::UnknownSigner {
        name: "Центр".into(),
        fingerprint: "a b c d e f".into(),
    };
    let ru = Localizer::new("ru").unwrap();
    let text = ru.error(&e);
    assert!(
        text.contains("a b c d e f") && text.contains("Центр"),
        "{text}"
    );
    assert_eq!(e.payload().message_id, "bundle-error-unknown-signer");
}
