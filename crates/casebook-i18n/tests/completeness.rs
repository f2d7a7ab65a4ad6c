//! A missing message in any shipped language fails here, before a person ever sees an
//! id instead of a sentence.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use casebook_i18n::{Localizer, SHIPPED};

fn ids(lang: &str) -> BTreeSet<String> {
    Localizer::message_ids(lang).into_iter().collect()
}

#[test]
fn every_language_has_every_message() {
    let all: BTreeSet<String> = SHIPPED.iter().flat_map(|l| ids(l)).collect();
    assert!(all.len() > 300, "suspiciously few messages: {}", all.len());
    for lang in SHIPPED {
        let have = ids(lang);
        let missing: Vec<_> = all.difference(&have).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn every_vocabulary_code_and_validation_message_has_words() {
    for lang in SHIPPED {
        let have = ids(lang);
        for id in casebook_core::vocab::all_message_ids() {
            assert!(have.contains(&id), "{lang} lacks {id}");
        }
        for id in casebook_core::VALIDATION_MESSAGE_IDS {
            assert!(have.contains(*id), "{lang} lacks {id}");
        }
        for id in casebook_store::StoreError::message_ids() {
            assert!(have.contains(id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn russian_plurals_follow_the_number() {
    let ru = Localizer::new("ru").unwrap();
    let one = ru.msg("cli-list-total", &[("shown", "1"), ("total", "1")]);
    let many = ru.msg("cli-list-total", &[("shown", "5"), ("total", "5")]);
    assert!(one.ends_with("дела"), "{one}");
    assert!(many.ends_with("дел"), "{many}");
}

#[test]
fn every_message_formats_without_missing_arguments() {
    for lang in SHIPPED {
        let l = Localizer::new(lang).unwrap();
        for id in ids(lang) {
            let text = l.msg(&id, &[]);
            assert!(!text.is_empty(), "{lang}/{id} is empty");
            assert_ne!(text, id, "{lang}/{id} does not resolve");
        }
    }
}
