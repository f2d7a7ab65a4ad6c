use std::collections::BTreeMap;
use std::io;

use casebook_core::Coded;
use casebook_store::{StoreError, SyncError};

/// What is wrong with a bundle's manifest. A code, not words: the message picks its
/// words by it in each language, so no English (nor serde's text) reaches a person
/// reading Russian or Ukrainian.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestProblem {
    /// Not JSON, or not the shape of a manifest.
    NotJson,
    /// An attachment's name is not its SHA-256.
    AttachmentHash,
    /// An entry is listed twice.
    EntryTwice,
    /// A case in the case list has no entry.
    CaseWithoutEntry,
    /// A case entry is not in the case list.
    EntryWithoutCase,
    /// A case file's id or head differs from what the manifest lists.
    CaseDiffers,
    /// A statistics snapshot is listed without its file, or its file says another
    /// centre, number or size than the list.
    SnapshotDiffers,
    /// Entries of the other kind of bundle (cases in a statistics bundle, or
    /// snapshots in a case bundle).
    MixedKind,
}

impl ManifestProblem {
    pub const ALL: [ManifestProblem; 8] = [
        ManifestProblem::NotJson,
        ManifestProblem::AttachmentHash,
        ManifestProblem::EntryTwice,
        ManifestProblem::CaseWithoutEntry,
        ManifestProblem::EntryWithoutCase,
        ManifestProblem::CaseDiffers,
        ManifestProblem::SnapshotDiffers,
        ManifestProblem::MixedKind,
    ];

    /// The kebab-case code the messages select on.
    pub fn code(self) -> &'static str {
        match self {
            ManifestProblem::NotJson => "not-json",
            ManifestProblem::AttachmentHash => "attachment-hash",
            ManifestProblem::EntryTwice => "entry-twice",
            ManifestProblem::CaseWithoutEntry => "case-without-entry",
            ManifestProblem::EntryWithoutCase => "entry-without-case",
            ManifestProblem::CaseDiffers => "case-differs",
            ManifestProblem::SnapshotDiffers => "snapshot-differs",
            ManifestProblem::MixedKind => "mixed-kind",
        }
    }
}

/// What is wrong with a contact card (its text or the file holding it). A code, for
/// the same reason as [`ManifestProblem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardProblem {
    /// No card header line.
    Header,
    /// The age key is missing or not a key.
    AgeKey,
    /// The Ed25519 key is missing or not a key.
    SignKey,
    /// The file cannot be read.
    File,
    /// The file is larger than any card.
    TooLarge,
    /// The file is not text.
    NotText,
}

impl CardProblem {
    pub const ALL: [CardProblem; 6] = [
        CardProblem::Header,
        CardProblem::AgeKey,
        CardProblem::SignKey,
        CardProblem::File,
        CardProblem::TooLarge,
        CardProblem::NotText,
    ];

    /// The kebab-case code the messages select on.
    pub fn code(self) -> &'static str {
        match self {
            CardProblem::Header => "header",
            CardProblem::AgeKey => "age-key",
            CardProblem::SignKey => "sign-key",
            CardProblem::File => "file",
            CardProblem::TooLarge => "too-large",
            CardProblem::NotText => "not-text",
        }
    }
}

