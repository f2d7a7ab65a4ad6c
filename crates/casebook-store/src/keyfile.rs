//! The key file: the data key wrapped once per unlock secret. Changing a passphrase
//! rewrites this small file; only a rekey (`Vault::rekey`) re-encrypts the databases,
//! and while it runs the key file of the new data key waits beside the old one as
//! `vault.keys.next`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::secret::DataKey;
use crate::shares::SplitMeta;
use crate::StoreError;

pub(crate) const KEY_FILE: &str = "vault.keys";
pub(crate) const KEY_FILE_TMP: &str = "vault.keys.tmp";
/// The key file of a rekey in progress: slots for the new data key. It replaces
/// `vault.keys` once both databases are under the new key.
pub(crate) const KEY_FILE_NEXT: &str = "vault.keys.next";
const FORMAT: &str = "casebook-keys";
const VERSION: u32 = 1;
/// A key file is a few kilobytes; anything far larger is not ours.
const MAX_KEY_FILE: u64 = 1024 * 1024;

/// Argon2id cost, stored with each slot so that it can be raised later without
/// breaking old slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes: about a quarter of a second on an old laptop.
    fn default() -> Self {
        KdfParams {
            m_kib: 64 * 1024,
            t: 3,
            p: 1,
        }
    }
}

impl KdfParams {
    /// Cheap parameters for tests and synthetic benchmark vaults only. Never the
    /// default; a vault made with these is as weak as they are.
    pub fn insecure_for_tests() -> Self {
        KdfParams {
            m_kib: 1024,
            t: 1,
            p: 1,
        }
    }

    /// A damaged or hostile key file must not make unlocking hang or eat all memory.
    fn within_caps(&self) -> bool {
        (8..=1024 * 1024).contains(&self.m_kib)
            && (1..=20).contains(&self.t)
            && (1..=16).contains(&self.p)
            && self.m_kib >= 8 * self.p
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlotKind {
    Passphrase,
    RecoveryKey,
    /// The recovery secret split among colleagues, K of N (see `shares`).
    Shares,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Slot {
    pub id: String,
    pub kind: SlotKind,
    pub created_at: String,
    pub kdf: KdfParams,
    pub salt: String,
    pub nonce: String,
    pub wrapped: String,
    /// Only on a `Shares` slot: K, N and the split's tag, bound into the AEAD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split: Option<SplitMeta>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct KeyFile {
    pub format: String,
    pub version: u32,
    pub vault_id: String,
    pub slots: Vec<Slot>,
}

/// Public view of a slot, for listing ways to unlock without touching secrets.
#[derive(Debug, Clone, Serialize)]
pub struct SlotInfo {
    pub id: String,
    pub kind: SlotKind,
    pub created_at: String,
}

fn b64() -> data_encoding::Encoding {
    data_encoding::BASE64
}

fn derive(secret: &[u8], salt: &[u8], kdf: &KdfParams) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    if !kdf.within_caps() {
        return Err(StoreError::KdfParamsRejected);
    }
    let params = argon2::Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32))
        .map_err(|_| StoreError::KdfParamsRejected)?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|_| StoreError::KeyFileDamaged)?;
    Ok(out)
}

impl Slot {
    /// Binding the slot's identity and cost into the AEAD means an edited key file
    /// (e.g. lowered parameters) fails to open instead of being believed.
    fn aad(&self, vault_id: &str) -> Vec<u8> {
        let mut aad = format!(
            "casebook-slot-v1|{vault_id}|{}|{:?}|{}|{}|{}",
            self.id, self.kind, self.kdf.m_kib, self.kdf.t, self.kdf.p
        );
        // A split's K, N and tag are bound too, so that an edited key file cannot
        // claim another threshold or take shares of another split.
        if let Some(split) = &self.split {
            aad.push_str(&format!(
                "|{}|{}|{}",
                split.threshold, split.shares, split.tag
            ));
        }
        aad.into_bytes()
    }

    pub(crate) fn seal(
        vault_id: &str,
        kind: SlotKind,
        secret: &[u8],
        key: &DataKey,
        kdf: KdfParams,
    ) -> Result<Slot, StoreError> {
        Slot::seal_with(vault_id, kind, secret, key, kdf, None)
    }

    /// The slot of a split: its secret is the one the shares rebuild.
    pub(crate) fn seal_split(
        vault_id: &str,
        secret: &[u8],
        key: &DataKey,
        kdf: KdfParams,
        split: SplitMeta,
    ) -> Result<Slot, StoreError> {
        Slot::seal_with(vault_id, SlotKind::Shares, secret, key, kdf, Some(split))
    }

