//! Generates case files from a real (encrypted) vault and reads them back with
//! poppler-utils: text, page numbers, images, redaction, consent, verification.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

mod common;
use common::{keep, tool};
use std::process::Command;

use casebook_core::model::{Act, Incident, Witness};
use casebook_core::CaseRecord;
use casebook_pdf::{
    file_name, plan_case_file, render_case_file, verify_pdf, verify_pdf_file, write_case_file,
    PdfError, PdfOptions, Profile, Progress,
};
use casebook_store::{AttachmentMeta, AuditEvent, KdfParams, Secret, Vault, VaultOptions};

const EXAMPLE: &str = include_str!("../../casebook-core/tests/fixtures/example-case.json");

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

fn opts(lang: &str, profile: Profile) -> PdfOptions {
    PdfOptions {
        lang: lang.into(),
        profile,
        generated_at: Some(
            chrono::DateTime::parse_from_rfc3339("2026-04-02T15:42:00+05:00").unwrap(),
        ),
    }
}

/// The example case's full case file in `lang`, kept as `{kept}-{lang}.pdf`, and its
/// text as pdftotext gives it with `args`.
fn example_file(v: &Vault, dir: &Path, lang: &str, kept: &str, args: &[&str]) -> (Vec<u8>, String) {
    let pdf = render_case_file(
        v,
        "KZ-ALM-2026-0007",
        &opts(lang, Profile::Full),
        &mut |_| {},
    )
    .unwrap();
    keep(&format!("{kept}-{lang}.pdf"), &pdf);
    let text = tool(dir, "pdftotext", args, &pdf);
    (pdf, text)
}

fn pages(dir: &Path, pdf: &[u8]) -> usize {
    let info = tool(dir, "pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

fn jpeg(w: u32, h: u32, orientation: Option<u8>, seed: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([
            ((x * 7 + seed) % 256) as u8,
            ((y * 3) % 256) as u8,
            ((x ^ y) % 256) as u8,
        ])
    });
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
    if let Some(o) = orientation {
        // Minimal little-endian TIFF with one IFD entry: Orientation (0x0112) SHORT.
        let mut exif = vec![b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0];
        exif.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, o, 0, 0, 0]);
        exif.extend_from_slice(&[0, 0, 0, 0]);
        enc.set_exif_metadata(exif).unwrap();
    }
    enc.write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// 3 incidents, 12 acts, long narratives, identity sentinels everywhere.
pub fn big_case() -> CaseRecord {
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.code = "UA-KYIV-2026-0100".into();
    let id = r.survivor.identity.as_mut().unwrap();
    id.legal_name = Some("SENTINEL-LEGALNAME Олена".into());
    id.phone = Some("+380 99 SENTINEL-PHONE".into());
    id.address = Some("SENTINEL-ADDRESS вул. Хрещатик".into());
    id.id_document = Some("SENTINEL-DOCNO".into());
    r.perpetrators[0].name = Some("SENTINEL-PERPNAME Петренко".into());
    let long = "Вони тримали мене в машині й погрожували, що заберуть дитину, якщо я не підпишу. \
                Они держали меня в машине и угрожали забрать ребёнка. They kept me in the car. "
        .repeat(40);
    let acts = [
        "beating",
        "threat-child-custody",
        "forced-signature",
        "lawyer-refused",
    ];
    let base = r.incidents[0].clone();
    r.incidents = (0..3)
        .map(|k| Incident {
            reference: Some(format!("i{}", k + 1)),
            date: Some(["2026-01", "2026-02-10", "2026-03-01"][k].into()),
            date_precision: Some(["month", "range", "exact"][k].into()),
            date_end: (k == 1).then(|| "2026-02-12".into()),
            narrative: Some(format!("{long} SENTINEL-LEGALNAME Олена сказала.")),
            narrative_translation: Some(
                "They held me in the car and threatened to take my child. ".repeat(30),
            ),
            witnesses: vec![Witness {
                pseudonym: Some(format!("Свідок {k}")),
                contact: Some(format!("SENTINEL-WITNESS-{k} +380")),
                willing_to_testify: Some(true),
            }],
            acts: acts
                .iter()
                .map(|a| Act {
                    act_type: Some((*a).into()),
                    perpetrators: vec!["p1".into()],
                    intent: Some("confession".into()),
                    physical_consequences: Some("синці, переломи ребер ".repeat(6)),
                    ..Default::default()
                })
                .collect(),
            ..base.clone()
        })
        .collect();
    r
}

