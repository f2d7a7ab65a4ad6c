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
    pub created_at: String,
    pub sender: Sender,
    pub attachments_included: bool,
    pub cases: Vec<ManifestCase>,
    pub entries: Vec<ManifestEntry>,
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
}

pub fn case_path(case_id: &str) -> String {
    format!("cases/{case_id}.json")
}

pub fn attachment_path(sha256: &str) -> String {
    format!("attachments/{sha256}")
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
    None
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
        for bad in [
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
