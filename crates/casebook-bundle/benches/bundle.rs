//! Export/import throughput against `tar c | age -r` and `age -d | tar x` on the same
//! data, peak memory, and the import time of a many-case bundle.
//!
//! `cargo bench -p casebook-bundle --bench bundle`; sizes from the environment:
//! BENCH_MB (attachments, default 200), BENCH_CASES (default 2000),
//! BENCH_IMPORT_CASES (the many-case import, default 10000).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use age::secrecy::ExposeSecret;
use casebook_bundle::{
    add_contact, export, import_file, DeviceKeys, ExportOptions, ImportOptions, Recipients,
    Selection,
};
use casebook_store::{AttachmentMeta, ContactRole, KdfParams, Secret, Vault, VaultOptions};

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

fn vault(dir: &Path) -> Vault {
    Vault::create(
        dir,
        &Secret::from("long passphrase"),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .unwrap()
    .0
}

/// Pseudo-random, incompressible bytes without holding them in memory.
struct Noise {
    left: u64,
    state: u64,
}

impl Read for Noise {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (buf.len() as u64).min(self.left) as usize;
        for b in &mut buf[..n] {
            self.state ^= self.state << 13;
            self.state ^= self.state >> 7;
            self.state ^= self.state << 17;
            *b = self.state as u8;
        }
        self.left -= n as u64;
        Ok(n)
    }
}

fn sh(cmd: &str) -> f64 {
    let t = Instant::now();
    let ok = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .status()
        .unwrap()
        .success();
    assert!(ok, "{cmd}");
    t.elapsed().as_secs_f64()
}