fn add_photos(v: &mut Vault, code: &str, n: usize, w: u32, h: u32) {
    for k in 0..n {
        let o = (k == 0).then_some(6u8);
        let bytes = jpeg(w, h, o, k as u32);
        v.attach_reader(
            code,
            std::io::Cursor::new(bytes),
            AttachmentMeta {
                file_name: format!("photo-{k}.jpg"),
                media_type: Some("image/jpeg".into()),
                description: Some(format!("Синці, фото {k}")),
                captured_at: Some("2026-03-11T09:30:00Z".into()),
            },
            "tester",
        )
        .unwrap();
    }
}

#[test]
fn example_case_in_three_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let stored = v
        .add_case(CaseRecord::from_json_str(EXAMPLE).unwrap(), "tester")
        .unwrap();
    let cases = [
        (
            "en",
            vec![
                "Legal case file",
                "Sharing with a lawyer",
                "Beating",
                "ECHR art. 3",
                "10 March 2026",
                "Drop-in centre, Almaty",
                "Айгуль Сериковна Н.",
            ],
        ),
        (
            "ru",
            vec![
                "Юридическое досье по делу",
                "Избиение",
                "ЕКПЧ ст. 3",
                "10 марта 2026 г.",
                "Задержали у пункта выдачи метадона",
            ],
        ),
        (
            "uk",
            vec![
                "Юридичне досьє у справі",
                "ЄКПЛ ст. 3",
                "10 березня 2026 р.",
            ],
        ),
    ];
    for (lang, want) in cases {
        let (pdf, text) = example_file(&v, tmp.path(), lang, "example", &["-layout"]);
        for w in want {
            assert!(text.contains(w), "{lang}: missing {w:?}");
        }
        let n = pages(tmp.path(), &pdf);
        assert!((4..=14).contains(&n), "{lang}: {n} pages");
        // Every page says "N of M" with the right M.
        let per_page: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(per_page.len(), n);
        let label = match lang {
            "en" => |i: usize, m: usize| format!("Page {i} of {m}"),
            "ru" => |i: usize, m: usize| format!("Страница {i} из {m}"),
            _ => |i: usize, m: usize| format!("Сторінка {i} з {m}"),
        };
        for (i, p) in per_page.iter().enumerate() {
            assert!(p.contains(&label(i + 1, n)), "{lang} page {}", i + 1);
            assert!(p.contains("KZ-ALM-2026-0007"));
        }
        let check = verify_pdf(&v, &pdf).unwrap();
        assert!(check.is_ok(), "{check:?}");
        assert_eq!(check.rendering_matches, Some(true));
        assert_eq!(check.revision, stored.head.id);
    }
}

#[test]
fn consent_gate() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.consents
        .retain(|c| c.destination.as_deref() != Some("lawyer"));
    v.add_case(r.clone(), "t").unwrap();
    let err = render_case_file(
        &v,
        &r.code,
        &opts("ru", Profile::Pseudonymised),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(
        err,
        PdfError::Consent {
            destination: "lawyer",
            state: "missing"
        }
    ));
    let text = casebook_i18n::Localizer::new("ru").unwrap().error(&err);
    assert!(text.contains("Передача юристу"), "{text}");

    // Revoked.
    let mut r2 = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r2.code = "X-2".into();
    for c in &mut r2.consents {
        if c.destination.as_deref() == Some("lawyer") {
            c.revoked_at = Some("2026-03-30".into());
        }
    }
    v.add_case(r2, "t").unwrap();
    let err = render_case_file(&v, "X-2", &opts("en", Profile::Full), &mut |_| {}).unwrap_err();
    assert!(matches!(
        err,
        PdfError::Consent {
            state: "revoked",
            ..
        }
    ));

    // Anonymised only: full refused, pseudonymised allowed.
    let mut r3 = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r3.code = "X-3".into();
    for c in &mut r3.consents {
        if c.destination.as_deref() == Some("lawyer") {
            c.named_or_anonymised = Some("anonymised".into());
        }
    }
    v.add_case(r3, "t").unwrap();
    assert!(matches!(
        render_case_file(&v, "X-3", &opts("en", Profile::Full), &mut |_| {}),
        Err(PdfError::ConsentAnonymisedOnly { .. })
    ));
    assert!(render_case_file(&v, "X-3", &opts("en", Profile::Pseudonymised), &mut |_| {}).is_ok());
}

