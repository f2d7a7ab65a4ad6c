//! No lock-in (Debian's `age` + `tar` open a bundle), disk full during export, and
//! three vaults converging whatever the order of exchanges.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use casebook_bundle::{
    export, import, import_file, BundleError, DeviceKeys, ExportOptions, ImportOptions, Recipients,
    SecretString, Selection,
};
use casebook_store::{AttachmentMeta, ContactRole, StoreError, SyncError};
use common::*;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn debian_age_and_tar_open_a_bundle() {
    if !std::path::Path::new("/usr/bin/age").exists() {
        eprintln!("skipped: /usr/bin/age is not installed (apt-get install age)");
        return;
    }
    let mut net = Net::new(2);
    let c = net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "a")
        .unwrap();
    let photo: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    net.vaults[0]
        .attach_reader(
            &c.id,
            &photo[..],
            AttachmentMeta {
                file_name: "p.jpg".into(),
                ..Default::default()
            },
            "a",
        )
        .unwrap();
    let (p, _) = net.export(0, &[1], Selection::All, "open-me.cbk");
    let keys = DeviceKeys::of(&net.vaults[1]).unwrap();
    let id_file = net.dir.path().join("identity.txt");
    use age::secrecy::ExposeSecret;
    std::fs::write(
        &id_file,
        format!("{}\n", keys.age_identity_secret().expose_secret()),
    )
    .unwrap();
    let out = net.dir.path().join("extracted");
    std::fs::create_dir(&out).unwrap();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "age -d -i '{}' '{}' | tar x -C '{}'",
            id_file.display(),
            p.display(),
            out.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["format"], "casebook-bundle");
    let case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join(format!("cases/{}.json", c.id))).unwrap())
            .unwrap();
    assert_eq!(case["revisions"][0]["content"]["code"], "KZ-1");
    let sha = casebook_core::sha256_hex(&photo);
    assert_eq!(
        std::fs::read(out.join(format!("attachments/{sha}"))).unwrap(),
        photo
    );
    assert!(out.join("manifest.sig").exists());
}

/// Debian's `age` reads a passphrase only from a terminal; `script` gives it one.
fn age_with_passphrase(args: &str, passphrase: &str, confirm: bool) -> bool {
    use std::io::Write;
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &format!("age {args}"), "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut input = format!("{passphrase}\n");
    if confirm {
        input.push_str(&format!("{passphrase}\n"));
    }
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait().unwrap().success()
}

#[test]
fn passphrase_bundles_and_debian_age_open_each_others_files() {
    if !std::path::Path::new("/usr/bin/age").exists() {
        eprintln!("skipped: /usr/bin/age is not installed (apt-get install age)");
        return;
    }
    let pass = "a bundle pass phrase";
    let mut net = Net::new(2);
    let c = net.vaults[0]
        .add_case(record("KZ-7", json!({"status": "open"})), "a")
        .unwrap();

    // Ours, at the format's work factor (2^18), opened by Debian's age.
    let ours = net.dir.path().join("ours.cbk");
    let opts = ExportOptions::new(
        Selection::All,
        Recipients::Passphrase {
            passphrase: SecretString::from(pass.to_owned()),
            role: ContactRole::CentreHub,
        },
    );
    assert_eq!(opts.scrypt_log_n, 18);
    export(&mut net.vaults[0], &ours, &opts, &mut |_| {}).unwrap();
    let head = std::fs::read(&ours).unwrap();
    assert!(String::from_utf8_lossy(&head[..120]).contains("-> scrypt "));
    let tar = net.dir.path().join("ours.tar");
    assert!(age_with_passphrase(
        &format!("-d -o '{}' '{}'", tar.display(), ours.display()),
        pass,
        false
    ));
    let listing = Command::new("tar").arg("tf").arg(&tar).output().unwrap();
    let listing = String::from_utf8(listing.stdout).unwrap();
    assert!(listing.contains("manifest.json"), "{listing}");
    assert!(
        listing.contains(&format!("cases/{}.json", c.id)),
        "{listing}"
    );

    // Theirs: the same tar sealed by Debian's age to the passphrase, imported here.
    let theirs = net.dir.path().join("theirs.cbk");
    assert!(age_with_passphrase(
        &format!("-p -o '{}' '{}'", theirs.display(), tar.display()),
        pass,
        true
    ));
    let bundle = std::fs::read(&theirs).unwrap();
    let right = ImportOptions {
        passphrase: Some(SecretString::from(pass.to_owned())),
        ..Default::default()
    };
    assert_eq!(
        import(&mut net.vaults[1], &bundle[..], &right, "t", &mut |_| {})
            .unwrap()
            .added,
        1
    );
    let wrong = ImportOptions {
        passphrase: Some(SecretString::from("not the pass phrase".to_owned())),
        ..Default::default()
    };
    let before = state(&net.vaults[1]);
    let e = import(&mut net.vaults[1], &bundle[..], &wrong, "t", &mut |_| {}).unwrap_err();
    assert!(matches!(e, BundleError::WrongPassphrase), "{e:?}");
    assert_eq!(state(&net.vaults[1]), before);
}

