//! A network at scale: a hub holding 200 centres × 5,000 records (1M aggregate
//! records). Measures the import of one centre's 5,000-record statistics bundle,
//! `stats --network` by one and by two dimensions (p95 of repeated counts, each
//! reading every record from the vault as the command does), and the hub's memory
//! while counting.
//!
//! `cargo bench -p casebook-bundle --bench network`; sizes from the environment:
//! BENCH_CENTRES (default 200), BENCH_RECORDS (per centre, default 5000),
//! BENCH_RUNS (counts per query, default 20), BENCH_DIR (default /tmp).
//! Targets (issue 19): import ≤ 1 s, one dimension p95 ≤ 300 ms, two ≤ 600 ms,
//! memory ≤ 200 MB. The figures are printed; a target missed is printed as MISSED.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::Path;
use std::time::{Duration, Instant};

use casebook_bundle::{
    add_contact, export_aggregate, import_file, AggregateOptions, DeviceKeys, ImportOptions,
};
use casebook_core::facts::{CaseFacts, StatsConsent};
use casebook_core::network::CentreSnapshot;
use casebook_stats::{parse_dimensions, Scope, StatsQuery};
use casebook_store::{ContactRole, KdfParams, Secret, Vault, VaultOptions};

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn vm_hwm_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn reset_hwm() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn vault(dir: &Path) -> Vault {
    Vault::create(
        dir,
        &Secret::from("bench passphrase"),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .unwrap()
    .0
}

fn p95(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[(times.len() * 95).div_ceil(100).saturating_sub(1)]
}

fn check(what: &str, got: f64, target: f64, unit: &str) {
    let verdict = if got <= target { "ok" } else { "MISSED" };
    println!("{what}: {got:.1} {unit} (target ≤ {target} {unit}) {verdict}");
}

fn main() {
    let centres = env("BENCH_CENTRES", 200) as usize;
    let records = env("BENCH_RECORDS", 5000) as usize;
    let runs = env("BENCH_RUNS", 20) as usize;
    let base = std::env::var("BENCH_DIR").unwrap_or_else(|_| "/tmp".into());
    let dir = tempfile::tempdir_in(base).unwrap();

    // Real-looking facts: the demo generator's cases, all with consent given.
    let facts: Vec<CaseFacts> = casebook_demo::generate(19, records)
        .map(|r| CaseFacts {
            consent: StatsConsent::Given,
            ..CaseFacts::of(&r)
        })
        .collect();

    let mut hub = vault(&dir.path().join("hub"));
    let t = Instant::now();
    let made = chrono::Utc::now();
    for c in 0..centres {
        let key = format!("{:064x}", c + 1);
        let mut n = 0u128;
        let s = CentreSnapshot::of_centre(&key, &format!("Centre {c}"), 1, made, &facts, || {
            n += 1;
            n
        });
        hub.accept_snapshot(&s).unwrap();
    }
    println!(
        "hub filled: {centres} centres × {records} records = {} records in {:.1} s",
        centres * records,
        t.elapsed().as_secs_f64()
    );

    // One centre's bundle of `records` records, from a relay that holds exactly that
    // centre's snapshot (a centre vault of 5,000 full cases takes minutes to fill;
    // the bundle is the same size and kind either way).
    let mut relay = vault(&dir.path().join("relay"));
    let mut n = 0u128;
    let one = CentreSnapshot::of_centre(
        &format!("{:064x}", 9_999_999),
        "New centre",
        1,
        made,
        &facts,
        || {
            n += 1;
            n
        },
    );
    relay.accept_snapshot(&one).unwrap();
    let card = DeviceKeys::of(&hub).unwrap().card("Hub");
    add_contact(
        &mut relay,
        &card,
        None,
        ContactRole::Network,
        Some(&card.fingerprint),
    )
    .unwrap();
    let card = DeviceKeys::of(&relay).unwrap().card("Relay");
    add_contact(
        &mut hub,
        &card,
        None,
        ContactRole::Network,
        Some(&card.fingerprint),
    )
    .unwrap();
    let bundle = dir.path().join("one-centre.cbk");
    export_aggregate(
        &mut relay,
        &bundle,
        &AggregateOptions {
            to: vec!["Hub".into()],
            network: true,
            sender_name: "Relay".into(),
        },
    )
    .unwrap();
    let size = std::fs::metadata(&bundle).unwrap().len();
    let t = Instant::now();
    let s = import_file(
        &mut hub,
        &bundle,
        &ImportOptions::default(),
        "bench",
        &mut |_| {},
    )
    .unwrap();
    let import = t.elapsed();
    assert_eq!(s.snapshots.len(), 1);
    println!("bundle of one centre: {} KiB", size / 1024);
    check(
        &format!(
            "import of {records} records into a hub of {}",
            centres * records
        ),
        import.as_secs_f64() * 1000.0,
        1000.0,
        "ms",
    );

    let total = (centres + 1) * records;
    let t = Instant::now();
    let mut bytes = 0usize;
    hub.each_network_body(|_, _, b| {
        bytes += b.len();
        Ok::<_, casebook_store::StoreError>(())
    })
    .unwrap();
    println!(
        "reading {bytes} bytes of packed records alone: {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    reset_hwm();
    let before = vm_hwm_mb();
    for (by, target) in [
        ("act", 300.0),
        ("region", 300.0),
        ("centre", 300.0),
        ("act,country", 600.0),
        ("centre,act-group", 600.0),
    ] {
        let query = StatsQuery {
            by: parse_dimensions(by).unwrap(),
            filter: Default::default(),
            min_cell: 5,
        };
        let mut times = vec![];
        for _ in 0..runs {
            let t = Instant::now();
            let table = Scope::Network.count(&hub, &query).unwrap();
            times.push(t.elapsed());
            assert_eq!(table.total, Some(total as u64));
        }
        check(
            &format!("stats --network --by {by} over {total} records, p95 of {runs}"),
            p95(times).as_secs_f64() * 1000.0,
            target,
            "ms",
        );
    }
    let peak = vm_hwm_mb();
    println!("peak RSS while counting: {peak:.0} MB (before: {before:.0} MB)");
    check("hub memory while counting", peak, 200.0, "MB");
}
