//! age's `scrypt` recipient stanza, with the key derived in bounded memory.
//!
//! The bundle format fixes the scrypt work factor at log2 N = 18 (docs/bundle-format.md)
//! and accepts up to 20. age's own scrypt recipient would hold 256 MiB (at 18) to 1 GiB
//! (at 20) while deriving the key, above the bundle's 100 MB memory ceiling;
//! [`casebook_scrypt`] derives the very same key within 64 MiB, trading time for memory,
//! so Debian's `age` and `rage` still open these bundles and we open theirs.
//!
//! The stanza is age's own (`-> scrypt <salt> <log2 N>`, ChaCha20-Poly1305 of the file
//! key under the derived key, zero nonce); age itself enforces that a passphrase stanza
//! stands alone in a header.

use std::collections::HashSet;
use std::sync::Mutex;

use age::secrecy::{ExposeSecret, SecretString};
use age::{DecryptError, EncryptError};
use age_core::format::{FileKey, Stanza, FILE_KEY_BYTES};
use casebook_scrypt::derive_key;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use rand::rngs::OsRng;
use rand::RngCore;
use zeroize::Zeroizing;

const TAG: &str = "scrypt";
const SALT_LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
const SALT_LEN: usize = 16;
fn inner_salt(salt: &[u8; SALT_LEN]) -> [u8; SALT_LABEL.len() + SALT_LEN] {
    let mut s = [0u8; SALT_LABEL.len() + SALT_LEN];
    s[..SALT_LABEL.len()].copy_from_slice(SALT_LABEL);
    s[SALT_LABEL.len()..].copy_from_slice(salt);
    s
}

/// A fresh salt and the key scrypt derived from it and the passphrase.
type SealingKey = ([u8; SALT_LEN], Zeroizing<[u8; 32]>);

/// Encrypts one bundle to a passphrase at a fixed work factor.
///
/// The key is derived when the recipient is made, not when age asks for the stanza: an
/// export makes it before it reads any case, so the KDF's table never coexists with the
/// export's own buffers. It wraps one file key only; a second wrap under the same salt
/// and key would reuse the AEAD nonce, so it is refused.
pub struct PassphraseRecipient {
    log_n: u8,
    sealed: Mutex<Option<SealingKey>>,
}

impl PassphraseRecipient {
    pub fn new(passphrase: &SecretString, log_n: u8) -> Self {
        let log_n = log_n.clamp(1, casebook_scrypt::MAX_LOG_N);
        let mut salt = [0u8; SALT_LEN];
        OsRng.fill_bytes(&mut salt);
        let key = derive_key(
            passphrase.expose_secret().as_bytes(),
            &inner_salt(&salt),
            log_n,
        );
        Self {
            log_n,
            sealed: Mutex::new(key.map(|k| (salt, k))),
        }
    }
}

impl std::fmt::Debug for PassphraseRecipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassphraseRecipient")
            .field("key", &"[redacted]")
            .field("log_n", &self.log_n)
            .finish()
    }
}

impl age::Recipient for PassphraseRecipient {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), EncryptError> {
        let taken = self.sealed.lock().ok().and_then(|mut s| s.take());
        let Some((salt, key)) = taken else {
            return Err(EncryptError::Io(std::io::Error::other(
                "a passphrase recipient wraps one file key only",
            )));
        };
        let body = ChaCha20Poly1305::new((&*key).into())
            .encrypt(&[0u8; 12].into(), &file_key.expose_secret()[..])
            .map_err(|_| EncryptError::Io(std::io::Error::other("file key sealing failed")))?;
        // A random label no other recipient carries: age then refuses to mix a
        // passphrase with any other recipient, as its own scrypt recipient does.
        let mut label = [0u8; 16];
        OsRng.fill_bytes(&mut label);
        Ok((
            vec![Stanza {
                tag: TAG.to_owned(),
                args: vec![
                    data_encoding::BASE64_NOPAD.encode(&salt),
                    self.log_n.to_string(),
                ],
                body,
            }],
            HashSet::from([hex::encode(label)]),
        ))
    }
}

/// Opens a passphrase bundle; refuses a work factor above `max_log_n` before any work.
pub struct PassphraseIdentity {
    passphrase: SecretString,
    max_log_n: u8,
}

impl PassphraseIdentity {
    pub fn new(passphrase: SecretString, max_log_n: u8) -> Self {
        Self {
            passphrase,
            max_log_n,
        }
    }
}

