//! The recovery secret split among colleagues: any K of N open the vault, fewer
//! never, and every wrong share is named with the vault left as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use casebook_core::Coded;
use casebook_store::{RecoveryShare, Secret, SplitPlan, StoreError, UnlockSecret, Vault};
use common::*;
use sha2::{Digest, Sha256};

fn typed(shares: &[&RecoveryShare]) -> UnlockSecret {
    UnlockSecret::Shares(
        shares
            .iter()
            .map(|s| Secret::new(s.display().to_string()))
            .collect(),
    )
}

fn split(vault: &mut Vault, k: u32, n: u32) -> Vec<RecoveryShare> {
    vault
        .split_recovery(&pass(PASS), SplitPlan::new(k, n).unwrap())
        .unwrap()
}

/// What a person would see in the vault: cases and the audit log.
fn content(dir: &std::path::Path) -> (u64, i64) {
    let v = open(dir);
    let out = (
        v.case_count().unwrap(),
        v.audit_head().unwrap().unwrap().seq,
    );
    drop(v);
    out
}

/// Opens nothing and changes no byte of the vault's files.
fn refused(dir: &std::path::Path, secret: &UnlockSecret) -> StoreError {
    let before = snapshot(dir);
    let err = Vault::open_with(dir, secret, &fast()).unwrap_err();
    assert_eq!(before, snapshot(dir), "{err:?} changed the vault");
    err
}

#[test]
fn any_three_of_five_open_the_vault_and_two_never_do() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    vault.add_case(minimal("KZ-1", "Айгерим"), "test").unwrap();
    let shares = split(&mut vault, 3, 5);
    assert_eq!(shares.len(), 5);
    assert_eq!(
        shares.iter().map(RecoveryShare::number).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    let info = vault.split_info().unwrap().unwrap();
    assert_eq!((info.threshold, info.shares), (3, 5));
    drop(vault);

    let s: Vec<&RecoveryShare> = shares.iter().collect();
    let mut opened = 0;
    for a in 0..5 {
        for b in a + 1..5 {
            let err = refused(dir.path(), &typed(&[s[a], s[b]]));
            assert!(
                matches!(
                    err,
                    StoreError::SharesTooFew {
                        given: 2,
                        needed: 3
                    }
                ),
                "{err:?}"
            );
            for c in b + 1..5 {
                let v = Vault::open_with(dir.path(), &typed(&[s[b], s[c], s[a]]), &fast()).unwrap();
                assert_eq!(v.case_count().unwrap(), 1);
                assert_eq!(v.audit_head().unwrap().unwrap().detail, "shares");
                opened += 1;
            }
        }
    }
    assert_eq!(opened, 10);
    // All five at once open it too.
    Vault::open_with(dir.path(), &typed(&s), &fast()).unwrap();
}

#[test]
fn a_changed_character_names_the_share_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let shares = split(&mut vault, 2, 3);
    drop(vault);
    let (cases, audit) = content(dir.path());

    let good = shares[0].display().to_string();
    let mut bad = shares[2].display().to_string();
    let at = bad.len() / 2;
    let c = if &bad[at..at + 1] == "Q" { "R" } else { "Q" };
    bad.replace_range(at..at + 1, c);
    let err = refused(
        dir.path(),
        &UnlockSecret::Shares(vec![Secret::new(good.clone()), Secret::new(bad)]),
    );
    assert!(matches!(err, StoreError::ShareDamaged { position: 2 }));
    assert_eq!(err.args().get("n").map(String::as_str), Some("2"));

    // A share cut short, or text that is no share at all.
    let cut = Secret::new(good[..40].to_owned());
    let err = refused(
        dir.path(),
        &UnlockSecret::Shares(vec![cut, Secret::new(good.clone())]),
    );
    assert!(matches!(err, StoreError::ShareDamaged { position: 1 }));
    let err = refused(
        dir.path(),
        &UnlockSecret::Shares(vec![Secret::new(good), Secret::from("not a share")]),
    );
    assert_eq!(err.code(), "share-damaged");

    // Refused attempts leave nothing behind; the next open records itself only.
    let (cases_after, audit_after) = content(dir.path());
    assert_eq!(cases_after, cases);
    assert_eq!(audit_after, audit + 1);
}

