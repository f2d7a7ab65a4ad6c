//! The Casebook vault: one directory holding an SQLCipher database and a key file.
//!
//! - `vault.keys`: the random 256-bit data key, wrapped once per unlock secret
//!   (passphrases, a printable recovery key, and a secret split among colleagues) under Argon2id + XChaCha20-Poly1305.
//! - `vault.db` (+ `-wal`): every case as a chain of revisions, attachments in chunks,
//!   the search index and a hash-chained audit log, all encrypted by SQLCipher.
//! - `attachments.db`: attachment bytes, SQLCipher under the same data key.
//! - `vault.keys.next`: only while a rekey runs (or was interrupted by a crash).
//! - `vault.lock`: held while a program has the vault open.
//!
//! Errors are [`StoreError`]; every one of them leaves the files as they were.

mod attachments;
mod audit;
mod backlog;
mod cases;
mod changes;
mod chunks;
mod db;
mod drafts;
mod due;
mod error;
mod facts;
pub mod file_out;
mod index;
mod keyfile;
mod network;
mod organisation;
mod outbox;
pub use network::SnapshotImport;
pub use organisation::Organisation;
pub use outbox::{OutboxItem, OutreachCentre};
mod owner_only;
pub mod process;
mod query;
pub mod revision;
mod revision_tag;
mod secret;
mod shares;
mod suggest;
pub mod sync;
mod vault;
pub mod writeback;

pub use attachments::{media_type_for, read_full, AttachmentMeta, CHUNK_SIZE};
pub use audit::{AuditEntry, AuditEvent};
pub use backlog::IDLE_BATCH;
pub use cases::StoredCase;
pub use changes::RevisionChanges;
pub use db::{BulkCache, SCHEMA_VERSION};
pub use drafts::{
    apply_section, code_prefix, draft_problems, CaseEdit, Draft, DraftInfo, DraftSaved,
    DEFAULT_CODE_PREFIX,
};
pub use due::CaseDue;
pub use error::{message_ids_of, StoreError};
pub use keyfile::{check_key_file, KdfParams, SlotInfo, SlotKind};
pub use query::{
    CasePage, CaseQuery, CaseSummary, PlaceCount, SortKey, DEFAULT_PAGE, MAX_PAGE, SEARCH_CAP,
};
pub use revision::{RevisionInfo, RevisionKind};
pub use secret::{RecoveryKey, Secret, UnlockSecret};
pub use shares::{
    read_share_file, vault_fingerprint, RecoveryShare, SplitInfo, SplitPlan, MAX_SHARES, MIN_SHARES,
};
pub use suggest::{suggest_passphrase, suggestion_words, SUGGESTED_WORDS};
pub use sync::{
    same_fingerprint, CaseAction, CaseHistory, CaseOutcome, CheckedHistory, ConflictInfo,
    ConflictKind, Contact, ContactRole, DeviceSeeds, FieldRights, HistoryRevision, ImportOutcome,
    ImportRights, NewContact, Refused, Resolution, StoredHistory, StoredRevision, SyncError,
    SyncImport, Take,
};
pub use vault::{
    erase, RekeyFault, RekeyStep, Rekeyed, Vault, VaultOptions, VerifyReport, MIN_PASSPHRASE_CHARS,
};

/// Timestamps are UTC with milliseconds, so revisions saved in one second still order.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
