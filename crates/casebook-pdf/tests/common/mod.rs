//! What the PDF tests share: running poppler's tools over a PDF, keeping files
//! to look at.

#![allow(clippy::unwrap_used, dead_code)]

use std::path::Path;
use std::process::Command;

/// Runs poppler's `name` (pdftotext, pdffonts, pdfinfo) over `pdf` and gives its
/// output, no-break spaces as plain ones.
pub fn tool(dir: &Path, name: &str, args: &[&str], pdf: &[u8]) -> String {
    let f = dir.join("in.pdf");
    std::fs::write(&f, pdf).unwrap();
    let mut cmd = Command::new(name);
    cmd.args(args).arg(&f);
    if name == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Dates keep their parts together with no-break spaces.
    String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{a0}', " ")
}

/// `CASEBOOK_PDF_OUT=DIR` keeps the generated files for looking at.
pub fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("CASEBOOK_PDF_OUT") {
        std::fs::write(Path::new(&dir).join(name), pdf).unwrap();
    }
}
