//! This device's bundle keys, fingerprints people can compare by phone, and contact
//! cards.

use std::str::FromStr;

use age::secrecy::SecretString;
use casebook_store::{Contact, ContactRole, NewContact, Vault};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::Serialize;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::{BundleError, CardProblem};

/// How many words a fingerprint has (11 bits each: 66 bits).
pub const FINGERPRINT_WORDS: usize = 6;
const CARD_HEADER: &str = "casebook contact card v1";

/// The device's age identity and signing key, derived from the seeds in the vault.
pub struct DeviceKeys {
    pub(crate) age: age::x25519::Identity,
    pub(crate) signing: SigningKey,
}

impl std::fmt::Debug for DeviceKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceKeys")
            .field("age_recipient", &self.age_recipient())
            .finish()
    }
}

impl DeviceKeys {
    /// Loads (creating on first use) the keys of the vault's device.
    pub fn of(vault: &Vault) -> Result<DeviceKeys, BundleError> {
        let seeds = vault.device_seeds()?;
        DeviceKeys::from_seeds(&seeds.x25519, &seeds.ed25519)
    }

    pub fn from_seeds(x25519: &[u8; 32], ed25519: &[u8; 32]) -> Result<DeviceKeys, BundleError> {
        let hrp = bech32::Hrp::parse("age-secret-key-").map_err(|_| BundleError::NotABundle)?;
        let encoded = Zeroizing::new(
            bech32::encode::<bech32::Bech32>(hrp, x25519)
                .map_err(|_| BundleError::NotABundle)?
                .to_uppercase(),
        );
        let age = age::x25519::Identity::from_str(&encoded).map_err(|_| BundleError::NotABundle)?;
        Ok(DeviceKeys {
            age,
            signing: SigningKey::from_bytes(ed25519),
        })
    }

    pub fn age_recipient(&self) -> String {
        self.age.to_public().to_string()
    }

    /// The Ed25519 public key, lowercase hex.
    pub fn sign_key(&self) -> String {
        hex::encode(self.signing.verifying_key().as_bytes())
    }

    pub fn fingerprint(&self) -> String {
        fingerprint(&self.age_recipient(), &self.sign_key())
    }

    /// The secret age identity as `age-keygen` writes it, for recovering a bundle with
    /// the `age` command-line tool. Handle with care.
    pub fn age_identity_secret(&self) -> SecretString {
        self.age.to_string()
    }

    pub(crate) fn sign(&self, msg: &[u8]) -> Signature {
        self.signing.sign(msg)
    }

    /// This device's contact card.
    pub fn card(&self, name: &str) -> ContactCard {
        ContactCard {
            name: name.trim().to_owned(),
            age_recipient: self.age_recipient(),
            sign_key: self.sign_key(),
            fingerprint: self.fingerprint(),
        }
    }
}

/// Checks an Ed25519 signature made by `sign_key` (hex).
pub(crate) fn verify(sign_key: &str, msg: &[u8], sig: &[u8]) -> Result<(), BundleError> {
    let key: [u8; 32] = hex::decode(sign_key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or(BundleError::BadSignature)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| BundleError::BadSignature)?;
    let sig = Signature::from_slice(sig).map_err(|_| BundleError::BadSignature)?;
    key.verify_strict(msg, &sig)
        .map_err(|_| BundleError::BadSignature)
}