    fn seal_with(
        vault_id: &str,
        kind: SlotKind,
        secret: &[u8],
        key: &DataKey,
        kdf: KdfParams,
        split: Option<SplitMeta>,
    ) -> Result<Slot, StoreError> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let mut slot = Slot {
            id: uuid::Uuid::new_v4().to_string(),
            kind,
            created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            kdf,
            salt: b64().encode(&salt),
            nonce: b64().encode(&nonce),
            wrapped: String::new(),
            split,
        };
        let kek = derive(secret, &salt, &kdf)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let aad = slot.aad(vault_id);
        let ct = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: key.bytes(),
                    aad: &aad,
                },
            )
            .map_err(|_| StoreError::KeyFileDamaged)?;
        slot.wrapped = b64().encode(&ct);
        Ok(slot)
    }

    /// The slot's salt, nonce and wrapped key, decoded and checked for shape and
    /// cost before any work is done on them.
    #[allow(clippy::type_complexity)]
    fn decoded(&self) -> Result<(Vec<u8>, Vec<u8>, Vec<u8>), StoreError> {
        let salt = b64()
            .decode(self.salt.as_bytes())
            .map_err(|_| StoreError::KeyFileDamaged)?;
        let nonce = b64()
            .decode(self.nonce.as_bytes())
            .map_err(|_| StoreError::KeyFileDamaged)?;
        let ct = b64()
            .decode(self.wrapped.as_bytes())
            .map_err(|_| StoreError::KeyFileDamaged)?;
        if nonce.len() != 24 || !(8..=64).contains(&salt.len()) || ct.len() != 48 {
            return Err(StoreError::KeyFileDamaged);
        }
        if !self.kdf.within_caps() {
            return Err(StoreError::KdfParamsRejected);
        }
        // Only a split's slot has a split, and its numbers are a split's.
        match (&self.split, self.kind) {
            (None, SlotKind::Shares) => return Err(StoreError::KeyFileDamaged),
            (Some(_), SlotKind::Passphrase | SlotKind::RecoveryKey) => {
                return Err(StoreError::KeyFileDamaged)
            }
            (Some(m), SlotKind::Shares)
                if crate::shares::SplitPlan::new(m.threshold.into(), m.shares.into()).is_err()
                    || m.tag.len() != 8
                    || hex::decode(&m.tag).is_err() =>
            {
                return Err(StoreError::KeyFileDamaged)
            }
            _ => {}
        }
        Ok((salt, nonce, ct))
    }

    /// `Ok(None)` when the secret is simply not this slot's.
    pub(crate) fn open(
        &self,
        vault_id: &str,
        secret: &[u8],
    ) -> Result<Option<DataKey>, StoreError> {
        let (salt, nonce, ct) = self.decoded()?;
        let kek = derive(secret, &salt, &self.kdf)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let aad = self.aad(vault_id);
        match cipher.decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &ct,
                aad: &aad,
            },
        ) {
            Ok(pt) => {
                let pt = Zeroizing::new(pt);
                Ok(DataKey::from_bytes(&pt))
            }
            Err(_) => Ok(None),
        }
    }
}

