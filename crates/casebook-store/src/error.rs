use std::collections::BTreeMap;
use std::io;

use casebook_core::Coded;

/// Everything that can go wrong in the vault. Each variant is a distinct situation a
/// person must be told about in their own language; none of them changes a byte of
/// the vault on disk.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the passphrase or recovery key does not open this vault")]
    WrongSecret,
    #[error("no vault at this place")]
    NoVault,
    #[error("a vault already exists here")]
    VaultExists,
    #[error("the key file is missing")]
    KeyFileMissing,
    #[error("the key file is damaged")]
    KeyFileDamaged,
    #[error("a key slot asks for unreasonable key-derivation work")]
    KdfParamsRejected,
    #[error("the database is damaged")]
    DatabaseDamaged,
    #[error("the attachments file is missing")]
    AttachmentsMissing,
    #[error(
        "the vault was written by a newer version (schema {found}, this program knows {known})"
    )]
    NewerSchema { found: i64, known: i64 },
    #[error("the vault is open in another program")]
    LockedElsewhere,
    #[error("the disk is full")]
    DiskFull,
    /// Refused by [`casebook_core::passphrase::accepted`]: fewer than `min` characters
    /// and fewer than `words` words.
    #[error("passphrase too short")]
    PassphraseTooShort { min: usize, words: usize },
    #[error("the last way to unlock cannot be removed")]
    LastSlot,
    #[error(
        "a change of the vault's key was interrupted; open it with the passphrase that started it"
    )]
    RekeyUnfinished,
    #[error("changing the vault's key keeps one passphrase; type one that stays")]
    RekeyNeedsAnotherPassphrase,
    /// K of N outside 2 ≤ K ≤ N ≤ 10.
    #[error("a split needs 2 ≤ K ≤ N ≤ 10 (asked {threshold} of {shares})")]
    SplitOutOfRange { threshold: u32, shares: u32 },
    /// The share's checksum fails, or it is not a share at all. `position` counts
    /// from 1 in the order the shares were given.
    #[error("share {position} is damaged")]
    ShareDamaged { position: usize },
    #[error("share {position} belongs to another vault")]
    ShareOfAnotherVault { position: usize },
    /// Of a split that was revoked or replaced by a newer one.
    #[error("share {position} belongs to a split that no longer opens this vault")]
    ShareRevoked { position: usize },
    #[error("share {position} was given twice")]
    ShareRepeated { position: usize },
    #[error("{given} shares given, {needed} needed")]
    SharesTooFew { given: usize, needed: usize },
    /// Every share looked right but together they do not open the vault: one was
    /// made to look right.
    #[error("the shares together do not open this vault")]
    SharesDoNotOpen,
    /// A centre's statistics snapshot that Casebook would not write (a changed file);
    /// which check it failed stays in `Debug`.
    #[error("the statistics snapshot is not as Casebook writes it: {0}")]
    BadSnapshot(casebook_core::network::SnapshotProblem),
    /// The kernel refused the filter that keeps the program off the network.
    #[error("the network lock is not available: {0}")]
    NetworkLockUnavailable(String),
    #[error("the forensic window must be {min} to {max} days")]
    ForensicWindowOutOfRange { min: u32, max: u32 },
    #[error("no such case: {0}")]
    CaseNotFound(String),
    /// The follow-up to mark as done is not in the case (any more).
    #[error("no follow-up {index} in case {case}")]
    FollowUpNotFound { case: String, index: usize },
    #[error("case code {0} is already used")]
    DuplicateCode(String),
    #[error("the case was deleted")]
    CaseDeleted(String),
    #[error("a sealed case can only be changed with a reason")]
    SealedNeedsReason,
    #[error("attachment larger than the limit")]
    AttachmentTooLarge { limit: u64 },
    #[error("no such attachment: {0}")]
    AttachmentNotFound(String),
    #[error("the file changed while it was being added")]
    AttachmentChanged,
    #[error("no such revision: {0}")]
    RevisionNotFound(String),
    #[error("no such draft: {0}")]
    DraftNotFound(String),
    /// `make_outreach` on a vault that already is one.
    #[error("this vault is already an outreach vault")]
    OutreachAlready,
    /// `make_outreach` on a vault that holds cases: they would stay readable.
    #[error("a vault with cases cannot become an outreach vault")]
    OutreachHasCases,
    /// A case edit named a section the case view does not have.
    #[error("unknown section of the case view: {0:?}")]
    UnknownSection(String),
    #[error("documentation consent is missing")]
    NoDocumentationConsent,
    #[error("the case is not valid")]
    Invalid(#[from] casebook_core::ValidationErrors),
    /// A record could not be put into JSON (a bug, not the disk's fault).
    #[error("the case could not be encoded")]
    Encode,
    #[error("i/o error: {0}")]
    Io(#[source] io::Error),
    #[error("database error: {0}")]
    Database(#[source] rusqlite::Error),
}

impl StoreError {
    /// One error of every variant, with made-up arguments: what the message tests
    /// format in every language, and where [`StoreError::message_ids`] comes from.
    pub fn examples() -> Vec<StoreError> {
        let all = vec![
            StoreError::WrongSecret,
            StoreError::NoVault,
            StoreError::VaultExists,
            StoreError::KeyFileMissing,
            StoreError::KeyFileDamaged,
            StoreError::KdfParamsRejected,
            StoreError::DatabaseDamaged,
            StoreError::AttachmentsMissing,
            StoreError::NewerSchema { found: 9, known: 8 },
            StoreError::LockedElsewhere,
            StoreError::DiskFull,
            StoreError::PassphraseTooShort { min: 12, words: 4 },
            StoreError::LastSlot,
            StoreError::RekeyUnfinished,
            StoreError::RekeyNeedsAnotherPassphrase,
            StoreError::SplitOutOfRange {
                threshold: 1,
                shares: 11,
            },
            StoreError::ShareDamaged { position: 2 },
            StoreError::ShareOfAnotherVault { position: 2 },
            StoreError::ShareRevoked { position: 2 },
            StoreError::ShareRepeated { position: 2 },
            StoreError::SharesTooFew {
                given: 1,
                needed: 2,
            },
            StoreError::SharesDoNotOpen,
            StoreError::BadSnapshot(casebook_core::network::SnapshotProblem::Facts),
            StoreError::ForensicWindowOutOfRange { min: 1, max: 60 },
            StoreError::NetworkLockUnavailable("EINVAL".into()),
            StoreError::CaseNotFound("KY-1".into()),
            StoreError::FollowUpNotFound {
                case: "KY-1".into(),
                index: 2,
            },
            StoreError::DuplicateCode("KY-1".into()),
            StoreError::CaseDeleted("KY-1".into()),
            StoreError::SealedNeedsReason,
            StoreError::AttachmentTooLarge { limit: 1 << 30 },
            StoreError::AttachmentNotFound("ab".into()),
            StoreError::AttachmentChanged,
            StoreError::RevisionNotFound("r".into()),
            StoreError::DraftNotFound("d".into()),
            StoreError::OutreachAlready,
            StoreError::OutreachHasCases,
            StoreError::UnknownSection("survivors".into()),
            StoreError::NoDocumentationConsent,
            StoreError::Invalid(casebook_core::ValidationErrors {
                errors: vec![casebook_core::FieldError {
                    path: "code".into(),
                    code: "required",
                    message_id: "validation-required",
                    args: BTreeMap::from([("field".to_owned(), "code".to_owned())]),
                }],
            }),
            StoreError::Encode,
            StoreError::Io(io::Error::other("x")),
            StoreError::Database(rusqlite::Error::InvalidQuery),
        ];
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                StoreError::WrongSecret
                | StoreError::NoVault
                | StoreError::VaultExists
                | StoreError::KeyFileMissing
                | StoreError::KeyFileDamaged
                | StoreError::KdfParamsRejected
                | StoreError::DatabaseDamaged
                | StoreError::AttachmentsMissing
                | StoreError::NewerSchema { .. }
                | StoreError::LockedElsewhere
                | StoreError::DiskFull
                | StoreError::PassphraseTooShort { .. }
                | StoreError::LastSlot
                | StoreError::RekeyUnfinished
                | StoreError::RekeyNeedsAnotherPassphrase
                | StoreError::SplitOutOfRange { .. }
                | StoreError::ShareDamaged { .. }
                | StoreError::ShareOfAnotherVault { .. }
                | StoreError::ShareRevoked { .. }
                | StoreError::ShareRepeated { .. }
                | StoreError::SharesTooFew { .. }
                | StoreError::SharesDoNotOpen
                | StoreError::BadSnapshot(_)
                | StoreError::ForensicWindowOutOfRange { .. }
                | StoreError::NetworkLockUnavailable(_)
                | StoreError::CaseNotFound(_)
                | StoreError::FollowUpNotFound { .. }
                | StoreError::DuplicateCode(_)
                | StoreError::CaseDeleted(_)
                | StoreError::SealedNeedsReason
                | StoreError::AttachmentTooLarge { .. }
                | StoreError::AttachmentNotFound(_)
                | StoreError::AttachmentChanged
                | StoreError::RevisionNotFound(_)
                | StoreError::DraftNotFound(_)
                | StoreError::OutreachAlready
                | StoreError::OutreachHasCases
                | StoreError::UnknownSection(_)
                | StoreError::NoDocumentationConsent
                | StoreError::Invalid(_)
                | StoreError::Encode
                | StoreError::Io(_)
                | StoreError::Database(_) => {}
            }
        }
        all
    }

    /// Every message id a variant may carry.
    pub fn message_ids() -> Vec<&'static str> {
        message_ids_of(&StoreError::examples())
    }
}