/// A tmpfs of `size` mounted at `dir` for one test, unmounted when dropped. Mounting
/// needs root (CI runs as root); a machine without it sets CASEBOOK_SKIP_ROOT_TESTS=1,
/// as for the store's disk-full test, and gets `None` (the test skips). Otherwise a
/// failed mount fails the test: a disk-full test that passes without a small disk
/// checks nothing.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(dir: &std::path::Path, size: &str) -> Option<SmallDisk> {
        if std::env::var_os("CASEBOOK_SKIP_ROOT_TESTS").is_some() {
            eprintln!("skipped: CASEBOOK_SKIP_ROOT_TESTS is set");
            return None;
        }
        std::fs::create_dir(dir).unwrap();
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .expect("mount must be available (run as root, or set CASEBOOK_SKIP_ROOT_TESTS=1)");
        assert!(
            status.success(),
            "mount failed: run as root or set CASEBOOK_SKIP_ROOT_TESTS=1"
        );
        Some(SmallDisk(dir.to_path_buf()))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Attaches `len` bytes that do not compress (a hash of the index, shifted) to a case.
fn attach_noise(vault: &mut casebook_store::Vault, case_id: &str, len: u32, shift: u32) {
    let bytes: Vec<u8> = (0..len)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> shift) as u8)
        .collect();
    vault
        .attach_reader(
            case_id,
            &bytes[..],
            AttachmentMeta {
                file_name: "v.mp4".into(),
                ..Default::default()
            },
            "a",
        )
        .unwrap();
}

#[test]
fn disk_full_during_export_leaves_no_file() {
    let mut net = Net::new(2);
    let c = net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    attach_noise(&mut net.vaults[0], &c.id, 3_000_000, 24);
    let mnt = net.dir.path().join("usb");
    let Some(disk) = SmallDisk::mount(&mnt, "1m") else {
        return;
    };
    let out = mnt.join("bundle.cbk");
    let opts = ExportOptions::new(Selection::All, Recipients::Contacts(vec!["v1".into()]));
    let r = export(&mut net.vaults[0], &out, &opts, &mut |_| {});
    let listing: Vec<_> = std::fs::read_dir(&mnt)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    drop(disk);
    let err = r.unwrap_err();
    assert!(
        matches!(
            err,
            BundleError::Sync(SyncError::Store(StoreError::DiskFull))
        ),
        "{err:?}"
    );
    assert!(listing.is_empty(), "left behind: {listing:?}");
    // Nothing recorded as sent.
    let (_, r) = net.export(0, &[1], Selection::SinceLastExport, "again.cbk");
    assert_eq!(r.cases.len(), 1);
}

