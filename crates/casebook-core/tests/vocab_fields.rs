//! `vocab::FIELDS` and the validator agree: at each listed field of the example
//! case, a code of the listed vocabulary is accepted and a code of no list is
//! refused there.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use casebook_core::{vocab, CaseRecord};
use serde_json::Value;

const EXAMPLE: &str = include_str!("fixtures/example-case.json");

/// The first place `field` (indexes left out) can be in `v`, made if missing; the
/// last key's value is replaced by `bogus` (a one-element list where it is a list).
fn put(v: &mut Value, keys: &[&str], bogus: &str, list: bool) -> Option<String> {
    let (key, rest) = keys.split_first()?;
    let obj = v.as_object_mut()?;
    if rest.is_empty() {
        obj.insert(
            (*key).to_owned(),
            if list {
                Value::from(vec![bogus])
            } else {
                Value::from(bogus)
            },
        );
        return Some((*key).to_owned());
    }
    let child = obj.get_mut(*key)?;
    match child {
        Value::Array(items) => {
            let first = items.first_mut()?;
            put(first, rest, bogus, list).map(|p| format!("{key}[0].{p}"))
        }
        Value::Object(_) => put(child, rest, bogus, list).map(|p| format!("{key}.{p}")),
        _ => None,
    }
}

fn problems_at(json: &Value, field: &str) -> Vec<String> {
    let record: CaseRecord = serde_json::from_value(json.clone()).unwrap();
    record
        .validate()
        .err()
        .map(|e| e.errors)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| vocab::field_of_path(&p.path) == field)
        .map(|p| format!("{}: {}", p.path, p.code))
        .collect()
}

#[test]
fn every_listed_field_is_checked_against_its_list_by_the_validator() {
    let example: Value = serde_json::from_str(EXAMPLE).unwrap();
    for (field, list) in vocab::FIELDS {
        let keys: Vec<&str> = field.split('.').collect();
        let is_list = matches!(*field, "survivor.substances" | "responses.services");
        for code in list.codes {
            let mut good = example.clone();
            let path = put(&mut good, &keys, code, is_list)
                .unwrap_or_else(|| panic!("the example case has no {field}"));
            // A good code may still meet other rules (one consent per destination).
            let unknown: Vec<String> = problems_at(&good, field)
                .into_iter()
                .filter(|p| p.ends_with(": unknown-code"))
                .collect();
            assert_eq!(unknown, Vec::<String>::new(), "{path} = {code}");
            assert_eq!(
                vocab::vocabulary_of_path(&path).map(|v| v.name),
                Some(list.name)
            );
        }
        let mut bad = example.clone();
        put(&mut bad, &keys, "zz-not-a-code", is_list);
        assert!(
            !problems_at(&bad, field).is_empty(),
            "{field} is not checked"
        );
    }
    assert!(vocab::vocabulary_of_path("incidents[0].narrative").is_none());
}
