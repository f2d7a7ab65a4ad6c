//! Casebook bundles: how cases travel between machines that never meet a network.
//!
//! A bundle is an age v1 file (to contacts' X25519 keys or to a passphrase) holding a
//! tar of a signed manifest, case histories as JSON and attachments by hash; see
//! [`format`] and `docs/bundle-format.md`. Anyone with the key can open it with the
//! standard `age` and `tar` tools.
//!
//! # API (each call is what a Tauri command or a CLI subcommand wraps)
//! - [`DeviceKeys::of`] / [`DeviceKeys::card`] → [`ContactCard`] (`to_text`, `parse`);
//!   [`add_contact`]; listing, renaming and removing contacts are on the `Vault`.
//! - [`export()`] with [`ExportOptions`] ([`Selection`], [`Recipients`]) →
//!   [`ExportReport`] (exported and refused cases with reasons); [`plan_export`]
//!   works out the same without writing, to show a person first.
//! - [`import()`] / [`import_file`] with [`ImportOptions`] → [`ImportSummary`], or a
//!   [`BundleError`] (for an unknown signer: its fingerprint, to confirm and retry
//!   with [`ImportOptions::trust_fingerprint`]).
//! - [`export_aggregate`] with [`AggregateOptions`] → [`AggregateReport`]: a
//!   statistics bundle for a network's hub; [`import_file`] takes it too (its
//!   summary's `snapshots` say what the hub kept).
//! - Conflicts involve no bundle: `Vault::open_conflicts` and
//!   `casebook_store::sync::resolve` (store crate).
//! - Progress: every long call takes `&mut dyn FnMut(Progress)`.

pub mod aggregate;
mod error;
pub mod export;
pub mod format;
pub mod import;
pub mod keys;
pub mod outreach;
pub mod passphrase;
pub mod plan;
pub mod policy;
#[cfg(feature = "test-support")]
pub mod raw;

/// Bundle passphrases are held in this (wiped on drop, never printed).
pub use age::secrecy::SecretString;
pub use aggregate::{
    export_aggregate, AggregateOptions, AggregateReport, SnapshotOutcome, SnapshotSent,
    SnapshotStanding,
};
pub use error::{BundleError, CardProblem, ManifestProblem};
pub use export::{
    export, ExportOptions, ExportReport, ExportedCase, Recipients, RefusedCase, Selection,
    SCRYPT_LOG_N,
};
pub use import::{
    import, import_file, ImportOptions, ImportSummary, RejectedCase, SignerInfo, MAX_SCRYPT_LOG_N,
};
pub use keys::{add_contact, fingerprint, same_fingerprint, ContactCard, DeviceKeys};
pub use plan::{plan_export, ExportPlan};
pub use policy::{Redaction, RefusalReason};

/// What a long operation is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Choosing cases and checking consent (`done`/`total` in cases).
    Selecting,
    /// Writing the bundle (`done`/`total` in bytes).
    Writing,
    /// Decrypting and checking (`done`/`total` in bytes of the bundle file).
    Reading,
    /// Merging into the vault (`done`/`total` in cases).
    Applying,
    Done,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Selecting,
        Phase::Writing,
        Phase::Reading,
        Phase::Applying,
        Phase::Done,
    ];

    /// The words a person reads for this phase (`locales/*/sync.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Phase::Selecting => "sync-phase-selecting",
            Phase::Writing => "sync-phase-writing",
            Phase::Reading => "sync-phase-reading",
            Phase::Applying => "sync-phase-applying",
            Phase::Done => "sync-phase-done",
        }
    }
}

/// A progress report; `total` is 0 when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(rename = "ExchangeProgress")]
pub struct Progress {
    pub phase: Phase,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

impl Progress {
    pub fn new(phase: Phase, done: u64, total: u64) -> Self {
        Progress { phase, done, total }
    }
}

/// A progress callback that ignores everything.
pub fn no_progress() -> impl FnMut(Progress) {
    |_| {}
}
