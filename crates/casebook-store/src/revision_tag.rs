//! Revision tags: what a pseudonymised output shows instead of a revision id.
//!
//! A revision id is the SHA-256 of the unredacted record, so anyone holding a
//! pseudonymised file that printed it could guess the removed fields (her name, a
//! birth date), recompute the hash offline and confirm the guess. A tag is
//! HMAC-SHA256 of the id under a random 32-byte secret kept only in this encrypted
//! vault: the vault can recompute and match it, nobody else can test a guess.

use hmac::{Hmac, Mac};
use rand::RngCore;
use rusqlite::params;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::{StoreError, Vault};

const META_KEY: &str = "revision_tag_secret";
/// Keeps these MACs apart from any other use the secret may get later.
const DOMAIN: &[u8] = b"casebook/revision-tag/v1\n";

impl Vault {
    /// The tag shown for `revision_id` in a pseudonymised output of this vault: 64
    /// lowercase hex digits. The same for the same vault and revision, different
    /// between vaults. The secret is created on first use and never leaves the store.
    pub fn revision_tag(&self, revision_id: &str) -> Result<String, StoreError> {
        Ok(self
            .revision_tags(std::iter::once(revision_id))?
            .pop()
            .unwrap_or_default())
    }

    /// [`revision_tag`](Self::revision_tag) for several revisions, reading the
    /// secret once.
    pub fn revision_tags<'a>(
        &self,
        revision_ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<Vec<String>, StoreError> {
        let key = self.tag_secret()?;
        revision_ids
            .into_iter()
            .map(|id| {
                let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key[..])
                    .map_err(|_| StoreError::DatabaseDamaged)?;
                mac.update(DOMAIN);
                mac.update(id.as_bytes());
                Ok(hex::encode(mac.finalize().into_bytes()))
            })
            .collect()
    }

    fn tag_secret(&self) -> Result<Zeroizing<[u8; 32]>, StoreError> {
        if let Some(s) = self.load_tag_secret()? {
            return Ok(s);
        }
        let mut fresh = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(fresh.as_mut());
        let hex = Zeroizing::new(hex::encode(&fresh[..]));
        // `OR IGNORE`: should another connection have made one meanwhile, that one
        // stays, and is what every tag uses.
        self.conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
            params![META_KEY, hex.as_str()],
        )?;
        self.load_tag_secret()?.ok_or(StoreError::DatabaseDamaged)
    }

    fn load_tag_secret(&self) -> Result<Option<Zeroizing<[u8; 32]>>, StoreError> {
        let Some(hex) = crate::vault::meta(&self.conn, META_KEY)?.map(Zeroizing::new) else {
            return Ok(None);
        };
        let mut out = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(hex.as_bytes(), out.as_mut())
            .map_err(|_| StoreError::DatabaseDamaged)?;
        Ok(Some(out))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::vault::testing::{create, reopen};

    #[test]
    fn tags_are_stable_per_vault_and_differ_between_vaults() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let id = "a".repeat(64);
        let va = create(&a.path().join("v"));
        let t1 = va.revision_tag(&id).unwrap();
        assert_eq!(t1.len(), 64);
        assert_ne!(t1, id);
        assert_eq!(va.revision_tag(&id).unwrap(), t1);
        assert_eq!(
            va.revision_tags([id.as_str(), "b"]).unwrap(),
            vec![t1.clone(), va.revision_tag("b").unwrap()]
        );
        assert_ne!(va.revision_tag(&"b".repeat(64)).unwrap(), t1);
        drop(va);
        let va = reopen(&a.path().join("v"));
        assert_eq!(va.revision_tag(&id).unwrap(), t1, "kept across reopening");
        let vb = create(&b.path().join("v"));
        assert_ne!(vb.revision_tag(&id).unwrap(), t1);
    }
}
