//! Every key a case record can hold has words for the history's "what changed"
//! (`field-<key>` in locales/*/fields.ftl), in every shipped language, and each
//! resolves to real words (its reference exists).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use casebook_i18n::{Localizer, SHIPPED};
use serde_json::Value;

const EXAMPLE: &str = include_str!("../../casebook-core/tests/fixtures/example-case.json");

/// Keys the history never shows on their own: the record's identity and references.
const NOT_SHOWN: &[&str] = &[
    "schema_version",
    "case_id",
    "code",
    "created_at",
    "updated_at",
    "ref",
    "perpetrator_refs",
    "sha256",
    "media_type",
    "file_name",
    "size_bytes",
    "captured_at",
    "received_at",
    "revoked_at",
    "acts_refs",
];

fn keys(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                out.insert(k.clone());
                keys(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| keys(i, out)),
        _ => {}
    }
}

#[test]
fn every_record_key_has_words_in_every_language() {
    let example: Value = serde_json::from_str(EXAMPLE).unwrap();
    let mut all = std::collections::BTreeSet::new();
    keys(&example, &mut all);
    let wanted: Vec<&String> = all
        .iter()
        .filter(|k| !NOT_SHOWN.contains(&k.as_str()))
        .collect();
    assert!(wanted.len() > 60, "{wanted:?}");
    for lang in SHIPPED {
        let l = Localizer::new(lang).unwrap();
        let missing: Vec<_> = wanted
            .iter()
            .filter(|k| !l.has(&format!("field-{k}")))
            .collect();
        assert!(missing.is_empty(), "{lang}: no field-<key> for {missing:?}");
        for k in &wanted {
            let text = l.msg(&format!("field-{k}"), &[]);
            assert!(
                !text.is_empty() && !text.contains('{') && !text.starts_with("field-"),
                "{lang}: field-{k} reads {text:?}"
            );
        }
    }
}