/// The distinct message ids of `errors`, in order.
pub fn message_ids_of<E: Coded>(errors: &[E]) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = vec![];
    for e in errors {
        if !ids.contains(&e.message_id()) {
            ids.push(e.message_id());
        }
    }
    ids
}

impl StoreError {
    /// The refusal of a passphrase, with the rule's numbers for the message.
    pub fn passphrase_too_short() -> Self {
        StoreError::PassphraseTooShort {
            min: casebook_core::passphrase::MIN_CHARS,
            words: casebook_core::passphrase::MIN_WORDS,
        }
    }
}

/// ENOSPC and SQLITE_FULL both mean the same thing to a person.
const ENOSPC: i32 = 28;

impl From<io::Error> for StoreError {
    fn from(e: io::Error) -> Self {
        if e.raw_os_error() == Some(ENOSPC) || e.kind() == io::ErrorKind::StorageFull {
            StoreError::DiskFull
        } else {
            StoreError::Io(e)
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        if crate::cases::is_damage(&e) {
            return StoreError::DatabaseDamaged;
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => {
                StoreError::DatabaseDamaged
            }
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
                StoreError::LockedElsewhere
            }
            _ => StoreError::Database(e),
        }
    }
}

impl Coded for StoreError {
    fn code(&self) -> &'static str {
        match self {
            StoreError::WrongSecret => "wrong-secret",
            StoreError::NoVault => "no-vault",
            StoreError::VaultExists => "vault-exists",
            StoreError::KeyFileMissing => "key-file-missing",
            StoreError::KeyFileDamaged => "key-file-damaged",
            StoreError::KdfParamsRejected => "kdf-params-rejected",
            StoreError::DatabaseDamaged => "database-damaged",
            StoreError::AttachmentsMissing => "attachments-missing",
            StoreError::NewerSchema { .. } => "newer-schema",
            StoreError::LockedElsewhere => "vault-locked-elsewhere",
            StoreError::DiskFull => "disk-full",
            StoreError::PassphraseTooShort { .. } => "passphrase-too-short",
            StoreError::LastSlot => "last-slot",
            StoreError::RekeyUnfinished => "rekey-unfinished",
            StoreError::RekeyNeedsAnotherPassphrase => "rekey-needs-another-passphrase",
            StoreError::SplitOutOfRange { .. } => "split-out-of-range",
            StoreError::ShareDamaged { .. } => "share-damaged",
            StoreError::ShareOfAnotherVault { .. } => "share-of-another-vault",
            StoreError::ShareRevoked { .. } => "share-revoked",
            StoreError::ShareRepeated { .. } => "share-repeated",
            StoreError::SharesTooFew { .. } => "shares-too-few",
            StoreError::SharesDoNotOpen => "shares-do-not-open",
            StoreError::BadSnapshot(_) => "bad-snapshot",
            StoreError::ForensicWindowOutOfRange { .. } => "forensic-window-out-of-range",
            StoreError::NetworkLockUnavailable(_) => "network-lock-unavailable",
            StoreError::CaseNotFound(_) => "case-not-found",
            StoreError::FollowUpNotFound { .. } => "follow-up-not-found",
            StoreError::DuplicateCode(_) => "duplicate-code",
            StoreError::CaseDeleted(_) => "case-deleted",
            StoreError::SealedNeedsReason => "sealed-needs-reason",
            StoreError::AttachmentTooLarge { .. } => "attachment-too-large",
            StoreError::AttachmentNotFound(_) => "attachment-not-found",
            StoreError::AttachmentChanged => "attachment-changed",
            StoreError::RevisionNotFound(_) => "revision-not-found",
            StoreError::DraftNotFound(_) => "draft-not-found",
            StoreError::OutreachAlready => "outreach-already",
            StoreError::OutreachHasCases => "outreach-has-cases",
            StoreError::UnknownSection(_) => "unknown-section",
            StoreError::NoDocumentationConsent => "no-documentation-consent",
            StoreError::Invalid(e) => e.code(),
            StoreError::Encode => "encode",
            StoreError::Io(_) => "io",
            StoreError::Database(_) => "database",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            StoreError::WrongSecret => "error-wrong-secret",
            StoreError::NoVault => "error-no-vault",
            StoreError::VaultExists => "error-vault-exists",
            StoreError::KeyFileMissing => "error-key-file-missing",
            StoreError::KeyFileDamaged => "error-key-file-damaged",
            StoreError::KdfParamsRejected => "error-kdf-params-rejected",
            StoreError::DatabaseDamaged => "error-database-damaged",
            StoreError::AttachmentsMissing => "error-attachments-missing",
            StoreError::NewerSchema { .. } => "error-newer-schema",
            StoreError::LockedElsewhere => "error-vault-locked-elsewhere",
            StoreError::DiskFull => "error-disk-full",
            StoreError::PassphraseTooShort { .. } => "error-passphrase-too-short",
            StoreError::LastSlot => "error-last-slot",
            StoreError::RekeyUnfinished => "error-rekey-unfinished",
            StoreError::RekeyNeedsAnotherPassphrase => "error-rekey-needs-another-passphrase",
            StoreError::SplitOutOfRange { .. } => "error-split-out-of-range",
            StoreError::ShareDamaged { .. } => "error-share-damaged",
            StoreError::ShareOfAnotherVault { .. } => "error-share-of-another-vault",
            StoreError::ShareRevoked { .. } => "error-share-revoked",
            StoreError::ShareRepeated { .. } => "error-share-repeated",
            StoreError::SharesTooFew { .. } => "error-shares-too-few",
            StoreError::SharesDoNotOpen => "error-shares-do-not-open",
            StoreError::BadSnapshot(_) => "error-bad-snapshot",
            StoreError::ForensicWindowOutOfRange { .. } => "error-forensic-window-out-of-range",
            StoreError::NetworkLockUnavailable(_) => "error-network-lock-unavailable",
            StoreError::CaseNotFound(_) => "error-case-not-found",
            StoreError::FollowUpNotFound { .. } => "error-follow-up-not-found",
            StoreError::DuplicateCode(_) => "error-duplicate-code",
            StoreError::CaseDeleted(_) => "error-case-deleted",
            StoreError::SealedNeedsReason => "error-sealed-needs-reason",
            StoreError::AttachmentTooLarge { .. } => "error-attachment-too-large",
            StoreError::AttachmentNotFound(_) => "error-attachment-not-found",
            StoreError::AttachmentChanged => "error-attachment-changed",
            StoreError::RevisionNotFound(_) => "error-revision-not-found",
            StoreError::DraftNotFound(_) => "error-draft-not-found",
            StoreError::OutreachAlready => "error-outreach-already",
            StoreError::OutreachHasCases => "error-outreach-has-cases",
            StoreError::UnknownSection(_) => "error-unknown-section",
            StoreError::NoDocumentationConsent => "error-no-documentation-consent",
            StoreError::Invalid(e) => e.message_id(),
            StoreError::Encode => "error-encode",
            StoreError::Io(_) => "error-io",
            StoreError::Database(_) => "error-database",
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let one = |k: &str, v: String| BTreeMap::from([(k.to_owned(), v)]);
        match self {
            StoreError::NewerSchema { found, known } => BTreeMap::from([
                ("found".to_owned(), found.to_string()),
                ("known".to_owned(), known.to_string()),
            ]),
            StoreError::PassphraseTooShort { min, words } => BTreeMap::from([
                ("min".to_owned(), min.to_string()),
                ("words".to_owned(), words.to_string()),
            ]),
            StoreError::SplitOutOfRange { threshold, shares } => BTreeMap::from([
                ("k".to_owned(), threshold.to_string()),
                ("n".to_owned(), shares.to_string()),
                ("max".to_owned(), crate::MAX_SHARES.to_string()),
            ]),
            StoreError::ShareDamaged { position }
            | StoreError::ShareOfAnotherVault { position }
            | StoreError::ShareRevoked { position }
            | StoreError::ShareRepeated { position } => one("n", position.to_string()),
            StoreError::ForensicWindowOutOfRange { min, max } => BTreeMap::from([
                ("min".to_owned(), min.to_string()),
                ("max".to_owned(), max.to_string()),
            ]),
            StoreError::SharesTooFew { given, needed } => BTreeMap::from([
                ("given".to_owned(), given.to_string()),
                ("needed".to_owned(), needed.to_string()),
            ]),
            StoreError::FollowUpNotFound { case, index } => BTreeMap::from([
                ("case".to_owned(), case.clone()),
                ("n".to_owned(), (index + 1).to_string()),
            ]),
            StoreError::CaseNotFound(c)
            | StoreError::DuplicateCode(c)
            | StoreError::CaseDeleted(c) => one("case", c.clone()),
            StoreError::AttachmentTooLarge { limit } => {
                one("limit_mb", (limit / (1024 * 1024)).to_string())
            }
            StoreError::AttachmentNotFound(h) => one("sha256", h.clone()),
            StoreError::RevisionNotFound(r) => one("revision", r.clone()),
            StoreError::UnknownSection(s) => one("section", s.clone()),
            StoreError::NetworkLockUnavailable(d) => one("detail", d.clone()),
            StoreError::Invalid(e) => e.args(),
            StoreError::Io(e) => one("detail", e.to_string()),
            StoreError::Database(e) => one("detail", e.to_string()),
            _ => BTreeMap::new(),
        }
    }
}
