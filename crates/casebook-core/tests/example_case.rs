//! The canonical example from the design must load unchanged and write back the same.

// Helpers outside #[test] fns are test code too; a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use casebook_core::canonical::{content_hash, strip_nulls};
use casebook_core::{CaseEnvelope, CaseRecord, ConsentState, PartialDate};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/example-case.json");
const SHARED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/design/example-case.json"
);

fn round_trip(json: &str) {
    let original: Value = serde_json::from_str(json).unwrap();
    let record = CaseRecord::from_json_str(json).unwrap();
    let written = record.to_json_value().unwrap();
    assert_eq!(written, strip_nulls(&original));
    record.validate().unwrap();
}

#[test]
fn fixture_round_trips_and_validates() {
    round_trip(FIXTURE);
}

#[test]
fn shared_design_example_is_the_fixture() {
    // CI clones the repo with `shared/` beside it. Without it this test cannot check
    // anything, and a test that passes without checking hides a stale fixture: it fails.
    let shared = std::fs::read_to_string(SHARED).unwrap_or_else(|e| {
        panic!("{SHARED}: {e} (the design repository `shared/` must sit beside this clone)")
    });
    assert_eq!(
        serde_json::from_str::<Value>(&shared).unwrap(),
        serde_json::from_str::<Value>(FIXTURE).unwrap(),
        "tests/fixtures/example-case.json is out of date with shared/design"
    );
    round_trip(&shared);
}

#[test]
fn example_summary() {
    let r = CaseRecord::from_json_str(FIXTURE).unwrap();
    assert_eq!(r.code, "KZ-ALM-2026-0007");
    assert_eq!(
        r.first_incident_date(),
        Some("2026-03-10".parse::<PartialDate>().unwrap())
    );
    assert_eq!((r.country(), r.region()), (Some("KZ"), Some("KZ-75")));
    assert_eq!(r.act_types().len(), 6);
    assert_eq!(r.agencies(), ["drug-control-unit"]);
    assert_eq!(
        r.consented_destinations(),
        ["documentation", "lawyer", "organisation-network-stats"]
    );
    assert_eq!(
        r.consent_for("un-special-procedures"),
        ConsentState::Refused
    );
    assert_eq!(r.consent_for("lawyer"), ConsentState::Given { named: true });
    assert_eq!(
        r.next_follow_up_due().map(|d| d.to_string()),
        Some("2026-04-18".to_owned())
    );
    assert!(r.search_text().iter().any(|p| p.name == "findings"));
}

#[test]
fn envelope_and_hash_are_stable() {
    let mut v: Value = serde_json::from_str(FIXTURE).unwrap();
    v["id"] = Value::String("0190f5d2-7a3c-7cc1-8f00-000000000001".into());
    v["revision"] = Value::String("r1".into());
    let env: CaseEnvelope = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(env.record, CaseRecord::from_json_str(FIXTURE).unwrap());
    assert_eq!(serde_json::to_value(&env).unwrap(), strip_nulls(&v));
    // Key order and nulls of the input must not matter for the content hash.
    let reparsed: Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(
        content_hash(&env.record).unwrap(),
        content_hash(&strip_nulls(&reparsed)).unwrap()
    );
}
