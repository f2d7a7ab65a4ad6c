//! Bundles that must be refused, each with nothing changed in the vault.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Instant;

use age::secrecy::SecretString;
use casebook_bundle::raw::{self, RawEntry};
use casebook_bundle::{
    export, import, BundleError, DeviceKeys, ExportOptions, ImportOptions, Recipients, Selection,
};
use casebook_core::Coded;
use casebook_store::{AttachmentMeta, ContactRole, SyncError};
use common::*;
use serde_json::json;

/// v0 has one small case; returns the bundle bytes made for v1.
fn small_bundle(net: &mut Net) -> Vec<u8> {
    net.vaults[0]
        .add_case(record("KZ-1", json!({"status": "open"})), "a")
        .unwrap();
    let (p, _) = net.export(0, &[1], Selection::All, "small.cbk");
    std::fs::read(p).unwrap()
}

fn try_import(
    net: &mut Net,
    to: usize,
    bytes: &[u8],
    opts: &ImportOptions,
) -> Result<casebook_bundle::ImportSummary, BundleError> {
    import(&mut net.vaults[to], bytes, opts, "t", &mut |_| {})
}

fn refused(net: &mut Net, bytes: &[u8]) -> BundleError {
    let before = state(&net.vaults[1]);
    let e = try_import(net, 1, bytes, &ImportOptions::default()).unwrap_err();
    assert_eq!(
        state(&net.vaults[1]),
        before,
        "vault changed by a refused bundle ({e:?})"
    );
    e
}

/// Opens the bundle as v1, lets `f` change its entries, re-signs with v0's key and
/// seals again for v1.
fn tamper(net: &Net, bytes: &[u8], resign: bool, f: impl FnOnce(&mut Vec<RawEntry>)) -> Vec<u8> {
    let k1 = DeviceKeys::of(&net.vaults[1]).unwrap();
    let k0 = DeviceKeys::of(&net.vaults[0]).unwrap();
    let mut entries = raw::open(bytes, &k1).unwrap();
    f(&mut entries);
    if resign {
        raw::resign(&mut entries, &k0);
    }
    raw::seal(&entries, &k1.age_recipient()).unwrap()
}

fn manifest_json(entries: &[RawEntry]) -> serde_json::Value {
    serde_json::from_slice(&entries[0].data).unwrap()
}

fn set_manifest(entries: &mut [RawEntry], v: &serde_json::Value) {
    entries[0].data = serde_json::to_vec_pretty(v).unwrap();
}

#[test]
fn an_untouched_bundle_imports() {
    let mut net = Net::new(2);
    let b = small_bundle(&mut net);
    let same = tamper(&net, &b, true, |_| {});
    assert_eq!(
        try_import(&mut net, 1, &same, &ImportOptions::default())
            .unwrap()
            .added,
        1
    );
}

#[test]
fn bundle_for_someone_else_is_refused() {
    let mut net = Net::new(3);
    let b = small_bundle(&mut net);
    let before = state(&net.vaults[2]);
    let e = try_import(&mut net, 2, &b, &ImportOptions::default()).unwrap_err();
    assert!(matches!(e, BundleError::NotForUs), "{e:?}");
    assert_eq!(state(&net.vaults[2]), before);
}

#[test]
fn unknown_signer_shows_the_fingerprint_and_is_accepted_once_confirmed() {
    let mut net = Net::new(2);
    net.vaults[1].remove_contact("v0").unwrap();
    let b = small_bundle(&mut net);
    let e = refused(&mut net, &b);
    let BundleError::UnknownSigner { fingerprint, name } = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        fingerprint,
        DeviceKeys::of(&net.vaults[0]).unwrap().fingerprint()
    );
    assert_eq!(name, "");
    let wrong = ImportOptions {
        trust_fingerprint: Some("abandon abandon abandon abandon abandon abandon".into()),
        ..Default::default()
    };
    assert!(matches!(
        try_import(&mut net, 1, &b, &wrong),
        Err(BundleError::UnknownSigner { .. })
    ));
    // Confirmed, but with no role chosen: the least privileged, whose bundles
    // change nothing here. The summary says so, case by case.
    let least = ImportOptions {
        trust_fingerprint: Some(fingerprint.to_uppercase()),
        ..Default::default()
    };
    let before = state(&net.vaults[1]);
    let s = try_import(&mut net, 1, &b, &least).unwrap();
    assert_eq!((s.added, s.signer.role), (0, ContactRole::Network));
    assert_eq!(s.rejected.len(), 1);
    assert_eq!(s.rejected[0].reason, "role-may-not-add");
    assert!(net.vaults[1].all_case_ids().unwrap().is_empty(), "{before}");
    let ok = ImportOptions {
        trust_fingerprint: Some(fingerprint.to_uppercase()),
        trust_role: ContactRole::OwnDevice,
        ..Default::default()
    };
    assert_eq!(try_import(&mut net, 1, &b, &ok).unwrap().added, 1);
}

