//! Statistics bundles: what they may carry, how a hub keeps them, and the
//! hostile-bundle rules of case bundles applied to them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use casebook_bundle::raw::{self, RawEntry};
use casebook_bundle::{
    export_aggregate, import, AggregateOptions, BundleError, DeviceKeys, ImportOptions,
    ManifestProblem, SnapshotStanding,
};
use casebook_core::facts::CaseFacts;
use casebook_core::network::SnapshotProblem;
use casebook_core::CaseRecord;
use casebook_store::{StoreError, SyncError, Vault};
use common::*;
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("../../casebook-core/tests/fixtures/example-case.json");

fn example() -> CaseRecord {
    CaseRecord::from_json_value(serde_json::from_str(EXAMPLE).unwrap()).unwrap()
}

/// `from` sends its statistics to `to`; the bundle's bytes.
fn send_stats(net: &mut Net, from: usize, to: usize, network: bool, name: &str) -> Vec<u8> {
    let p = net.bundle_path(name);
    let r = export_aggregate(
        &mut net.vaults[from],
        &p,
        &AggregateOptions {
            to: vec![format!("v{to}")],
            network,
            sender_name: format!("Centre {from}"),
        },
    )
    .unwrap();
    assert_eq!(r.path, p);
    std::fs::read(p).unwrap()
}

fn take(net: &mut Net, to: usize, bytes: &[u8]) -> Result<Vec<SnapshotStanding>, BundleError> {
    let s = import(
        &mut net.vaults[to],
        bytes,
        &ImportOptions::default(),
        "t",
        &mut |_| {},
    )?;
    assert_eq!(s.added + s.updated + s.skipped, 0, "no case is touched");
    Ok(s.snapshots.iter().map(|o| o.standing).collect())
}

/// What a hub holds, to show that a refused bundle changed nothing.
fn hub_state(v: &Vault) -> String {
    format!(
        "{:?}\n{:?}\n{:?}",
        v.network_centres().unwrap(),
        v.network_facts().unwrap(),
        v.audit_head().unwrap().map(|a| (a.seq, a.hash)),
    )
}

/// Every string in the example case that is not the value of a statistics
/// dimension: free text, names, places below the region, exact dates, numbers
/// typed as text.
fn non_dimension_strings(case: &Value, facts: &Value) -> Vec<String> {
    let mut dims = vec![];
    collect(facts, &mut dims);
    let mut all = vec![];
    collect(case, &mut all);
    all.sort();
    all.dedup();
    all.into_iter()
        .filter(|s| s.chars().count() >= 4 && !dims.contains(s))
        .collect()
}

fn collect(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect(x, out)),
        _ => {}
    }
}

fn plaintext(net: &Net, to: usize, bytes: &[u8]) -> Vec<RawEntry> {
    raw::open(bytes, &DeviceKeys::of(&net.vaults[to]).unwrap()).unwrap()
}

#[test]
fn a_statistics_bundle_carries_the_dimension_values_of_consented_cases_and_nothing_else() {
    let mut net = Net::new(2);
    let case = example();
    net.vaults[0].add_case(case.clone(), "a").unwrap();
    // No statistics consent: must not travel at all.
    net.vaults[0]
        .add_case(
            record(
                "KZ-ALM-2026-0099",
                json!({"survivor": {"pseudonym": "SENTINEL-NO-CONSENT"}, "status": "open"}),
            ),
            "a",
        )
        .unwrap();
    let b = send_stats(&mut net, 0, 1, false, "stats.cbk");

    let entries = plaintext(&net, 1, &b);
    let paths: Vec<String> = entries
        .iter()
        .map(|e| String::from_utf8(e.path.clone()).unwrap())
        .collect();
    let centre = DeviceKeys::of(&net.vaults[0]).unwrap().sign_key();
    assert_eq!(
        paths,
        vec![
            "manifest.json".to_owned(),
            "manifest.sig".to_owned(),
            format!("snapshots/{centre}.json")
        ]
    );
    let plain: Vec<u8> = entries.iter().flat_map(|e| e.data.clone()).collect();
    let plain = String::from_utf8(plain).unwrap();
    let facts = serde_json::to_value(CaseFacts::of(&case)).unwrap();
    let case_json: Value = serde_json::from_str(EXAMPLE).unwrap();
    let forbidden = non_dimension_strings(&case_json, &facts);
    assert!(forbidden.len() > 40, "the scan looks for {forbidden:?}");
    // As a JSON value of its own, or (long enough not to be part of a code by
    // chance) anywhere.
    let hits: Vec<&String> = forbidden
        .iter()
        .filter(|s| plain.contains(&format!("\"{s}\"")) || (s.len() >= 12 && plain.contains(*s)))
        .collect();
    assert!(
        hits.is_empty(),
        "non-dimension values in the bundle: {hits:?}"
    );
    for s in ["SENTINEL-NO-CONSENT", "KZ-ALM-2026", "2026-03-10", "0457"] {
        assert!(!plain.contains(s), "{s} travelled");
    }
    // The facts it carries are exactly the case's.
    assert_eq!(take(&mut net, 1, &b).unwrap(), vec![SnapshotStanding::New]);
    let at_hub = net.vaults[1].network_facts().unwrap();
    assert_eq!(at_hub, vec![CaseFacts::of(&case)]);
    // And never among the hub's cases.
    assert_eq!(net.vaults[1].case_count().unwrap(), 0);
}

