//! `casebook submission` exactly as the issue gives it (scripts depend on it):
//! a refused consent leaves no file and says which consent, a communication and a
//! thematic annex are written where asked and recorded, `--to` is a mechanism for
//! one and a date for the other.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

mod common;

use common::*;

/// The example case under another code, with UN consents as given.
fn consenting(dir: &Path, code: &str) -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    v["code"] = code.into();
    let consents = v["consents"].as_array_mut().unwrap();
    consents.retain(|c| c["destination"] != "un-special-procedures");
    for dest in ["un-special-procedures", "un-treaty-bodies"] {
        consents.push(serde_json::json!({
            "destination": dest, "given": true, "named_or_anonymised": "anonymised",
            "date": "2026-03-14", "obtained_by": "Paralegal D."
        }));
    }
    let path = dir.join(format!("{code}.json"));
    std::fs::write(&path, v.to_string()).unwrap();
    path.display().to_string()
}

#[test]
fn submissions_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let v = &dir.path().join("vault");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    ok(v, &["init"]);
    let example = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../casebook-core/tests/fixtures/example-case.json");
    ok(v, &["case", "add", example.to_str().unwrap()]);
    ok(
        v,
        &["case", "add", &consenting(dir.path(), "KZ-ALM-2026-0100")],
    );

    // She refused the Special Procedures: refused, named, nothing written.
    let refused = out.join("refused.docx");
    let o = casebook(
        v,
        &[
            "submission",
            "KZ-ALM-2026-0007",
            "--to",
            "sr-torture",
            "--out",
            refused.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("un-special-procedures"), "{err}");
    assert!(err.contains("submission-consent"), "{err}");
    assert!(!refused.exists());

    let org = ok(
        v,
        &[
            "organisation",
            "--name",
            "Drop-in centre",
            "--contact",
            "legal@example.org",
        ],
    );
    assert!(org.contains("Drop-in centre"), "{org}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(v, &["organisation", "--json"])).unwrap();
    assert_eq!(json["contact"], "legal@example.org");

    for (m, lang, file) in [
        ("sr-torture", "en", "torture.docx"),
        ("sr-vaw", "ru", "vaw.pdf"),
        ("sr-health", "uk", "health.docx"),
    ] {
        let dest = out.join(file);
        let printed = ok(
            v,
            &[
                "--lang",
                lang,
                "submission",
                "KZ-ALM-2026-0100",
                "--to",
                m,
                "--out",
                dest.to_str().unwrap(),
            ],
        );
        assert!(printed.contains(&dest.display().to_string()), "{printed}");
        assert!(dest.exists());
    }
    // The Working Group refuses her anonymised consent, naming why.
    let o = casebook(
        v,
        &[
            "submission",
            "KZ-ALM-2026-0100",
            "--to",
            "wgad",
            "--out",
            out.join("w.pdf").to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("submission-needs-named"));
    // An unknown mechanism is named back.
    let o = casebook(
        v,
        &[
            "submission",
            "KZ-ALM-2026-0100",
            "--to",
            "cat",
            "--out",
            out.join("x.pdf").to_str().unwrap(),
        ],
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("“cat”"));

    // The thematic annex: --to is a date here.
    let annex = out.join("annex.docx");
    let printed = ok(
        v,
        &[
            "submission",
            "--thematic",
            "upr",
            "--country",
            "KZ",
            "--from",
            "2026-01",
            "--to",
            "2026-12",
            "--cases",
            "KZ-ALM-2026-0100",
            "--min-cell",
            "3",
            "--out",
            annex.to_str().unwrap(),
        ],
    );
    assert!(printed.contains("limit 2815"), "{printed}");
    // Her case has no treaty-body consent: refused.
    let o = casebook(
        v,
        &[
            "submission",
            "--thematic",
            "cedaw",
            "--country",
            "KZ",
            "--cases",
            "KZ-ALM-2026-0007",
            "--out",
            out.join("c.docx").to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("submission-case-consent"));
    assert!(!out.join("c.docx").exists());
    let files: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert_eq!(files.len(), 4, "{files:?}");
}
