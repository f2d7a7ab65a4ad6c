//! Counting over 100k cases: p50/p95 of one dimension, two dimensions with a filter
//! and a period, and reading the facts back from their stored form (what the vault
//! does once after each write). Run with `cargo bench -p casebook-stats --bench count`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use casebook_core::facts::CaseFacts;
use casebook_stats::{count, export, parse_period, Dimension, StatsFilter, StatsQuery};

const CASES: usize = 100_000;
const RUNS: usize = 40;

fn percentiles(mut t: Vec<Duration>) -> (f64, f64) {
    t.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(t[t.len() / 2]), ms(t[(t.len() * 95).div_ceil(100) - 1]))
}

fn time(label: &str, mut f: impl FnMut()) {
    let mut t = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        f();
        t.push(start.elapsed());
    }
    let (p50, p95) = percentiles(t);
    println!("{label:<58} p50 {p50:>8.2} ms   p95 {p95:>8.2} ms");
}

fn main() {
    let start = Instant::now();
    let facts: Vec<CaseFacts> = casebook_demo::generate(7, CASES)
        .map(|r| CaseFacts::of(&r))
        .collect();
    println!(
        "{CASES} cases' facts made in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let stored: Vec<String> = facts.iter().map(CaseFacts::to_compact).collect();
    let bytes: usize = stored.iter().map(String::len).sum();
    println!(
        "stored facts: {:.1} MB ({} bytes a case)",
        bytes as f64 / 1e6,
        bytes / CASES
    );

    let (from, to) = parse_period(Some("2023-01"), Some("2025-12")).unwrap();
    let filtered = StatsFilter {
        from,
        to,
        countries: vec!["UA".into(), "KZ".into(), "GE".into()],
        ..Default::default()
    };
    let query = |by: &[Dimension], filter: &StatsFilter| StatsQuery {
        by: by.to_vec(),
        filter: filter.clone(),
        min_cell: 5,
    };
    time("read facts from their stored form (once per write)", || {
        let back: Vec<CaseFacts> = stored
            .iter()
            .map(|s| CaseFacts::from_compact(s).unwrap())
            .collect();
        assert_eq!(back.len(), CASES);
    });
    for dim in [Dimension::Act, Dimension::Region, Dimension::Month] {
        time(&format!("one dimension: {}", dim.code()), || {
            count(&facts, &query(&[dim], &StatsFilter::default())).unwrap();
        });
        time(
            &format!("one dimension: {}, 3 countries, 2023-2025", dim.code()),
            || {
                count(&facts, &query(&[dim], &filtered)).unwrap();
            },
        );
    }
    for by in [
        [Dimension::Act, Dimension::Country],
        [Dimension::Region, Dimension::Agency],
        [Dimension::Month, Dimension::ActGroup],
    ] {
        let name = format!(
            "two dimensions: {} x {}, 3 countries, 2023-2025",
            by[0].code(),
            by[1].code()
        );
        time(&name, || {
            count(&facts, &query(&by, &filtered)).unwrap();
        });
    }
    let t = count(
        &facts,
        &query(&[Dimension::Act, Dimension::Region], &filtered),
    )
    .unwrap();
    let l = casebook_i18n::Localizer::new("ru").unwrap();
    time("CSV of act x region (ru)", || {
        export::to_csv(&t, &l).unwrap();
    });
    time("XLSX of act x region (ru)", || {
        export::to_xlsx(&t, &l).unwrap();
    });
}