#[test]
fn a_newer_snapshot_replaces_and_a_late_or_repeated_one_changes_nothing() {
    let mut net = Net::new(2);
    net.vaults[0].add_case(example(), "a").unwrap();
    let first = send_stats(&mut net, 0, 1, false, "one.cbk");
    let mut second_case = example();
    second_case.code = "KZ-ALM-2026-0008".into();
    let id = net.vaults[0].add_case(second_case, "a").unwrap().id;
    let second = send_stats(&mut net, 0, 1, false, "two.cbk");

    assert_eq!(
        take(&mut net, 1, &second).unwrap(),
        vec![SnapshotStanding::New]
    );
    let held = hub_state(&net.vaults[1]);
    assert_eq!(
        take(&mut net, 1, &first).unwrap(),
        vec![SnapshotStanding::Older]
    );
    assert_eq!(
        take(&mut net, 1, &second).unwrap(),
        vec![SnapshotStanding::Same]
    );
    assert_eq!(
        hub_state(&net.vaults[1]),
        held,
        "late and repeated change nothing"
    );
    assert_eq!(net.vaults[1].network_facts().unwrap().len(), 2);

    // She revokes her statistics consent: gone from the next snapshot.
    let mut rec = net.vaults[0].get_case(&id).unwrap().record;
    for c in &mut rec.consents {
        if c.destination.as_deref() == Some("organisation-network-stats") {
            c.revoked_at = Some("2026-04-01".into());
        }
    }
    net.vaults[0]
        .edit_case(&id, rec, "consent revoked", None)
        .unwrap();
    let third = send_stats(&mut net, 0, 1, false, "three.cbk");
    assert_eq!(
        take(&mut net, 1, &third).unwrap(),
        vec![SnapshotStanding::Replaced]
    );
    assert_eq!(net.vaults[1].network_facts().unwrap().len(), 1);
    let c = &net.vaults[1].network_centres().unwrap()[0];
    assert_eq!((c.seq, c.records, c.name.as_str()), (3, 1, "Centre 0"));
}

