//! Generation time and peak memory for a big case: 3 incidents, 12 acts, long
//! narratives, 6 photos of several MB each. Run with
//! `cargo bench -p casebook-pdf --bench case_file` (release).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::io::Cursor;
use std::time::Instant;

use casebook_core::model::{Act, Incident, Witness};
use casebook_core::CaseRecord;
use casebook_pdf::{render_case_file, PdfOptions, Profile};
use casebook_store::{AttachmentMeta, KdfParams, Secret, Vault, VaultOptions};
use image::ImageEncoder;

const EXAMPLE: &str = include_str!("../../casebook-core/tests/fixtures/example-case.json");

/// Peak resident set size of this process so far (Linux), in MiB.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A photo-like JPEG (noisy, so it compresses like a real one) of about 3–5 MB.
fn photo(seed: u32, orientation: Option<u8>) -> Vec<u8> {
    let (w, h) = (4000u32, 3000u32);
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = state & 0x07;
        image::Rgb([
            ((x / 8 + n) % 256) as u8,
            ((y / 8 + n) % 256) as u8,
            (((x + y) / 16 + n) % 256) as u8,
        ])
    });
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
    if let Some(o) = orientation {
        let mut exif = vec![b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0];
        exif.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, o, 0, 0, 0, 0, 0, 0, 0]);
        enc.set_exif_metadata(exif).unwrap();
    }
    enc.write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

fn big_case() -> CaseRecord {
    let mut r = CaseRecord::from_json_str(EXAMPLE).unwrap();
    r.code = "BENCH-0001".into();
    let long =
        "Они держали меня в машине и угрожали забрать ребёнка, если я не подпишу. ".repeat(60);
    let base = r.incidents[0].clone();
    let acts = [
        "beating",
        "threat-child-custody",
        "forced-signature",
        "lawyer-refused",
    ];
    r.incidents = (0..3)
        .map(|k| Incident {
            reference: Some(format!("i{}", k + 1)),
            narrative: Some(long.clone()),
            narrative_translation: Some("They held me in the car. ".repeat(80)),
            witnesses: vec![Witness {
                pseudonym: Some(format!("W{k}")),
                contact: Some("via centre".into()),
                willing_to_testify: Some(true),
            }],
            acts: acts
                .iter()
                .map(|a| Act {
                    act_type: Some((*a).into()),
                    perpetrators: vec!["p1".into()],
                    intent: Some("confession".into()),
                    ..Default::default()
                })
                .collect(),
            ..base.clone()
        })
        .collect();
    r
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut vault, _) = Vault::create(
        &tmp.path().join("v"),
        &Secret::from("long passphrase"),
        &VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..Default::default()
        },
    )
    .unwrap();
    let r = big_case();
    vault.add_case(r.clone(), "bench").unwrap();
    let mut total_photo_bytes = 0usize;
    for k in 0..6u32 {
        let bytes = photo(k + 1, (k == 0).then_some(6));
        total_photo_bytes += bytes.len();
        vault
            .attach_reader(
                &r.code,
                Cursor::new(bytes),
                AttachmentMeta {
                    file_name: format!("IMG_{k}.jpg"),
                    media_type: Some("image/jpeg".into()),
                    ..Default::default()
                },
                "bench",
            )
            .unwrap();
    }
    let before = peak_rss_mib();
    let opts = PdfOptions {
        lang: "ru".into(),
        profile: Profile::Full,
        generated_at: None,
    };
    let mut times = Vec::new();
    let mut size = 0;
    let mut phases = Vec::new();
    for _ in 0..9 {
        let t = Instant::now();
        let mut marks: Vec<(casebook_pdf::Progress, f64)> = Vec::new();
        let pdf = render_case_file(&vault, &r.code, &opts, &mut |p| {
            marks.push((p, t.elapsed().as_secs_f64() * 1000.0));
        })
        .unwrap();
        phases = marks;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        size = pdf.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "case_file: 3 incidents, 12 acts, 6 photos ({:.1} MB of JPEG)",
        total_photo_bytes as f64 / 1e6
    );
    println!(
        "  generation: median {:.0} ms, min {:.0} ms, max {:.0} ms (9 runs); PDF {:.1} MB",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        size as f64 / 1e6
    );
    for (p, ms) in &phases {
        println!("  phase {p:?} reached at {ms:.0} ms (last run)");
    }
    println!(
        "  peak RSS: {:.0} MiB before generating (vault + test photos), {:.0} MiB after",
        before,
        peak_rss_mib()
    );
}
