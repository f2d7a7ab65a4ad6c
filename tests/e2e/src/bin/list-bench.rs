//! Case-list benchmark (not a test): drives the real program over a large vault and
//! reports how long a search takes to reach the screen, and how much memory the
//! program uses, WebKit processes included, idle with the list open.
//!
//!   CASEBOOK_PASSPHRASE=… casebook --vault DIR demo-data --cases 100000
//!   CASEBOOK_PASSPHRASE=… DISPLAY=:N cargo run -p casebook-e2e --bin list-bench -- DIR
//!
//! Search latency is measured inside the page: from the `input` event of the
//! search box to the first animation frame after the rows for that text are in the
//! DOM (so it includes IPC, the query, Svelte's update and layout), over 20 queries.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use casebook_e2e::{preflight, run, App, Profile, Result};

/// Cyrillic pseudonyms, words and mid-word substrings from the demo data; some
/// match a few thousand cases, some tens of thousands.
const QUERIES: &[&str] = &[
    "Динара",
    "Марина",
    "Зарина",
    "Мадина",
    "Светлана",
    "Кристина",
    "Малика",
    "ульна",
    "дубинк",
    "налоксон",
    "шприц",
    "етадон",
    "аптеки",
    "лікарні",
    "пакетик",
    "наркоманк",
    "подъезд",
    "почкам",
    "Динара налоксон",
    "Оксана шприц",
];

const MEASURE: &str = r#"
const [q, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[data-testid=case-search]');
const t0 = performance.now();
input.value = q;
input.dispatchEvent(new Event('input', { bubbles: true }));
const deadline = t0 + 30000;
function check() {
  // Rows (or "no case matches") for exactly this text, not the previous one.
  const shown = document.querySelector(
    '[data-testid=cases-table], [data-testid=cases-no-match]');
  if (shown && shown.dataset.query === q) {
    requestAnimationFrame(() => done({
      ms: performance.now() - t0,
      rows: document.querySelectorAll('[data-testid=case-row]').length,
      found: (document.querySelector('[data-testid=cases-found]') || {}).textContent || '0',
    }));
  } else if (performance.now() > deadline) {
    done({ ms: -1, rows: 0, found: 'timeout' });
  } else {
    requestAnimationFrame(check);
  }
}
check();
"#;

/// The same query straight over IPC, without rendering: what the store and IPC cost.
const IPC_ONLY: &str = r#"
const [q, done] = [arguments[0], arguments[arguments.length - 1]];
const t0 = performance.now();
window.__TAURI_INTERNALS__
  .invoke('cases_query', { query: { text: q, offset: 0, limit: 50 } })
  .then((r) => done({ ms: performance.now() - t0, total: r.total }))
  .catch((e) => done({ ms: -1, total: String(e) }));
"#;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p / 100.0 * (sorted.len() as f64 - 1.0)).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Every process under `root` (inclusive), from /proc.
fn tree(root: u32) -> Vec<u32> {
    let mut parents: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for e in dir.flatten() {
            let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // pid (comm) state ppid …; comm may contain spaces, so split after ')'.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|s| s.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parents.entry(ppid).or_default().push(pid);
            }
        }
    }
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        if let Some(kids) = parents.get(&out[i]) {
            out.extend(kids);
        }
        i += 1;
    }
    out
}

fn kib(path: &str, key: &str) -> u64 {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn comm(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn main() -> Result<()> {
    let vault: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: list-bench VAULT_DIR (made with casebook demo-data)")?;
    let passphrase = std::env::var("CASEBOOK_PASSPHRASE").map_err(|_| "set CASEBOOK_PASSPHRASE")?;
    let env = preflight()?.ok_or("CASEBOOK_E2E=skip")?;
    run(async move {
        let profile = Profile::new()?;
        // The profile's vault is the big one.
        std::os::unix::fs::symlink(std::fs::canonicalize(&vault)?, profile.vault_dir())?;
        let app = App::launch(&env, &profile).await?;
        app.type_into("#passphrase", &passphrase).await?;
        app.click("[data-testid=unlock]").await?;
        app.find("[data-testid=cases-table]").await?;
        let total = app.text("[data-testid=case-count]").await?;
        println!("vault: {total}");

        // One warm-up query (first use of the FTS pages), not counted.
        app.client
            .execute_async(MEASURE, vec![serde_json::json!("Ирина")])
            .await?;
        let mut times = vec![];
        let mut ipc_times = vec![];
        for q in QUERIES {
            // The rendered search first, while nothing about this text is cached;
            // the bare query second, for comparison.
            let r = app
                .client
                .execute_async(MEASURE, vec![serde_json::json!(q)])
                .await?;
            let ipc = app
                .client
                .execute_async(IPC_ONLY, vec![serde_json::json!(q)])
                .await?;
            ipc_times.push(ipc["ms"].as_f64().unwrap_or(-1.0));
            let ms = r["ms"].as_f64().unwrap_or(-1.0);
            println!(
                "  {q:<16} {ms:7.1} ms  (IPC only {:6.1} ms)  rows {:>3}  {}",
                ipc["ms"].as_f64().unwrap_or(-1.0),
                r["rows"],
                r["found"].as_str().unwrap_or("").trim()
            );
            if ms < 0.0 {
                return Err(format!("{q}: no rows after 30 s").into());
            }
            times.push(ms);
        }
        times.sort_by(f64::total_cmp);
        ipc_times.sort_by(f64::total_cmp);
        println!(
            "the same query again over IPC alone (totals cached): p50 {:.1} ms, p95 {:.1} ms",
            percentile(&ipc_times, 50.0),
            percentile(&ipc_times, 95.0)
        );
        println!(
            "search to first page rendered: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} queries)",
            percentile(&times, 50.0),
            percentile(&times, 95.0),
            times[times.len() - 1],
            times.len()
        );

        // Back to the full list, then leave it alone.
        app.client
            .execute_async(MEASURE, vec![serde_json::json!("")])
            .await?;
        tokio::time::sleep(Duration::from_secs(15)).await;
        let pid =
            casebook_e2e::program_pid(&profile.vault_dir()).ok_or("program process not found")?;
        let (mut rss, mut pss) = (0, 0);
        for p in tree(pid) {
            let r = kib(&format!("/proc/{p}/status"), "VmRSS:");
            let s = kib(&format!("/proc/{p}/smaps_rollup"), "Pss:");
            println!(
                "  {p:>7} {:<20} RSS {:>7} KiB  PSS {:>7} KiB",
                comm(p),
                r,
                s
            );
            rss += r;
            pss += s;
        }
        println!(
            "memory idle with the list open: PSS {:.1} MiB, RSS {:.1} MiB (all processes of the program)",
            pss as f64 / 1024.0,
            rss as f64 / 1024.0
        );
        app.quit().await
    })
}