/// Everything that can go wrong making or reading a bundle. An import that fails with
/// any of these has changed nothing in the vault; an export has left no file.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error(transparent)]
    Sync(#[from] SyncError),
    #[error("the bundle is not for this device")]
    NotForUs,
    #[error("the passphrase does not open this bundle")]
    WrongPassphrase,
    #[error("the bundle is protected by a passphrase")]
    PassphraseNeeded,
    #[error(
        "the bundle asks for too much passphrase work (2^{required}, at most 2^{max} accepted)"
    )]
    WorkFactorTooHigh { required: u8, max: u8 },
    #[error("not a Casebook bundle")]
    NotABundle,
    #[error("the bundle is damaged or incomplete")]
    Damaged,
    #[error("bundle format version {0} is not supported")]
    UnsupportedVersion(u32),
    #[error("the signature does not match the bundle")]
    BadSignature,
    #[error("the bundle was signed by an unknown device ({fingerprint})")]
    UnknownSigner { name: String, fingerprint: String },
    #[error("unsafe or unexpected path in the bundle: {path}")]
    UnsafePath { path: String },
    #[error("{path} appears in the bundle but not in its manifest, or twice")]
    UnlistedEntry { path: String },
    #[error("{path} is listed in the manifest but missing from the bundle")]
    MissingEntry { path: String },
    #[error("{path}: size {actual} differs from the declared {declared}")]
    SizeMismatch {
        path: String,
        declared: u64,
        actual: u64,
    },
    #[error("{path} does not match its SHA-256")]
    HashMismatch { path: String },
    /// An attachment no case in the bundle cites: nothing a person could see would
    /// ever lead to it, so it is refused rather than stored.
    #[error("{path} is cited by no case in the bundle")]
    UncitedAttachment { path: String },
    #[error("{path} is larger than accepted ({limit} bytes)")]
    TooLarge { path: String, limit: u64 },
    /// A case file in the bundle is not a case history this program can read.
    #[error("{path} cannot be read as a case")]
    BadCaseFile { path: String },
    #[error("the manifest is malformed ({})", .problem.code())]
    BadManifest { problem: ManifestProblem },
    #[error("the contact card cannot be read ({})", .problem.code())]
    BadCard { problem: CardProblem },
    #[error("the contact card's fingerprint does not match its keys")]
    CardFingerprintMismatch,
    #[error("no recipients chosen")]
    NoRecipients,
    #[error("\"since last export\" needs contacts as recipients")]
    SinceLastNeedsContact,
    #[error("no case may go into this bundle")]
    NothingToExport,
    /// An outbox command in a vault that is not set up for outreach.
    #[error("this vault is not an outreach vault")]
    NotOutreach,
    /// A file given as a receipt is none (or not for this laptop).
    #[error("not a receipt from this laptop's centre")]
    NotAReceipt,
    #[error("the passphrase is too short (at least {min} characters or {words} words)")]
    PassphraseTooShort { min: usize, words: usize },
    #[error("could not write the bundle: {0}")]
    Write(#[source] io::Error),
}