fn main() {
    let mb = env("BENCH_MB", 200);
    let n_cases = env("BENCH_CASES", 2000) as usize;
    let n_import = env("BENCH_IMPORT_CASES", 10_000) as usize;
    let tmp =
        tempfile::tempdir_in(std::env::var("BENCH_DIR").unwrap_or_else(|_| "/tmp".into())).unwrap();
    let t = tmp.path();
    println!(
        "bundle bench: {mb} MB of attachments, {n_cases} cases; many-case import of {n_import}"
    );

    let mut a = vault(&t.join("a"));
    let mut b = vault(&t.join("b"));
    let kb = DeviceKeys::of(&b).unwrap();
    add_contact(&mut a, &kb.card("b", ContactRole::CentreHub), None, None).unwrap();
    add_contact(
        &mut b,
        &DeviceKeys::of(&a)
            .unwrap()
            .card("a", ContactRole::OwnDevice),
        None,
        None,
    )
    .unwrap();

    let ids: Vec<String> = {
        a.add_cases(casebook_core::demo::generate(1, n_cases), "bench")
            .unwrap();
        a.all_case_ids().unwrap()
    };
    let open_ids: Vec<String> = ids
        .iter()
        .filter(|id| a.get_case(id).unwrap().record.status.as_deref() != Some("sealed"))
        .cloned()
        .collect();
    let file_mb = 4u64;
    let files = (mb / file_mb).max(1);
    for i in 0..files {
        let noise = Noise {
            left: file_mb * 1024 * 1024,
            state: 0x9E37_79B9_7F4A_7C15 ^ (i + 1),
        };
        a.attach_reader(
            &open_ids[i as usize % open_ids.len()],
            noise,
            AttachmentMeta {
                file_name: format!("video{i}.mp4"),
                ..Default::default()
            },
            "bench",
        )
        .unwrap();
    }
    println!("seeded; VmHWM so far {:.0} MB", vm_hwm_mb());

    // The same data as plain files for the baseline.
    let plain = t.join("plain");
    std::fs::create_dir_all(plain.join("cases")).unwrap();
    std::fs::create_dir_all(plain.join("attachments")).unwrap();
    for id in &ids {
        let h = a.case_history(id).unwrap();
        std::fs::write(
            plain.join(format!("cases/{id}.json")),
            serde_json::to_vec(&h).unwrap(),
        )
        .unwrap();
        for sha in h.attachment_hashes() {
            let p = plain.join(format!("attachments/{sha}"));
            if !p.exists() && a.has_blob(&sha).unwrap() {
                let mut f = std::fs::File::create(&p).unwrap();
                std::io::copy(&mut a.blob_reader(&sha).unwrap(), &mut f).unwrap();
            }
        }
    }
    let key = t.join("key.txt");
    std::fs::write(
        &key,
        format!("{}\n", kb.age_identity_secret().expose_secret()),
    )
    .unwrap();
    let _ = sh("sync");

    let out = t.join("bundle.cbk");
    let t0 = Instant::now();
    let r = export(
        &mut a,
        &out,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec!["b".into()])),
        &mut |_| {},
    )
    .unwrap();
    let ours_export = t0.elapsed().as_secs_f64();
    let bytes = r.bytes as f64 / 1e6;
    println!("export: {} cases, {} attachments, {bytes:.0} MB in {ours_export:.2} s ({:.0} MB/s); VmHWM {:.0} MB", r.cases.len(), r.attachments, bytes / ours_export, vm_hwm_mb());

    let theirs_export = sh(&format!(
        "tar c -C '{}' . | age -r {} > '{}'",
        plain.display(),
        kb.age_recipient(),
        t.join("base.age").display()
    ));
    println!(
        "tar c | age -r: {theirs_export:.2} s; export throughput ratio (ours/theirs) {:.2}",
        theirs_export / ours_export
    );

    let t0 = Instant::now();
    let s = import_file(
        &mut b,
        &out,
        &ImportOptions::default(),
        "bench",
        &mut |_| {},
    )
    .unwrap();
    let ours_import = t0.elapsed().as_secs_f64();
    println!(
        "import: {} added, {} attachments in {ours_import:.2} s ({:.0} MB/s); VmHWM {:.0} MB",
        s.added,
        s.attachments_added,
        bytes / ours_import,
        vm_hwm_mb()
    );
    let x = t.join("x");
    std::fs::create_dir_all(&x).unwrap();
    let theirs_import = sh(&format!(
        "age -d -i '{}' '{}' | tar x -C '{}' && sync",
        key.display(),
        t.join("base.age").display(),
        x.display()
    ));
    println!(
        "age -d | tar x: {theirs_import:.2} s; import throughput ratio (ours/theirs) {:.2}",
        theirs_import / ours_import
    );
    drop((a, b));

    // Many cases, no attachments.
    let mut c = vault(&t.join("c"));
    let mut d = vault(&t.join("d"));
    add_contact(
        &mut c,
        &DeviceKeys::of(&d)
            .unwrap()
            .card("d", ContactRole::CentreHub),
        None,
        None,
    )
    .unwrap();
    add_contact(
        &mut d,
        &DeviceKeys::of(&c)
            .unwrap()
            .card("c", ContactRole::OwnDevice),
        None,
        None,
    )
    .unwrap();
    c.add_cases(casebook_core::demo::generate(2, n_import), "bench")
        .unwrap();
    let out = t.join("many.cbk");
    let t0 = Instant::now();
    let r = export(
        &mut c,
        &out,
        &ExportOptions::new(Selection::All, Recipients::Contacts(vec!["d".into()])),
        &mut |_| {},
    )
    .unwrap();
    println!(
        "export of {} cases: {:.2} s, {:.1} MB",
        r.cases.len(),
        t0.elapsed().as_secs_f64(),
        r.bytes as f64 / 1e6
    );
    let t0 = Instant::now();
    let s = import_file(
        &mut d,
        &out,
        &ImportOptions::default(),
        "bench",
        &mut |_| {},
    )
    .unwrap();
    println!(
        "import of {} cases: {:.2} s; VmHWM {:.0} MB",
        s.added,
        t0.elapsed().as_secs_f64(),
        vm_hwm_mb()
    );
}
