//! The bundle layout. See `docs/bundle-format.md`.
//!
//! ```text
//! age v1 (X25519 recipients or one scrypt passphrase)
//! └── tar (ustar, regular files only, in this order)
//!     ├── manifest.json        sender, cases, and size + SHA-256 of every other entry
//!     ├── manifest.sig         hex Ed25519 signature of manifest.json's exact bytes
//!     ├── cases/<case-id>.json a case's revision history (parents first)
//!     └── attachments/<sha256> attachment bytes, named by their SHA-256
//! ```
//!
//! A statistics bundle (`"kind": "statistics"`) is the same container holding,
//! instead of cases and attachments, `snapshots/<centre-sign-key>.json`: one
//! centre's de-identified snapshot (`casebook_core::network::CentreSnapshot`).

use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "casebook-bundle";
pub const VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.sig";

/// The manifest, signed by the sender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    /// Absent in case bundles (the kind every bundle had before statistics).
    #[serde(default, skip_serializing_if = "BundleKind::is_cases")]
    pub kind: BundleKind,
    pub created_at: String,
    pub sender: Sender,
    pub attachments_included: bool,
    pub cases: Vec<ManifestCase>,
    /// Statistics bundles: the centres' snapshots it holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<ManifestSnapshot>,
    pub entries: Vec<ManifestEntry>,
}

/// What a bundle carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum BundleKind {
    /// Case histories and attachments, for colleagues.
    #[default]
    Cases,
    /// De-identified statistics snapshots, for a network's hub.
    Statistics,
    /// An outreach laptop's sealed cases, for its centre: each entry is itself a
    /// case bundle encrypted to the centre alone, which the laptop cannot open.
    Outbox,
}

impl BundleKind {
    pub fn is_cases(&self) -> bool {
        *self == BundleKind::Cases
    }
}

/// One centre's snapshot in a statistics bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestSnapshot {
    /// The centre's signing key (hex), as in the snapshot.
    pub centre: String,
    pub seq: u64,
    pub records: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    pub name: String,
    pub device_id: String,
    pub age_recipient: String,
    /// Ed25519 public key, hex; the signature must verify under it.
    pub sign_key: String,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestCase {
    pub case_id: String,
    pub head: String,
    pub revisions: u64,
    /// `full` or `pseudonymised`.
    pub redaction: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// What an entry path names. Anything else (absolute paths, `..`, links, directories,
/// unknown names) is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Manifest,
    Signature,
    Case(String),
    Attachment(String),
    /// A centre's snapshot, by the centre's signing key.
    Snapshot(String),
    /// A sealed case bundle in an outbox bundle, by its receipt code.
    Sealed(String),
}

pub fn case_path(case_id: &str) -> String {
    format!("cases/{case_id}.json")
}

pub fn attachment_path(sha256: &str) -> String {
    format!("attachments/{sha256}")
}

pub fn snapshot_path(centre: &str) -> String {
    format!("snapshots/{centre}.json")
}

pub fn sealed_path(receipt: &str) -> String {
    format!("sealed/{receipt}.cbk")
}

/// `K7Q2-M9XD`: two groups of four of the base32 alphabet (A–Z, 2–7).
pub fn is_receipt(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 9
        && b.iter().enumerate().all(|(i, c)| match i {
            4 => *c == b'-',
            _ => c.is_ascii_uppercase() || (b'2'..=b'7').contains(c),
        })
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
        })
}

/// Classifies a raw tar path, strictly.
pub fn classify(path: &[u8]) -> Option<EntryKind> {
    let path = std::str::from_utf8(path).ok()?;
    match path {
        MANIFEST => return Some(EntryKind::Manifest),
        SIGNATURE => return Some(EntryKind::Signature),
        _ => {}
    }
    if let Some(id) = path
        .strip_prefix("cases/")
        .and_then(|r| r.strip_suffix(".json"))
    {
        return is_uuid(id).then(|| EntryKind::Case(id.to_owned()));
    }
    if let Some(h) = path.strip_prefix("attachments/") {
        return is_hex64(h).then(|| EntryKind::Attachment(h.to_owned()));
    }
    if let Some(k) = path
        .strip_prefix("snapshots/")
        .and_then(|r| r.strip_suffix(".json"))
    {
        return is_hex64(k).then(|| EntryKind::Snapshot(k.to_owned()));
    }
    if let Some(r) = path
        .strip_prefix("sealed/")
        .and_then(|r| r.strip_suffix(".cbk"))
    {
        return is_receipt(r).then(|| EntryKind::Sealed(r.to_owned()));
    }
    None
}