#[test]
fn big_case_with_photos_pseudonymised_and_verified() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let r = big_case();
    v.add_case(r.clone(), "tester").unwrap();
    add_photos(&mut v, &r.code, 3, 640, 480);
    v.attach_reader(
        &r.code,
        std::io::Cursor::new(b"%PDF-1.4 not really".to_vec()),
        AttachmentMeta {
            file_name: "SENTINEL-LEGALNAME Олена scan.pdf".into(),
            media_type: Some("application/pdf".into()),
            ..Default::default()
        },
        "tester",
    )
    .unwrap();

    let mut stages = Vec::new();
    let full = render_case_file(&v, &r.code, &opts("uk", Profile::Full), &mut |p| {
        stages.push(p)
    })
    .unwrap();
    assert!(stages
        .iter()
        .any(|p| matches!(p, casebook_pdf::Progress::Photo { done: 3, total: 3 })));
    let full_text = tool(tmp.path(), "pdftotext", &[], &full);
    assert!(full_text.contains("SENTINEL-LEGALNAME"));
    assert!(full_text.contains("SENTINEL-WITNESS-1"));
    let n_full = pages(tmp.path(), &full);
    assert!(n_full >= 12, "{n_full}");

    let pseudo = render_case_file(
        &v,
        &r.code,
        &opts("ru", Profile::Pseudonymised),
        &mut |_| {},
    )
    .unwrap();
    keep("big-ru-pseudonymised.pdf", &pseudo);
    let text = tool(tmp.path(), "pdftotext", &[], &pseudo);
    let raw = tool(tmp.path(), "pdftotext", &["-raw"], &pseudo);
    for s in ["SENTINEL", "Хрещатик", "Петренко", "+380 99"] {
        assert!(!text.contains(s) && !raw.contains(s), "text leaks {s}");
        let bytes_hit = pseudo.windows(s.len()).any(|w| w == s.as_bytes());
        assert!(!bytes_hit, "bytes leak {s}");
    }
    // Texts survive, in Russian, with the narrative split over pages.
    assert!(text.contains("Они держали меня в машине"));
    assert!(text.contains("около 10–12 февраля 2026 г."));
    assert!(text.contains("январь 2026 г."));

    // Images: 3 embedded, the first one stored 640x480 (shown upright by its matrix).
    let list = tool(tmp.path(), "pdfimages", &["-list"], &pseudo);
    let imgs: Vec<&str> = list.lines().skip(2).collect();
    assert_eq!(imgs.len(), 3, "{list}");
    assert!(imgs
        .iter()
        .all(|l| l.contains("jpeg") && l.contains("640") && l.contains("480")));

    // Verification: OK as written, failing after any edit.
    let ok = verify_pdf(&v, &pseudo).unwrap();
    assert!(ok.is_ok(), "{ok:?}");
    let mut edited = pseudo.clone();
    let at = edited.len() / 2;
    edited[at] ^= 0x01;
    let bad = verify_pdf(&v, &edited);
    assert!(!bad.map(|b| b.is_ok()).unwrap_or(false));
    // An edit that keeps the file parseable: change the revision reference text.
    let mut retitled = pseudo.clone();
    let k = retitled
        .windows(17)
        .position(|w| w == b"UA-KYIV-2026-0100")
        .unwrap();
    retitled[k] = b'X';
    let bad = verify_pdf(&v, &retitled).unwrap();
    assert!(!bad.file_intact && !bad.is_ok());
    // Appending an incremental update is detected too.
    let mut appended = pseudo.clone();
    appended.extend_from_slice(b"\n% edited\n");
    assert!(!verify_pdf(&v, &appended).unwrap().is_ok());
    // The same input gives the same bytes.
    let again = render_case_file(
        &v,
        &r.code,
        &opts("ru", Profile::Pseudonymised),
        &mut |_| {},
    )
    .unwrap();
    assert!(again == pseudo);
}

#[test]
fn places_are_named_in_the_language_of_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    // Her residence in Kyiv oblast, the incident in Kyiv city; citizenship Ukrainian.
    r.survivor.country = Some("UA".into());
    r.survivor.region = Some("UA-32".into());
    r.survivor.settlement = Some("Бровари".into());
    r.survivor.citizenship = Some("UA".into());
    r.incidents[0].country = Some("UA".into());
    r.incidents[0].region = Some("UA-30".into());
    r.incidents[0].settlement = None;
    v.add_case(r, "tester").unwrap();
    let cases = [
        ("en", ["Бровари, Kyivska oblast, Ukraine", "Kyiv, Ukraine"]),
        (
            "ru",
            ["Бровари, Киевская область, Украина", "Киев, Украина"],
        ),
        (
            "uk",
            ["Бровари, Київська область, Україна", "Київ, Україна"],
        ),
    ];
    for (lang, want) in cases {
        let (pdf, text) = example_file(&v, tmp.path(), lang, "places", &[]);
        for w in want {
            assert!(text.contains(w), "{lang}: missing {w:?}");
        }
        // No bare ISO code where a name belongs.
        for code in ["UA-32", "UA-30", ", UA\n"] {
            assert!(!text.contains(code), "{lang}: code {code} printed");
        }
        assert!(verify_pdf(&v, &pdf).unwrap().is_ok());
    }

    // The example case: Almaty is its own region; an unknown code is printed as is.
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.code = "X-PLACE".into();
    r.incidents[0].region = Some("KZ-99".into());
    v.add_case(r, "tester").unwrap();
    let pdf = render_case_file(&v, "X-PLACE", &opts("ru", Profile::Full), &mut |_| {}).unwrap();
    let text = tool(tmp.path(), "pdftotext", &[], &pdf);
    assert!(text.contains("Алматы, Алма-Ата, Казахстан"), "{text}");
    assert!(text.contains("Алматы, KZ-99, Казахстан"), "{text}");
}

