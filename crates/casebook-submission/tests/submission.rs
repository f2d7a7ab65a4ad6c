//! Drafts of UN submissions from a real (encrypted) vault, read back as a lawyer's
//! Word would (`word/document.xml`) and as poppler reads the PDF: each mechanism's
//! sections in its questionnaire's order, consent refusals that leave no file,
//! anonymity checked with sentinels, the missing-field markers and checklist, the
//! audit entry, and the thematic annex's suppression and word count.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use casebook_core::model::{Attachment, Consent, Witness};
use casebook_core::CaseRecord;
use casebook_store::{AuditEvent, KdfParams, Organisation, Secret, Vault, VaultOptions};
use casebook_submission::{
    plan_submission, write_annex, write_submission, AnnexOptions, Mechanism, SubmissionError,
    SubmissionOptions, Thematic,
};
use serde_json::Value;

const EXAMPLE: &str = include_str!("../../casebook-core/tests/fixtures/example-case.json");
const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

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

/// The example case with special-procedures consent as given, and an attachment.
fn example(sp: Option<(bool, &str)>) -> CaseRecord {
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.consents
        .retain(|c| c.destination.as_deref() != Some("un-special-procedures"));
    if let Some((given, named)) = sp {
        r.consents.push(Consent {
            destination: Some("un-special-procedures".into()),
            given: Some(given),
            named_or_anonymised: Some(named.into()),
            date: Some("2026-03-14".into()),
            obtained_by: Some("Paralegal D.".into()),
            revoked_at: None,
        });
    }
    r.evidence
        .get_or_insert_with(Default::default)
        .attachments
        .push(Attachment {
            sha256: Some(HASH.into()),
            size: Some(120_000),
            media_type: Some("image/jpeg".into()),
            file_name: Some("Aigul_bruises_Aksai.jpg".into()),
            captured_at: Some("2026-03-11".into()),
            ..Default::default()
        });
    r
}

fn opts(m: Mechanism, lang: &str) -> SubmissionOptions {
    SubmissionOptions {
        mechanism: m,
        lang: lang.into(),
        generated: chrono::NaiveDate::from_ymd_opt(2026, 4, 2),
    }
}

/// The text of a .docx, paragraph by paragraph (table cells are paragraphs too).
fn docx_paragraphs(path: &Path) -> Vec<String> {
    let f = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut out = vec![];
    for p in xml.split("</w:p>") {
        let mut text = String::new();
        for piece in p.split("<w:t").skip(1) {
            // `<w:t>` or `<w:t xml:space=…>`, not `<w:tbl>`, `<w:tc>`…
            if !(piece.starts_with('>') || piece.starts_with(' ')) {
                continue;
            }
            let Some(start) = piece.find('>') else {
                continue;
            };
            let body = &piece[start + 1..];
            let end = body.find("</w:t>").unwrap_or(body.len());
            text.push_str(&body[..end]);
        }
        let text = text
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'");
        if !text.trim().is_empty() {
            out.push(text);
        }
    }
    out
}

/// Every file inside the .docx, as text (metadata included).
fn docx_all_parts(path: &Path) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut e = zip.by_index(i).unwrap();
        let mut s = String::new();
        let _ = e.read_to_string(&mut s);
        all.push_str(&s);
    }
    all
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{a0}', " ")
}

fn headings(paragraphs: &[String]) -> Vec<String> {
    paragraphs
        .iter()
        .filter(|p| {
            p.split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        })
        .cloned()
        .collect()
}