/// The receiving vault on a small disk: the attachment bytes of an import fill it (on
/// the thread that writes them), the import fails with `DiskFull`, the vault is as it
/// was, and it goes on working: a smaller bundle then imports.
#[test]
fn a_full_disk_during_import_changes_nothing() {
    let mut net = Net::new(1);
    let mnt = net.dir.path().join("small");
    let Some(_disk) = SmallDisk::mount(&mnt, "3m") else {
        return;
    };
    let mut small = vault(&mnt.join("vault"));
    introduce(&mut small, &net.vaults[0], "v0", ContactRole::OwnDevice);
    introduce(&mut net.vaults[0], &small, "small", ContactRole::OwnDevice);
    let c = net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    attach_noise(&mut net.vaults[0], &c.id, 6_000_000, 13);
    let out = net.bundle_path("big.cbk");
    let to_small =
        || ExportOptions::new(Selection::All, Recipients::Contacts(vec!["small".into()]));
    export(&mut net.vaults[0], &out, &to_small(), &mut |_| {}).unwrap();
    let before = state(&small);
    let err = import_file(
        &mut small,
        &out,
        &ImportOptions::default(),
        "t",
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            BundleError::Sync(SyncError::Store(StoreError::DiskFull))
        ),
        "{err:?}"
    );
    assert_eq!(state(&small), before);
    let report = small.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");

    // The same cases without the big file fit.
    let mut opts = to_small();
    opts.include_attachments = false;
    let out = net.bundle_path("light.cbk");
    export(&mut net.vaults[0], &out, &opts, &mut |_| {}).unwrap();
    let s = import_file(
        &mut small,
        &out,
        &ImportOptions::default(),
        "t",
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(s.added, 1, "{s:?}");
    drop(small);
}

#[derive(Debug, Clone)]
enum Op {
    Edit {
        vault: usize,
        case: usize,
        field: usize,
        value: u8,
    },
    Delete {
        vault: usize,
        case: usize,
    },
    Send {
        from: usize,
        to: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0..3usize, 0..2usize, 0..4usize, 0..4u8).prop_map(|(vault, case, field, value)| Op::Edit { vault, case, field, value }),
        1 => (0..3usize, 0..2usize).prop_map(|(vault, case)| Op::Delete { vault, case }),
        4 => (0..3usize, 0..3usize).prop_filter("distinct", |(a, b)| a != b).prop_map(|(from, to)| Op::Send { from, to }),
    ]
}

fn apply_edit(v: &mut casebook_store::Vault, code: &str, field: usize, value: u8) {
    let Ok(c) = v.get_case(code) else { return };
    if c.deleted {
        return;
    }
    let mut j = c.record.to_json_value().unwrap();
    match field {
        0 => j["status"] = json!(["draft", "open", "referred", "closed"][value as usize]),
        1 => j["notes"] = json!(format!("заметка {value}")),
        2 => j["survivor"]["age"] = json!(20 + value as i64),
        _ => j["tags"] = json!([format!("t{value}")]),
    }
    let r = casebook_core::CaseRecord::from_json_value(j).unwrap();
    v.edit_case(code, r, "p", None).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn three_vaults_end_identical_whatever_the_order(ops in proptest::collection::vec(op(), 1..10), order in Just(()).prop_perturb(|_, mut rng| { let mut v = vec![0usize, 1, 2]; for i in (1..3).rev() { let j = (rng.next_u32() as usize) % (i + 1); v.swap(i, j); } v })) {
        let mut net = Net::new(3);
        net.vaults[0].add_case(record("C-0", json!({"status": "open"})), "p").unwrap();
        net.vaults[0].add_case(record("C-1", json!({"status": "open"})), "p").unwrap();
        net.send(0, 1);
        net.send(0, 2);
        for op in &ops {
            match *op {
                Op::Edit { vault, case, field, value } => apply_edit(&mut net.vaults[vault], &format!("C-{case}"), field, value),
                Op::Delete { vault, case } => { let _ = net.vaults[vault].delete_case(&format!("C-{case}"), "p", None); }
                Op::Send { from, to } => { net.send(from, to); }
            }
        }
        // Gossip around a ring (in a random order) twice: everyone ends with everything.
        for _ in 0..2 {
            for i in 0..3 {
                net.send(order[i], order[(i + 1) % 3]);
            }
        }
        let g0 = graph(&net.vaults[0]);
        prop_assert_eq!(&g0, &graph(&net.vaults[1]));
        prop_assert_eq!(&g0, &graph(&net.vaults[2]));
        // Open conflicts travel with the merges that made them: every vault shows the
        // same ones, whoever merged.
        let open = |v: &casebook_store::Vault| {
            let mut o: Vec<(String, String)> = v
                .open_conflicts(None)
                .unwrap()
                .into_iter()
                .map(|c| (c.merge_revision, c.path))
                .collect();
            o.sort();
            o
        };
        let o0 = open(&net.vaults[0]);
        prop_assert_eq!(&o0, &open(&net.vaults[1]));
        prop_assert_eq!(&o0, &open(&net.vaults[2]));
        for v in &net.vaults {
            prop_assert!(v.verify().unwrap().is_ok());
        }
    }
}