#[test]
fn a_hub_of_hubs_counts_each_case_once() {
    // v0, v1: centres; v2: national hub; v3: regional hub.
    let mut net = Net::new(4);
    for (v, n) in [(0, 3), (1, 2)] {
        for i in 0..n {
            let mut c = example();
            c.code = format!("KZ-{v}-{i}");
            net.vaults[v].add_case(c, "a").unwrap();
        }
    }
    let a = send_stats(&mut net, 0, 2, false, "a-national.cbk");
    let b = send_stats(&mut net, 1, 2, false, "b-national.cbk");
    take(&mut net, 2, &a).unwrap();
    take(&mut net, 2, &b).unwrap();
    // Centre 0 also reports to the region directly, with the same snapshot number
    // and time as far as the region can tell: it must count once.
    let a_direct = send_stats(&mut net, 0, 3, false, "a-region.cbk");
    take(&mut net, 3, &a_direct).unwrap();
    let onward = send_stats(&mut net, 2, 3, true, "national-region.cbk");
    let standings = take(&mut net, 3, &onward).unwrap();
    // Centre 0's direct snapshot is newer than the one the national hub holds.
    assert_eq!(
        standings
            .iter()
            .filter(|s| **s == SnapshotStanding::Older)
            .count(),
        1,
        "{standings:?}"
    );
    assert_eq!(net.vaults[3].network_facts().unwrap().len(), 5);
    assert_eq!(net.vaults[3].network_centres().unwrap().len(), 2);
    // Again, and once more later: still five.
    take(&mut net, 3, &onward).unwrap();
    let again = send_stats(&mut net, 2, 3, true, "national-region-2.cbk");
    take(&mut net, 3, &again).unwrap();
    assert_eq!(net.vaults[3].network_facts().unwrap().len(), 5);
    // The hub's own cases never go onward, and records get fresh ids each time.
    let first = plaintext(&net, 3, &onward);
    let second = plaintext(&net, 3, &again);
    let ids = |e: &[RawEntry]| -> Vec<String> {
        e[2..]
            .iter()
            .flat_map(|x| {
                let v: Value = serde_json::from_slice(&x.data).unwrap();
                v["records"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["id"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let (one, two) = (ids(&first), ids(&second));
    assert_eq!(one.len(), 5);
    assert!(one.iter().all(|i| !two.contains(i)), "ids link two exports");
}

/// v0 has two consented cases; the statistics bundle it made for v1.
fn small_stats(net: &mut Net) -> Vec<u8> {
    for code in ["KZ-1", "KZ-2"] {
        let mut c = example();
        c.code = code.into();
        net.vaults[0].add_case(c, "a").unwrap();
    }
    send_stats(net, 0, 1, false, "small-stats.cbk")
}

fn refused(net: &mut Net, bytes: &[u8]) -> BundleError {
    let before = hub_state(&net.vaults[1]);
    let e = import(
        &mut net.vaults[1],
        bytes,
        &ImportOptions::default(),
        "t",
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(hub_state(&net.vaults[1]), before, "changed by {e:?}");
    e
}

fn tamper(net: &Net, bytes: &[u8], f: impl FnOnce(&mut Vec<RawEntry>)) -> Vec<u8> {
    let k1 = DeviceKeys::of(&net.vaults[1]).unwrap();
    let k0 = DeviceKeys::of(&net.vaults[0]).unwrap();
    let mut entries = raw::open(bytes, &k1).unwrap();
    f(&mut entries);
    raw::resign(&mut entries, &k0);
    raw::seal(&entries, &k1.age_recipient()).unwrap()
}

/// Rewrites the snapshot and fixes the manifest's size and hash to match, so that
/// only the snapshot's own checks can catch it.
fn rewrite_snapshot(entries: &mut [RawEntry], f: impl FnOnce(&mut Value)) {
    use sha2::Digest;
    let mut snap: Value = serde_json::from_slice(&entries[2].data).unwrap();
    f(&mut snap);
    entries[2].data = serde_json::to_vec(&snap).unwrap();
    let mut m: Value = serde_json::from_slice(&entries[0].data).unwrap();
    m["entries"][0]["size"] = json!(entries[2].data.len());
    m["entries"][0]["sha256"] = json!(hex::encode(sha2::Sha256::digest(&entries[2].data)));
    entries[0].data = serde_json::to_vec_pretty(&m).unwrap();
}

#[test]
fn changed_statistics_bundles_are_refused_and_change_nothing() {
    let mut net = Net::new(3);
    let b = small_stats(&mut net);

    // For someone else.
    let p = net.bundle_path("for-v2.cbk");
    export_aggregate(
        &mut net.vaults[0],
        &p,
        &AggregateOptions {
            to: vec!["v2".into()],
            ..Default::default()
        },
    )
    .unwrap();
    let other = std::fs::read(&p).unwrap();
    assert!(matches!(refused(&mut net, &other), BundleError::NotForUs));

    // A record that names her, in a code field.
    let named = tamper(&net, &b, |e| {
        rewrite_snapshot(e, |s| {
            s["records"][0]["facts"]["acts"] = json!(["beating", "Айгуль Сериковна Н."]);
        })
    });
    assert!(matches!(
        refused(&mut net, &named),
        BundleError::Sync(SyncError::Store(StoreError::BadSnapshot(
            SnapshotProblem::Facts
        )))
    ));
    // A field statistics do not have.
    let extra = tamper(&net, &b, |e| {
        rewrite_snapshot(e, |s| s["records"][0]["facts"]["narrative"] = json!("x"))
    });
    assert!(matches!(
        refused(&mut net, &extra),
        BundleError::BadManifest {
            problem: ManifestProblem::SnapshotDiffers
        }
    ));
    // A record more than the manifest says.
    let more = tamper(&net, &b, |e| {
        rewrite_snapshot(e, |s| {
            let r = s["records"][0].clone();
            s["records"].as_array_mut().unwrap().push(r);
        })
    });
    assert!(matches!(
        refused(&mut net, &more),
        BundleError::BadManifest {
            problem: ManifestProblem::SnapshotDiffers
        }
    ));
    // A case smuggled into a statistics bundle.
    let mixed = tamper(&net, &b, |e| {
        let mut m: Value = serde_json::from_slice(&e[0].data).unwrap();
        m["cases"] = json!([{"case_id": "0190f5d2-7a3c-7cc1-8f00-000000000001",
            "head": "x", "revisions": 1, "redaction": "full"}]);
        e[0].data = serde_json::to_vec_pretty(&m).unwrap();
    });
    assert!(matches!(
        refused(&mut net, &mixed),
        BundleError::BadManifest {
            problem: ManifestProblem::MixedKind
        }
    ));
    // Changed after signing, not re-signed.
    let k1 = DeviceKeys::of(&net.vaults[1]).unwrap();
    let mut entries = raw::open(&b, &k1).unwrap();
    let last = entries[2].data.len() - 3;
    entries[2].data[last] ^= 1;
    let unsigned = raw::seal(&entries, &k1.age_recipient()).unwrap();
    assert!(matches!(
        refused(&mut net, &unsigned),
        BundleError::HashMismatch { .. }
    ));

    // Every truncation and a spread of bit flips.
    let opts = ImportOptions::default();
    let mut tried = 0;
    for len in (0..b.len()).filter(|l| *l < 400 || l % 7 == 0) {
        assert!(
            import(&mut net.vaults[1], &b[..len], &opts, "t", &mut |_| {}).is_err(),
            "truncated to {len}"
        );
        tried += 1;
    }
    for bit in (0..b.len() * 8).filter(|b| b % 13 == 0) {
        let mut m = b.clone();
        m[bit / 8] ^= 1 << (bit % 8);
        assert!(
            import(&mut net.vaults[1], m.as_slice(), &opts, "t", &mut |_| {}).is_err(),
            "bit {bit} flipped"
        );
        tried += 1;
    }
    assert!(tried > 500);
    assert!(net.vaults[1].network_centres().unwrap().is_empty());
    // The untouched one goes in.
    assert_eq!(take(&mut net, 1, &b).unwrap(), vec![SnapshotStanding::New]);
}

#[test]
fn an_unknown_centre_is_asked_to_be_trusted_first() {
    let mut net = Net::new(2);
    let stranger_dir = tempfile::tempdir().unwrap();
    let mut stranger = vault(stranger_dir.path());
    introduce(
        &mut stranger,
        &net.vaults[1],
        "hub",
        casebook_store::ContactRole::OwnDevice,
    );
    stranger.add_case(example(), "a").unwrap();
    let p = net.bundle_path("stranger.cbk");
    export_aggregate(
        &mut stranger,
        &p,
        &AggregateOptions {
            to: vec!["hub".into()],
            sender_name: "Stranger".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let b = std::fs::read(&p).unwrap();
    let BundleError::UnknownSigner { fingerprint, .. } = refused(&mut net, &b) else {
        panic!("not asked")
    };
    let opts = ImportOptions {
        trust_fingerprint: Some(fingerprint),
        ..Default::default()
    };
    let s = import(&mut net.vaults[1], b.as_slice(), &opts, "t", &mut |_| {}).unwrap();
    assert_eq!(s.snapshots[0].name, "Stranger");
    assert_eq!(net.vaults[1].network_facts().unwrap().len(), 1);
}

#[test]
fn a_case_bundle_holding_a_snapshot_is_refused() {
    let mut net = Net::new(2);
    let stats = small_stats(&mut net);
    let k1 = DeviceKeys::of(&net.vaults[1]).unwrap();
    let snapshot = raw::open(&stats, &k1).unwrap().remove(2);
    net.vaults[0]
        .add_case(record("KZ-9", json!({"status": "open"})), "a")
        .unwrap();
    let (p, _) = net.export(0, &[1], casebook_bundle::Selection::All, "cases.cbk");
    let cases = std::fs::read(p).unwrap();
    let mixed = tamper(&net, &cases, |e| {
        let mut m: Value = serde_json::from_slice(&e[0].data).unwrap();
        m["entries"].as_array_mut().unwrap().push(json!({
            "path": String::from_utf8(snapshot.path.clone()).unwrap(),
            "size": snapshot.data.len(),
            "sha256": "00"
        }));
        e[0].data = serde_json::to_vec_pretty(&m).unwrap();
        e.push(snapshot.clone());
    });
    let before = state(&net.vaults[1]);
    let e = import(
        &mut net.vaults[1],
        mixed.as_slice(),
        &ImportOptions::default(),
        "t",
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(
            e,
            BundleError::BadManifest {
                problem: ManifestProblem::MixedKind
            }
        ),
        "{e:?}"
    );
    assert_eq!(state(&net.vaults[1]), before);
}