/// A share rebuilt with a right checksum but other numbers: the combined secret is
/// wrong, and the slot's AEAD says so at once.
#[test]
fn a_forged_share_with_a_right_checksum_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let shares = split(&mut vault, 2, 3);
    drop(vault);
    let text: String = shares[1].display().replace('-', "");
    let mut raw = data_encoding::BASE32_NOPAD.decode(text.as_bytes()).unwrap();
    raw[20] ^= 0x5a;
    let sum = Sha256::digest(&raw[..45]);
    raw[45..].copy_from_slice(&sum[..5]);
    let forged = Secret::new(data_encoding::BASE32_NOPAD.encode(&raw));
    let err = refused(
        dir.path(),
        &UnlockSecret::Shares(vec![Secret::new(shares[0].display().to_string()), forged]),
    );
    assert!(matches!(err, StoreError::SharesDoNotOpen), "{err:?}");
}

#[test]
fn shares_of_a_revoked_or_older_split_or_another_vault_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let first = split(&mut vault, 2, 3);
    let second = split(&mut vault, 2, 3);
    let other_dir = tempfile::tempdir().unwrap();
    let (mut other, _) = new_vault(other_dir.path());
    let theirs = split(&mut other, 2, 3);
    assert_ne!(vault.fingerprint(), other.fingerprint());
    drop(other);

    // Splitting again replaced the first split.
    drop(vault);
    let err = refused(dir.path(), &typed(&[&second[0], &first[1]]));
    assert!(matches!(err, StoreError::ShareRevoked { position: 2 }));
    let err = refused(dir.path(), &typed(&[&theirs[0], &second[1]]));
    assert!(matches!(
        err,
        StoreError::ShareOfAnotherVault { position: 1 }
    ));
    let err = refused(dir.path(), &typed(&[&second[1], &second[1]]));
    assert!(matches!(err, StoreError::ShareRepeated { position: 2 }));
    Vault::open_with(dir.path(), &typed(&[&second[2], &second[0]]), &fast()).unwrap();

    // Revoked: nothing of it opens, the passphrase and recovery key go on.
    let mut vault = open(dir.path());
    assert!(vault.revoke_split().unwrap());
    assert!(vault.split_info().unwrap().is_none());
    assert!(!vault.revoke_split().unwrap());
    drop(vault);
    let err = refused(dir.path(), &typed(&[&second[0], &second[1]]));
    assert!(matches!(err, StoreError::ShareRevoked { position: 1 }));
    open(dir.path());
}

#[test]
fn a_split_needs_the_passphrase_and_a_sane_plan_and_a_rekey_drops_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, recovery) = new_vault(dir.path());
    let before = snapshot(dir.path());
    let err = vault
        .split_recovery(&pass("not the passphrase"), SplitPlan::new(2, 3).unwrap())
        .unwrap_err();
    assert!(matches!(err, StoreError::WrongSecret));
    assert_eq!(before, snapshot(dir.path()));
    assert_eq!(
        SplitPlan::new(3, 11).unwrap_err().code(),
        "split-out-of-range"
    );

    let shares = split(&mut vault, 2, 2);
    // The paper recovery key still opens the vault beside the split.
    drop(vault);
    let r = UnlockSecret::RecoveryKey(Secret::new(recovery.display()));
    let mut vault = Vault::open_with(dir.path(), &r, &fast()).unwrap();
    let rekeyed = vault.rekey(&Secret::from(PASS), None).unwrap();
    assert!(rekeyed.split_dropped);
    assert!(vault.split_info().unwrap().is_none());
    drop(vault);
    let err = refused(dir.path(), &typed(&[&shares[0], &shares[1]]));
    assert!(matches!(err, StoreError::ShareRevoked { .. }));
}

/// After opening with shares the centre sets a passphrase of its own; the shares
/// are accepted as the current secret for it.
#[test]
fn opened_with_shares_a_new_passphrase_can_be_set() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let shares = split(&mut vault, 2, 3);
    drop(vault);
    let by_shares = typed(&[&shares[0], &shares[2]]);
    let mut vault = Vault::open_with(dir.path(), &by_shares, &fast()).unwrap();
    vault
        .add_passphrase(&by_shares, &Secret::from("a new passphrase for the centre"))
        .unwrap();
    drop(vault);
    Vault::open_with(
        dir.path(),
        &pass("a new passphrase for the centre"),
        &fast(),
    )
    .unwrap();
}