#[test]
fn write_case_file_writes_in_place_and_records_an_audit_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let stored = v
        .add_case(CaseRecord::from_json_str(EXAMPLE).unwrap(), "tester")
        .unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let o = opts("ru", Profile::Pseudonymised);

    let plan = plan_case_file(&v, "KZ-ALM-2026-0007", &o).unwrap();
    assert_eq!(plan.case_id, stored.id);
    // The suggested name does not say whose case it is, nor that it is one.
    assert_eq!(plan.file_name, "document-ru.pdf");
    assert_eq!(file_name(&opts("en", Profile::Full)), "document-en.pdf");
    assert!(plan
        .unchecked_free_text
        .contains(&"incidents[0].narrative".to_owned()));
    let full_plan = plan_case_file(&v, "KZ-ALM-2026-0007", &opts("ru", Profile::Full)).unwrap();
    assert!(full_plan.unchecked_free_text.is_empty());

    let before = v.audit_head().unwrap().unwrap();
    let dest = out.join(&plan.file_name);
    let mut stages = Vec::new();
    let written = write_case_file(&v, &stored.id, &o, &dest, &mut |p| stages.push(p)).unwrap();
    assert_eq!(stages.first(), Some(&Progress::Loading));
    assert_eq!(
        stages.last(),
        Some(&Progress::Done {
            pages: written.pages
        })
    );
    assert_eq!(
        stages
            .iter()
            .filter(|p| matches!(p, Progress::Done { .. }))
            .count(),
        1
    );
    assert!(written.pages >= 4);

    // The file, and nothing else, is in the chosen directory.
    let bytes = std::fs::read(&dest).unwrap();
    assert_eq!(written.bytes, bytes.len() as u64);
    assert_eq!(written.file_name, plan.file_name);
    {
        use sha2::Digest as _;
        assert_eq!(written.sha256, hex::encode(sha2::Sha256::digest(&bytes)));
    }
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    let text = tool(tmp.path(), "pdftotext", &[], &bytes);
    assert!(text.contains("Юридическое досье по делу"));

    // One pdf-generated entry, next in the chain, with identifiers only.
    let entries = v
        .audit_entries_for_case(&stored.id, AuditEvent::PdfGenerated)
        .unwrap();
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!(e.event, "pdf-generated");
    assert_eq!(e.seq, before.seq + 1);
    assert_eq!(e.seq, written.audit_seq);
    let detail: serde_json::Value = serde_json::from_str(&e.detail).unwrap();
    assert_eq!(detail["revision"], stored.head.id.as_str());
    assert_eq!(detail["lang"], "ru");
    assert_eq!(detail["profile"], "pseudonymised");
    assert_eq!(detail["sha256"], written.sha256.as_str());
    assert_eq!(detail.as_object().unwrap().len(), 4);
    for s in ["Айгуль", "Алматы", "KZ-ALM"] {
        assert!(!e.detail.contains(s), "audit detail leaks {s}");
    }
    assert!(v.verify().unwrap().is_ok());

    // Verification from disk: sound, and this vault issued exactly this file.
    let check = verify_pdf_file(&v, &dest).unwrap();
    assert!(check.is_ok(), "{check:?}");
    assert_eq!(check.issued_at.as_deref(), Some(e.at.as_str()));
    // Bytes rendered but never written are sound too, only not issued.
    let unrecorded =
        render_case_file(&v, &stored.id, &opts("en", Profile::Full), &mut |_| {}).unwrap();
    let check = verify_pdf(&v, &unrecorded).unwrap();
    assert!(check.is_ok() && check.issued_at.is_none(), "{check:?}");
    assert!(matches!(
        verify_pdf_file(&v, &out.join("missing.pdf")),
        Err(PdfError::Read(_))
    ));

    // Writing again over the same name replaces the file and adds an entry.
    let again = write_case_file(&v, &stored.id, &o, &dest, &mut |_| {}).unwrap();
    assert_eq!(again.audit_seq, written.audit_seq + 1);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);

    // Refused by the consent gate: no file, no temporary file, no entry.
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.code = "X-NOCONSENT".into();
    r.consents
        .retain(|c| c.destination.as_deref() != Some("lawyer"));
    v.add_case(r, "t").unwrap();
    let head = v.audit_head().unwrap().unwrap().seq;
    let refused = out.join("refused.pdf");
    assert!(matches!(
        plan_case_file(&v, "X-NOCONSENT", &o),
        Err(PdfError::Consent {
            state: "missing",
            ..
        })
    ));
    assert!(matches!(
        write_case_file(&v, "X-NOCONSENT", &o, &refused, &mut |_| {}),
        Err(PdfError::Consent {
            state: "missing",
            ..
        })
    ));
    assert!(!refused.exists());
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
    assert_eq!(v.audit_head().unwrap().unwrap().seq, head);

    // A directory that does not exist: an error, and nothing recorded.
    let nowhere = tmp.path().join("no-such-dir").join("x.pdf");
    assert!(matches!(
        write_case_file(&v, &stored.id, &o, &nowhere, &mut |_| {}),
        Err(PdfError::Write(_))
    ));
    assert_eq!(v.audit_head().unwrap().unwrap().seq, head);
}

