//! Every message a bundle error, a refusal or the sync CLI can show exists in every
//! shipped language.

#![allow(clippy::unwrap_used)]

use casebook_bundle::BundleError;
use casebook_i18n::{Localizer, SHIPPED};

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
        for id in OTHER {
            assert!(l.has(id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn every_bundle_error_formats_in_every_language_with_its_arguments() {
    let examples = BundleError::examples();
    let problems = casebook_i18n::error_message_problems(
        examples.iter().map(|e| e as &dyn casebook_core::Coded),
    );
    assert!(problems.is_empty(), "{problems:#?}");
    // The store's and sync's own variants are among the examples.
    let ids = BundleError::message_ids();
    for id in ["error-attachment-changed", "sync-error-contact-name-empty"] {
        assert!(ids.contains(&id), "{id}");
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

#[test]
fn every_progress_phase_has_words_in_every_language() {
    for lang in SHIPPED {
        let l = Localizer::new(lang).unwrap();
        for ph in casebook_bundle::Phase::ALL {
            assert!(l.has(ph.message_id()), "{lang} lacks {}", ph.message_id());
        }
    }
}

/// A manifest's or a card's problem is a code the message selects words by: nothing
/// English (serde's text, a key's name) reaches a sentence in another language.
#[test]
fn card_and_manifest_problems_read_without_english() {
    use casebook_bundle::{CardProblem, ManifestProblem};
    let mut errors: Vec<BundleError> = ManifestProblem::ALL
        .into_iter()
        .map(|problem| BundleError::BadManifest { problem })
        .collect();
    errors.extend(
        CardProblem::ALL
            .into_iter()
            .map(|problem| BundleError::BadCard { problem }),
    );
    let en = Localizer::new("en").unwrap();
    for lang in SHIPPED {
        let l = Localizer::new(lang).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for e in &errors {
            let msg = l.error(e);
            if casebook_i18n::LATIN_SCRIPT.contains(lang) {
                if *lang != "en" {
                    assert_ne!(msg, en.error(e), "{lang}");
                }
            } else {
                assert!(
                    !msg.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang}: {msg}"
                );
            }
            // Each problem has its own words, not the catch-all's.
            assert!(seen.insert(msg.clone()), "{lang}: twice {msg}");
        }
    }
}