#[test]
fn each_mechanism_follows_its_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir.path().join("v"));
    v.add_case(example(Some((true, "named"))), "test").unwrap();
    v.set_organisation(&Organisation {
        name: "Drop-in centre Almaty".into(),
        contact: "legal@example.org".into(),
    })
    .unwrap();
    let expect: [(Mechanism, &[&str]); 4] = [
        (
            Mechanism::SrTorture,
            &[
                "1. Alleged victim",
                "2. State concerned",
                "3. The facts: what happened, when and where",
                "4. Acts and their consequences",
                "5. Alleged perpetrators",
                "6. The detention",
                "7. Medical documentation",
                "8. Evidence held by the submitting organisation",
                "9. Domestic remedies: steps taken and the authorities’ response",
                "10. Rights engaged",
                "11. Consent and confidentiality",
                "12. Submitting organisation (confidential)",
            ],
        ),
        (
            Mechanism::SrVaw,
            &[
                "1. Alleged victim",
                "2. State concerned",
                "3. The facts: what happened, when and where",
                "4. Acts and their consequences",
                "5. Alleged perpetrators",
                "6. Medical documentation",
                "7. Domestic remedies: steps taken and the authorities’ response",
                "8. Rights engaged",
                "9. Evidence held by the submitting organisation",
                "10. Consent and confidentiality",
                "11. Submitting organisation (confidential)",
            ],
        ),
        (
            Mechanism::Wgad,
            &[
                "1. Alleged victim",
                "2. State concerned",
                "3. The arrest",
                "4. The detention",
                "5. The facts: what happened, when and where",
                "6. Why the deprivation of liberty is arbitrary",
                "7. Acts and their consequences",
                "8. Domestic remedies: steps taken and the authorities’ response",
                "9. Rights engaged",
                "10. Evidence held by the submitting organisation",
                "11. Consent and confidentiality",
                "12. Submitting organisation (confidential)",
            ],
        ),
        (
            Mechanism::SrHealth,
            &[
                "1. Alleged victim",
                "2. State concerned",
                "3. The facts: what happened, when and where",
                "4. Health care, treatment and information in custody",
                "5. Acts and their consequences",
                "6. Alleged perpetrators",
                "7. Medical documentation",
                "8. Domestic remedies: steps taken and the authorities’ response",
                "9. Rights engaged",
                "10. Evidence held by the submitting organisation",
                "11. Consent and confidentiality",
                "12. Submitting organisation (confidential)",
            ],
        ),
    ];
    for (m, sections) in expect {
        let dest = dir.path().join(format!("{}.docx", m.code()));
        let w = write_submission(&v, "KZ-ALM-2026-0007", &opts(m, "en"), &dest).unwrap();
        let paras = docx_paragraphs(&dest);
        assert_eq!(headings(&paras), sections, "{}", m.code());
        let text = paras.join("\n");
        // The facts as the case holds them.
        for want in [
            "DRAFT — NOT SENT — CONFIDENTIAL",
            "Kazakhstan",
            "Айгуль Сериковна Н.",
            "Detained near the methadone dispensing site",
            "Drop-in centre Almaty",
            "legal@example.org",
            "Prosecutor",
            HASH,
            "European Convention on Human Rights (ECHR)",
        ] {
            assert!(text.contains(want), "{}: {want} missing:\n{text}", m.code());
        }
        // Never the files themselves, nor her phone or address.
        for never in ["Aigul_bruises", "+7 700 000 0000", "Аксай-4", "через центр"] {
            assert!(!text.contains(never), "{}: {never} leaked", m.code());
        }
        assert_eq!(w.format.code(), "docx");
        assert!(w.words > 300, "{}", w.words);
    }
    // The Working Group's own questions the case cannot answer are marked.
    let wgad = docx_paragraphs(&dir.path().join("wgad.docx")).join("\n");
    for want in [
        "[to be completed: whether a warrant or other decision was shown]",
        "[to be completed: the legal basis the authorities invoked]",
        "[to be completed: the categories of arbitrariness that apply, and the argument]",
    ] {
        assert!(wgad.contains(want), "{want}");
    }
    let health = docx_paragraphs(&dir.path().join("sr-health.docx")).join("\n");
    assert!(
        health.contains("Opioid substitution therapy denied in custody") || health.contains("OST"),
        "{health}"
    );
    assert!(health.contains("International Covenant on Economic, Social and Cultural Rights"));
}

