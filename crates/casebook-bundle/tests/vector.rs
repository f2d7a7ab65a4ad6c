//! The test vector in docs/bundle-format.md opens and checks out; `print_test_vector`
//! (ignored) regenerates it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use casebook_bundle::format::Manifest;
use casebook_bundle::raw::{self, RawEntry};
use casebook_bundle::DeviceKeys;
use casebook_store::{CaseHistory, HistoryRevision, RevisionInfo, RevisionKind};
use serde_json::json;

const DOC: &str = include_str!("../../../docs/bundle-format.md");
const CASE_ID: &str = "01900000-0000-7000-8000-000000000001";

fn keys() -> DeviceKeys {
    DeviceKeys::from_seeds(&[7u8; 32], &[9u8; 32]).unwrap()
}

fn entries() -> Vec<RawEntry> {
    let k = keys();
    let content =
        json!({"code": "KZ-ALM-2026-0001", "survivor": {"pseudonym": "Айгуль"}, "status": "open"});
    let mut info = RevisionInfo {
        id: String::new(),
        case_id: CASE_ID.into(),
        parents: vec![],
        author: "aigul".into(),
        device: "01900000-0000-7000-8000-0000000000d1".into(),
        created_at: "2026-03-10T09:00:00.000Z".into(),
        reason: None,
        kind: RevisionKind::Create,
    };
    info.id = info.compute_id(Some(&content));
    let history = CaseHistory {
        case_id: CASE_ID.into(),
        head: info.id.clone(),
        revisions: vec![HistoryRevision {
            info: info.clone(),
            content: Some(content),
        }],
    };
    let case = serde_json::to_vec(&history).unwrap();
    let manifest = json!({
        "format": "casebook-bundle",
        "version": 1,
        "created_at": "2026-03-10T09:05:00.000Z",
        "sender": {
            "name": "Field laptop",
            "device_id": "01900000-0000-7000-8000-0000000000d1",
            "age_recipient": k.age_recipient(),
            "sign_key": k.sign_key(),
            "fingerprint": k.fingerprint(),
        },
        "attachments_included": true,
        "cases": [{"case_id": CASE_ID, "head": info.id, "revisions": 1, "redaction": "full"}],
        "entries": [{"path": format!("cases/{CASE_ID}.json"), "size": case.len(), "sha256": casebook_core::sha256_hex(&case)}],
    });
    let mut e = vec![
        RawEntry::file(
            "manifest.json",
            serde_json::to_vec_pretty(&manifest).unwrap(),
        ),
        RawEntry::file("manifest.sig", vec![]),
        RawEntry::file(&format!("cases/{CASE_ID}.json"), case),
    ];
    raw::resign(&mut e, &k);
    e
}

#[test]
#[ignore = "generator, not a check: prints the vector pasted into docs/bundle-format.md; tests below verify it"]
fn print_test_vector() {
    use age::secrecy::ExposeSecret;
    let k = keys();
    let sealed = raw::seal(&entries(), &k.age_recipient()).unwrap();
    println!("{}", k.age_identity_secret().expose_secret());
    println!("{}", k.sign_key());
    println!("{}", String::from_utf8(entries()[1].data.clone()).unwrap());
    let b64 = data_encoding_b64(&sealed);
    for chunk in b64.as_bytes().chunks(76) {
        println!("{}", std::str::from_utf8(chunk).unwrap());
    }
}

fn data_encoding_b64(b: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in b.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            _ => 63,
        }
    };
    let clean: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let mut out = vec![];
    for q in clean.chunks(4) {
        let pads = q.iter().filter(|c| **c == b'=').count();
        let n = q
            .iter()
            .fold(0u32, |n, c| (n << 6) | if *c == b'=' { 0 } else { val(*c) });
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pads]);
    }
    out
}

#[test]
fn the_documented_vector_opens_and_verifies() {
    let block = DOC
        .split("<!-- vector:begin -->")
        .nth(1)
        .and_then(|r| r.split("<!-- vector:end -->").next())
        .expect("vector in docs/bundle-format.md");
    let b64: String = block.lines().filter(|l| !l.starts_with("```")).collect();
    let sealed = b64_decode(&b64);
    let k = keys();
    let got = raw::open(&sealed, &k).unwrap();
    assert_eq!(
        got,
        entries(),
        "the document's vector differs from the one the code makes"
    );
    let m: Manifest = serde_json::from_slice(&got[0].data).unwrap();
    assert_eq!(m.entries[0].sha256, casebook_core::sha256_hex(&got[2].data));
    let h: CaseHistory = serde_json::from_slice(&got[2].data).unwrap();
    let r = &h.revisions[0];
    assert_eq!(r.info.compute_id(r.content.as_ref()), r.info.id);
    assert!(DOC.contains(&k.sign_key()));
}