impl KeyFile {
    pub(crate) fn new(vault_id: String) -> Self {
        KeyFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            vault_id,
            slots: vec![],
        }
    }

    pub(crate) fn load(dir: &Path) -> Result<KeyFile, StoreError> {
        KeyFile::load_named(dir, KEY_FILE)
    }

    /// The key file of an unfinished rekey, if there is one.
    pub(crate) fn load_next(dir: &Path) -> Result<Option<KeyFile>, StoreError> {
        match KeyFile::load_named(dir, KEY_FILE_NEXT) {
            Ok(kf) => Ok(Some(kf)),
            Err(StoreError::KeyFileMissing) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn load_named(dir: &Path, name: &str) -> Result<KeyFile, StoreError> {
        let path = dir.join(name);
        let mut f = match File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::KeyFileMissing)
            }
            Err(e) => return Err(e.into()),
        };
        let mut text = String::new();
        (&mut f)
            .take(MAX_KEY_FILE)
            .read_to_string(&mut text)
            .map_err(|_| StoreError::KeyFileDamaged)?;
        KeyFile::parse(&text)
    }

    /// The key file's text as read from disk: its shape, not its secrets.
    pub(crate) fn parse(text: &str) -> Result<KeyFile, StoreError> {
        let kf: KeyFile = serde_json::from_str(text).map_err(|_| StoreError::KeyFileDamaged)?;
        if kf.format != FORMAT || kf.version != VERSION || kf.slots.is_empty() {
            return Err(StoreError::KeyFileDamaged);
        }
        Ok(kf)
    }

    /// Temp file, fsync, rename, fsync the directory: a crash leaves either the old
    /// or the new key file, never a half-written one.
    pub(crate) fn save(&self, dir: &Path) -> Result<(), StoreError> {
        self.save_named(dir, KEY_FILE)
    }

    /// Writes the key file of a rekey about to start (see [`commit_next`]).
    pub(crate) fn save_next(&self, dir: &Path) -> Result<(), StoreError> {
        self.save_named(dir, KEY_FILE_NEXT)
    }

    fn save_named(&self, dir: &Path, name: &str) -> Result<(), StoreError> {
        let tmp = dir.join(KEY_FILE_TMP);
        let text = serde_json::to_vec_pretty(self).map_err(|_| StoreError::KeyFileDamaged)?;
        let res = (|| -> Result<(), StoreError> {
            // A leftover of an interrupted save may have any mode; a new file gets 0600.
            match fs::remove_file(&tmp) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
            let mut f =
                crate::owner_only::file_options(OpenOptions::new().write(true).create_new(true))
                    .open(&tmp)?;
            f.write_all(&text)?;
            f.sync_all()?;
            drop(f);
            fs::rename(&tmp, dir.join(name))?;
            File::open(dir)?.sync_all()?;
            Ok(())
        })();
        if res.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        res
    }

    /// Tries every slot of the matching kind; each try costs one Argon2 run.
    pub(crate) fn unwrap_key(
        &self,
        kind: SlotKind,
        secret: &[u8],
    ) -> Result<(DataKey, String), StoreError> {
        let mut any = false;
        for slot in self.slots.iter().filter(|s| s.kind == kind) {
            any = true;
            if let Some(k) = slot.open(&self.vault_id, secret)? {
                return Ok((k, slot.id.clone()));
            }
        }
        if !any && kind == SlotKind::Passphrase {
            return Err(StoreError::WrongSecret);
        }
        Err(StoreError::WrongSecret)
    }

    /// The slot of the current split, if the vault has one.
    pub(crate) fn split_slot(&self) -> Option<&Slot> {
        self.slots
            .iter()
            .find(|s| s.kind == SlotKind::Shares && s.split.is_some())
    }

    pub(crate) fn infos(&self) -> Vec<SlotInfo> {
        self.slots
            .iter()
            .map(|s| SlotInfo {
                id: s.id.clone(),
                kind: s.kind,
                created_at: s.created_at.clone(),
            })
            .collect()
    }
}

/// The last step of a rekey: the new key file takes the place of the old one in one
/// rename. The old file's bytes are then overwritten through a handle opened before
/// the rename, so that its slots do not stay behind in the blocks it used.
pub(crate) fn commit_next(dir: &Path) -> Result<(), StoreError> {
    let old = OpenOptions::new().write(true).open(dir.join(KEY_FILE)).ok();
    fs::rename(dir.join(KEY_FILE_NEXT), dir.join(KEY_FILE))?;
    File::open(dir)?.sync_all()?;
    if let Some(mut old) = old {
        // The rekey is complete at the rename and its new recovery key must reach the
        // person; a failure here only leaves slots of a data key that opens nothing.
        let _ = overwrite(&mut old, Fill::Noise);
    }
    Ok(())
}

/// Throws away the key file of a rekey that will not be finished.
pub(crate) fn discard_next(dir: &Path) -> Result<(), StoreError> {
    destroy_named(dir, &[KEY_FILE_NEXT])
}

/// Emergency erase of the key material: overwrite in place, flush, then unlink, so
/// that neither the file nor a stale temp copy can wrap the data key again.
pub(crate) fn destroy(dir: &Path) -> Result<(), StoreError> {
    destroy_named(dir, &[KEY_FILE, KEY_FILE_TMP, KEY_FILE_NEXT])
}

/// What an overwrite writes: noise where the length of a run of zeros would say
/// something, zeros where speed matters (database files of gigabytes).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Fill {
    Noise,
    Zeros,
}