#[test]
fn the_markers_name_what_is_missing_and_the_checklist_opens_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir.path().join("v"));
    let mut r = example(Some((true, "named")));
    r.responses = None;
    r.evidence.as_mut().unwrap().medical_documentation.clear();
    r.incidents[0].narrative_translation = None;
    r.intake.as_mut().unwrap().organisation = None;
    v.add_case(r, "test").unwrap();
    let plan = plan_submission(&v, "KZ-ALM-2026-0007", &opts(Mechanism::SrTorture, "en")).unwrap();
    let want = [
        "the complaints filed at home, or why none was filed (fear of reprisals, no effective remedy)",
        "a medical examination, or why there was none",
        "a translation of her account",
        "the name of the submitting organisation",
        "a contact for the mechanism (e-mail or postal address)",
        "whether she agrees to her name appearing in the mechanism’s public reports",
    ];
    for w in want {
        assert!(
            plan.missing.iter().any(|m| m == w),
            "{w} not in {:?}",
            plan.missing
        );
    }
    assert!(plan.named);
    let dest = dir.path().join("draft.docx");
    let written = write_submission(
        &v,
        "KZ-ALM-2026-0007",
        &opts(Mechanism::SrTorture, "en"),
        &dest,
    )
    .unwrap();
    assert_eq!(written.missing, plan.missing.len());
    let paras = docx_paragraphs(&dest);
    let checklist = paras
        .iter()
        .position(|p| p == "Before sending: what is still to be completed")
        .unwrap();
    let first_section = paras.iter().position(|p| p == "1. Alleged victim").unwrap();
    assert!(checklist < first_section);
    for w in want {
        let marker = format!("[to be completed: {w}]");
        let at = paras.iter().position(|p| p.contains(&marker));
        assert!(at.is_some_and(|i| i > first_section), "{marker}");
        // and listed in the checklist, before the sections
        assert!(paras[checklist..first_section]
            .iter()
            .any(|p| p.contains(w)));
    }
    // Highlighted in Word so none is missed.
    let xml = docx_all_parts(&dest);
    assert!(xml.contains("w:highlight w:val=\"yellow\""));
}

#[test]
fn without_consent_no_draft_and_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let mut v = vault(&dir.path().join("v"));
    // The example as recorded: special procedures refused.
    v.add_case(CaseRecord::from_json_str(EXAMPLE).unwrap(), "t")
        .unwrap();
    let mut missing = example(None);
    missing.code = "KZ-ALM-2026-0008".into();
    v.add_case(missing, "t").unwrap();
    let mut revoked = example(Some((true, "named")));
    revoked.code = "KZ-ALM-2026-0009".into();
    revoked.consents.last_mut().unwrap().revoked_at = Some("2026-04-01".into());
    v.add_case(revoked, "t").unwrap();
    let mut anonymous = example(Some((true, "anonymised")));
    anonymous.code = "KZ-ALM-2026-0010".into();
    v.add_case(anonymous, "t").unwrap();
    let audit_before = v.audit_head().unwrap().map(|e| e.seq);
    for (case, state) in [
        ("KZ-ALM-2026-0007", "refused"),
        ("KZ-ALM-2026-0008", "missing"),
        ("KZ-ALM-2026-0009", "revoked"),
    ] {
        for format in ["docx", "pdf"] {
            let dest = out.join(format!("d.{format}"));
            let e = write_submission(&v, case, &opts(Mechanism::SrVaw, "en"), &dest).unwrap_err();
            match &e {
                SubmissionError::Consent {
                    destination,
                    state: s,
                } => {
                    assert_eq!(*destination, "un-special-procedures");
                    assert_eq!(*s, state);
                }
                other => panic!("{other:?}"),
            }
            let msg = casebook_i18n::Localizer::new("ru").unwrap().error(&e);
            assert!(msg.contains("un-special-procedures"), "{msg}");
        }
    }
    // The Working Group needs her name: an anonymised consent is refused, naming why.
    let e = write_submission(
        &v,
        "KZ-ALM-2026-0010",
        &opts(Mechanism::Wgad, "en"),
        &out.join("w.docx"),
    )
    .unwrap_err();
    assert!(matches!(e, SubmissionError::NeedsNamed { .. }), "{e:?}");
    let msg = casebook_i18n::Localizer::new("en").unwrap().error(&e);
    assert!(msg.contains("named victim"), "{msg}");
    // A wrong format or language is refused before anything is read.
    assert!(matches!(
        write_submission(
            &v,
            "KZ-ALM-2026-0010",
            &opts(Mechanism::SrVaw, "en"),
            &out.join("d.txt")
        ),
        Err(SubmissionError::Format(_))
    ));
    assert!(matches!(
        write_submission(
            &v,
            "KZ-ALM-2026-0010",
            &opts(Mechanism::SrVaw, "ka"),
            &out.join("d.pdf")
        ),
        Err(SubmissionError::UnknownLanguage(_))
    ));
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        0,
        "a file was left"
    );
    assert_eq!(v.audit_head().unwrap().map(|e| e.seq), audit_before);
}

