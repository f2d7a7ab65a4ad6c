//! Secrets live in zeroizing buffers and never print themselves.

use std::fmt;

use rand::RngCore;
use zeroize::Zeroizing;

use crate::StoreError;

/// A passphrase or recovery key typed by a person.
#[derive(Clone)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(s: String) -> Self {
        Secret(Zeroizing::new(s))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret::new(s.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// What a person offers to open the vault.
#[derive(Debug, Clone)]
pub enum UnlockSecret {
    Passphrase(Secret),
    RecoveryKey(Secret),
    /// At least K of a split's shares, each as typed or read from its file, in the
    /// order given (errors name a share by its place in this list, from 1).
    Shares(Vec<Secret>),
}

impl UnlockSecret {
    /// What the audit log says opened the vault; never the secret.
    pub(crate) fn kind_name(&self) -> &'static str {
        match self {
            UnlockSecret::Passphrase(_) => "passphrase",
            UnlockSecret::RecoveryKey(_) => "recovery-key",
            UnlockSecret::Shares(_) => "shares",
        }
    }
}

/// The 256-bit key SQLCipher uses. Only ever stored wrapped.
pub(crate) struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    pub(crate) fn generate() -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        DataKey(k)
    }
    pub(crate) fn from_bytes(b: &[u8]) -> Option<Self> {
        let arr: [u8; 32] = b.try_into().ok()?;
        Some(DataKey(Zeroizing::new(arr)))
    }
    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
    /// SQLCipher's raw-key form, `x'…'`, so no KDF runs inside SQLCipher.
    pub(crate) fn sqlcipher_pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(self.0.as_ref())))
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

const RECOVERY_BYTES: usize = 20;
const GROUP: usize = 4;

/// A printable, high-entropy secret (160 bits) in its own key slot; shown once at
/// creation so a person who forgets the passphrase does not lose the cases.
#[derive(Clone)]
pub struct RecoveryKey(Secret);

impl RecoveryKey {
    pub(crate) fn generate() -> Self {
        let mut raw = Zeroizing::new([0u8; RECOVERY_BYTES]);
        rand::rngs::OsRng.fill_bytes(raw.as_mut());
        let enc = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(raw.as_ref()));
        RecoveryKey(Secret::new(enc.to_string()))
    }

    /// Accepts the key as printed or retyped: any case, spaces or dashes.
    pub fn parse(text: &Secret) -> Result<Self, StoreError> {
        let norm: Zeroizing<String> = Zeroizing::new(
            text.expose()
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        match data_encoding::BASE32_NOPAD.decode(norm.as_bytes()) {
            Ok(mut raw) if raw.len() == RECOVERY_BYTES => {
                zeroize::Zeroize::zeroize(&mut raw);
                Ok(RecoveryKey(Secret::new(norm.to_string())))
            }
            Ok(mut raw) => {
                zeroize::Zeroize::zeroize(&mut raw);
                Err(StoreError::WrongSecret)
            }
            Err(_) => Err(StoreError::WrongSecret),
        }
    }

    /// Groups of four, e.g. `ABCD-EFGH-…`, for writing on paper.
    pub fn display(&self) -> String {
        let chars: Vec<char> = self.0.expose().chars().collect();
        chars
            .chunks(GROUP)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }

    pub(crate) fn kdf_input(&self) -> &[u8] {
        self.0.expose().as_bytes()
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let s = Secret::from("hunter2-sentinel");
        assert!(!format!("{s:?}").contains("sentinel"));
        let r = RecoveryKey::generate();
        assert!(!format!("{r:?}").contains(&r.display()[..4]));
    }

    #[test]
    fn recovery_key_round_trips_through_paper() {
        let r = RecoveryKey::generate();
        let typed = r.display().to_lowercase().replace('-', " ");
        let back = RecoveryKey::parse(&Secret::new(typed)).unwrap();
        assert_eq!(back.kdf_input(), r.kdf_input());
        assert!(RecoveryKey::parse(&Secret::from("not a key")).is_err());
    }
}