impl std::fmt::Debug for PassphraseIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassphraseIdentity")
            .field("passphrase", &"[redacted]")
            .field("max_log_n", &self.max_log_n)
            .finish()
    }
}

/// age writes the work factor as plain decimal digits with no leading zero.
fn parse_log_n(arg: &str) -> Option<u8> {
    let canonical = !arg.is_empty()
        && arg.bytes().all(|b| b.is_ascii_digit())
        && !(arg.len() > 1 && arg.starts_with('0'));
    canonical.then(|| arg.parse().ok()).flatten()
}

impl age::Identity for PassphraseIdentity {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, DecryptError>> {
        if stanza.tag != TAG {
            return None;
        }
        let [salt, log_n] = &stanza.args[..] else {
            return Some(Err(DecryptError::InvalidHeader));
        };
        let salt: [u8; SALT_LEN] = match data_encoding::BASE64_NOPAD
            .decode(salt.as_bytes())
            .ok()
            .and_then(|s| s.try_into().ok())
        {
            Some(s) => s,
            None => return Some(Err(DecryptError::InvalidHeader)),
        };
        let Some(log_n) = parse_log_n(log_n) else {
            return Some(Err(DecryptError::InvalidHeader));
        };
        if stanza.body.len() != FILE_KEY_BYTES + 16 || log_n == 0 {
            return Some(Err(DecryptError::InvalidHeader));
        }
        if log_n > self.max_log_n {
            return Some(Err(DecryptError::ExcessiveWork {
                required: log_n,
                target: self.max_log_n,
            }));
        }
        let Some(key) = derive_key(
            self.passphrase.expose_secret().as_bytes(),
            &inner_salt(&salt),
            log_n,
        ) else {
            return Some(Err(DecryptError::ExcessiveWork {
                required: log_n,
                target: self.max_log_n,
            }));
        };
        let opened = ChaCha20Poly1305::new((&*key).into())
            .decrypt(&[0u8; 12].into(), &stanza.body[..])
            .map(Zeroizing::new);
        Some(match opened {
            Ok(plain) => Ok(FileKey::init_with_mut(|k| k.copy_from_slice(&plain))),
            Err(_) => Err(DecryptError::DecryptionFailed),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_work_factor_is_read_only_in_canonical_decimal() {
        assert_eq!(parse_log_n("18"), Some(18));
        assert_eq!(parse_log_n("9"), Some(9));
        for bad in ["", "018", "+18", "1 8", "0x12", "300", "-1"] {
            assert_eq!(parse_log_n(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_stanza_round_trips_and_a_wrong_passphrase_or_high_work_factor_is_refused() {
        use age::{Identity, Recipient};
        let file_key = FileKey::new(Box::new([42u8; FILE_KEY_BYTES]));
        let r = PassphraseRecipient::new(&SecretString::from("a long pass phrase".to_owned()), 10);
        let (stanzas, labels) = r.wrap_file_key(&file_key).expect("wrapped");
        assert!(
            r.wrap_file_key(&file_key).is_err(),
            "a second wrap would reuse salt, key and nonce"
        );
        assert_eq!(stanzas.len(), 1);
        assert_eq!(labels.len(), 1);
        assert_eq!(stanzas[0].args[1], "10");

        let right =
            PassphraseIdentity::new(SecretString::from("a long pass phrase".to_owned()), 20);
        let got = right
            .unwrap_stanza(&stanzas[0])
            .expect("scrypt stanza")
            .expect("opened");
        assert_eq!(got.expose_secret(), file_key.expose_secret());

        let wrong = PassphraseIdentity::new(SecretString::from("another phrase".to_owned()), 20);
        assert!(matches!(
            wrong.unwrap_stanza(&stanzas[0]),
            Some(Err(DecryptError::DecryptionFailed))
        ));
        let strict =
            PassphraseIdentity::new(SecretString::from("a long pass phrase".to_owned()), 9);
        assert!(matches!(
            strict.unwrap_stanza(&stanzas[0]),
            Some(Err(DecryptError::ExcessiveWork { required: 10, .. }))
        ));
        let copy = |s: &Stanza| Stanza {
            tag: s.tag.clone(),
            args: s.args.clone(),
            body: s.body.clone(),
        };
        let mut other = copy(&stanzas[0]);
        other.tag = "X25519".into();
        assert!(right.unwrap_stanza(&other).is_none());
        let mut bad_salt = copy(&stanzas[0]);
        bad_salt.args[0].push('A');
        assert!(matches!(
            right.unwrap_stanza(&bad_salt),
            Some(Err(DecryptError::InvalidHeader))
        ));
    }
}