/// SHA-256 in lower-case hex, as manifests write it.
pub(crate) fn sha_hex(b: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(b))
}

/// Reads the entries after the manifest and its signature, each whole and checked
/// against `listed` (by path) before `each` sees it: a regular file of a kind
/// `wanted` accepts, listed and seen once, of the declared size (at most `limit`),
/// with the declared SHA-256. Afterwards every listed entry must have come.
/// `entry_of` finds the manifest entry in what `listed` keeps per path.
pub(crate) fn read_listed<'a, R: std::io::Read, T>(
    entries: tar::Entries<'_, R>,
    listed: &'a std::collections::BTreeMap<String, T>,
    entry_of: impl Fn(&T) -> &ManifestEntry,
    wanted: impl Fn(&EntryKind) -> bool,
    limit: u64,
    mut each: impl FnMut(String, EntryKind, &'a T, Vec<u8>) -> Result<(), crate::BundleError>,
) -> Result<(), crate::BundleError> {
    use crate::BundleError;
    use std::io::Read as _;
    let mut seen = std::collections::BTreeSet::new();
    for e in entries {
        let mut e = e.map_err(|_| BundleError::Damaged)?;
        let raw_path = e.path_bytes().into_owned();
        let path = String::from_utf8_lossy(&raw_path).into_owned();
        let kind =
            classify(&raw_path).ok_or_else(|| BundleError::UnsafePath { path: path.clone() })?;
        if !e.header().entry_type().is_file() {
            return Err(BundleError::UnsafePath { path });
        }
        if !wanted(&kind) {
            return Err(BundleError::UnlistedEntry { path });
        }
        let Some(item) = listed.get(&path).filter(|_| !seen.contains(&path)) else {
            return Err(BundleError::UnlistedEntry { path });
        };
        seen.insert(path.clone());
        let declared = entry_of(item);
        let size = e.header().size().map_err(|_| BundleError::Damaged)?;
        if size != declared.size {
            return Err(BundleError::SizeMismatch {
                path,
                declared: declared.size,
                actual: size,
            });
        }
        if size > limit {
            return Err(BundleError::TooLarge { path, limit });
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        (&mut e)
            .take(size + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| BundleError::Damaged)?;
        if bytes.len() as u64 != size {
            return Err(BundleError::Damaged);
        }
        if sha_hex(&bytes) != declared.sha256 {
            return Err(BundleError::HashMismatch { path });
        }
        each(path, kind, item, bytes)?;
    }
    if let Some(missing) = listed.keys().find(|p| !seen.contains(*p)) {
        return Err(BundleError::MissingEntry {
            path: missing.clone(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_names_pass() {
        assert_eq!(classify(b"manifest.json"), Some(EntryKind::Manifest));
        let id = "0190f5d2-7a3c-7cc1-8f00-000000000001";
        assert_eq!(
            classify(case_path(id).as_bytes()),
            Some(EntryKind::Case(id.into()))
        );
        let h = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(
            classify(attachment_path(h).as_bytes()),
            Some(EntryKind::Attachment(h.into()))
        );
        assert_eq!(
            classify(snapshot_path(h).as_bytes()),
            Some(EntryKind::Snapshot(h.into()))
        );
        for bad in [
            "snapshots/../manifest.json",
            "snapshots/E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855.json",
            "../manifest.json",
            "/manifest.json",
            "./manifest.json",
            "cases/../../etc/passwd",
            "cases/0190f5d2-7a3c-7cc1-8f00-000000000001.json/",
            "attachments/E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "attachments/../x",
            "cases/",
            "",
        ] {
            assert_eq!(classify(bad.as_bytes()), None, "{bad}");
        }
    }
}
