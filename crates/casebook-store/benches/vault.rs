//! Vault benchmark: unlock, save, list page and search latencies on N synthetic
//! cases, encrypted and (same code, same schema) unencrypted, to give the cost of
//! encryption as a ratio.
//!
//! cargo bench -p casebook-store --features plaintext-bench --bench vault -- --cases 100000

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::Path;
use std::time::{Duration, Instant};

use casebook_store::{CaseQuery, Secret, SortKey, UnlockSecret, Vault, VaultOptions};
use rand::{Rng, SeedableRng};

const PASS: &str = "benchmark passphrase";
const SAMPLES: usize = 300;

struct Stats(Vec<Duration>);

impl Stats {
    fn pct(&self, p: f64) -> Duration {
        let mut v = self.0.clone();
        v.sort();
        let idx = ((v.len() as f64 - 1.0) * p).round() as usize;
        v[idx]
    }
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

struct Figures {
    fill: Duration,
    save: Stats,
    list: Stats,
    search: Stats,
    after_save: Stats,
    idle: Stats,
}

const SEARCH_WORDS: &[&str] = &[
    "задерж",
    "избил",
    "метадон",
    "адвокат",
    "затрим",
    "поліц",
    "police",
    "beaten",
    "протокол",
    "KZ-ALM",
    "телефон",
    "штраф",
    "lawyer",
    "custody",
];

fn workload(vault: &mut Vault, n: usize) -> (Stats, Stats, Stats, Stats, Stats) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let codes: Vec<String> = vault
        .list_cases(&CaseQuery {
            limit: 500,
            sort: SortKey::CodeAsc,
            ..Default::default()
        })
        .unwrap()
        .items
        .into_iter()
        .map(|c| c.code)
        .collect();
    let mut save = vec![];
    let mut idle = vec![];
    for i in 0..SAMPLES {
        let code = &codes[rng.gen_range(0..codes.len())];
        let mut r = vault.get_case(code).unwrap().record;
        r.notes = Some(format!("benchmark edit {i}"));
        let t = Instant::now();
        vault
            .edit_case(code, r, "bench", Some("benchmark"))
            .unwrap();
        save.push(t.elapsed());
        // A person's saves are seconds apart; the desktop does the idle work (search
        // index, log copy) in between. Timed on its own: nobody waits for it.
        let t = Instant::now();
        vault.idle_work().unwrap();
        idle.push(t.elapsed());
    }
    let sorts = [
        SortKey::UpdatedDesc,
        SortKey::IncidentDesc,
        SortKey::CodeAsc,
        SortKey::DueAsc,
    ];
    let mut list = vec![];
    for i in 0..SAMPLES {
        let mut q = CaseQuery {
            sort: sorts[i % sorts.len()],
            offset: rng
                .gen_range(0..(n as u64).saturating_sub(50).max(1))
                .min(5000),
            limit: 50,
            ..Default::default()
        };
        match i % 5 {
            1 => q.status = Some("open".into()),
            2 => q.act_type = Some("beating".into()),
            3 => q.country = Some("KZ".into()),
            4 => q.consent = Some("lawyer".into()),
            _ => {}
        }
        let t = Instant::now();
        let page = vault.list_cases(&q).unwrap();
        list.push(t.elapsed());
        assert!(page.items.len() <= 50);
    }
    // Every search is new, as when someone types: word prefixes of three letters
    // and more, then pairs of words. No total is in the cache from before.
    let mut queries: Vec<String> = vec![];
    for w in SEARCH_WORDS {
        let chars: Vec<char> = w.chars().collect();
        for len in 3..=chars.len() {
            queries.push(chars[..len].iter().collect());
        }
    }
    for a in SEARCH_WORDS {
        for b in SEARCH_WORDS {
            if a != b {
                queries.push(format!("{a} {b}"));
            }
        }
    }
    let mut search = vec![];
    for text in queries.into_iter().take(SAMPLES) {
        let q = CaseQuery {
            text: Some(text),
            limit: 50,
            ..Default::default()
        };
        let t = Instant::now();
        vault.list_cases(&q).unwrap();
        search.push(t.elapsed());
    }
    // The first page right after a save, when everything the list keeps between
    // writes has to be read again.
    let mut after_save = vec![];
    for i in 0..SAMPLES / 3 {
        let code = &codes[rng.gen_range(0..codes.len())];
        let mut r = vault.get_case(code).unwrap().record;
        r.notes = Some(format!("benchmark edit again {i}"));
        vault
            .edit_case(code, r, "bench", Some("benchmark"))
            .unwrap();
        let q = CaseQuery {
            sort: sorts[i % sorts.len()],
            limit: 50,
            ..Default::default()
        };
        let t = Instant::now();
        vault.list_cases(&q).unwrap();
        after_save.push(t.elapsed());
    }
    (
        Stats(save),
        Stats(list),
        Stats(search),
        Stats(after_save),
        Stats(idle),
    )
}