/// Six words from the SHA-256 of both public keys. The same keys always give the same
/// words; people read them to each other to be sure a card was not swapped.
pub fn fingerprint(age_recipient: &str, sign_key: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"casebook-fingerprint-v1\0");
    h.update(age_recipient.as_bytes());
    h.update(b"\0");
    h.update(sign_key.as_bytes());
    let d = h.finalize();
    let words = bip39::Language::English.word_list();
    let mut bits: u128 = 0;
    for b in &d[..16] {
        bits = (bits << 8) | u128::from(*b);
    }
    (0..FINGERPRINT_WORDS)
        .map(|i| {
            let idx = ((bits >> (128 - 11 * (i + 1))) & 0x7ff) as usize;
            words[idx]
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub use casebook_store::same_fingerprint;

/// A contact card: what one device tells another so that they can exchange bundles.
/// It carries no role: what a contact receives is decided by the person who adds it,
/// never by what a card says about itself (cards of older versions had a `role:`
/// line; it is ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ContactCard {
    pub name: String,
    pub age_recipient: String,
    pub sign_key: String,
    pub fingerprint: String,
}

impl ContactCard {
    /// The text form, also the content of a `.casebook-contact` file.
    pub fn to_text(&self) -> String {
        format!(
            "{CARD_HEADER}\nname: {}\nage: {}\ned25519: {}\nfingerprint: {}\n",
            self.name.replace(['\n', '\r'], " "),
            self.age_recipient,
            self.sign_key,
            self.fingerprint
        )
    }

    /// Reads a card's text (pasted from a message or read from a file). The keys are
    /// checked, and the fingerprint, if the card gives one, must match them.
    pub fn parse(text: &str) -> Result<ContactCard, BundleError> {
        let bad = |problem| BundleError::BadCard { problem };
        let mut lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .skip_while(|l| !l.eq_ignore_ascii_case(CARD_HEADER));
        if lines.next().is_none() {
            return Err(bad(CardProblem::Header));
        }
        let (mut name, mut age_r, mut sign, mut fp) = (None, None, None, None);
        for line in lines {
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            let v = v.trim().to_owned();
            match k.trim() {
                "name" => name = Some(v),
                "age" => age_r = Some(v),
                "ed25519" => sign = Some(v.to_lowercase()),
                "fingerprint" => fp = Some(v),
                _ => {}
            }
        }
        let age_r = age_r.ok_or_else(|| bad(CardProblem::AgeKey))?;
        age::x25519::Recipient::from_str(&age_r).map_err(|_| bad(CardProblem::AgeKey))?;
        let sign = sign.ok_or_else(|| bad(CardProblem::SignKey))?;
        let key: [u8; 32] = hex::decode(&sign)
            .ok()
            .and_then(|k| k.try_into().ok())
            .ok_or_else(|| bad(CardProblem::SignKey))?;
        VerifyingKey::from_bytes(&key).map_err(|_| bad(CardProblem::SignKey))?;
        let computed = fingerprint(&age_r, &sign);
        if let Some(fp) = fp {
            if !same_fingerprint(&fp, &computed) {
                return Err(BundleError::CardFingerprintMismatch);
            }
        }
        Ok(ContactCard {
            name: name.unwrap_or_default(),
            age_recipient: age_r,
            sign_key: sign,
            fingerprint: computed,
        })
    }
}

impl crate::SignerInfo {
    /// The signer of an imported bundle as a contact card, so that a person who has
    /// confirmed the fingerprint can keep it as a contact. The keys come from the
    /// signed manifest; the fingerprint is computed again from them.
    pub fn card(&self) -> ContactCard {
        ContactCard {
            name: self.name.trim().to_owned(),
            age_recipient: self.age_recipient.clone(),
            sign_key: self.sign_key.clone(),
            fingerprint: fingerprint(&self.age_recipient, &self.sign_key),
        }
    }
}

/// Adds a contact from a card, with the name (or the card's) and the role the person
/// chose. `typed_fingerprint` is the six words as the person typed them: the roles
/// that receive full records need them ([`ContactRole::needs_typed_fingerprint`]).
pub fn add_contact(
    vault: &mut Vault,
    card: &ContactCard,
    name: Option<&str>,
    role: ContactRole,
    typed_fingerprint: Option<&str>,
) -> Result<Contact, BundleError> {
    let name = name.unwrap_or(&card.name).trim().to_owned();
    Ok(vault.add_contact(&NewContact {
        name,
        role,
        age_recipient: card.age_recipient.clone(),
        sign_key: card.sign_key.clone(),
        fingerprint: card.fingerprint.clone(),
        typed_fingerprint: typed_fingerprint.map(str::to_owned),
    })?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> DeviceKeys {
        DeviceKeys::from_seeds(&[7u8; 32], &[9u8; 32]).unwrap()
    }

    #[test]
    fn card_round_trips_and_checks_its_fingerprint() {
        let k = keys();
        let card = k.card("Центр Алматы");
        assert!(card.age_recipient.starts_with("age1"));
        assert_eq!(card.fingerprint.split(' ').count(), FINGERPRINT_WORDS);
        let text = card.to_text();
        assert_eq!(ContactCard::parse(&text).unwrap(), card);
        // Pasted inside a message, with extra text around it.
        let pasted = format!("Hi, here is my card:\n\n{text}\nthanks");
        assert_eq!(ContactCard::parse(&pasted).unwrap(), card);
        let other = DeviceKeys::from_seeds(&[8u8; 32], &[9u8; 32]).unwrap();
        let forged = text.replace(&card.age_recipient, &other.age_recipient());
        assert!(matches!(
            ContactCard::parse(&forged),
            Err(BundleError::CardFingerprintMismatch)
        ));
        assert!(ContactCard::parse("hello").is_err());
    }

    #[test]
    fn a_card_cannot_choose_its_own_role() {
        let k = keys();
        let text = k.card("Hub").to_text();
        assert!(!text.contains("role:"), "{text}");
        // A card from an older version, or a forged one, that claims a role: read,
        // the claim ignored (there is nowhere to keep it).
        let claiming = text.replace("name: Hub\n", "name: Hub\nrole: own-device\n");
        assert_eq!(ContactCard::parse(&claiming).unwrap(), k.card("Hub"));
    }

    #[test]
    fn fingerprints_are_stable() {
        let k = keys();
        assert_eq!(k.fingerprint(), k.fingerprint());
        assert!(same_fingerprint(
            &k.fingerprint().to_uppercase().replace(' ', "-"),
            &k.fingerprint()
        ));
    }

    #[test]
    fn signatures_verify() {
        let k = keys();
        let sig = k.sign(b"manifest");
        verify(&k.sign_key(), b"manifest", &sig.to_bytes()).unwrap();
        assert!(verify(&k.sign_key(), b"manifesT", &sig.to_bytes()).is_err());
    }
}