/// Sentinels in every place that identifies her or the people around her.
fn with_sentinels() -> CaseRecord {
    let mut r = example(Some((true, "anonymised")));
    r.survivor.pseudonym = "Zqxwpseudo".into();
    let id = r.survivor.identity.as_mut().unwrap();
    id.legal_name = Some("Zqxwlegal Zqxwsurname".into());
    id.date_of_birth = Some("1988-05-02".into());
    id.phone = Some("+7 701 555 4433".into());
    id.address = Some("Zqxwstreet 5".into());
    id.id_document = Some("N 98765432".into());
    r.survivor.settlement = Some("Zqxwtown".into());
    let i = &mut r.incidents[0];
    i.settlement = Some("Zqxwtown".into());
    i.witnesses = vec![Witness {
        pseudonym: Some("Zqxwwitness".into()),
        contact: Some("Zqxwcontact".into()),
        willing_to_testify: Some(true),
    }];
    i.narrative = Some(
        "Zqxwpseudo was taken in Zqxwtown; Zqxwsurname called +7 701 555 4433 and Zqxwwitness saw it on 02.05.1988."
            .into(),
    );
    i.narrative_translation = Some("Zqxwpseudo was beaten in Zqxwtowna by the officers.".into());
    r.perpetrators[0].name = Some("Zqxwofficer".into());
    r.evidence.as_mut().unwrap().attachments[0].file_name = Some("Zqxwfile.jpg".into());
    r.evidence.as_mut().unwrap().medical_documentation[0].examiner = Some("Zqxwdoctor".into());
    r
}

#[test]
fn an_anonymised_draft_holds_nothing_that_identifies_her() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir.path().join("v"));
    v.add_case(with_sentinels(), "test").unwrap();
    for m in [Mechanism::SrTorture, Mechanism::SrVaw, Mechanism::SrHealth] {
        for lang in ["en", "ru"] {
            for format in ["docx", "pdf"] {
                let dest = dir.path().join(format!("{}-{lang}.{format}", m.code()));
                write_submission(&v, "KZ-ALM-2026-0007", &opts(m, lang), &dest).unwrap();
                let text = if format == "docx" {
                    docx_all_parts(&dest)
                } else {
                    let raw = String::from_utf8_lossy(&std::fs::read(&dest).unwrap()).into_owned();
                    format!("{}\n{raw}", pdf_text(&dest))
                };
                for never in ["Zqxw", "98765432", "555 4433", "5554433", "1988", "KZ-ALM"] {
                    assert!(
                        !text.contains(never),
                        "{} {lang} {format}: {never} leaked",
                        m.code()
                    );
                }
                if format == "docx" {
                    let label = if lang == "en" { "Ms A." } else { "г-жа А." };
                    assert!(text.contains(label), "{} {lang}", m.code());
                    if lang == "en" {
                        assert!(text.contains("Her identity is withheld at her request"));
                        assert!(text.contains("may contact the submitting organisation"));
                    }
                }
            }
        }
    }
}

