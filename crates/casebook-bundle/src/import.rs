//! Reading a bundle: decrypt as a stream, check the signature before anything else,
//! check every entry against the signed manifest while staging it inside one vault
//! transaction (never as plaintext on disk), then merge and commit, or roll back.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::iter;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::Arc;

use age::secrecy::SecretString;
use casebook_store::{
    read_full, CaseAction, CaseHistory, CaseOutcome, CheckedHistory, ContactRole, StoreError,
    SyncError, SyncImport, Vault,
};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::aggregate::SnapshotOutcome;
use crate::format::{self, BundleKind, EntryKind, Manifest, ManifestEntry};
use crate::keys::{fingerprint, same_fingerprint, verify, DeviceKeys};
use crate::passphrase::PassphraseIdentity;
use crate::{BundleError, ManifestProblem, Phase, Progress};

/// The largest scrypt work factor accepted (N = 2^20: 1 GiB, a few seconds). A bundle
/// asking for more is refused before any work is done.
pub const MAX_SCRYPT_LOG_N: u8 = 20;

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// For passphrase bundles.
    pub passphrase: Option<SecretString>,
    pub max_scrypt_log_n: u8,
    /// The fingerprint of an unknown signer that the person has confirmed.
    pub trust_fingerprint: Option<String>,
    /// The role such a confirmed signer is given for this import: what its bundle
    /// may change ([`ContactRole::import_rights`]). Known contacts keep their own.
    pub trust_role: ContactRole,
    /// Largest manifest accepted, bytes.
    pub max_manifest: u64,
    /// Largest single case history accepted, bytes (held in memory while checked).
    pub max_case_file: u64,
    /// Largest sealed case in an outbox bundle, bytes (held in memory, photos
    /// included, until it is imported).
    pub max_sealed: u64,
    /// Only a bundle signed with this key, and only a case bundle, is taken: the
    /// sealed cases inside an outbox bundle must come from the laptop that sent it.
    pub only_signer: Option<String>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            passphrase: None,
            max_scrypt_log_n: MAX_SCRYPT_LOG_N,
            trust_fingerprint: None,
            trust_role: ContactRole::LEAST_PRIVILEGED,
            max_manifest: 64 * 1024 * 1024,
            max_case_file: 32 * 1024 * 1024,
            max_sealed: 512 * 1024 * 1024,
            only_signer: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SignerInfo {
    pub name: String,
    pub fingerprint: String,
    /// The contact it matched, if any.
    pub contact: Option<String>,
    pub own_device: bool,
    /// The role whose rights this import had: this device's own, the contact's, or
    /// the one the person gave a confirmed unknown signer.
    pub role: ContactRole,
    /// The signer's keys (signed in the manifest), so a person can add it as a contact.
    pub age_recipient: String,
    pub sign_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RejectedCase {
    pub case_id: String,
    /// Stable reason code.
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ImportSummary {
    pub signer: SignerInfo,
    pub added: usize,
    /// Fast-forwarded, or merged without conflict.
    pub updated: usize,
    /// Cases merged with fields left for a person.
    pub conflicted: usize,
    /// Conflicting fields in all.
    pub conflicts: usize,
    /// Edits kept against a deletion (also counted in `conflicts`).
    pub edit_kept_over_delete: usize,
    /// Already present, or older than what the vault has.
    pub skipped: usize,
    pub rejected: Vec<RejectedCase>,
    #[ts(type = "number")]
    pub revisions_added: u64,
    #[ts(type = "number")]
    pub attachments_added: u64,
    #[ts(type = "number")]
    pub attachments_skipped: u64,
    pub cases: Vec<CaseOutcome>,
    /// A statistics bundle's snapshots (a case bundle has none) and what
    /// became of each.
    pub kind: BundleKind,
    pub snapshots: Vec<SnapshotOutcome>,
    /// An outbox bundle's receipt codes, one per sealed case taken in.
    pub receipts: Vec<String>,
}

impl ImportSummary {
    /// Nothing done yet, from `signer`.
    pub(crate) fn empty(signer: SignerInfo, kind: BundleKind) -> Self {
        ImportSummary {
            signer,
            added: 0,
            updated: 0,
            conflicted: 0,
            conflicts: 0,
            edit_kept_over_delete: 0,
            skipped: 0,
            rejected: vec![],
            revisions_added: 0,
            attachments_added: 0,
            attachments_skipped: 0,
            cases: vec![],
            kind,
            snapshots: vec![],
            receipts: vec![],
        }
    }

    /// Adds what another import did (the sealed cases of an outbox bundle).
    pub(crate) fn add(&mut self, other: ImportSummary) {
        self.added += other.added;
        self.updated += other.updated;
        self.conflicted += other.conflicted;
        self.conflicts += other.conflicts;
        self.edit_kept_over_delete += other.edit_kept_over_delete;
        self.skipped += other.skipped;
        self.rejected.extend(other.rejected);
        self.revisions_added += other.revisions_added;
        self.attachments_added += other.attachments_added;
        self.attachments_skipped += other.attachments_skipped;
        self.cases.extend(other.cases);
    }

    fn of_statistics(signer: SignerInfo, snapshots: Vec<SnapshotOutcome>) -> Self {
        ImportSummary {
            snapshots,
            ..ImportSummary::empty(signer, BundleKind::Statistics)
        }
    }
}

/// What the reading of a bundle staged: cases to merge, or a statistics bundle
/// already taken in whole. One of them a call, moved once: its size is no matter.
#[allow(clippy::large_enum_variant)]
enum Staged<'v> {
    Cases(Manifest, SignerInfo, SyncImport<'v>, Vec<RejectedCase>),
    /// A statistics or outbox bundle, already taken in whole.
    Done(ImportSummary),
}

/// Imports a bundle file.
pub fn import_file(
    vault: &mut Vault,
    path: &Path,
    opts: &ImportOptions,
    author: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, BundleError> {
    let f = File::open(path).map_err(|e| BundleError::from(StoreError::from(e)))?;
    let total = f.metadata().map(|m| m.len()).unwrap_or(0);
    import_sized(vault, f, total, opts, author, progress)
}

/// Imports a bundle from any reader.
pub fn import(
    vault: &mut Vault,
    input: impl Read + Send,
    opts: &ImportOptions,
    author: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, BundleError> {
    import_sized(vault, input, 0, opts, author, progress)
}

/// Counts ciphertext bytes as the decrypting thread reads them.
struct Meter<R> {
    inner: R,
    done: Arc<AtomicU64>,
}

impl<R: Read> Read for Meter<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Plaintext handed from the decrypting thread in buffers of this size,
const PLAIN_BUF: usize = 256 * 1024;
/// at most this many waiting at a time (memory stays at a few MiB).
const PLAIN_DEPTH: usize = 8;

/// The decrypting thread: reads the ciphertext, decrypts and authenticates it, and
/// passes the plaintext on; an error (a damaged chunk) is passed on in its place and
/// ends it. Decryption thus runs beside the checking and storing of the entries.
fn decrypt_into(
    mut plain: impl Read,
    out: SyncSender<io::Result<Vec<u8>>>,
    used: Receiver<Vec<u8>>,
) {
    loop {
        // Buffers come back once read: no fresh (zeroed, page-faulted) 256 KiB each time.
        let mut buf = used.try_recv().unwrap_or_default();
        buf.resize(PLAIN_BUF, 0);
        let filled = match read_full(&mut plain, &mut buf) {
            Ok(n) => n,
            Err(e) => {
                let _ = out.send(Err(e));
                return;
            }
        };
        if filled == 0 {
            return;
        }
        buf.truncate(filled);
        // The importer hangs up when it stops early (an error of its own).
        if out.send(Ok(buf)).is_err() || filled < PLAIN_BUF {
            return;
        }
    }
}

/// The importer's end of the decrypted stream; reports progress every 4 MiB of
/// ciphertext read, and remembers whether decryption failed, so that an error
/// surfacing later through tar or the store is reported as a damaged bundle.
struct Plaintext<'a> {
    from: Receiver<io::Result<Vec<u8>>>,
    failed: Rc<Cell<bool>>,
    /// Read buffers, back to the decrypting thread.
    used: mpsc::Sender<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
    read: Arc<AtomicU64>,
    last: u64,
    total: u64,
    progress: &'a mut dyn FnMut(Progress),
}

impl Read for Plaintext<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.buf.len() {
            match self.from.recv() {
                Ok(next) => {
                    let next = next.inspect_err(|_| self.failed.set(true))?;
                    let done = std::mem::replace(&mut self.buf, next);
                    // Gone only when the stream has ended.
                    let _ = self.used.send(done);
                    self.pos = 0;
                }
                // The decrypting thread ended: the end of the stream.
                Err(_) => return Ok(0),
            }
            let done = self.read.load(Ordering::Relaxed);
            if done - self.last >= 4 * 1024 * 1024 {
                self.last = done;
                (self.progress)(Progress::new(Phase::Reading, done, self.total));
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// A case file read from the bundle, to be checked off the main thread.
struct CaseJob {
    case_id: String,
    path: String,
    bytes: Vec<u8>,
    /// From the signed manifest.
    sha256: String,
}

enum CheckedCase {
    Ready(Box<CheckedHistory>),
    /// The head's record cannot be read: listed as rejected, not imported.
    Unreadable(String),
}

/// Everything about one case file that needs no vault: its SHA-256 against the
/// manifest, its shape, its id and head against the manifest, every revision id
/// recomputed, and a readable head.
fn check_case(job: CaseJob, heads: &BTreeMap<&str, &str>) -> Result<CheckedCase, BundleError> {
    if hex::encode(Sha256::digest(&job.bytes)) != job.sha256 {
        return Err(BundleError::HashMismatch { path: job.path });
    }
    let history: CaseHistory =
        serde_json::from_slice(&job.bytes).map_err(|_| BundleError::BadCaseFile {
            path: job.path.clone(),
        })?;
    drop(job.bytes);
    if history.case_id != job.case_id
        || heads.get(job.case_id.as_str()) != Some(&history.head.as_str())
    {
        return Err(BundleError::BadManifest {
            problem: ManifestProblem::CaseDiffers,
        });
    }
    let checked = CheckedHistory::check(history)?;
    if !checked.head_readable() {
        return Ok(CheckedCase::Unreadable(job.case_id));
    }
    Ok(CheckedCase::Ready(Box::new(checked)))
}

/// Case files handed to the checking thread and not yet staged. At most
/// [`CHECK_AHEAD`] files or [`CHECK_AHEAD_BYTES`] bytes (but always one) are in flight,
/// so memory stays bounded.
struct Checker {
    jobs: mpsc::Sender<CheckerWork>,
    results: mpsc::Receiver<(usize, Result<CheckedCase, BundleError>)>,
    bytes: usize,
    count: usize,
    cited: Cited,
}

/// Attachments the cases of a bundle cite.
#[derive(Default)]
struct Cited {
    /// By some revision of a case taken in.
    taken: BTreeSet<String>,
    /// By cases the sender's role was not allowed to change.
    refused: BTreeSet<String>,
}

/// Every attachment any revision of a history cites.
fn cited_in(history: &CaseHistory, into: &mut BTreeSet<String>) {
    for r in &history.revisions {
        let Some(list) = r
            .content
            .as_ref()
            .and_then(|c| c.pointer("/evidence/attachments"))
            .and_then(Value::as_array)
        else {
            continue;
        };
        into.extend(
            list.iter()
                .filter_map(|a| a.get("sha256").and_then(Value::as_str))
                .map(str::to_owned),
        );
    }
}

/// What the checking thread is sent: a case file to check, or a staged history to
/// free (freeing 10k parsed histories took 4 % of the importing thread).
enum CheckerWork {
    Check(CaseJob),
    Free(Box<CheckedHistory>),
}

const CHECK_AHEAD: usize = 16;
const CHECK_AHEAD_BYTES: usize = 4 * 1024 * 1024;

impl Checker {
    fn submit(
        &mut self,
        job: CaseJob,
        staging: &mut SyncImport<'_>,
        rejected: &mut Vec<RejectedCase>,
    ) -> Result<(), BundleError> {
        while self.count > 0
            && (self.count >= CHECK_AHEAD || self.bytes + job.bytes.len() > CHECK_AHEAD_BYTES)
        {
            self.take(staging, rejected, true)?;
        }
        self.bytes += job.bytes.len();
        self.count += 1;
        // The checker only stops when this side hangs up.
        self.jobs
            .send(CheckerWork::Check(job))
            .map_err(|_| BundleError::Damaged)?;
        // Stage whatever is ready meanwhile.
        while self.count > 0 && self.take(staging, rejected, false)? {}
        Ok(())
    }

    /// Stages the oldest checked case; `false` when none is ready and `wait` is off.
    fn take(
        &mut self,
        staging: &mut SyncImport<'_>,
        rejected: &mut Vec<RejectedCase>,
        wait: bool,
    ) -> Result<bool, BundleError> {
        let (size, checked) = if wait {
            self.results.recv().map_err(|_| BundleError::Damaged)?
        } else {
            match self.results.try_recv() {
                Ok(r) => r,
                Err(_) => return Ok(false),
            }
        };
        self.bytes -= size;
        self.count -= 1;
        match checked? {
            CheckedCase::Ready(c) => {
                match staging.add_checked(&c) {
                    Ok(_) => cited_in(c.history(), &mut self.cited.taken),
                    Err(SyncError::NotPermitted { case, change, .. }) => {
                        cited_in(c.history(), &mut self.cited.refused);
                        rejected.push(RejectedCase {
                            case_id: case,
                            reason: change.code().to_owned(),
                        });
                    }
                    Err(e) => return Err(e.into()),
                }
                // Only memory: if the thread is gone, it is freed here.
                let _ = self.jobs.send(CheckerWork::Free(c));
            }
            CheckedCase::Unreadable(case_id) => rejected.push(RejectedCase {
                case_id,
                reason: "unreadable-record".to_owned(),
            }),
        }
        Ok(true)
    }

    /// Stages every case still in flight.
    fn drain(
        &mut self,
        staging: &mut SyncImport<'_>,
        rejected: &mut Vec<RejectedCase>,
    ) -> Result<(), BundleError> {
        while self.count > 0 {
            self.take(staging, rejected, true)?;
        }
        Ok(())
    }
}

fn map_decrypt(e: age::DecryptError, scrypt: bool, max: u8) -> BundleError {
    use age::DecryptError as D;
    match e {
        D::NoMatchingKeys if scrypt => BundleError::WrongPassphrase,
        D::NoMatchingKeys => BundleError::NotForUs,
        D::DecryptionFailed | D::KeyDecryptionFailed if scrypt => BundleError::WrongPassphrase,
        D::ExcessiveWork { required, .. } => BundleError::WorkFactorTooHigh { required, max },
        D::UnknownFormat | D::InvalidHeader => BundleError::NotABundle,
        _ => BundleError::Damaged,
    }
}

fn read_small(
    r: &mut impl Read,
    size: u64,
    limit: u64,
    path: &str,
) -> Result<Vec<u8>, BundleError> {
    if size > limit {
        return Err(BundleError::TooLarge {
            path: path.to_owned(),
            limit,
        });
    }
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0).min(1 << 20));
    r.take(size + 1)
        .read_to_end(&mut buf)
        .map_err(|_| BundleError::Damaged)?;
    if buf.len() as u64 != size {
        return Err(BundleError::Damaged);
    }
    Ok(buf)
}

struct Checked {
    manifest: Manifest,
    entries: BTreeMap<String, ManifestEntry>,
}

fn check_manifest(m: Manifest, opts: &ImportOptions) -> Result<Checked, BundleError> {
    let bad = |problem| BundleError::BadManifest { problem };
    if m.format != format::FORMAT {
        return Err(BundleError::NotABundle);
    }
    if m.version != format::VERSION {
        return Err(BundleError::UnsupportedVersion(m.version));
    }
    if !m.snapshots.is_empty() {
        return Err(bad(ManifestProblem::MixedKind));
    }
    let mut entries = BTreeMap::new();
    for e in &m.entries {
        match format::classify(e.path.as_bytes()) {
            Some(EntryKind::Case(_)) => {
                if e.size > opts.max_case_file {
                    return Err(BundleError::TooLarge {
                        path: e.path.clone(),
                        limit: opts.max_case_file,
                    });
                }
            }
            Some(EntryKind::Attachment(h)) => {
                if h != e.sha256 {
                    return Err(bad(ManifestProblem::AttachmentHash));
                }
            }
            Some(EntryKind::Snapshot(_) | EntryKind::Sealed(_)) => {
                return Err(bad(ManifestProblem::MixedKind))
            }
            _ => {
                return Err(BundleError::UnsafePath {
                    path: e.path.clone(),
                })
            }
        }
        if entries.insert(e.path.clone(), e.clone()).is_some() {
            return Err(bad(ManifestProblem::EntryTwice));
        }
    }
    let mut case_ids = BTreeSet::new();
    for c in &m.cases {
        if !entries.contains_key(&format::case_path(&c.case_id)) || !case_ids.insert(&c.case_id) {
            return Err(bad(ManifestProblem::CaseWithoutEntry));
        }
    }
    let case_entries = entries
        .values()
        .filter(|e| e.path.starts_with("cases/"))
        .count();
    if case_entries != m.cases.len() {
        return Err(bad(ManifestProblem::EntryWithoutCase));
    }
    Ok(Checked {
        manifest: m,
        entries,
    })
}

fn import_sized(
    vault: &mut Vault,
    input: impl Read + Send,
    total: u64,
    opts: &ImportOptions,
    author: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, BundleError> {
    let keys = DeviceKeys::of(vault)?;
    let read = Arc::new(AtomicU64::new(0));
    let meter = Meter {
        inner: input,
        done: read.clone(),
    };
    let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(256 * 1024, meter))
        .map_err(|e| map_decrypt(e, false, opts.max_scrypt_log_n))?;
    let scrypt = decryptor.is_scrypt();
    let plain = if scrypt {
        let pass = opts
            .passphrase
            .clone()
            .ok_or(BundleError::PassphraseNeeded)?;
        let id = PassphraseIdentity::new(pass, opts.max_scrypt_log_n);
        decryptor.decrypt(iter::once(&id as &dyn age::Identity))
    } else {
        decryptor.decrypt(iter::once(&keys.age as &dyn age::Identity))
    }
    .map_err(|e| map_decrypt(e, scrypt, opts.max_scrypt_log_n))?;

    let failed = Rc::new(Cell::new(false));
    let (to_importer, decrypted) = mpsc::sync_channel(PLAIN_DEPTH);
    let (used, to_reuse) = mpsc::channel();
    let plaintext = Plaintext {
        from: decrypted,
        failed: failed.clone(),
        used,
        buf: vec![],
        pos: 0,
        read,
        last: 0,
        total,
        progress: &mut *progress,
    };
    let staged = std::thread::scope(|scope| {
        scope.spawn(move || decrypt_into(plain, to_importer, to_reuse));
        let damaged_or = |failed: &Rc<Cell<bool>>, e: BundleError| {
            if failed.get() {
                BundleError::Damaged
            } else {
                e
            }
        };
        let mut archive = tar::Archive::new(plaintext);
        let mut entries = archive.entries().map_err(|_| BundleError::Damaged)?;

        // 1. The manifest and its signature, before anything else is looked at.
        let mut next_entry = |expect: &str, limit: u64| -> Result<Vec<u8>, BundleError> {
            let mut e = entries
                .next()
                .ok_or(BundleError::Damaged)?
                .map_err(|_| BundleError::Damaged)?;
            let path = e.path_bytes().into_owned();
            if !e.header().entry_type().is_file() || path != expect.as_bytes() {
                return Err(BundleError::UnsafePath {
                    path: String::from_utf8_lossy(&path).into_owned(),
                });
            }
            let size = e.header().size().map_err(|_| BundleError::Damaged)?;
            read_small(&mut e, size, limit, expect)
        };
        let manifest_bytes =
            next_entry(format::MANIFEST, opts.max_manifest).map_err(|e| damaged_or(&failed, e))?;
        let sig_hex = next_entry(format::SIGNATURE, 256).map_err(|e| damaged_or(&failed, e))?;
        let manifest: Manifest =
            serde_json::from_slice(&manifest_bytes).map_err(|_| BundleError::BadManifest {
                problem: ManifestProblem::NotJson,
            })?;
        let sig = hex::decode(sig_hex.trim_ascii()).map_err(|_| BundleError::BadSignature)?;
        verify(&manifest.sender.sign_key, &manifest_bytes, &sig)?;
        if let Some(only) = &opts.only_signer {
            if manifest.sender.sign_key != *only {
                return Err(BundleError::BadSignature);
            }
            if manifest.kind != BundleKind::Cases {
                return Err(BundleError::BadManifest {
                    problem: ManifestProblem::MixedKind,
                });
            }
        }
        let signer_fp = fingerprint(&manifest.sender.age_recipient, &manifest.sender.sign_key);
        let own = manifest.sender.sign_key == keys.sign_key();
        let contact = vault.contact_by_sign_key(&manifest.sender.sign_key)?;
        let trusted = own
            || contact.is_some()
            || opts
                .trust_fingerprint
                .as_deref()
                .is_some_and(|t| same_fingerprint(t, &signer_fp));
        if !trusted {
            return Err(BundleError::UnknownSigner {
                name: manifest.sender.name.clone(),
                fingerprint: signer_fp,
            });
        }
        let role = match (&contact, own) {
            (_, true) => ContactRole::OwnDevice,
            (Some(c), false) => c.role,
            (None, false) => opts.trust_role,
        };
        let signer = SignerInfo {
            name: manifest.sender.name.clone(),
            fingerprint: signer_fp,
            contact: contact.map(|c| c.name),
            own_device: own,
            role,
            age_recipient: manifest.sender.age_recipient.clone(),
            sign_key: manifest.sender.sign_key.clone(),
        };
        if manifest.kind == BundleKind::Statistics {
            if manifest.format != format::FORMAT {
                return Err(BundleError::NotABundle);
            }
            if manifest.version != format::VERSION {
                return Err(BundleError::UnsupportedVersion(manifest.version));
            }
            let listed = crate::aggregate::check_manifest(&manifest, opts)?;
            let mut staging = vault.begin_snapshots()?;
            let outcomes = crate::aggregate::stage(&mut staging, &listed, entries, opts)
                .map_err(|e| damaged_or(&failed, e))?;
            // Read to the very end so that age authenticates the last chunk.
            let mut rest = archive.into_inner();
            io::copy(&mut rest, &mut io::sink()).map_err(|_| BundleError::Damaged)?;
            drop(rest);
            if failed.get() {
                return Err(BundleError::Damaged);
            }
            staging.commit()?;
            return Ok(Staged::Done(ImportSummary::of_statistics(signer, outcomes)));
        }
        if manifest.kind == BundleKind::Outbox {
            if manifest.format != format::FORMAT {
                return Err(BundleError::NotABundle);
            }
            if manifest.version != format::VERSION {
                return Err(BundleError::UnsupportedVersion(manifest.version));
            }
            let listed = crate::outreach::check_manifest(&manifest, opts)?;
            let sealed = crate::outreach::read_sealed(&listed, entries, opts.max_sealed)
                .map_err(|e| damaged_or(&failed, e))?;
            let mut rest = archive.into_inner();
            io::copy(&mut rest, &mut io::sink()).map_err(|_| BundleError::Damaged)?;
            drop(rest);
            if failed.get() {
                return Err(BundleError::Damaged);
            }
            // Each sealed case is a bundle of its own, imported now that this one
            // is read to its end and authenticated.
            let summary = crate::outreach::take_in(vault, signer, sealed, opts, author)?;
            return Ok(Staged::Done(summary));
        }
        let Checked {
            manifest,
            entries: listed,
        } = check_manifest(manifest, opts)?;
        let heads: BTreeMap<&str, &str> = manifest
            .cases
            .iter()
            .map(|c| (c.case_id.as_str(), c.head.as_str()))
            .collect();

        // 2. Every other entry, checked against the manifest and staged in one transaction.
        // Case files are parsed and their revision ids recomputed on a second thread while
        // this one goes on reading and staging; results are taken in bundle order, so the
        // first error in the bundle is the one reported, as if checked one by one.
        let mut staging = vault.begin_import(role)?;
        let mut attachments: Vec<(String, String)> = vec![];
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut rejected = vec![];
        let cited = std::thread::scope(|scope| -> Result<Cited, BundleError> {
            let (to_checker, jobs) = mpsc::channel::<CheckerWork>();
            let (to_main, results) = mpsc::channel::<(usize, Result<CheckedCase, BundleError>)>();
            let heads = &heads;
            scope.spawn(move || {
                for work in jobs {
                    let job = match work {
                        CheckerWork::Check(job) => job,
                        CheckerWork::Free(history) => {
                            drop(history);
                            continue;
                        }
                    };
                    let size = job.bytes.len();
                    if to_main.send((size, check_case(job, heads))).is_err() {
                        break;
                    }
                }
            });
            let mut checker = Checker {
                jobs: to_checker,
                results,
                bytes: 0,
                count: 0,
                cited: Cited::default(),
            };
            for e in entries {
                let next = || -> Result<Option<CaseJob>, BundleError> {
                    let mut e = e.map_err(|_| BundleError::Damaged)?;
                    let raw_path = e.path_bytes().into_owned();
                    let path_text = String::from_utf8_lossy(&raw_path).into_owned();
                    let kind =
                        format::classify(&raw_path).ok_or_else(|| BundleError::UnsafePath {
                            path: path_text.clone(),
                        })?;
                    if !e.header().entry_type().is_file() {
                        return Err(BundleError::UnsafePath { path: path_text });
                    }
                    let declared = listed
                        .get(&path_text)
                        .filter(|_| !seen.contains(&path_text))
                        .ok_or_else(|| BundleError::UnlistedEntry {
                            path: path_text.clone(),
                        })?
                        .clone();
                    seen.insert(path_text.clone());
                    let size = e.header().size().map_err(|_| BundleError::Damaged)?;
                    if size != declared.size {
                        return Err(BundleError::SizeMismatch {
                            path: path_text,
                            declared: declared.size,
                            actual: size,
                        });
                    }
                    match kind {
                        EntryKind::Case(case_id) => {
                            let bytes = read_small(&mut e, size, opts.max_case_file, &path_text)
                                .map_err(|err| damaged_or(&failed, err))?;
                            Ok(Some(CaseJob {
                                case_id,
                                path: path_text,
                                bytes,
                                sha256: declared.sha256,
                            }))
                        }
                        EntryKind::Attachment(sha) => {
                            // The store hashes the bytes as it writes them and refuses a
                            // mismatch.
                            let added = staging.add_attachment(&sha, size, &mut e);
                            if added.is_ok() {
                                attachments.push((sha.clone(), path_text.clone()));
                            }
                            match added {
                                Ok(_) => Ok(None),
                                Err(SyncError::BlobHashMismatch { .. }) => Err(damaged_or(
                                    &failed,
                                    BundleError::HashMismatch { path: path_text },
                                )),
                                Err(SyncError::BlobSizeMismatch {
                                    declared, actual, ..
                                }) => Err(damaged_or(
                                    &failed,
                                    BundleError::SizeMismatch {
                                        path: path_text,
                                        declared,
                                        actual,
                                    },
                                )),
                                Err(other) => Err(damaged_or(&failed, other.into())),
                            }
                        }
                        EntryKind::Manifest
                        | EntryKind::Signature
                        | EntryKind::Snapshot(_)
                        | EntryKind::Sealed(_) => {
                            Err(BundleError::UnlistedEntry { path: path_text })
                        }
                    }
                };
                match next() {
                    Ok(Some(job)) => checker.submit(job, &mut staging, &mut rejected)?,
                    Ok(None) => {}
                    // A case before this entry may have failed its checks: that error
                    // comes first.
                    Err(e) => {
                        return Err(checker
                            .drain(&mut staging, &mut rejected)
                            .err()
                            .unwrap_or(e))
                    }
                }
            }
            checker.drain(&mut staging, &mut rejected)?;
            // The checking thread ends when its queue's sender goes with the checker.
            Ok(checker.cited)
        })?;
        if let Some(missing) = listed.keys().find(|p| !seen.contains(*p)) {
            return Err(damaged_or(
                &failed,
                BundleError::MissingEntry {
                    path: missing.clone(),
                },
            ));
        }
        // Every attachment must be cited by a case taken in; one cited only by a
        // refused case is taken back, one cited by nothing at all means a bundle
        // made by hand, and is refused whole.
        for (sha, path) in &attachments {
            if cited.taken.contains(sha) {
                continue;
            }
            if cited.refused.contains(sha) {
                staging.discard_attachment(sha)?;
            } else {
                return Err(BundleError::UncitedAttachment { path: path.clone() });
            }
        }
        // 3. Read to the very end so that age authenticates the last chunk.
        let mut rest = archive.into_inner();
        io::copy(&mut rest, &mut io::sink()).map_err(|_| BundleError::Damaged)?;
        drop(rest);
        if failed.get() {
            return Err(BundleError::Damaged);
        }
        Ok::<_, BundleError>(Staged::Cases(manifest, signer, staging, rejected))
    })?;
    let (manifest, signer, staging, rejected) = match staged {
        Staged::Cases(m, s, st, r) => (m, s, st, r),
        Staged::Done(summary) => {
            progress(Progress::new(Phase::Done, total, total));
            return Ok(summary);
        }
    };

    // 4. Merge and commit.
    let detail = format!(
        "from {} ({}), imported by {author}: {} cases",
        signer.name,
        signer.fingerprint,
        manifest.cases.len()
    );
    let outcome = staging.finish(&detail)?;
    let mut s = ImportSummary {
        rejected,
        revisions_added: outcome.revisions_added,
        attachments_added: outcome.attachments_added,
        attachments_skipped: outcome.attachments_skipped,
        ..ImportSummary::empty(signer, BundleKind::Cases)
    };
    for c in &outcome.cases {
        match c.action {
            CaseAction::Added => s.added += 1,
            CaseAction::FastForward | CaseAction::Merged { conflicts: 0 } => s.updated += 1,
            CaseAction::Merged { conflicts } => {
                s.conflicted += 1;
                s.conflicts += conflicts;
            }
            CaseAction::EditKeptOverDelete => {
                s.edit_kept_over_delete += 1;
                s.conflicts += 1;
            }
            CaseAction::Skipped => s.skipped += 1,
        }
    }
    s.cases = outcome.cases;
    progress(Progress::new(Phase::Done, total, total));
    Ok(s)
}