/// A segment with marker `m` and body `body`.
fn segment(m: u8, body: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, m];
    s.extend_from_slice(&u16::try_from(body.len() + 2).unwrap().to_be_bytes());
    s.extend_from_slice(body);
    s
}

fn has(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn photo_metadata_after_the_image_or_between_scans_stays_out() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.code = "X-PHOTO".into();
    v.add_case(r, "tester").unwrap();

    // A phone-style file: the image, then a second image's EXIF (with GPS) and a
    // motion-photo trailer after its end-of-image marker.
    let mut baseline = jpeg(64, 48, None, 1);
    assert_eq!(baseline[baseline.len() - 2..], [0xFF, 0xD9]);
    baseline.extend(segment(0xE1, b"Exif\0\0GPS SENTINEL-GPS-AFTER-EOI 50.45N"));
    baseline.extend_from_slice(b"MotionPhoto_Data SENTINEL-TRAILER");
    // A progressive file with a comment and an EXIF block between two of its scans.
    let mut progressive = include_bytes!("fixtures/progressive.jpg").to_vec();
    let second_sos = progressive
        .windows(2)
        .enumerate()
        .filter(|(_, w)| *w == [0xFF, 0xDA])
        .nth(1)
        .unwrap()
        .0;
    let mut between = segment(0xFE, b"SENTINEL-COMMENT-BETWEEN-SCANS");
    between.extend(segment(0xE1, b"Exif\0\0GPS SENTINEL-GPS-BETWEEN-SCANS"));
    progressive.splice(second_sos..second_sos, between);
    for (name, bytes) in [("phone.jpg", &baseline), ("progressive.jpg", &progressive)] {
        assert!(has(bytes, "SENTINEL"));
        v.attach_reader(
            "X-PHOTO",
            std::io::Cursor::new(bytes.clone()),
            AttachmentMeta {
                file_name: name.into(),
                media_type: Some("image/jpeg".into()),
                ..Default::default()
            },
            "tester",
        )
        .unwrap();
    }

    let pdf = render_case_file(&v, "X-PHOTO", &opts("en", Profile::Full), &mut |_| {}).unwrap();
    keep("photo-metadata.pdf", &pdf);
    assert!(!has(&pdf, "SENTINEL"));
    // Compressed streams too (the images themselves are stored as they are).
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    for obj in doc.objects.values() {
        if let lopdf::Object::Stream(s) = obj {
            let content = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            assert!(!has(&content, "SENTINEL"));
        }
    }
    // Both photos are embedded, and what a reader extracts from them is clean.
    let list = tool(tmp.path(), "pdfimages", &["-list"], &pdf);
    assert_eq!(list.lines().skip(2).count(), 2, "{list}");
    let out = tmp.path().join("img");
    std::fs::create_dir(&out).unwrap();
    let f = tmp.path().join("photos.pdf");
    std::fs::write(&f, &pdf).unwrap();
    let st = Command::new("pdfimages")
        .arg("-all")
        .arg(&f)
        .arg(out.join("p"))
        .status()
        .unwrap();
    assert!(st.success());
    let mut n = 0;
    for e in std::fs::read_dir(&out).unwrap() {
        let img = std::fs::read(e.unwrap().path()).unwrap();
        assert!(!has(&img, "SENTINEL"));
        assert!(image::load_from_memory(&img).is_ok());
        n += 1;
    }
    assert_eq!(n, 2);
}

