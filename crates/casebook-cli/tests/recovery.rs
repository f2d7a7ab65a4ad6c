//! `casebook recovery split|revoke` and `--shares FILE...` in place of a passphrase,
//! as the issue gives them: cards and files written, any K open, fewer and damaged
//! or revoked shares refused with the share named.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "correct horse battery";

fn casebook(vault: &Path, args: &[&str], pass: bool) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casebook"));
    c.arg("--vault")
        .arg(vault)
        .args(args)
        .env_remove("CASEBOOK_VAULT")
        .env_remove("CASEBOOK_PASSPHRASE")
        .env("LANG", "ru_RU.UTF-8");
    if pass {
        c.env("CASEBOOK_PASSPHRASE", PASS);
    }
    c.output().unwrap()
}

fn ok(vault: &Path, args: &[&str], pass: bool) -> String {
    let o = casebook(vault, args, pass);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn refused(vault: &Path, args: &[&str]) -> String {
    let o = casebook(vault, args, false);
    assert!(!o.status.success(), "{args:?} was accepted");
    String::from_utf8(o.stderr).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn pdftotext(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn split_two_of_three_open_with_shares_and_revoke() {
    let vault = tempfile::tempdir().unwrap();
    let cards = tempfile::tempdir().unwrap();
    let v = vault.path();
    ok(v, &["init"], true);

    let said = ok(
        v,
        &[
            "recovery",
            "split",
            "--threshold",
            "2",
            "--shares",
            "3",
            "--out",
            s(cards.path()),
        ],
        true,
    );
    assert!(said.contains("любые 2 из 3"), "{said}");
    let file =
        |n: u32, ext: &str| -> PathBuf { cards.path().join(format!("share-{n}-of-3.{ext}")) };
    for n in 1..=3 {
        assert!(file(n, "pdf").exists() && file(n, "txt").exists());
    }
    // The card: its number, K of N, the fingerprint and the share as on its file.
    let text = std::fs::read_to_string(file(2, "txt")).unwrap();
    let share = text.lines().find(|l| !l.starts_with('#')).unwrap();
    assert_eq!(share.len(), 95);
    let card = pdftotext(&file(2, "pdf"));
    assert!(card.contains("Часть восстановления 2 из 3"), "{card}");
    let squeezed: String = card.split_whitespace().collect();
    let groups: Vec<&str> = share.split('-').collect();
    for line in groups.chunks(4) {
        assert!(
            squeezed.contains(&line.concat()),
            "{line:?} not on the card"
        );
    }
    let fingerprint = said
        .split_whitespace()
        .find(|w| w.len() == 10 && w.contains('-'));
    let fingerprint = fingerprint.unwrap().trim_end_matches('.');
    assert!(card.contains(fingerprint), "{fingerprint} not on the card");
    // Nothing of a share stays in the vault's folder.
    for e in std::fs::read_dir(v).unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        let hay = String::from_utf8_lossy(&bytes);
        assert!(!hay.contains(&share[..30]));
    }

    // Any two open it, for unlock-check and for any other command, with no passphrase.
    let (one, two, three) = (file(1, "txt"), file(2, "txt"), file(3, "txt"));
    ok(v, &["unlock-check", "--shares", s(&three), s(&one)], false);
    ok(v, &["case", "list", "--shares", s(&two), s(&three)], false);
    let err = refused(v, &["unlock-check", "--shares", s(&two)]);
    assert!(err.contains("[shares-too-few]"), "{err}");

    // One changed character in the second file names the second share.
    let damaged = cards.path().join("damaged.txt");
    let mut chars: Vec<char> = share.chars().collect();
    chars[50] = if chars[50] == 'Q' { 'R' } else { 'Q' };
    std::fs::write(&damaged, chars.iter().collect::<String>()).unwrap();
    let err = refused(v, &["unlock-check", "--shares", s(&one), s(&damaged)]);
    assert!(err.contains("Часть 2 повреждена"), "{err}");
    assert!(err.contains("[share-damaged]"), "{err}");

    // Revoked: the same files open nothing; the passphrase still does.
    let said = ok(v, &["recovery", "revoke"], true);
    assert!(said.contains("отозвано"), "{said}");
    let err = refused(v, &["unlock-check", "--shares", s(&one), s(&two)]);
    assert!(err.contains("[share-revoked]"), "{err}");
    ok(v, &["unlock-check"], true);
    let said = ok(v, &["recovery", "revoke"], true);
    assert!(said.contains("нет разделения"), "{said}");
}

#[test]
fn a_split_needs_a_count_in_range_and_the_passphrase() {
    let vault = tempfile::tempdir().unwrap();
    let cards = tempfile::tempdir().unwrap();
    let v = vault.path();
    ok(v, &["init"], true);
    let keys = std::fs::read(v.join("vault.keys")).unwrap();
    let out = s(cards.path());
    let split = |k: &'static str, n: Option<&'static str>| -> Vec<&str> {
        let mut a = vec!["recovery", "split", "--threshold", k, "--out", out];
        if let Some(n) = n {
            a.extend(["--shares", n]);
        }
        a
    };
    let o = casebook(v, &split("2", None), true);
    assert!(String::from_utf8_lossy(&o.stderr).contains("[shares-count]"));
    let o = casebook(v, &split("4", Some("3")), true);
    assert!(String::from_utf8_lossy(&o.stderr).contains("[split-out-of-range]"));
    let err = refused(v, &split("2", Some("3")));
    assert!(err.contains("[no-secret]"), "{err}");
    assert_eq!(std::fs::read(v.join("vault.keys")).unwrap(), keys);
    assert_eq!(std::fs::read_dir(cards.path()).unwrap().count(), 0);
}