impl BundleError {
    /// One error of every variant (the sync and store errors among them), with
    /// made-up arguments.
    pub fn examples() -> Vec<BundleError> {
        let path = || "cases/x.json".to_owned();
        let mut all = vec![
            BundleError::NotForUs,
            BundleError::WrongPassphrase,
            BundleError::PassphraseNeeded,
            BundleError::WorkFactorTooHigh {
                required: 30,
                max: 20,
            },
            BundleError::NotABundle,
            BundleError::Damaged,
            BundleError::UnsupportedVersion(9),
            BundleError::BadSignature,
            BundleError::UnknownSigner {
                name: "n".into(),
                fingerprint: "a b c d e f".into(),
            },
            BundleError::UnsafePath { path: path() },
            BundleError::UnlistedEntry { path: path() },
            BundleError::MissingEntry { path: path() },
            BundleError::SizeMismatch {
                path: path(),
                declared: 1,
                actual: 2,
            },
            BundleError::HashMismatch { path: path() },
            BundleError::UncitedAttachment { path: path() },
            BundleError::TooLarge {
                path: path(),
                limit: 1,
            },
            BundleError::BadCaseFile { path: path() },
        ];
        all.extend(
            ManifestProblem::ALL
                .into_iter()
                .map(|problem| BundleError::BadManifest { problem }),
        );
        all.extend(
            CardProblem::ALL
                .into_iter()
                .map(|problem| BundleError::BadCard { problem }),
        );
        all.extend([
            BundleError::CardFingerprintMismatch,
            BundleError::NoRecipients,
            BundleError::SinceLastNeedsContact,
            BundleError::NothingToExport,
            BundleError::NotOutreach,
            BundleError::NotAReceipt,
            BundleError::PassphraseTooShort { min: 12, words: 4 },
            BundleError::Write(io::Error::other("x")),
        ]);
        all.extend(SyncError::examples().into_iter().map(BundleError::Sync));
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                BundleError::Sync(_)
                | BundleError::NotForUs
                | BundleError::WrongPassphrase
                | BundleError::PassphraseNeeded
                | BundleError::WorkFactorTooHigh { .. }
                | BundleError::NotABundle
                | BundleError::Damaged
                | BundleError::UnsupportedVersion(_)
                | BundleError::BadSignature
                | BundleError::UnknownSigner { .. }
                | BundleError::UnsafePath { .. }
                | BundleError::UnlistedEntry { .. }
                | BundleError::MissingEntry { .. }
                | BundleError::SizeMismatch { .. }
                | BundleError::HashMismatch { .. }
                | BundleError::UncitedAttachment { .. }
                | BundleError::TooLarge { .. }
                | BundleError::BadCaseFile { .. }
                | BundleError::BadManifest { .. }
                | BundleError::BadCard { .. }
                | BundleError::CardFingerprintMismatch
                | BundleError::NoRecipients
                | BundleError::SinceLastNeedsContact
                | BundleError::NothingToExport
                | BundleError::NotOutreach
                | BundleError::NotAReceipt
                | BundleError::PassphraseTooShort { .. }
                | BundleError::Write(_) => {}
            }
        }
        all
    }

    /// Every message id a variant may carry, the sync and store errors' included.
    pub fn message_ids() -> Vec<&'static str> {
        casebook_store::message_ids_of(&BundleError::examples())
    }

    pub(crate) fn write(e: io::Error) -> Self {
        match StoreError::from(e) {
            StoreError::DiskFull => BundleError::Sync(SyncError::Store(StoreError::DiskFull)),
            StoreError::Io(e) => BundleError::Write(e),
            other => BundleError::Sync(SyncError::Store(other)),
        }
    }
}

impl From<StoreError> for BundleError {
    fn from(e: StoreError) -> Self {
        BundleError::Sync(SyncError::Store(e))
    }
}

