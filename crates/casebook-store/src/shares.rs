//! The recovery key shared among colleagues: a random 256-bit secret in a key slot
//! of its own, split with Shamir's scheme (blahaj, over GF(256)) so that any K of N
//! shares rebuild it and fewer learn nothing about it.
//!
//! A share is 50 bytes, printed as 80 base32 characters in groups of five:
//!
//! | bytes  | what                                                             |
//! |--------|------------------------------------------------------------------|
//! | 0      | format, 1                                                        |
//! | 1..6   | the vault's tag (SHA-256 of its id), shown as its fingerprint    |
//! | 6..10  | the split's tag, random per split, kept in the slot              |
//! | 10..13 | K, N, and the share's number (Shamir's x, 1..=N)                 |
//! | 13..45 | Shamir's y for the 32 bytes of the secret                        |
//! | 45..50 | checksum: the first 5 bytes of SHA-256 of bytes 0..45            |
//!
//! The checksum names a mistyped share before any work; the tags refuse a share of
//! another vault or of a revoked split; a share forged with a right checksum makes
//! a wrong secret, which the slot's AEAD tag refuses. The slot holds only what every
//! key slot holds (salt, nonce, the wrapped data key) plus K, N and the split's tag:
//! nothing that helps someone holding fewer than K shares.

use std::fmt;

use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::secret::Secret;
use crate::StoreError;

pub const MIN_SHARES: u8 = 2;
pub const MAX_SHARES: u8 = 10;
const FORMAT: u8 = 1;
const SECRET_BYTES: usize = 32;
const VAULT_TAG: usize = 5;
const SPLIT_TAG: usize = 4;
const CHECKSUM: usize = 5;
const BODY: usize = 1 + VAULT_TAG + SPLIT_TAG + 3 + SECRET_BYTES;
const SHARE_BYTES: usize = BODY + CHECKSUM;
const GROUP: usize = 5;

/// K of N, checked: 2 ≤ K ≤ N ≤ 10.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitPlan {
    threshold: u8,
    shares: u8,
}

impl SplitPlan {
    pub fn new(threshold: u32, shares: u32) -> Result<Self, StoreError> {
        let fits = |n: u32| (u32::from(MIN_SHARES)..=u32::from(MAX_SHARES)).contains(&n);
        if !fits(threshold) || !fits(shares) || threshold > shares {
            return Err(StoreError::SplitOutOfRange { threshold, shares });
        }
        // Both fit in 2..=10 here.
        Ok(SplitPlan {
            threshold: threshold as u8,
            shares: shares as u8,
        })
    }
    pub fn threshold(&self) -> u8 {
        self.threshold
    }
    pub fn shares(&self) -> u8 {
        self.shares
    }
}

/// What Settings shows of a split: K of N and when it was made.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct SplitInfo {
    pub threshold: u8,
    pub shares: u8,
    pub created_at: String,
}

/// What the key file says of a split; public, never secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct SplitMeta {
    pub threshold: u8,
    pub shares: u8,
    /// Hex of the split's tag, which every share of this split carries.
    pub tag: String,
}

/// The vault's short fingerprint as printed on every card, e.g. `K7QF-XMA2`:
/// enough to tell two vaults apart at a glance, derived from the vault's id.
pub fn vault_fingerprint(vault_id: &str) -> String {
    let tag = vault_tag(vault_id);
    let text = data_encoding::BASE32_NOPAD.encode(&tag);
    format!("{}-{}", &text[..4], &text[4..])
}

fn vault_tag(vault_id: &str) -> [u8; VAULT_TAG] {
    let digest = Sha256::digest(format!("casebook-vault-tag|{vault_id}").as_bytes());
    let mut tag = [0u8; VAULT_TAG];
    tag.copy_from_slice(&digest[..VAULT_TAG]);
    tag
}

fn checksum(body: &[u8]) -> [u8; CHECKSUM] {
    let digest = Sha256::digest(body);
    let mut sum = [0u8; CHECKSUM];
    sum.copy_from_slice(&digest[..CHECKSUM]);
    sum
}

/// A share file is a note line and 95 characters; anything far larger is not one.
const MAX_SHARE_FILE: u64 = 4096;

/// A share file (from a colleague's stick), as the share's text without its note
/// lines: what the unlock screen shows in the share's field and `--shares` passes on.
pub fn read_share_file(path: &std::path::Path) -> Result<Secret, StoreError> {
    use std::io::Read as _;
    let mut text = zeroize::Zeroizing::new(String::new());
    std::fs::File::open(path)?
        .take(MAX_SHARE_FILE)
        .read_to_string(&mut text)?;
    let share: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    Ok(Secret::new(share.join(" ")))
}

/// One colleague's share, as bytes; shown once and never stored by the program.
#[derive(Clone)]
pub struct RecoveryShare(Zeroizing<Vec<u8>>);

impl RecoveryShare {
    /// The share's number on its card, 1..=N.
    pub fn number(&self) -> u8 {
        self.0[12]
    }
    pub fn threshold(&self) -> u8 {
        self.0[10]
    }
    pub fn shares(&self) -> u8 {
        self.0[11]
    }

