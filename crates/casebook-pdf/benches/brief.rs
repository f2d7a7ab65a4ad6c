//! The advocacy brief over 100k cases: p50/p95 of rendering it in English and
//! Russian, whole country list and a filtered period (the goal is ≤ 1 s). Run with
//! `cargo bench -p casebook-pdf --bench brief` (release).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use casebook_core::facts::CaseFacts;
use casebook_pdf::{render_brief, BriefOptions};
use casebook_stats::{parse_period, StatsFilter};

const CASES: usize = 100_000;
const RUNS: usize = 12;

fn main() {
    let start = Instant::now();
    let facts: Vec<CaseFacts> = casebook_demo::generate(7, CASES)
        .map(|r| CaseFacts::of(&r))
        .collect();
    println!(
        "{CASES} cases' facts made in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let (from, to) = parse_period(Some("2023-01"), Some("2025-12")).unwrap();
    let filtered = StatsFilter {
        from,
        to,
        countries: vec!["UA".into(), "KZ".into(), "GE".into()],
        ..Default::default()
    };
    for (label, lang, filter) in [
        ("en, every case", "en", StatsFilter::default()),
        ("ru, every case", "ru", StatsFilter::default()),
        ("ru, 3 countries, 2023-01..2025-12", "ru", filtered),
    ] {
        let opts = BriefOptions {
            lang: lang.into(),
            filter,
            organisation: Some("Network".into()),
            ..Default::default()
        };
        let mut t: Vec<Duration> = Vec::with_capacity(RUNS);
        let mut size = 0;
        for _ in 0..RUNS {
            let s = Instant::now();
            size = render_brief(&facts, &opts).unwrap().len();
            t.push(s.elapsed());
        }
        t.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "brief {label:<36} p50 {:>8.1} ms   p95 {:>8.1} ms   {:.0} KB",
            ms(t[t.len() / 2]),
            ms(t[(t.len() * 95).div_ceil(100) - 1]),
            size as f64 / 1024.0
        );
    }
}
