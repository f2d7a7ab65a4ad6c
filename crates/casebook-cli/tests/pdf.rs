//! `casebook pdf` and `casebook verify-pdf` as a person would run them: the file
//! lands where asked, the vault's audit log records it, verification says so.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;

#[test]
fn pdf_is_written_recorded_and_verified() {
    let dir = tempfile::tempdir().unwrap();
    let v = &dir.path().join("vault");
    ok(v, &["init"]);
    ok(v, &["case", "add", EXAMPLE]);
    let out = dir.path().join("case.pdf");
    let printed = ok(
        v,
        &[
            "--lang",
            "ru",
            "pdf",
            "KZ-ALM-2026-0007",
            "--profile",
            "pseudonymised",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(printed.trim(), out.display().to_string());
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    // Nothing but the vault and the file: no temporary file left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

    let report: serde_json::Value =
        serde_json::from_str(&ok(v, &["verify-pdf", out.to_str().unwrap()])).unwrap();
    assert_eq!(report["file_intact"], true);
    assert_eq!(report["lang"], "ru");
    assert_eq!(report["profile"], "pseudonymised");
    // The CLI went through the same library call as the desktop: the audit log
    // holds the file's hash, so the vault can say it issued these bytes.
    assert!(report["issued_at"].is_string(), "{report}");
    assert!(ok(v, &["verify"]).contains("Vault verified"));

    // One changed byte: verification fails, and says so with a non-zero exit.
    let mut bytes = std::fs::read(&out).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    std::fs::write(&out, &bytes).unwrap();
    assert!(!casebook(v, &["verify-pdf", out.to_str().unwrap()])
        .status
        .success());
}