#[test]
fn every_draft_is_audited_without_content() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir.path().join("v"));
    let stored = v.add_case(example(Some((true, "named"))), "test").unwrap();
    let dest = dir.path().join("d.pdf");
    let w = write_submission(
        &v,
        "KZ-ALM-2026-0007",
        &opts(Mechanism::SrTorture, "ru"),
        &dest,
    )
    .unwrap();
    let bytes = std::fs::read(&dest).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_text(&dest);
    assert!(text.contains("Специальн"), "{text}");
    assert!(text.contains("Айгуль"), "{text}");
    use sha2::Digest as _;
    assert_eq!(w.sha256, hex::encode(sha2::Sha256::digest(&bytes)));
    let entries = v
        .audit_entries_for_case(&stored.id, AuditEvent::SubmissionDrafted)
        .unwrap();
    assert_eq!(entries.len(), 1);
    let detail: Value = serde_json::from_str(&entries[0].detail).unwrap();
    assert_eq!(detail["mechanism"], "sr-torture");
    assert_eq!(detail["lang"], "ru");
    assert_eq!(detail["consent"], "un-special-procedures");
    assert_eq!(detail["identity"], "named");
    assert_eq!(detail["format"], "pdf");
    assert_eq!(detail["sha256"], w.sha256.as_str());
    assert_eq!(entries[0].seq, w.audit_seq);
    assert!(!entries[0].detail.contains("Айгуль"));
}

/// `n` cases in Kazakhstan; every third with treaty-body consent.
fn annex_vault(dir: &Path) -> Vault {
    let mut v = vault(dir);
    for (n, mut r) in casebook_demo::generate(7, 120).enumerate() {
        for i in &mut r.incidents {
            i.country = Some("KZ".into());
            i.region = Some("KZ-75".into());
        }
        r.survivor.country = Some("KZ".into());
        r.survivor.region = Some("KZ-75".into());
        r.code = format!("KZ-T-{n:04}");
        r.consents
            .retain(|c| c.destination.as_deref() != Some("un-treaty-bodies"));
        r.consents.push(Consent {
            destination: Some("un-treaty-bodies".into()),
            given: Some(n % 3 == 0),
            named_or_anonymised: Some("anonymised".into()),
            date: Some("2026-01-10".into()),
            ..Default::default()
        });
        v.add_case(r, "test").unwrap();
    }
    // One rare act in one case: its count must show as "<5".
    let mut rare = example(Some((true, "named")));
    rare.code = "KZ-RARE".into();
    rare.incidents[0].acts[0].act_type = Some("death-in-custody".into());
    v.add_case(rare, "test").unwrap();
    v
}