    /// Sixteen groups of five characters, as on the card.
    pub fn display(&self) -> Zeroizing<String> {
        let text = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0));
        let groups: Vec<&str> = text
            .as_bytes()
            .chunks(GROUP)
            .map(|c| std::str::from_utf8(c).unwrap_or(""))
            .collect();
        Zeroizing::new(groups.join("-"))
    }

    /// The share as typed or read from its file: any case, spaces, dashes and line
    /// breaks; lines starting with `#` are notes (a share file has some). `position`
    /// (from 1) names the share in the error.
    pub fn parse(text: &Secret, position: usize) -> Result<Self, StoreError> {
        let damaged = StoreError::ShareDamaged { position };
        let norm: Zeroizing<String> = Zeroizing::new(
            text.expose()
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(str::chars)
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| match c.to_ascii_uppercase() {
                    // Base32 has no 0, 1 or 8: read as the letters they are taken for.
                    '0' => 'O',
                    '1' => 'I',
                    '8' => 'B',
                    c => c,
                })
                .collect(),
        );
        let raw = Zeroizing::new(
            data_encoding::BASE32_NOPAD
                .decode(norm.as_bytes())
                .map_err(|_| StoreError::ShareDamaged { position })?,
        );
        if raw.len() != SHARE_BYTES || raw[0] != FORMAT || raw[BODY..] != checksum(&raw[..BODY]) {
            return Err(damaged);
        }
        let share = RecoveryShare(raw);
        let (k, n, x) = (share.threshold(), share.shares(), share.number());
        if SplitPlan::new(k.into(), n.into()).is_err() || x == 0 || x > n {
            return Err(damaged);
        }
        Ok(share)
    }

    fn vault_tag(&self) -> &[u8] {
        &self.0[1..1 + VAULT_TAG]
    }
    fn split_tag(&self) -> String {
        hex::encode(&self.0[6..6 + SPLIT_TAG])
    }
    fn y(&self) -> &[u8] {
        &self.0[13..BODY]
    }
}

impl fmt::Debug for RecoveryShare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "RecoveryShare({} of {}, <redacted>)",
            self.number(),
            self.shares()
        )
    }
}

/// A fresh split: the slot's secret, what the slot records, and the shares.
pub(crate) struct Dealt {
    pub secret: Zeroizing<[u8; SECRET_BYTES]>,
    pub meta: SplitMeta,
    pub shares: Vec<RecoveryShare>,
}

pub(crate) fn deal(vault_id: &str, plan: SplitPlan) -> Dealt {
    let mut secret = Zeroizing::new([0u8; SECRET_BYTES]);
    rand::rngs::OsRng.fill_bytes(secret.as_mut());
    let mut split_tag = [0u8; SPLIT_TAG];
    rand::rngs::OsRng.fill_bytes(&mut split_tag);
    let vault_tag = vault_tag(vault_id);
    let shares = blahaj::Sharks(plan.threshold)
        .dealer_rng(secret.as_ref(), &mut rand::rngs::OsRng)
        .take(usize::from(plan.shares))
        .map(|s| {
            let xy = Zeroizing::new(Vec::<u8>::from(&s));
            let mut raw = Zeroizing::new(Vec::with_capacity(SHARE_BYTES));
            raw.push(FORMAT);
            raw.extend_from_slice(&vault_tag);
            raw.extend_from_slice(&split_tag);
            raw.extend_from_slice(&[plan.threshold, plan.shares]);
            raw.extend_from_slice(&xy);
            let sum = checksum(&raw);
            raw.extend_from_slice(&sum);
            RecoveryShare(raw)
        })
        .collect();
    Dealt {
        secret,
        meta: SplitMeta {
            threshold: plan.threshold,
            shares: plan.shares,
            tag: hex::encode(split_tag),
        },
        shares,
    }
}