/// Overwrites the whole file in place and flushes it to the disk. On a file system
/// that writes in place (ext4, a spinning disk) the old bytes are gone; what SSDs
/// and copy-on-write file systems keep is said in docs/vault-format.md.
pub(crate) fn overwrite(f: &mut File, fill: Fill) -> Result<(), StoreError> {
    use std::io::{Seek, SeekFrom};
    const BLOCK: usize = 1024 * 1024;
    let len = f.metadata()?.len();
    f.seek(SeekFrom::Start(0))?;
    let mut buf = vec![0u8; BLOCK];
    let mut left = len;
    while left > 0 {
        let n = usize::try_from(left.min(BLOCK as u64)).unwrap_or(BLOCK);
        if let Fill::Noise = fill {
            rand::rngs::OsRng.fill_bytes(&mut buf[..n]);
        }
        f.write_all(&buf[..n])?;
        left -= n as u64;
    }
    f.sync_all()?;
    Ok(())
}

/// Overwrites, flushes and unlinks each named file that exists.
pub(crate) fn destroy_named(dir: &Path, names: &[&str]) -> Result<(), StoreError> {
    for name in names {
        let path = dir.join(name);
        let mut f = match OpenOptions::new().write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e.into()),
        };
        overwrite(&mut f, Fill::Noise)?;
        drop(f);
        fs::remove_file(&path)?;
    }
    File::open(dir)?.sync_all()?;
    Ok(())
}

/// Reads a key file's bytes as opening would, up to (not including) the key
/// derivation: the ways to unlock it lists, or why it is refused. For the fuzzer and
/// for tools that check a key file handed over on a stick.
pub fn check_key_file(bytes: &[u8]) -> Result<Vec<SlotInfo>, StoreError> {
    if bytes.len() as u64 > MAX_KEY_FILE {
        return Err(StoreError::KeyFileDamaged);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| StoreError::KeyFileDamaged)?;
    let kf = KeyFile::parse(text)?;
    for slot in &kf.slots {
        slot.decoded()?;
    }
    Ok(kf.infos())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_parameters_are_refused_before_any_work() {
        let k = DataKey::generate();
        let mut slot = Slot::seal(
            "v",
            SlotKind::Passphrase,
            b"pw",
            &k,
            KdfParams::insecure_for_tests(),
        )
        .unwrap();
        slot.kdf.m_kib = u32::MAX;
        assert!(matches!(
            slot.open("v", b"pw"),
            Err(StoreError::KdfParamsRejected)
        ));
        slot.kdf = KdfParams {
            m_kib: 1024,
            t: 1_000_000,
            p: 1,
        };
        assert!(matches!(
            slot.open("v", b"pw"),
            Err(StoreError::KdfParamsRejected)
        ));
    }

    #[test]
    fn lowered_parameters_do_not_open_the_slot() {
        let k = DataKey::generate();
        let mut slot = Slot::seal(
            "v",
            SlotKind::Passphrase,
            b"pw",
            &k,
            KdfParams {
                m_kib: 2048,
                t: 1,
                p: 1,
            },
        )
        .unwrap();
        assert!(slot.open("v", b"pw").unwrap().is_some());
        slot.kdf.m_kib = 1024;
        assert!(slot.open("v", b"pw").unwrap().is_none());
    }

    #[test]
    fn wrong_secret_is_not_an_error_of_the_slot() {
        let k = DataKey::generate();
        let slot = Slot::seal(
            "v",
            SlotKind::Passphrase,
            b"pw",
            &k,
            KdfParams::insecure_for_tests(),
        )
        .unwrap();
        assert!(slot.open("v", b"other").unwrap().is_none());
        assert!(slot.open("other-vault", b"pw").unwrap().is_none());
        assert_eq!(slot.open("v", b"pw").unwrap().unwrap().bytes(), k.bytes());
    }

    #[test]
    fn a_key_file_is_checked_as_opening_reads_it() {
        let k = DataKey::generate();
        let mut kf = KeyFile::new("v".into());
        kf.slots.push(
            Slot::seal(
                "v",
                SlotKind::Passphrase,
                b"pw",
                &k,
                KdfParams::insecure_for_tests(),
            )
            .unwrap(),
        );
        let good = serde_json::to_vec(&kf).unwrap();
        assert_eq!(check_key_file(&good).unwrap().len(), 1);
        let text = String::from_utf8(good).unwrap();
        for bad in [
            text.replace("\"passphrase\"", "\"shares\""),
            text.replace("\"m_kib\":1024", "\"m_kib\":4294967295"),
            text.replace("casebook-keys", "other"),
            text[..text.len() / 2].to_owned(),
        ] {
            assert!(check_key_file(bad.as_bytes()).is_err(), "{bad}");
        }
    }
}