#[test]
fn the_thematic_annex_counts_hides_small_cells_and_summarises_only_with_consent() {
    let dir = tempfile::tempdir().unwrap();
    let v = annex_vault(&dir.path().join("v"));
    let mut o = AnnexOptions {
        report: Thematic::Upr,
        country: "kz".into(),
        cases: vec!["KZ-T-0000".into(), "KZ-T-0003".into()],
        lang: "en".into(),
        generated: chrono::NaiveDate::from_ymd_opt(2026, 4, 2),
        ..Default::default()
    };
    let dest = dir.path().join("annex.docx");
    let a = write_annex(&v, &o, &dest).unwrap();
    assert_eq!(a.limit, 2_815);
    let paras = docx_paragraphs(&dest);
    let text = paras.join("\n");
    for want in [
        "Universal Periodic Review",
        "Kazakhstan",
        "Rights engaged, by number of cases",
        "Case summaries",
        "Case 1 — ",
        "Case 2 — ",
        "2815 words",
        &format!("This annex has {} words", a.written.words),
    ] {
        assert!(text.contains(want), "{want} missing:\n{text}");
    }
    // Every act the statistics count in 1 to 4 cases shows as "<5", never its number.
    let facts = v.case_facts().unwrap();
    let by_act = casebook_stats::count(
        &facts,
        &casebook_stats::StatsQuery {
            by: vec![casebook_stats::Dimension::Act],
            filter: casebook_stats::StatsFilter {
                countries: vec!["KZ".into()],
                ..Default::default()
            },
            min_cell: 5,
        },
    )
    .unwrap();
    let l = casebook_i18n::Localizer::new("en").unwrap();
    let mut small = 0;
    for (key, cell) in by_act.keys[0].iter().zip(&by_act.cells) {
        let word = l.msg(&format!("vocab-act-type-{key}"), &[]);
        let Some(i) = paras.iter().position(|p| *p == word) else {
            continue;
        };
        match cell {
            None => {
                small += 1;
                assert_eq!(paras[i + 1], "<5", "{key}");
            }
            Some(n) => assert_eq!(paras[i + 1], n.to_string(), "{key}"),
        }
    }
    assert!(small >= 1, "no small count to check: {paras:?}");
    // No code, no pseudonym of a summarised case.
    assert!(!text.contains("KZ-T-"));
    // A case without treaty-body consent cannot be summarised; nothing is written.
    o.cases = vec!["KZ-T-0001".into()];
    let bad = dir.path().join("bad.docx");
    let e = write_annex(&v, &o, &bad).unwrap_err();
    assert!(
        matches!(
            e,
            SubmissionError::CaseConsent {
                state: "refused",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(!bad.exists());
    // One country per submission: a Kazakh case has no place in Ukraine's annex.
    let ua = AnnexOptions {
        cases: vec!["KZ-T-0000".into()],
        country: "UA".into(),
        ..o.clone()
    };
    let e = write_annex(&v, &ua, &bad).unwrap_err();
    assert!(matches!(e, SubmissionError::CaseCountry { .. }), "{e:?}");
    assert!(!bad.exists());
    o.cases = vec![];
    // CEDAW in Russian, as a PDF, with its own limit.
    let pdf = dir.path().join("annex.pdf");
    let a = write_annex(
        &v,
        &AnnexOptions {
            report: Thematic::Cedaw,
            country: "KZ".into(),
            lang: "ru".into(),
            ..o.clone()
        },
        &pdf,
    )
    .unwrap();
    assert_eq!(a.limit, 6_600);
    let text = pdf_text(&pdf);
    assert!(text.contains("Казахстан"), "{text}");
}

#[test]
fn summaries_are_short_and_there_are_at_most_ten() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir.path().join("v"));
    for n in 0..10 {
        let mut r = example(Some((true, "named")));
        r.code = format!("KZ-L-{n}");
        r.consents.push(Consent {
            destination: Some("un-treaty-bodies".into()),
            given: Some(true),
            named_or_anonymised: Some("anonymised".into()),
            ..Default::default()
        });
        r.incidents[0].narrative_translation = Some("word ".repeat(400));
        v.add_case(r, "t").unwrap();
    }
    let o = AnnexOptions {
        report: Thematic::Upr,
        country: "KZ".into(),
        cases: (0..10).map(|n| format!("KZ-L-{n}")).collect(),
        ..Default::default()
    };
    let dest = dir.path().join("a.docx");
    let a = write_annex(&v, &o, &dest).unwrap();
    // Summaries are cut to 80 words of her account each: still well under 2,815.
    assert!(!a.over_limit, "{}", a.written.words);
    let too_many = AnnexOptions {
        cases: (0..11).map(|n| format!("KZ-L-{n}")).collect(),
        ..o.clone()
    };
    assert!(matches!(
        write_annex(&v, &too_many, &dir.path().join("b.docx")),
        Err(SubmissionError::TooManyCases { max: 10 })
    ));
}