/// Text and raw bytes of a pseudonymised file contain none of `secrets`; its text
/// with every run of whitespace made one space.
fn assert_no_leak(dir: &Path, pdf: &[u8], secrets: &[&str]) -> String {
    let text = tool(dir, "pdftotext", &[], pdf);
    let raw = tool(dir, "pdftotext", &["-raw"], pdf);
    // Lines are wrapped: join them so a phone split over two lines is still seen.
    let joined = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in secrets {
        let lower = s.to_lowercase();
        for t in [&text, &raw, &joined] {
            assert!(!t.to_lowercase().contains(&lower), "text leaks {s:?}:\n{t}");
        }
        assert!(
            !pdf.windows(s.len()).any(|w| w == s.as_bytes()),
            "bytes leak {s:?}"
        );
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn example_case_pseudonymised_names_nobody() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    // Her name written into the narrative as people write it: declined, lowercase.
    r.incidents[0].narrative = Some(format!(
        "{} Айгули сказали, что айгуль Сериковной не назовут. Звонить: 8 700 000 00 00.",
        r.incidents[0].narrative.clone().unwrap()
    ));
    let id = v.add_case(r, "tester").unwrap().id;
    for lang in ["en", "ru", "uk"] {
        let pdf =
            render_case_file(&v, &id, &opts(lang, Profile::Pseudonymised), &mut |_| {}).unwrap();
        keep(&format!("example-pseudonymised-{lang}.pdf"), &pdf);
        let text = assert_no_leak(
            tmp.path(),
            &pdf,
            &[
                "Айгул",
                "Сериков",
                "1988-05-02",
                "02.05.1988",
                "+7 700 000 0000",
                "700 000 00 00",
                "Аксай",
                "01234567",
                "через центр",
                "Свидетель 1",
            ],
        );
        // What is not about who she is stays.
        for s in ["Задержали у пункта выдачи", "гематомы", "Алматы", "Звонить"]
        {
            assert!(text.contains(s), "{lang}: lost {s:?}");
        }
        let check = verify_pdf(&v, &pdf).unwrap();
        assert!(check.is_ok(), "{check:?}");
        assert_eq!(check.rendering_matches, Some(true));
    }
}

#[test]
fn ukrainian_case_with_inflected_names_numbers_and_file_names() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.code = "UA-KYIV-2026-0200".into();
    r.survivor.pseudonym = "Квітка".into();
    r.survivor.settlement = Some("Київ".into());
    let id = r.survivor.identity.as_mut().unwrap();
    id.legal_name = Some("Оксана Квітчаста".into());
    id.date_of_birth = Some("1990-03-14".into());
    id.phone = Some("+380 67 123 45 67".into());
    id.address = Some("Київ, вул. Січових Стрільців 12".into());
    id.id_document = Some("КВ 123456".into());
    r.incidents[0].narrative = Some(
        "Квітчастої не було вдома, тому Оксану затримали біля аптеки. \
         Вона просила: зателефонуйте 067 123 45 67. Народилася 14.03.1990, \
         у протоколі записали «14 березня 1990 р.», паспорт КВ123456. \
         Живе на Січових Стрільців."
            .into(),
    );
    r.notes = Some("ОКСАНА просила не дзвонити на 0671234567".into());
    let stored = v.add_case(r, "tester").unwrap();
    v.attach_reader(
        &stored.id,
        &b"not an image"[..],
        AttachmentMeta {
            file_name: "Оксана_Квітчаста_синці.pdf".into(),
            media_type: Some("application/pdf".into()),
            ..Default::default()
        },
        "tester",
    )
    .unwrap();
    let mut edited = v.get_case(&stored.id).unwrap().record;
    edited.status = Some("closed".into());
    v.edit_case(
        &stored.id,
        edited,
        "tester",
        Some("Оксана Квітчаста попросила закрити; тел. +380671234567"),
    )
    .unwrap();

    let pdf = render_case_file(
        &v,
        &stored.id,
        &opts("uk", Profile::Pseudonymised),
        &mut |_| {},
    )
    .unwrap();
    keep("ukrainian-pseudonymised-uk.pdf", &pdf);
    let text = assert_no_leak(
        tmp.path(),
        &pdf,
        &[
            "Оксан",
            "Квітчаст",
            "123 45 67",
            "1234567",
            "14.03.1990",
            "14 березня 1990",
            "1990-03-14",
            "123456",
            "Січових",
            "синці.pdf",
        ],
    );
    for s in [
        "не було вдома",
        "затримали біля аптеки",
        "зателефонуйте",
        "Народилася",
        "попросила закрити",
        "Квітка",
        "приховано",
    ] {
        assert!(text.contains(s), "lost {s:?}:\n{text}");
    }
    let check = verify_pdf(&v, &pdf).unwrap();
    assert!(check.is_ok(), "{check:?}");
    // The full file still shows everything.
    let full = render_case_file(&v, &stored.id, &opts("uk", Profile::Full), &mut |_| {}).unwrap();
    let full_text = tool(tmp.path(), "pdftotext", &["-raw"], &full)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for s in ["Квітчастої", "Оксана Квітчаста", "067 123 45 67"] {
        assert!(full_text.contains(s), "full file lost {s:?}");
    }
}

