//! What the command-line tests share: running the built `casebook` on a vault as a
//! person would (passphrase from the environment, English messages).

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

pub const PASS: &str = "correct horse battery";
/// The example case's path (some tests hand it to `case add`, some read it).
pub const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../casebook-core/tests/fixtures/example-case.json"
);

pub fn casebook(vault: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_casebook"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env_remove("CASEBOOK_VAULT")
        .env("CASEBOOK_PASSPHRASE", PASS)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap()
}

/// Runs and returns stdout; fails the test with stderr when the command fails.
pub fn ok(vault: &Path, args: &[&str]) -> String {
    let o = casebook(vault, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}
