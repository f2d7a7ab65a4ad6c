//! Sync by hand, the store's half: this device's bundle keys, contacts, reading a
//! case's whole history out, and taking foreign revisions and attachments in inside
//! one transaction that either applies everything or nothing.
//!
//! The bundle format, encryption and signatures live in `casebook-bundle`; nothing
//! here knows about age or tar.
//!
//! # Merge rules
//! - unknown case: added as it came;
//! - the incoming head descends from ours: fast-forward;
//! - ours descends from the incoming head (or is it): nothing, so an older bundle never
//!   rolls anything back;
//! - diverged: a three-way merge against the common ancestor, field by field
//!   ([`casebook_core::merge`]), attachments matched by SHA-256. Fields both sides
//!   changed differently are recorded as conflicts (both values, who, when) for a
//!   person to resolve; the merge revision holds a provisional value meanwhile. An
//!   edit against a deletion keeps the edit and records that too.
//!
//! Merge revisions are deterministic (parents, time, content and therefore id depend
//! only on the two heads), so devices that merge the same two heads independently end
//! with the very same revision, and any order of exchanges converges.

mod conflicts;
mod contacts;
mod export;
mod identity;
pub(crate) use identity::ensure as ensure_identity;
mod import;
mod merge;
mod resolve;

use std::collections::BTreeMap;
use std::io;

use casebook_core::Coded;
use serde::Serialize;

use crate::StoreError;

pub use conflicts::{ConflictInfo, ConflictKind, Resolution};
pub use contacts::{same_fingerprint, Contact, ContactRole, FieldRights, ImportRights, NewContact};
pub use export::{BlobReader, CaseHistory, HistoryRevision, StoredHistory, StoredRevision};
pub use identity::DeviceSeeds;
pub use import::{CaseAction, CaseOutcome, CheckedHistory, ImportOutcome, SyncImport};
pub use merge::{MERGE_AUTHOR, MERGE_DEVICE};
pub use resolve::{resolve, typed_value, Take};

/// What can go wrong while syncing. Each variant leaves the vault as it was.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("revision {revision} does not match its content")]
    RevisionIdMismatch { revision: String },
    #[error("revision {revision} belongs to another case")]
    RevisionCaseMismatch { revision: String },
    #[error("revision {revision} refers to parent {parent}, which is missing")]
    MissingParent { revision: String, parent: String },
    #[error("revision {revision} is malformed")]
    MalformedRevision { revision: String },
    #[error("the head {revision} of case {case} is not among its revisions")]
    UnknownHead { case: String, revision: String },
    #[error("attachment {sha256} does not match its SHA-256")]
    BlobHashMismatch { sha256: String },
    #[error("attachment {sha256}: declared {declared} bytes, found {actual}")]
    BlobSizeMismatch {
        sha256: String,
        declared: u64,
        actual: u64,
    },
    #[error("a contact named {name} or with the same keys already exists")]
    ContactExists { name: String },
    #[error("a contact needs a name")]
    ContactNameEmpty,
    #[error("no contact named {name}")]
    ContactNotFound { name: String },
    #[error("{role} is not a contact role")]
    InvalidRole { role: String },
    #[error("case {case} has no open conflict at {path}")]
    ConflictNotFound { case: String, path: String },
    #[error("the content of case {case} cannot be read")]
    BadContent { case: String },
    #[error("the role {role} needs the six fingerprint words typed")]
    FingerprintNeeded { role: String },
    #[error("the typed words are not this contact's fingerprint")]
    FingerprintMismatch { role: String },
    /// The sender's role may not make this change; the case is left as it was.
    #[error("case {case}: the sender's role {role} may not {change}")]
    NotPermitted {
        case: String,
        role: String,
        change: Refused,
    },
}

/// What a sender's role was not allowed to do to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Refused {
    AddCase,
    DeleteCase,
    ChangeField,
}

impl Refused {
    pub fn code(self) -> &'static str {
        match self {
            Refused::AddCase => "role-may-not-add",
            Refused::DeleteCase => "role-may-not-delete",
            Refused::ChangeField => "role-may-not-change",
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Store(e.into())
    }
}

impl From<io::Error> for SyncError {
    fn from(e: io::Error) -> Self {
        SyncError::Store(e.into())
    }
}

impl SyncError {
    /// One error of every variant (the store's among them), with made-up arguments.
    pub fn examples() -> Vec<SyncError> {
        let r = || "r".to_owned();
        let mut all = vec![
            SyncError::RevisionIdMismatch { revision: r() },
            SyncError::RevisionCaseMismatch { revision: r() },
            SyncError::MissingParent {
                revision: r(),
                parent: "p".into(),
            },
            SyncError::MalformedRevision { revision: r() },
            SyncError::UnknownHead {
                case: "c".into(),
                revision: r(),
            },
            SyncError::BlobHashMismatch {
                sha256: "ab".into(),
            },
            SyncError::BlobSizeMismatch {
                sha256: "ab".into(),
                declared: 1,
                actual: 2,
            },
            SyncError::ContactExists { name: "n".into() },
            SyncError::ContactNameEmpty,
            SyncError::ContactNotFound { name: "n".into() },
            SyncError::InvalidRole { role: "x".into() },
            SyncError::ConflictNotFound {
                case: "c".into(),
                path: "p".into(),
            },
            SyncError::BadContent { case: "c".into() },
            SyncError::FingerprintNeeded {
                role: "lawyer".into(),
            },
            SyncError::FingerprintMismatch {
                role: "lawyer".into(),
            },
        ];
        for change in [Refused::AddCase, Refused::DeleteCase, Refused::ChangeField] {
            all.push(SyncError::NotPermitted {
                case: "c".into(),
                role: "field".into(),
                change,
            });
        }
        all.extend(StoreError::examples().into_iter().map(SyncError::Store));
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                SyncError::Store(_)
                | SyncError::RevisionIdMismatch { .. }
                | SyncError::RevisionCaseMismatch { .. }
                | SyncError::MissingParent { .. }
                | SyncError::MalformedRevision { .. }
                | SyncError::UnknownHead { .. }
                | SyncError::BlobHashMismatch { .. }
                | SyncError::BlobSizeMismatch { .. }
                | SyncError::ContactExists { .. }
                | SyncError::ContactNameEmpty
                | SyncError::ContactNotFound { .. }
                | SyncError::InvalidRole { .. }
                | SyncError::ConflictNotFound { .. }
                | SyncError::BadContent { .. }
                | SyncError::FingerprintNeeded { .. }
                | SyncError::FingerprintMismatch { .. }
                | SyncError::NotPermitted { .. } => {}
            }
        }
        all
    }

    /// Every message id a variant may carry, the store's included.
    pub fn message_ids() -> Vec<&'static str> {
        crate::message_ids_of(&SyncError::examples())
    }
}