#[test]
fn a_file_of_a_newer_data_format_is_refused_not_misread() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let id = v
        .add_case(CaseRecord::from_json_str(EXAMPLE).unwrap(), "tester")
        .unwrap()
        .id;
    let pdf = render_case_file(&v, &id, &opts("en", Profile::Pseudonymised), &mut |_| {}).unwrap();
    let key = b"/CasebookFormat 3";
    let at = pdf.windows(key.len()).position(|w| w == key).unwrap();
    let mut newer = pdf.clone();
    newer[at + key.len() - 1] = b'9';
    assert!(matches!(
        verify_pdf(&v, &newer),
        Err(PdfError::NewerFormat { format: 9 })
    ));
}

/// A file whose Info names an audit entry number no vault can hold (crafted: the
/// check once subtracted 1 from it unchecked, which overflows on `i64::MIN`) is
/// refused with a coded error, not a crash.
#[test]
fn a_crafted_audit_entry_number_is_refused_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let id = v
        .add_case(CaseRecord::from_json_str(EXAMPLE).unwrap(), "tester")
        .unwrap()
        .id;
    let pdf = render_case_file(&v, &id, &opts("en", Profile::Pseudonymised), &mut |_| {}).unwrap();
    for seq in [i64::MIN, -1, 0] {
        let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        doc.get_dictionary_mut(info)
            .unwrap()
            .set("CasebookAuditSeq", lopdf::Object::Integer(seq));
        let mut crafted = Vec::new();
        doc.save_to(&mut crafted).unwrap();
        let result = verify_pdf(&v, &crafted);
        assert!(
            matches!(result, Err(PdfError::BadAuditSeq { seq: s }) if s == seq),
            "{seq}: {result:?}"
        );
    }
}

/// pdftotext output (plain and `-raw`) with all whitespace removed, so that an id
/// wrapped over two lines of a table cell is still one string.
fn squeezed_text(dir: &Path, pdf: &[u8]) -> String {
    let mut all = String::new();
    for args in [&[][..], &["-raw"][..]] {
        all.extend(
            tool(dir, "pdftotext", args, pdf)
                .chars()
                .filter(|c| !c.is_whitespace()),
        );
        all.push('|');
    }
    all
}

/// The example case with three revisions, in a new vault under `dir`.
fn edited_example(dir: &Path) -> (Vault, String) {
    let mut v = vault(dir);
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    let id = v.add_case(r.clone(), "tester").unwrap().id;
    for n in ["Первая правка.", "Вторая правка."] {
        r.incidents[0].narrative = Some(format!(
            "{} {n}",
            r.incidents[0].narrative.clone().unwrap_or_default()
        ));
        v.edit_case(&id, r.clone(), "tester", Some("уточнение"))
            .unwrap();
    }
    assert_eq!(v.history(&id).unwrap().len(), 3);
    (v, id)
}

/// A revision id hashes the unredacted record: printed in a pseudonymised file, it
/// would let anyone confirm a guessed name offline. Such a file shows tags instead.
#[test]
fn a_pseudonymised_file_shows_revision_tags_not_revision_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, id) = edited_example(&tmp.path().join("v"));
    let ids: Vec<String> = v.history(&id).unwrap().into_iter().map(|r| r.id).collect();
    let head = ids.last().unwrap().clone();
    for lang in ["en", "ru"] {
        let pdf =
            render_case_file(&v, &id, &opts(lang, Profile::Pseudonymised), &mut |_| {}).unwrap();
        keep(&format!("tagged-{lang}.pdf"), &pdf);
        let text = squeezed_text(tmp.path(), &pdf);
        for rev in &ids {
            // The footer prints the first 12 digits.
            let short = &rev[..12];
            assert!(!text.contains(short), "{lang}: text shows revision {rev}");
            assert!(
                !pdf.windows(short.len()).any(|w| w == short.as_bytes()),
                "{lang}: bytes carry revision {rev}"
            );
        }
        // What it shows instead: the head's tag (Info and cover), every
        // revision's tag in the history table.
        let tag = v.revision_tag(&head).unwrap();
        assert!(pdf.windows(64).any(|w| w == tag.as_bytes()));
        for rev in &ids {
            assert!(text.contains(&v.revision_tag(rev).unwrap()), "{lang}");
        }
        let check = verify_pdf(&v, &pdf).unwrap();
        assert!(check.is_ok(), "{check:?}");
        assert_eq!(check.rendering_matches, Some(true));
        assert_eq!(check.revision, head);
        assert_eq!(check.revision_tag.as_deref(), Some(tag.as_str()));
        assert!(check.revision_is_head);
    }

    // A full file names the revision itself: nothing is redacted there, and the
    // lawyer may check it against the vault.
    let full = render_case_file(&v, &id, &opts("en", Profile::Full), &mut |_| {}).unwrap();
    let text = squeezed_text(tmp.path(), &full);
    assert!(text.contains(&head));
    assert!(full.windows(64).any(|w| w == head.as_bytes()));
    let check = verify_pdf(&v, &full).unwrap();
    assert!(check.is_ok(), "{check:?}");
    assert_eq!(check.revision_tag, None);
}