fn fill(vault: &mut Vault, n: usize) -> Duration {
    let t = Instant::now();
    vault
        .add_cases(casebook_demo::generate(42, n), "bench")
        .unwrap();
    t.elapsed()
}

fn run_encrypted(dir: &Path, n: usize) -> (Figures, Stats) {
    let (mut vault, _) = Vault::create(dir, &Secret::from(PASS), &VaultOptions::default()).unwrap();
    let f = fill(&mut vault, n);
    drop(vault);
    let mut unlock = vec![];
    for _ in 0..5 {
        let t = Instant::now();
        let v = Vault::open(dir, &UnlockSecret::Passphrase(Secret::from(PASS))).unwrap();
        unlock.push(t.elapsed());
        drop(v);
    }
    let mut vault = Vault::open(dir, &UnlockSecret::Passphrase(Secret::from(PASS))).unwrap();
    let (save, list, search, after_save, idle) = workload(&mut vault, n);
    (
        Figures {
            fill: f,
            save,
            list,
            search,
            after_save,
            idle,
        },
        Stats(unlock),
    )
}

fn run_plain(dir: &Path, n: usize) -> Figures {
    let mut vault = Vault::create_plaintext_for_bench(dir).unwrap();
    let f = fill(&mut vault, n);
    let (save, list, search, after_save, idle) = workload(&mut vault, n);
    Figures {
        fill: f,
        save,
        list,
        search,
        after_save,
        idle,
    }
}

/// What one durable write costs on this disk: 4 KiB appended and `fdatasync`ed, as a
/// WAL commit does at least once. A save cannot be faster than this.
fn fsync_floor(dir: &Path) -> Stats {
    use std::io::Write as _;
    let path = dir.join("fsync-probe");
    let mut f = std::fs::File::create(&path).unwrap();
    let block = [0u8; 4096];
    let mut v = vec![];
    for _ in 0..100 {
        let t = Instant::now();
        f.write_all(&block).unwrap();
        f.sync_data().unwrap();
        v.push(t.elapsed());
    }
    std::fs::remove_file(path).unwrap();
    Stats(v)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut sizes = vec![];
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--cases" {
            if let Some(v) = args.get(i + 1) {
                sizes.extend(v.split(',').filter_map(|s| s.parse::<usize>().ok()));
            }
            i += 1;
        }
        i += 1;
    }
    if sizes.is_empty() {
        sizes = vec![10_000];
    }
    for n in sizes {
        let enc_dir = tempfile::tempdir().unwrap();
        let plain_dir = tempfile::tempdir().unwrap();
        let (enc, unlock) = run_encrypted(enc_dir.path(), n);
        let plain = run_plain(plain_dir.path(), n);
        let floor = fsync_floor(enc_dir.path());
        println!("\n== {n} cases ({SAMPLES} samples each; ms) ==");
        println!(
            "fsync floor (4 KiB append + fdatasync): p50 {} p95 {}",
            ms(floor.pct(0.5)),
            ms(floor.pct(0.95))
        );
        println!(
            "unlock (default Argon2id, 64 MiB, t=3): p50 {} max {}",
            ms(unlock.pct(0.5)),
            ms(unlock.pct(1.0))
        );
        println!(
            "fill: encrypted {:.1} s, plain {:.1} s",
            enc.fill.as_secs_f64(),
            plain.fill.as_secs_f64()
        );
        println!(
            "{:<10} {:>10} {:>10} {:>10} {:>10} {:>8}",
            "op", "enc p50", "enc p95", "plain p50", "plain p95", "ratio95"
        );
        // list: random filter, sort and page; search: a new text each time;
        // list*: first page right after a save; idle: the work after each save that
        // nobody waits for (search index catching up, log copied into the database).
        for (name, e, p) in [
            ("save", &enc.save, &plain.save),
            ("list", &enc.list, &plain.list),
            ("search", &enc.search, &plain.search),
            ("list*", &enc.after_save, &plain.after_save),
            ("idle", &enc.idle, &plain.idle),
        ] {
            println!(
                "{:<10} {:>10} {:>10} {:>10} {:>10} {:>8.2}",
                name,
                ms(e.pct(0.5)),
                ms(e.pct(0.95)),
                ms(p.pct(0.5)),
                ms(p.pct(0.95)),
                e.pct(0.95).as_secs_f64() / p.pct(0.95).as_secs_f64().max(1e-9)
            );
        }
    }
}