impl Coded for SyncError {
    fn code(&self) -> &'static str {
        match self {
            SyncError::Store(e) => e.code(),
            SyncError::RevisionIdMismatch { .. } => "revision-id-mismatch",
            SyncError::RevisionCaseMismatch { .. } => "revision-case-mismatch",
            SyncError::MissingParent { .. } => "missing-parent",
            SyncError::MalformedRevision { .. } => "malformed-revision",
            SyncError::UnknownHead { .. } => "unknown-head",
            SyncError::BlobHashMismatch { .. } => "blob-hash-mismatch",
            SyncError::BlobSizeMismatch { .. } => "blob-size-mismatch",
            SyncError::ContactExists { .. } => "contact-exists",
            SyncError::ContactNameEmpty => "contact-name-empty",
            SyncError::ContactNotFound { .. } => "contact-not-found",
            SyncError::InvalidRole { .. } => "invalid-role",
            SyncError::ConflictNotFound { .. } => "conflict-not-found",
            SyncError::BadContent { .. } => "bad-content",
            SyncError::FingerprintNeeded { .. } => "fingerprint-needed",
            SyncError::FingerprintMismatch { .. } => "fingerprint-mismatch",
            SyncError::NotPermitted { .. } => "not-permitted",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            SyncError::Store(e) => e.message_id(),
            SyncError::RevisionIdMismatch { .. } => "sync-error-revision-id-mismatch",
            SyncError::RevisionCaseMismatch { .. } => "sync-error-revision-case-mismatch",
            SyncError::MissingParent { .. } => "sync-error-missing-parent",
            SyncError::MalformedRevision { .. } => "sync-error-malformed-revision",
            SyncError::UnknownHead { .. } => "sync-error-unknown-head",
            SyncError::BlobHashMismatch { .. } => "sync-error-blob-hash-mismatch",
            SyncError::BlobSizeMismatch { .. } => "sync-error-blob-size-mismatch",
            SyncError::ContactExists { .. } => "sync-error-contact-exists",
            SyncError::ContactNameEmpty => "sync-error-contact-name-empty",
            SyncError::ContactNotFound { .. } => "sync-error-contact-not-found",
            SyncError::InvalidRole { .. } => "sync-error-invalid-role",
            SyncError::ConflictNotFound { .. } => "sync-error-conflict-not-found",
            SyncError::BadContent { .. } => "sync-error-bad-content",
            SyncError::FingerprintNeeded { .. } => "sync-error-fingerprint-needed",
            SyncError::FingerprintMismatch { .. } => "sync-error-fingerprint-mismatch",
            SyncError::NotPermitted { .. } => "sync-error-not-permitted",
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let one = |k: &str, v: &str| BTreeMap::from([(k.to_owned(), v.to_owned())]);
        match self {
            SyncError::Store(e) => e.args(),
            SyncError::RevisionIdMismatch { revision }
            | SyncError::RevisionCaseMismatch { revision }
            | SyncError::MalformedRevision { revision } => one("revision", revision),
            SyncError::MissingParent { revision, parent } => BTreeMap::from([
                ("revision".to_owned(), revision.clone()),
                ("parent".to_owned(), parent.clone()),
            ]),
            SyncError::UnknownHead { case, revision } => BTreeMap::from([
                ("case".to_owned(), case.clone()),
                ("revision".to_owned(), revision.clone()),
            ]),
            SyncError::BlobHashMismatch { sha256 } => one("sha256", sha256),
            SyncError::BlobSizeMismatch {
                sha256,
                declared,
                actual,
            } => BTreeMap::from([
                ("sha256".to_owned(), sha256.clone()),
                ("declared".to_owned(), declared.to_string()),
                ("actual".to_owned(), actual.to_string()),
            ]),
            SyncError::ContactExists { name } | SyncError::ContactNotFound { name } => {
                one("name", name)
            }
            SyncError::InvalidRole { role } => one("role", role),
            SyncError::ConflictNotFound { case, path } => BTreeMap::from([
                ("case".to_owned(), case.clone()),
                ("path".to_owned(), path.clone()),
            ]),
            SyncError::BadContent { case } => one("case", case),
            SyncError::FingerprintNeeded { role } | SyncError::FingerprintMismatch { role } => {
                one("role", role)
            }
            SyncError::ContactNameEmpty => BTreeMap::new(),
            SyncError::NotPermitted { case, role, change } => BTreeMap::from([
                ("case".to_owned(), case.clone()),
                ("role".to_owned(), role.clone()),
                ("change".to_owned(), change.code().to_owned()),
            ]),
        }
    }
}