/// v0 has one case with the attachment "evidence bytes"; returns the bundle for v1.
fn bundle_with_one_attachment(net: &mut Net) -> Vec<u8> {
    let c = net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    net.vaults[0]
        .attach_reader(
            &c.id,
            &b"evidence bytes"[..],
            AttachmentMeta {
                file_name: "e.txt".into(),
                ..Default::default()
            },
            "a",
        )
        .unwrap();
    let (p, _) = net.export(0, &[1], Selection::All, "att.cbk");
    std::fs::read(p).unwrap()
}

#[test]
fn attachments_no_case_cites_and_oversized_ones_are_refused() {
    let mut net = Net::new(2);
    let b = bundle_with_one_attachment(&mut net);
    // A second attachment, listed and signed, that no case refers to.
    let smuggled = b"a file nobody would ever see".to_vec();
    let sha = casebook_core::sha256_hex(&smuggled);
    let t = tamper(&net, &b, true, |e| {
        let path = format!("attachments/{sha}");
        let mut m = manifest_json(e);
        let template = m["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["path"].as_str().unwrap().starts_with("attachments/"))
            .unwrap()
            .clone();
        let mut entry = template;
        entry["path"] = json!(path);
        entry["size"] = json!(smuggled.len());
        entry["sha256"] = json!(sha);
        m["entries"].as_array_mut().unwrap().push(entry);
        set_manifest(e, &m);
        e.push(RawEntry::file(&path, smuggled.clone()));
    });
    assert!(
        matches!(refused(&mut net, &t), BundleError::UncitedAttachment { .. }),
        "an uncited attachment was taken in"
    );
    assert!(!net.vaults[1].has_blob(&sha).unwrap());
    // The vault's attachment limit holds for received attachments too.
    net.vaults[1].set_attachment_limit(4);
    let e = refused(&mut net, &b);
    assert_eq!(e.code(), "attachment-too-large", "{e:?}");
    net.vaults[1].set_attachment_limit(1024);
    assert_eq!(
        try_import(&mut net, 1, &b, &ImportOptions::default())
            .unwrap()
            .attachments_added,
        1
    );
}

#[test]
fn signatures_that_do_not_match_are_refused() {
    let mut net = Net::new(2);
    let b = small_bundle(&mut net);
    let outsider = vault(&net.dir.path().join("outsider"));
    // Manifest changed, signature not.
    let t = tamper(&net, &b, false, |e| {
        let mut m = manifest_json(e);
        m["sender"]["name"] = json!("someone else");
        set_manifest(e, &m);
    });
    assert!(matches!(refused(&mut net, &t), BundleError::BadSignature));
    // Signature garbage.
    let t = tamper(&net, &b, false, |e| e[1].data = b"00ff".to_vec());
    assert!(matches!(refused(&mut net, &t), BundleError::BadSignature));
    // Re-signed by a third device while claiming to be v0.
    let k2 = DeviceKeys::of(&outsider).unwrap();
    let t = tamper(&net, &b, false, |e| raw::resign(e, &k2));
    assert!(matches!(refused(&mut net, &t), BundleError::BadSignature));
    // Re-signed by a third device under its own (unknown) key.
    let t = tamper(&net, &b, false, |e| {
        let mut m = manifest_json(e);
        m["sender"]["sign_key"] = json!(k2.sign_key());
        set_manifest(e, &m);
        raw::resign(e, &k2);
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::UnknownSigner { .. }
    ));
}

#[test]
fn changed_content_and_lying_sizes_are_refused() {
    let mut net = Net::new(2);
    let b = small_bundle(&mut net);
    // Content changed after signing.
    let t = tamper(&net, &b, true, |e| {
        let s = String::from_utf8(e[2].data.clone())
            .unwrap()
            .replace("open", "shut");
        e[2].data = s.into_bytes();
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::HashMismatch { .. }
    ));
    // Content and manifest hash changed consistently, but the revision id no longer fits.
    let t = tamper(&net, &b, true, |e| {
        let s = String::from_utf8(e[2].data.clone())
            .unwrap()
            .replace("open", "shut");
        e[2].data = s.into_bytes();
        let mut m = manifest_json(e);
        m["entries"][0]["sha256"] = json!(casebook_core::sha256_hex(&e[2].data));
        set_manifest(e, &m);
    });
    let err = refused(&mut net, &t);
    assert!(
        matches!(err, BundleError::Sync(SyncError::RevisionIdMismatch { .. })),
        "{err:?}"
    );
    // The manifest declares another size.
    let t = tamper(&net, &b, true, |e| {
        let mut m = manifest_json(e);
        m["entries"][0]["size"] = json!(e[2].data.len() + 10);
        set_manifest(e, &m);
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::SizeMismatch { .. }
    ));
    // The tar header declares more than there is.
    let t = tamper(&net, &b, true, |e| {
        e[2].header_size = Some(e[2].data.len() as u64 + 600)
    });
    let err = refused(&mut net, &t);
    assert!(
        matches!(err, BundleError::SizeMismatch { .. } | BundleError::Damaged),
        "{err:?}"
    );
    // A huge declared case file is refused before being read.
    let t = tamper(&net, &b, true, |e| {
        let mut m = manifest_json(e);
        m["entries"][0]["size"] = json!(1u64 << 40);
        set_manifest(e, &m);
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::TooLarge { .. }
    ));
    // An entry missing, and one not listed.
    let t = tamper(&net, &b, true, |e| {
        e.truncate(2);
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::MissingEntry { .. }
    ));
    let t = tamper(&net, &b, true, |e| {
        e.push(RawEntry::file(
            &format!("attachments/{}", casebook_core::sha256_hex(b"x")),
            b"x".to_vec(),
        ));
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::UnlistedEntry { .. }
    ));
}

#[test]
fn lying_attachment_sizes_and_hashes_are_refused() {
    let mut net = Net::new(2);
    let b = bundle_with_one_attachment(&mut net);
    let sha = casebook_core::sha256_hex(b"evidence bytes");
    // Attachment bytes replaced, sizes kept consistent everywhere.
    let t = tamper(&net, &b, true, |e| {
        let a = e
            .iter_mut()
            .find(|x| x.path.starts_with(b"attachments/"))
            .unwrap();
        a.data = b"EVIDENCE BYTES".to_vec();
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::HashMismatch { .. }
    ));
    assert!(!net.vaults[1].has_blob(&sha).unwrap());
    // Declared smaller in both header and manifest.
    let t = tamper(&net, &b, true, |e| {
        let a = e
            .iter_mut()
            .find(|x| x.path.starts_with(b"attachments/"))
            .unwrap();
        a.data.truncate(5);
        let mut m = manifest_json(e);
        for x in m["entries"].as_array_mut().unwrap() {
            if x["path"].as_str().unwrap().starts_with("attachments/") {
                x["size"] = json!(5);
            }
        }
        set_manifest(e, &m);
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::HashMismatch { .. }
    ));
    assert_eq!(
        try_import(&mut net, 1, &b, &ImportOptions::default())
            .unwrap()
            .attachments_added,
        1
    );
}

#[test]
fn tar_paths_that_escape_or_link_are_refused() {
    let mut net = Net::new(2);
    let b = small_bundle(&mut net);
    for bad in [
        "../evil",
        "/etc/passwd",
        "cases/../../x.json",
        "./manifest.json",
    ] {
        let t = tamper(&net, &b, true, |e| {
            e.push(RawEntry::file(bad, b"x".to_vec()))
        });
        let err = refused(&mut net, &t);
        assert!(
            matches!(err, BundleError::UnsafePath { .. }),
            "{bad}: {err:?}"
        );
        // And in place of the case file.
        let t = tamper(&net, &b, true, |e| e[2].path = bad.as_bytes().to_vec());
        assert!(
            matches!(refused(&mut net, &t), BundleError::UnsafePath { .. }),
            "{bad}"
        );
    }
    // A symlink or hard link under a valid name.
    for kind in [b'2', b'1', b'5'] {
        let t = tamper(&net, &b, true, |e| {
            e[2].kind = kind;
            e[2].link = b"/etc/passwd".to_vec();
            e[2].data.clear();
        });
        assert!(matches!(
            refused(&mut net, &t),
            BundleError::UnsafePath { .. }
        ));
    }
    // A manifest that lists a path outside the bundle's layout.
    let t = tamper(&net, &b, true, |e| {
        let mut m = manifest_json(e);
        m["entries"][0]["path"] = json!("../x");
        set_manifest(e, &m);
    });
    assert!(matches!(
        refused(&mut net, &t),
        BundleError::UnsafePath { .. }
    ));
}

#[test]
fn every_truncation_and_bit_flip_of_a_small_bundle_is_refused() {
    let mut net = Net::new(2);
    let b = small_bundle(&mut net);
    let before = state(&net.vaults[1]);
    let opts = ImportOptions::default();
    let t0 = Instant::now();
    // Every truncation in the header and the first 600 bytes, then every 5th length.
    let mut truncations = 0;
    for len in (0..b.len()).filter(|l| *l < 600 || l % 5 == 0) {
        assert!(
            try_import(&mut net, 1, &b[..len], &opts).is_err(),
            "truncated to {len}"
        );
        truncations += 1;
    }
    // Every bit of the age header and the start of the payload; then every 11th bit.
    let mut flips = 0;
    for bit in 0..b.len() * 8 {
        if bit >= 400 * 8 && bit % 11 != 0 {
            continue;
        }
        let mut m = b.clone();
        m[bit / 8] ^= 1 << (bit % 8);
        assert!(
            try_import(&mut net, 1, &m, &opts).is_err(),
            "bit {bit} flipped"
        );
        flips += 1;
    }
    assert_eq!(state(&net.vaults[1]), before);
    eprintln!(
        "bundle {} bytes: {truncations} truncations, {flips} single-bit flips (of {} bits) refused in {:?}",
        b.len(),
        b.len() * 8,
        t0.elapsed()
    );
    assert_eq!(try_import(&mut net, 1, &b, &opts).unwrap().added, 1);
}

#[test]
fn bundle_passphrases_follow_the_vault_rule() {
    let mut net = Net::new(1);
    net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    let p = net.bundle_path("short.cbk");
    let with = |pass: &str| {
        let mut opts = ExportOptions::new(
            Selection::All,
            Recipients::Passphrase {
                passphrase: SecretString::from(pass.to_owned()),
                role: ContactRole::CentreHub,
            },
        );
        opts.scrypt_log_n = 10;
        opts
    };
    let e = export(&mut net.vaults[0], &p, &with("abcdefghijk"), &mut |_| {}).unwrap_err();
    assert!(
        matches!(e, BundleError::PassphraseTooShort { min: 12, words: 4 }),
        "{e:?}"
    );
    assert!(!p.exists());
    export(&mut net.vaults[0], &p, &with("abcdefghijkl"), &mut |_| {}).unwrap();
}

#[test]
fn passphrase_bundles_check_the_passphrase_and_cap_the_work() {
    let mut net = Net::new(2);
    net.vaults[0]
        .add_case(record("KZ-1", json!({})), "a")
        .unwrap();
    let p = net.bundle_path("pass.cbk");
    let mut opts = ExportOptions::new(
        Selection::All,
        Recipients::Passphrase {
            passphrase: SecretString::from("correct horse battery".to_owned()),
            role: ContactRole::CentreHub,
        },
    );
    opts.scrypt_log_n = 10;
    export(&mut net.vaults[0], &p, &opts, &mut |_| {}).unwrap();
    let b = std::fs::read(&p).unwrap();
    let before = state(&net.vaults[1]);
    assert!(matches!(
        try_import(&mut net, 1, &b, &ImportOptions::default()),
        Err(BundleError::PassphraseNeeded)
    ));
    let wrong = ImportOptions {
        passphrase: Some(SecretString::from("wrong horse battery".to_owned())),
        ..Default::default()
    };
    let e = try_import(&mut net, 1, &b, &wrong).unwrap_err();
    assert!(matches!(e, BundleError::WrongPassphrase), "{e:?}");
    assert_eq!(state(&net.vaults[1]), before);
    let right = ImportOptions {
        passphrase: Some(SecretString::from("correct horse battery".to_owned())),
        ..Default::default()
    };
    assert_eq!(try_import(&mut net, 1, &b, &right).unwrap().added, 1);

    // A work factor above the cap is refused at once, without doing the work.
    // (Sealing at 2^30 would itself need 128 GiB; the header is edited instead.)
    let e = raw::open(
        &small_bundle(&mut Net::new(2)),
        &DeviceKeys::of(&net.vaults[1]).unwrap(),
    )
    .err();
    assert!(e.is_some(), "a bundle for another device does not open");
    let mut small = Net::new(2);
    let sb = small_bundle(&mut small);
    let e = raw::open(&sb, &DeviceKeys::of(&small.vaults[1]).unwrap()).unwrap();
    let light = raw::seal_passphrase(&e, "correct horse battery", 10).unwrap();
    let text = String::from_utf8_lossy(&light[..200]).into_owned();
    let line = text
        .lines()
        .find(|l| l.starts_with("-> scrypt "))
        .unwrap()
        .to_owned();
    let forged_line = format!("{} 30", line.rsplit_once(' ').unwrap().0);
    let mut forged = light.clone();
    let at = text.find(&line).unwrap();
    forged.splice(at..at + line.len(), forged_line.bytes());
    let t0 = Instant::now();
    let err = try_import(&mut net, 1, &forged, &right).unwrap_err();
    assert!(
        matches!(
            err,
            BundleError::WorkFactorTooHigh {
                required: 30,
                max: 20
            }
        ),
        "{err:?}"
    );
    assert!(t0.elapsed().as_secs() < 5, "took {:?}", t0.elapsed());
}