/// Checks every share against the vault and its split, in the order given, then
/// rebuilds the slot's secret. The first share that is wrong is named.
pub(crate) fn combine(
    vault_id: &str,
    split: Option<&SplitMeta>,
    texts: &[Secret],
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let vault = vault_tag(vault_id);
    let mut shares: Vec<blahaj::Share> = Vec::with_capacity(texts.len());
    let mut numbers: Vec<u8> = vec![];
    for (i, text) in texts.iter().enumerate() {
        let position = i + 1;
        let share = RecoveryShare::parse(text, position)?;
        if share.vault_tag() != vault {
            return Err(StoreError::ShareOfAnotherVault { position });
        }
        let Some(split) = split.filter(|s| s.tag == share.split_tag()) else {
            return Err(StoreError::ShareRevoked { position });
        };
        if share.threshold() != split.threshold || share.shares() != split.shares {
            return Err(StoreError::ShareDamaged { position });
        }
        if numbers.contains(&share.number()) {
            return Err(StoreError::ShareRepeated { position });
        }
        numbers.push(share.number());
        let mut xy = Zeroizing::new(Vec::with_capacity(1 + SECRET_BYTES));
        xy.push(share.number());
        xy.extend_from_slice(share.y());
        shares.push(
            blahaj::Share::try_from(xy.as_slice())
                .map_err(|_| StoreError::ShareDamaged { position })?,
        );
    }
    let needed = split.map_or(MIN_SHARES, |s| s.threshold);
    if shares.len() < usize::from(needed) {
        return Err(StoreError::SharesTooFew {
            given: shares.len(),
            needed: usize::from(needed),
        });
    }
    blahaj::Sharks(needed)
        .recover(&shares)
        .map(Zeroizing::new)
        .map_err(|_| StoreError::SharesDoNotOpen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(shares: &[&RecoveryShare]) -> Vec<Secret> {
        shares
            .iter()
            .map(|s| Secret::new(s.display().to_string()))
            .collect()
    }

    #[test]
    fn plans_outside_two_to_ten_are_refused() {
        assert!(SplitPlan::new(2, 3).is_ok());
        assert!(SplitPlan::new(10, 10).is_ok());
        for (k, n) in [(1, 3), (3, 2), (2, 11), (0, 0), (11, 11)] {
            assert!(
                matches!(
                    SplitPlan::new(k, n),
                    Err(StoreError::SplitOutOfRange { .. })
                ),
                "{k} of {n}"
            );
        }
    }

    #[test]
    fn any_three_of_five_rebuild_the_secret_and_two_do_not() {
        let dealt = deal("v", SplitPlan::new(3, 5).unwrap());
        let all: Vec<&RecoveryShare> = dealt.shares.iter().collect();
        for a in 0..5 {
            for b in a + 1..5 {
                let two = combine("v", Some(&dealt.meta), &texts(&[all[a], all[b]]));
                assert!(matches!(
                    two,
                    Err(StoreError::SharesTooFew {
                        given: 2,
                        needed: 3
                    })
                ));
                for c in b + 1..5 {
                    let got =
                        combine("v", Some(&dealt.meta), &texts(&[all[c], all[a], all[b]])).unwrap();
                    assert_eq!(got.as_slice(), dealt.secret.as_ref());
                }
            }
        }
    }

    #[test]
    fn a_changed_character_names_its_share() {
        let dealt = deal("v", SplitPlan::new(2, 3).unwrap());
        let mut typed = texts(&[&dealt.shares[0], &dealt.shares[1]]);
        let text = typed[1].expose().to_owned();
        let flipped: String = text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 20 {
                    if c == 'A' {
                        'B'
                    } else {
                        'A'
                    }
                } else {
                    c
                }
            })
            .collect();
        typed[1] = Secret::new(flipped);
        assert!(matches!(
            combine("v", Some(&dealt.meta), &typed),
            Err(StoreError::ShareDamaged { position: 2 })
        ));
    }

    #[test]
    fn shares_of_another_vault_or_split_and_repeats_are_named() {
        let plan = SplitPlan::new(2, 3).unwrap();
        let ours = deal("v", plan);
        let theirs = deal("w", plan);
        let older = deal("v", plan);
        let with = |s: &RecoveryShare| texts(&[&ours.shares[0], s]);
        assert!(matches!(
            combine("v", Some(&ours.meta), &with(&theirs.shares[1])),
            Err(StoreError::ShareOfAnotherVault { position: 2 })
        ));
        assert!(matches!(
            combine("v", Some(&ours.meta), &with(&older.shares[1])),
            Err(StoreError::ShareRevoked { position: 2 })
        ));
        assert!(matches!(
            combine("v", None, &with(&ours.shares[1])),
            Err(StoreError::ShareRevoked { position: 1 })
        ));
        assert!(matches!(
            combine("v", Some(&ours.meta), &with(&ours.shares[0])),
            Err(StoreError::ShareRepeated { position: 2 })
        ));
    }

    #[test]
    fn a_share_file_is_read_without_its_note() {
        let dir = tempfile::tempdir().unwrap();
        let dealt = deal("v", SplitPlan::new(2, 2).unwrap());
        let file = dir.path().join("share-1-of-2.txt");
        let text = format!("# note\n{}\n", dealt.shares[0].display().as_str());
        std::fs::write(&file, text).unwrap();
        let read = read_share_file(&file).unwrap();
        assert_eq!(read.expose(), dealt.shares[0].display().as_str());
        assert!(RecoveryShare::parse(&read, 1).is_ok());
        assert!(read_share_file(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn a_share_reads_back_from_its_file_and_never_prints_itself() {
        let dealt = deal("v", SplitPlan::new(2, 2).unwrap());
        let share = &dealt.shares[1];
        let file = format!(
            "# share 2 of 2\n{}\n",
            share.display().to_lowercase().replace('-', " ")
        );
        let back = RecoveryShare::parse(&Secret::new(file.clone()), 1).unwrap();
        assert_eq!(back.0.as_slice(), share.0.as_slice());
        let misread = file.replace('o', "0").replace('i', "1").replace('b', "8");
        let back = RecoveryShare::parse(&Secret::new(misread), 1).unwrap();
        assert_eq!(back.0.as_slice(), share.0.as_slice());
        assert_eq!(share.display().len(), 80 + 15);
        assert!(!format!("{share:?}").contains(&share.display()[..5]));
        assert_eq!(vault_fingerprint("v").len(), 9);
    }
}
