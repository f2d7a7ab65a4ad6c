//! Crash safety: a child process saves revisions and attachments in a loop and is
//! killed with SIGKILL at random moments. After every kill the vault must open,
//! verify, and hold only whole revisions and attachments.
//!
//! `CASEBOOK_CRASH_ROUNDS=1000 cargo test --release -p casebook-store --test crash`
//! runs the long version (scripts/crash-soak.sh).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casebook_store::{AttachmentMeta, Vault};
use common::*;
use rand::{Rng, RngCore, SeedableRng};

const CHILD_ENV: &str = "CASEBOOK_CRASH_CHILD_DIR";

/// The writer. Does nothing in a normal test run; the parent re-executes this test
/// binary with the environment variable set.
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let mut vault = open(&dir);
    let mut rng = rand::rngs::StdRng::from_entropy();
    // Tell the parent we are writing, so kills land in the middle of real work.
    println!("ready");
    for i in 0u64.. {
        let mut r = vault.get_case("KZ-ALM-2026-0007").unwrap().record;
        r.notes = Some(format!(
            "round note {i} {}",
            "Ж".repeat(rng.gen_range(0..2000))
        ));
        vault
            .edit_case("KZ-ALM-2026-0007", r, "child", None)
            .unwrap();
        if i % 4 == 0 {
            let mut data = vec![0u8; rng.gen_range(1..1_500_000)];
            rng.fill_bytes(&mut data);
            vault
                .attach_reader(
                    "KZ-ALM-2026-0007",
                    &data[..],
                    AttachmentMeta {
                        file_name: format!("f{i}.bin"),
                        ..Default::default()
                    },
                    "child",
                )
                .unwrap();
        }
    }
}

const REKEY_CHILD_ENV: &str = "CASEBOOK_CRASH_REKEY_DIR";

/// Rekeys over and over; the parent kills it, as `crash_child`.
#[test]
fn crash_rekey_child() {
    let Some(dir) = std::env::var_os(REKEY_CHILD_ENV) else {
        return;
    };
    let mut vault = open(std::path::Path::new(&dir));
    println!("ready");
    loop {
        vault
            .rekey(&casebook_store::Secret::from(PASS), None)
            .unwrap();
    }
}

/// SIGKILL in the middle of rekeys, inside SQLCipher's rewrite too: the passphrase
/// always opens the vault, which verifies and holds every case and attachment byte.
#[test]
fn vault_survives_sigkill_during_rekeys() {
    let rounds: usize = std::env::var("CASEBOOK_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault.add_case(example(), "parent").unwrap();
    let data: Vec<u8> = (0..2_500_000u32).map(|n| (n % 251) as u8).collect();
    let sha = vault
        .attach_reader("KZ-ALM-2026-0007", &data[..], Default::default(), "parent")
        .unwrap()
        .sha256
        .unwrap();
    drop(vault);
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rngs::StdRng::from_entropy();
    let mut interrupted = 0;
    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args([
                "crash_rekey_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(REKEY_CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut buf = [0u8; 64];
        let mut seen = String::new();
        while !seen.contains("ready") {
            let n = std::io::Read::read(&mut out, &mut buf).unwrap();
            assert!(n > 0, "child exited before rekeying (round {round})");
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        std::thread::sleep(Duration::from_millis(rng.gen_range(5..400)));
        child.kill().unwrap();
        child.wait().unwrap();
        interrupted += usize::from(dir.path().join("vault.keys.next").exists());
        let vault = Vault::open_with(dir.path(), &pass(PASS), &fast())
            .unwrap_or_else(|e| panic!("round {round}: no open after SIGKILL in a rekey: {e:?}"));
        let report = vault.verify().unwrap();
        assert!(report.is_ok(), "round {round}: {report:?}");
        let mut got = vec![];
        vault.read_attachment(&sha, &mut got).unwrap();
        assert!(got == data, "round {round}: attachment changed");
        assert!(!dir.path().join("vault.keys.next").exists());
    }
    eprintln!("rekey crash test: {rounds} kills, {interrupted} inside a rekey");
}

#[test]
fn vault_survives_sigkill_at_random_moments() {
    let rounds: usize = std::env::var("CASEBOOK_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let fresh = || {
        let dir = tempfile::tempdir().unwrap();
        let (mut vault, _) = new_vault(dir.path());
        vault.add_case(example(), "parent").unwrap();
        dir
    };
    let mut dir = fresh();
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rngs::StdRng::from_entropy();
    let mut last_revisions = 0;
    let started = Instant::now();
    let mut reopen_total = Duration::ZERO;
    let mut kept = 0;
    for round in 0..rounds {
        // Every check re-reads the whole vault; a new vault every 50 kills keeps a
        // 1000-round run linear without weakening what each kill tests.
        if round > 0 && round % 50 == 0 {
            kept += last_revisions;
            dir = fresh();
            last_revisions = 0;
        }
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait for "ready" so the kill interrupts writing, not unlocking.
        let mut out = child.stdout.take().unwrap();
        let mut buf = [0u8; 64];
        let mut seen = String::new();
        while !seen.contains("ready") {
            let n = std::io::Read::read(&mut out, &mut buf).unwrap();
            assert!(n > 0, "child exited before writing (round {round})");
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        std::thread::sleep(Duration::from_millis(rng.gen_range(5..250)));
        child.kill().unwrap();
        child.wait().unwrap();

        let t = Instant::now();
        let vault = Vault::open_with(dir.path(), &pass(PASS), &fast())
            .unwrap_or_else(|e| panic!("round {round}: vault does not open after SIGKILL: {e:?}"));
        reopen_total += t.elapsed();
        let report = vault.verify().unwrap();
        assert!(report.is_ok(), "round {round}: {report:?}");
        let case = vault.get_case("KZ-ALM-2026-0007").unwrap();
        let history = vault.history(&case.id).unwrap();
        assert!(
            history.len() >= last_revisions,
            "round {round}: revisions lost"
        );
        last_revisions = history.len();
        for a in &case
            .record
            .evidence
            .as_ref()
            .map(|e| e.attachments.clone())
            .unwrap_or_default()
        {
            let n = vault
                .read_attachment(a.sha256.as_deref().unwrap(), &mut std::io::sink())
                .unwrap();
            assert_eq!(Some(n), a.size, "round {round}: attachment not whole");
        }
    }
    eprintln!(
        "crash test: {rounds} rounds, {} revisions checked intact, mean reopen+verify {:?}, total {:?}",
        kept + last_revisions,
        reopen_total / rounds.max(1) as u32,
        started.elapsed()
    );
}