impl Coded for BundleError {
    fn code(&self) -> &'static str {
        match self {
            BundleError::Sync(e) => e.code(),
            BundleError::NotForUs => "bundle-not-for-us",
            BundleError::WrongPassphrase => "bundle-wrong-passphrase",
            BundleError::PassphraseNeeded => "bundle-passphrase-needed",
            BundleError::WorkFactorTooHigh { .. } => "bundle-work-factor-too-high",
            BundleError::NotABundle => "not-a-bundle",
            BundleError::Damaged => "bundle-damaged",
            BundleError::UnsupportedVersion(_) => "bundle-unsupported-version",
            BundleError::BadSignature => "bundle-bad-signature",
            BundleError::UnknownSigner { .. } => "bundle-unknown-signer",
            BundleError::UnsafePath { .. } => "bundle-unsafe-path",
            BundleError::UnlistedEntry { .. } => "bundle-unlisted-entry",
            BundleError::MissingEntry { .. } => "bundle-missing-entry",
            BundleError::SizeMismatch { .. } => "bundle-size-mismatch",
            BundleError::HashMismatch { .. } => "bundle-hash-mismatch",
            BundleError::UncitedAttachment { .. } => "bundle-uncited-attachment",
            BundleError::TooLarge { .. } => "bundle-too-large",
            BundleError::BadCaseFile { .. } => "bundle-bad-case-file",
            BundleError::BadManifest { .. } => "bundle-bad-manifest",
            BundleError::BadCard { .. } => "bad-contact-card",
            BundleError::CardFingerprintMismatch => "contact-card-fingerprint-mismatch",
            BundleError::NoRecipients => "bundle-no-recipients",
            BundleError::SinceLastNeedsContact => "bundle-since-last-needs-contact",
            BundleError::NothingToExport => "bundle-nothing-to-export",
            BundleError::NotOutreach => "bundle-not-outreach",
            BundleError::NotAReceipt => "bundle-not-a-receipt",
            BundleError::PassphraseTooShort { .. } => "bundle-passphrase-too-short",
            BundleError::Write(_) => "bundle-write",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            BundleError::Sync(e) => e.message_id(),
            BundleError::NotForUs => "bundle-error-not-for-us",
            BundleError::WrongPassphrase => "bundle-error-wrong-passphrase",
            BundleError::PassphraseNeeded => "bundle-error-passphrase-needed",
            BundleError::WorkFactorTooHigh { .. } => "bundle-error-work-factor-too-high",
            BundleError::NotABundle => "bundle-error-not-a-bundle",
            BundleError::Damaged => "bundle-error-damaged",
            BundleError::UnsupportedVersion(_) => "bundle-error-unsupported-version",
            BundleError::BadSignature => "bundle-error-bad-signature",
            BundleError::UnknownSigner { .. } => "bundle-error-unknown-signer",
            BundleError::UnsafePath { .. } => "bundle-error-unsafe-path",
            BundleError::UnlistedEntry { .. } => "bundle-error-unlisted-entry",
            BundleError::MissingEntry { .. } => "bundle-error-missing-entry",
            BundleError::SizeMismatch { .. } => "bundle-error-size-mismatch",
            BundleError::HashMismatch { .. } => "bundle-error-hash-mismatch",
            BundleError::UncitedAttachment { .. } => "bundle-error-uncited-attachment",
            BundleError::TooLarge { .. } => "bundle-error-too-large",
            BundleError::BadCaseFile { .. } => "bundle-error-bad-case-file",
            BundleError::BadManifest { .. } => "bundle-error-bad-manifest",
            BundleError::BadCard { .. } => "bundle-error-bad-card",
            BundleError::CardFingerprintMismatch => "bundle-error-card-fingerprint-mismatch",
            BundleError::NoRecipients => "bundle-error-no-recipients",
            BundleError::SinceLastNeedsContact => "bundle-error-since-last-needs-contact",
            BundleError::NothingToExport => "bundle-error-nothing-to-export",
            BundleError::NotOutreach => "bundle-error-not-outreach",
            BundleError::NotAReceipt => "bundle-error-not-a-receipt",
            BundleError::PassphraseTooShort { .. } => "bundle-error-passphrase-too-short",
            BundleError::Write(_) => "bundle-error-write",
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let one = |k: &str, v: String| BTreeMap::from([(k.to_owned(), v)]);
        match self {
            BundleError::Sync(e) => e.args(),
            BundleError::WorkFactorTooHigh { required, max } => BTreeMap::from([
                ("required".to_owned(), required.to_string()),
                ("max".to_owned(), max.to_string()),
            ]),
            BundleError::UnsupportedVersion(v) => one("version", v.to_string()),
            BundleError::UnknownSigner { name, fingerprint } => BTreeMap::from([
                ("name".to_owned(), name.clone()),
                ("fingerprint".to_owned(), fingerprint.clone()),
            ]),
            BundleError::UnsafePath { path }
            | BundleError::UnlistedEntry { path }
            | BundleError::MissingEntry { path }
            | BundleError::HashMismatch { path }
            | BundleError::UncitedAttachment { path }
            | BundleError::BadCaseFile { path } => one("path", path.clone()),
            BundleError::SizeMismatch {
                path,
                declared,
                actual,
            } => BTreeMap::from([
                ("path".to_owned(), path.clone()),
                ("declared".to_owned(), declared.to_string()),
                ("actual".to_owned(), actual.to_string()),
            ]),
            BundleError::TooLarge { path, limit } => BTreeMap::from([
                ("path".to_owned(), path.clone()),
                ("limit".to_owned(), limit.to_string()),
            ]),
            BundleError::BadManifest { problem } => one("problem", problem.code().to_owned()),
            BundleError::BadCard { problem } => one("problem", problem.code().to_owned()),
            BundleError::PassphraseTooShort { min, words } => BTreeMap::from([
                ("min".to_owned(), min.to_string()),
                ("words".to_owned(), words.to_string()),
            ]),
            BundleError::Write(e) => one("detail", e.to_string()),
            _ => BTreeMap::new(),
        }
    }
}
