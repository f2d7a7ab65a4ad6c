//! The colleagues' share cards read back with poppler-utils in every language, and
//! a split whose cards cannot be written changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{keep, tool};

use casebook_pdf::{render_share_card, write_split, PdfError};
use casebook_store::{KdfParams, Secret, SplitPlan, UnlockSecret, Vault, VaultOptions};

const PASS: &str = "correct horse battery";

fn vault(dir: &std::path::Path) -> Vault {
    let opts = VaultOptions {
        kdf: KdfParams::insecure_for_tests(),
        ..VaultOptions::default()
    };
    Vault::create(dir, &Secret::from(PASS), &opts).unwrap().0
}

fn pass() -> UnlockSecret {
    UnlockSecret::Passphrase(Secret::from(PASS))
}

#[test]
fn cards_in_every_language_carry_the_share_and_name_no_program() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir.path().join("v"));
    let shares = v
        .split_recovery(&pass(), SplitPlan::new(3, 5).unwrap())
        .unwrap();
    let share = &shares[3];
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    for (lang, title, rule) in [
        ("en", "Recovery share 4 of 5", "Any 3 of the 5 shares"),
        ("ru", "Часть восстановления 4 из 5", "Любые 3 из 5 частей"),
        ("uk", "Частина відновлення 4 з 5", "Будь-які 3 з 5 частин"),
    ] {
        let pdf = render_share_card(share, &v.fingerprint(), lang, day).unwrap();
        keep(&format!("share-card-{lang}.pdf"), &pdf);
        let text = tool(dir.path(), "pdftotext", &[], &pdf);
        assert!(text.contains(title), "{lang}: {text}");
        assert!(text.contains(rule), "{lang}: {text}");
        assert!(text.contains(&v.fingerprint()), "{lang}");
        let squeezed: String = text.split_whitespace().collect();
        let display = share.display();
        let groups: Vec<&str> = display.split('-').collect();
        for line in groups.chunks(4) {
            assert!(squeezed.contains(&line.concat()), "{lang}: {line:?}");
        }
        let info = tool(dir.path(), "pdfinfo", &[], &pdf);
        assert!(info.contains("Pages:           1"), "{info}");
        assert!(info.contains(title), "{info}");
        let fonts = tool(dir.path(), "pdffonts", &[], &pdf);
        assert!(fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")));
        // A card found in a search names no program.
        let raw = String::from_utf8_lossy(&pdf).to_lowercase();
        assert!(!raw.contains("casebook") && !text.to_lowercase().contains("casebook"));
    }
}

#[test]
fn a_split_whose_cards_cannot_be_written_leaves_the_earlier_split_working() {
    let dir = tempfile::tempdir().unwrap();
    let vdir = dir.path().join("v");
    let mut v = vault(&vdir);
    let cards = dir.path().join("cards");
    std::fs::create_dir(&cards).unwrap();
    let first = write_split(&mut v, &pass(), SplitPlan::new(2, 3).unwrap(), "ru", &cards).unwrap();
    assert_eq!(first.cards.len(), 3);
    let keys = std::fs::read(vdir.join("vault.keys")).unwrap();

    // A folder that does not exist: nothing written, the key file as it was.
    let err = write_split(
        &mut v,
        &pass(),
        SplitPlan::new(2, 3).unwrap(),
        "en",
        &dir.path().join("missing"),
    )
    .unwrap_err();
    assert!(matches!(err, PdfError::Write(_)), "{err:?}");
    assert_eq!(std::fs::read(vdir.join("vault.keys")).unwrap(), keys);
    drop(v);

    let shares: Vec<Secret> = first.cards[..2]
        .iter()
        .map(|c| Secret::new(std::fs::read_to_string(&c.file).unwrap()))
        .collect();
    Vault::open(&vdir, &UnlockSecret::Shares(shares)).unwrap();
}
