//! The advocacy brief from a real (encrypted) vault, read back with poppler-utils:
//! no free text of any case reaches it, fonts are embedded, every language comes
//! back, small numbers show as "<k", and writing it is audited.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

mod common;
use common::{keep, tool};

use casebook_core::CaseRecord;
use casebook_pdf::{render_brief, write_brief, BriefOptions, PdfError};
use casebook_stats::StatsFilter;
use casebook_store::{KdfParams, Secret, Vault, VaultOptions};
use serde_json::Value;

const EXAMPLE: &str = include_str!("../../casebook-core/tests/fixtures/example-case.json");

/// Every free-text field of the example case: what a person typed, never a code.
const FREE_TEXT: &[&str] = &[
    "code",
    "documenter",
    "organisation",
    "pseudonym",
    "legal_name",
    "phone",
    "address",
    "id_document",
    "settlement",
    "unit",
    "rank",
    "badge_number",
    "vehicle_plate",
    "narrative",
    "narrative_translation",
    "contact",
    "released_how",
    "physical_consequences",
    "psychological_consequences",
    "examiner",
    "institution",
    "findings",
    "description",
    "to",
    "note",
    "obtained_by",
];

/// What every sentinel starts with: letters no word of the brief has.
const MARK: &str = "Zqxw";

fn sentinel(v: &mut Value, case: usize) {
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if FREE_TEXT.contains(&k.as_str()) && x.is_string() {
                    *x = Value::from(format!("{MARK}{k}{case}"));
                } else {
                    sentinel(x, case);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| sentinel(x, case)),
        _ => {}
    }
}

fn case(n: usize, country: &str, region: &str) -> CaseRecord {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    sentinel(&mut v, n);
    v["code"] = Value::from(format!("{MARK}-CODE-{n:04}"));
    v["survivor"]["country"] = Value::from(country);
    v["survivor"]["region"] = Value::from(region);
    v["incidents"][0]["country"] = Value::from(country);
    v["incidents"][0]["region"] = Value::from(region);
    let text = serde_json::to_string(&v).unwrap();
    assert!(text.contains(&format!("{MARK}narrative{n}")));
    CaseRecord::from_json_str(&text).unwrap()
}

fn vault(dir: &Path) -> Vault {
    let mut v = Vault::create(
        dir,
        &Secret::from("long passphrase"),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .unwrap()
    .0;
    // Twelve cases in Almaty, two in Tbilisi: Georgia's 2 must read "<5".
    for n in 0..12 {
        v.add_case(case(n, "KZ", "KZ-75"), "test").unwrap();
    }
    for n in 12..14 {
        v.add_case(case(n, "GE", "GE-TB"), "test").unwrap();
    }
    v
}

fn opts(lang: &str) -> BriefOptions {
    BriefOptions {
        lang: lang.into(),
        organisation: Some("Harm Reduction Network".into()),
        generated: chrono::NaiveDate::from_ymd_opt(2026, 4, 2),
        ..Default::default()
    }
}

#[test]
fn no_free_text_of_any_case_reaches_the_brief_and_small_numbers_are_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault(&dir.path().join("v"));
    let facts = v.case_facts().unwrap();
    let pdf = render_brief(&facts, &opts("en")).unwrap();
    keep("brief-test-en.pdf", &pdf);
    let text = tool(dir.path(), "pdftotext", &["-layout"], &pdf);
    assert!(!text.contains(MARK), "a sentinel leaked:\n{text}");
    // Nor in the file's bytes (metadata, outlines): the text layer is not all.
    let raw = String::from_utf8_lossy(&pdf);
    assert!(!raw.contains(MARK));
    assert!(text.contains("Harm Reduction Network"), "{text}");
    assert!(text.contains("14"), "cases counted: {text}");
    let georgia: Vec<&str> = text.lines().filter(|l| l.contains("Georgia")).collect();
    assert!(!georgia.is_empty(), "{text}");
    for line in &georgia {
        assert!(line.trim_end().ends_with("<5"), "{line}");
        assert!(!line.trim_end().ends_with(" 2"), "{line}");
    }
    let fonts = tool(dir.path(), "pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let emb = cols.get(cols.len().saturating_sub(5)).copied();
        assert_eq!(emb, Some("yes"), "not embedded: {row}");
    }
}

#[test]
fn every_language_comes_back_from_the_text_layer() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault(&dir.path().join("v"));
    let facts = v.case_facts().unwrap();
    for lang in casebook_i18n::SHIPPED {
        let l = casebook_i18n::Localizer::new(lang).unwrap();
        let pdf = render_brief(&facts, &opts(lang)).unwrap();
        keep(&format!("brief-test-{lang}.pdf"), &pdf);
        let text = tool(dir.path(), "pdftotext", &[], &pdf);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for id in ["brief-key-figures", "brief-map", "brief-method"] {
            let want = l.msg(id, &[]);
            assert!(flat.contains(&want), "{lang}: {want} not in\n{flat}");
        }
        // The method note's last line, words as the engine writes them.
        let deleted = l.msg("stats-method-deleted", &[]);
        let first_words: String = deleted
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(&first_words), "{lang}: {first_words}");
        let hidden = l.msg("brief-fig-physical", &[]);
        assert!(flat.contains(&hidden), "{lang}: {hidden}");
    }
}

#[test]
fn writing_the_brief_is_audited_and_a_bad_floor_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault(&dir.path().join("v"));
    let dest = dir.path().join("brief.pdf");
    let mut o = opts("ru");
    o.filter = StatsFilter {
        countries: vec!["KZ".into()],
        ..Default::default()
    };
    let w = write_brief(&v, &o, &dest).unwrap();
    let bytes = std::fs::read(&dest).unwrap();
    assert_eq!(w.bytes, bytes.len() as u64);
    assert!(w.pages >= 3);
    let head = v.audit_head().unwrap().unwrap();
    assert_eq!(head.event, "statistics-exported");
    assert!(head.detail.contains("output=brief"), "{}", head.detail);
    assert!(head.detail.contains("countries=KZ"), "{}", head.detail);
    assert!(head.detail.contains(&w.sha256), "{}", head.detail);
    assert!(!head.detail.contains(MARK));

    o.min_cell = 2;
    let other = dir.path().join("other.pdf");
    let e = write_brief(&v, &o, &other).unwrap_err();
    assert!(matches!(e, PdfError::Stats(_)), "{e:?}");
    assert_eq!(casebook_core::Coded::code(&e), "stats-bad-min-cell");
    assert!(!other.exists());
}