#[test]
fn only_the_vault_that_made_a_pseudonymised_file_can_match_its_tag() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, id) = edited_example(&tmp.path().join("v"));
    let head = v.get_case(&id).unwrap().head.id;
    let o = opts("ru", Profile::Pseudonymised);
    let pdf = render_case_file(&v, &id, &o, &mut |_| {}).unwrap();

    // Another vault holding the same case, with the same revision ids.
    let mut other = vault(&tmp.path().join("other"));
    let history = v.case_history(&id).unwrap();
    let mut import = other
        .begin_import(casebook_store::ContactRole::OwnDevice)
        .unwrap();
    import.add_case(&history).unwrap();
    import.finish("{}").unwrap();
    assert_eq!(other.get_case(&id).unwrap().head.id, head);
    let tag = v.revision_tag(&head).unwrap();
    assert!(matches!(
        verify_pdf(&other, &pdf),
        Err(PdfError::UnknownRevisionTag { tag: t }) if t == tag
    ));
    // A vault without the case does not hold it at all.
    let empty = vault(&tmp.path().join("empty"));
    assert!(matches!(
        verify_pdf(&empty, &pdf),
        Err(PdfError::NotInVault { .. })
    ));

    // Same vault and revision: the same tag, the same bytes; another vault: another
    // tag, and a file it checks itself.
    assert_eq!(v.revision_tag(&head).unwrap(), tag);
    assert!(render_case_file(&v, &id, &o, &mut |_| {}).unwrap() == pdf);
    let other_tag = other.revision_tag(&head).unwrap();
    assert_ne!(other_tag, tag);
    let theirs = render_case_file(&other, &id, &o, &mut |_| {}).unwrap();
    assert!(theirs.windows(64).any(|w| w == other_tag.as_bytes()));
    assert!(!theirs.windows(64).any(|w| w == tag.as_bytes()));
    let check = verify_pdf(&other, &theirs).unwrap();
    assert!(check.is_ok(), "{check:?}");
    assert_eq!(check.revision, head);

    // A changed tag matches nothing, in the vault that made the file too.
    let at = pdf.windows(64).position(|w| w == tag.as_bytes()).unwrap();
    let mut forged = pdf.clone();
    forged[at..at + 64].copy_from_slice(other_tag.as_bytes());
    assert!(matches!(
        verify_pdf(&v, &forged),
        Err(PdfError::UnknownRevisionTag { .. })
    ));
}

/// Every shipped language prints: each section heading, the month of the incident
/// and the act's word come back from the text layer whole (a glyph the fonts lack
/// would drop out), every font is embedded, and the file verifies.
#[test]
fn every_shipped_language_renders_its_own_script() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    v.add_case(CaseRecord::from_json_str(EXAMPLE).unwrap(), "tester")
        .unwrap();
    for lang in casebook_i18n::SHIPPED {
        let l = casebook_i18n::Localizer::new(lang).unwrap();
        let (pdf, text) = example_file(&v, tmp.path(), lang, "shipped", &[]);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut want: Vec<String> = [
            "pdf-section-summary",
            "pdf-section-chronology",
            "pdf-section-acts",
            "pdf-section-evidence",
            "pdf-section-consent",
            "pdf-section-integrity",
            "vocab-act-type-beating",
            "pdf-month-gen-3",
        ]
        .iter()
        .map(|id| l.msg(id, &[]))
        .collect();
        want.push(casebook_i18n::gazetteer::country("KZ", lang));
        want.push(l.msg(&format!("language-{lang}"), &[]));
        for w in want {
            let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&w), "{lang}: {w:?} not in the text layer");
        }
        let fonts = tool(tmp.path(), "pdffonts", &[], &pdf);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{lang}: no fonts");
        for row in rows {
            // name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            let emb = cols.get(cols.len().saturating_sub(5)).copied();
            assert_eq!(emb, Some("yes"), "{lang}: font not embedded: {row}");
        }
        let check = verify_pdf(&v, &pdf).unwrap();
        assert!(check.is_ok(), "{lang}: {check:?}");
    }
}
