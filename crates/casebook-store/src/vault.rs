//! Opening, creating, locking and erasing a vault directory.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};

use crate::audit::{self, AuditEvent};
use crate::chunks;
use crate::db::{self, Keying, DB_FILE};
use crate::keyfile::{self, KdfParams, KeyFile, Slot, SlotInfo, SlotKind, KEY_FILE, KEY_FILE_TMP};
use crate::owner_only;
use crate::secret::{DataKey, RecoveryKey, Secret, UnlockSecret};
use crate::shares::{self, RecoveryShare, SplitInfo, SplitPlan};
use crate::StoreError;

const LOCK_FILE: &str = "vault.lock";
/// Every name the store may leave in a vault directory.
const VAULT_FILES: [&str; 7] = [
    KEY_FILE,
    KEY_FILE_TMP,
    DB_FILE,
    "vault.db-wal",
    "vault.db-shm",
    "vault.db-journal",
    LOCK_FILE,
];
/// See [`casebook_core::passphrase`] for the whole rule (or four words).
pub const MIN_PASSPHRASE_CHARS: usize = casebook_core::passphrase::MIN_CHARS;

/// Choices made when a vault is created or opened.
#[derive(Debug, Clone)]
pub struct VaultOptions {
    pub kdf: KdfParams,
    /// Largest attachment accepted, in bytes.
    pub attachment_limit: u64,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            kdf: KdfParams::default(),
            attachment_limit: 2 * 1024 * 1024 * 1024,
        }
    }
}

/// An unlocked vault. Dropping it locks it: the connection closes, the data key is
/// zeroed and the directory lock is released.
#[derive(Debug)]
pub struct Vault {
    pub(crate) dir: PathBuf,
    pub(crate) conn: Connection,
    /// Attachment bytes (see `chunks`).
    pub(crate) chunks: Connection,
    pub(crate) device_id: String,
    pub(crate) vault_id: String,
    pub(crate) options: VaultOptions,
    /// Case-list totals already counted, valid until the next write.
    pub(crate) list_cache: std::cell::RefCell<crate::query::ListCache>,
    /// `total_changes` when idle work was last done.
    pub(crate) idle_stamp: std::cell::Cell<u64>,
    key: DataKey,
    encrypted: bool,
    // Held for the vault's lifetime; the OS releases the lock when it is dropped.
    _lock: File,
}

fn take_lock(dir: &Path) -> Result<File, StoreError> {
    let f = owner_only::file_options(
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false),
    )
    .open(dir.join(LOCK_FILE))?;
    match f.try_lock() {
        Ok(()) => Ok(f),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::LockedElsewhere),
        Err(fs::TryLockError::Error(e)) => Err(e.into()),
    }
}

impl Vault {
    /// `$CASEBOOK_VAULT`, else the OS data directory (`~/.local/share/casebook/vault`
    /// on Linux).
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(v) = std::env::var_os("CASEBOOK_VAULT").filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(v));
        }
        let base = std::env::var_os("XDG_DATA_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
        Some(Vault::dir_in(&base))
    }

    /// The folder names the default vault lives under: the neutral one, and the one
    /// of earlier versions, still opened where it holds a vault.
    pub const FOLDER_NAMES: [&'static str; 2] = ["notes", "casebook"];

    /// The vault folder under a data directory: `notes/vault`, the name the window
    /// shows, so that a folder listing does not say what is inside; an existing
    /// `casebook/vault` of an earlier version is kept where it is.
    pub fn dir_in(data_home: &Path) -> PathBuf {
        let [neutral, old] = Vault::FOLDER_NAMES;
        let earlier = data_home.join(old).join("vault");
        if Vault::exists(&earlier) {
            return earlier;
        }
        data_home.join(neutral).join("vault")
    }

    /// True when the directory holds a vault (or the remains of one).
    pub fn exists(dir: &Path) -> bool {
        dir.join(KEY_FILE).exists() || dir.join(DB_FILE).exists()
    }

    pub fn create(
        dir: &Path,
        passphrase: &Secret,
        options: &VaultOptions,
    ) -> Result<(Vault, RecoveryKey), StoreError> {
        check_passphrase(passphrase)?;
        if Vault::exists(dir) {
            return Err(StoreError::VaultExists);
        }
        owner_only::create_dir(dir)?;
        // The directory may have been there before (chosen in a file dialog).
        owner_only::narrow(dir, []);
        let lock = take_lock(dir)?;
        let vault_id = uuid::Uuid::now_v7().to_string();
        let key = DataKey::generate();
        let recovery = RecoveryKey::generate();
        let mut kf = KeyFile::new(vault_id.clone());
        kf.slots.push(Slot::seal(
            &vault_id,
            SlotKind::Passphrase,
            passphrase.expose().as_bytes(),
            &key,
            options.kdf,
        )?);
        kf.slots.push(Slot::seal(
            &vault_id,
            SlotKind::RecoveryKey,
            recovery.kdf_input(),
            &key,
            options.kdf,
        )?);
        // Database first, key file last: a crash in between leaves no key file, and a
        // vault without a key file is reported, never silently reused.
        let opened = db::create(dir, &Keying::Encrypted(&key))
            .and_then(|c| Ok((chunks::open(dir, &Keying::Encrypted(&key), true)?, c)));
        let (chunks, conn) = match opened {
            Ok(c) => c,
            Err(e) => {
                remove_partial(dir);
                return Err(e);
            }
        };
        let device_id = uuid::Uuid::now_v7().to_string();
        let setup = (|| -> Result<(), StoreError> {
            let tx = conn.unchecked_transaction()?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('vault_id', ?1)",
                params![vault_id],
            )?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('device_id', ?1)",
                params![device_id],
            )?;
            crate::sync::ensure_identity(&tx)?;
            audit::append(&tx, AuditEvent::VaultCreated, None, "")?;
            tx.commit()?;
            kf.save(dir)
        })();
        if let Err(e) = setup {
            drop(conn);
            drop(chunks);
            remove_partial(dir);
            return Err(e);
        }
        Ok((
            Vault {
                dir: dir.to_path_buf(),
                conn,
                chunks,
                device_id,
                vault_id,
                options: options.clone(),
                list_cache: Default::default(),
                idle_stamp: Default::default(),
                key,
                encrypted: true,
                _lock: lock,
            },
            recovery,
        ))
    }

    pub fn open(dir: &Path, secret: &UnlockSecret) -> Result<Vault, StoreError> {
        Vault::open_with(dir, secret, &VaultOptions::default())
    }

    pub fn open_with(
        dir: &Path,
        secret: &UnlockSecret,
        options: &VaultOptions,
    ) -> Result<Vault, StoreError> {
        if !Vault::exists(dir) {
            return Err(StoreError::NoVault);
        }
        // Vaults made before the modes were set, or copied in from elsewhere; and
        // before SQLite opens the databases, whose new companion files take their mode.
        owner_only::narrow(dir, VAULT_FILES.into_iter().chain(chunks::CHUNK_FILES));
        let kf = KeyFile::load(dir)?;
        let lock = take_lock(dir)?;
        let key = match KeyFile::load_next(dir)? {
            None => unwrap(&kf, secret)?.0,
            Some(next) => finish_rekey(dir, &kf, &next, secret)?,
        };
        let (conn, found) = db::open(dir, &Keying::Encrypted(&key))?;
        let vault_id = meta(&conn, "vault_id")?.ok_or(StoreError::DatabaseDamaged)?;
        if vault_id != kf.vault_id {
            // A key file from another vault that happens to wrap a key that reads
            // this database cannot happen by accident; treat it as damage.
            return Err(StoreError::KeyFileDamaged);
        }
        let device_id = meta(&conn, "device_id")?.ok_or(StoreError::DatabaseDamaged)?;
        // Only a vault from before the chunk file may be without it. It is made before
        // the migration marks the vault as having one, so a crash in between cannot
        // leave a vault that refuses to open.
        let create = found < chunks::FILE_SINCE_SCHEMA;
        let chunks = chunks::open(dir, &Keying::Encrypted(&key), create)?;
        db::migrate(&conn)?;
        {
            // An old vault's chunks pass through once: no need for the full cache.
            let _bulk = db::BulkCache::new(&conn)?;
            chunks::move_legacy(&conn, &chunks)?;
        }
        chunks::collect_orphans(&conn, &chunks)?;
        let tx = conn.unchecked_transaction()?;
        // Who opened it is not known, but how: a centre reads an unlock with
        // colleagues' shares in the log.
        let how = match secret {
            UnlockSecret::Passphrase(_) => "",
            other => other.kind_name(),
        };
        audit::append(&tx, AuditEvent::VaultUnlocked, None, how)?;
        tx.commit()?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn,
            chunks,
            device_id,
            vault_id,
            options: options.clone(),
            list_cache: Default::default(),
            idle_stamp: Default::default(),
            key,
            encrypted: true,
            _lock: lock,
        })
    }

    /// Checks a secret against the key file without opening the database.
    pub fn check_secret(dir: &Path, secret: &UnlockSecret) -> Result<(), StoreError> {
        if !Vault::exists(dir) {
            return Err(StoreError::NoVault);
        }
        let kf = KeyFile::load(dir)?;
        match unwrap(&kf, secret) {
            // An interrupted rekey: the secret may be in the new key file only.
            Err(e) => match KeyFile::load_next(dir)? {
                Some(next) => unwrap(&next, secret).map(|_| ()),
                None => Err(e),
            },
            Ok(_) => Ok(()),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    pub fn vault_id(&self) -> &str {
        &self.vault_id
    }

    pub fn options(&self) -> &VaultOptions {
        &self.options
    }

    pub fn set_attachment_limit(&mut self, bytes: u64) {
        self.options.attachment_limit = bytes;
    }

    pub fn slots(&self) -> Result<Vec<SlotInfo>, StoreError> {
        Ok(KeyFile::load(&self.dir)?.infos())
    }

    /// Adds another passphrase (e.g. a second paralegal at a shared laptop). The
    /// current secret is asked again so an unattended unlocked laptop is not enough.
    pub fn add_passphrase(
        &mut self,
        current: &UnlockSecret,
        new: &Secret,
    ) -> Result<(), StoreError> {
        check_passphrase(new)?;
        let mut kf = KeyFile::load(&self.dir)?;
        unwrap(&kf, current)?;
        kf.slots.push(Slot::seal(
            &self.vault_id,
            SlotKind::Passphrase,
            new.expose().as_bytes(),
            &self.key,
            self.options.kdf,
        )?);
        kf.save(&self.dir)?;
        self.audit(AuditEvent::SlotAdded, "passphrase")
    }

    /// Replaces the slot that `current` opens with one for `new`; re-wraps, never
    /// re-encrypts.
    pub fn change_passphrase(&mut self, current: &Secret, new: &Secret) -> Result<(), StoreError> {
        check_passphrase(new)?;
        let mut kf = KeyFile::load(&self.dir)?;
        let (_, slot_id) = kf.unwrap_key(SlotKind::Passphrase, current.expose().as_bytes())?;
        let fresh = Slot::seal(
            &self.vault_id,
            SlotKind::Passphrase,
            new.expose().as_bytes(),
            &self.key,
            self.options.kdf,
        )?;
        kf.slots.retain(|s| s.id != slot_id);
        kf.slots.push(fresh);
        kf.save(&self.dir)?;
        self.audit(AuditEvent::SlotChanged, "passphrase")
    }

    /// Removes the passphrase `which`; the last passphrase cannot go.
    pub fn remove_passphrase(&mut self, which: &Secret) -> Result<(), StoreError> {
        let mut kf = KeyFile::load(&self.dir)?;
        let (_, slot_id) = kf.unwrap_key(SlotKind::Passphrase, which.expose().as_bytes())?;
        let passphrases = kf
            .slots
            .iter()
            .filter(|s| s.kind == SlotKind::Passphrase)
            .count();
        if passphrases <= 1 {
            return Err(StoreError::LastSlot);
        }
        kf.slots.retain(|s| s.id != slot_id);
        kf.save(&self.dir)?;
        self.audit(AuditEvent::SlotRemoved, "passphrase")
    }

    /// Issues a new recovery key; the old one stops working.
    pub fn replace_recovery_key(
        &mut self,
        current: &UnlockSecret,
    ) -> Result<RecoveryKey, StoreError> {
        let mut kf = KeyFile::load(&self.dir)?;
        unwrap(&kf, current)?;
        let recovery = RecoveryKey::generate();
        let fresh = Slot::seal(
            &self.vault_id,
            SlotKind::RecoveryKey,
            recovery.kdf_input(),
            &self.key,
            self.options.kdf,
        )?;
        kf.slots.retain(|s| s.kind != SlotKind::RecoveryKey);
        kf.slots.push(fresh);
        kf.save(&self.dir)?;
        self.audit(AuditEvent::RecoveryKeyReplaced, "")?;
        Ok(recovery)
    }

    /// Splits a new recovery secret among colleagues, K of N, in a key slot of its
    /// own: an earlier split stops working, the passphrases and the paper recovery
    /// key stay. The shares are returned to be written out once; the program keeps
    /// none of them. `current` is asked again, as for every change of the key file.
    pub fn split_recovery(
        &mut self,
        current: &UnlockSecret,
        plan: SplitPlan,
    ) -> Result<Vec<RecoveryShare>, StoreError> {
        self.split_recovery_with(current, plan, |shares| Ok(shares.to_vec()))
    }

    /// As [`Vault::split_recovery`], with `hand_out` writing the shares (files,
    /// cards) before the key file changes: when it fails, the earlier split (if any)
    /// still works and the new shares open nothing.
    pub fn split_recovery_with<T, E: From<StoreError>>(
        &mut self,
        current: &UnlockSecret,
        plan: SplitPlan,
        hand_out: impl FnOnce(&[RecoveryShare]) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut kf = KeyFile::load(&self.dir)?;
        unwrap(&kf, current)?;
        let dealt = shares::deal(&self.vault_id, plan);
        let slot = Slot::seal_split(
            &self.vault_id,
            dealt.secret.as_ref(),
            &self.key,
            self.options.kdf,
            dealt.meta,
        )?;
        let out = hand_out(&dealt.shares)?;
        kf.slots.retain(|s| s.kind != SlotKind::Shares);
        kf.slots.push(slot);
        kf.save(&self.dir)?;
        self.audit(
            AuditEvent::SlotAdded,
            &format!("shares {} of {}", plan.threshold(), plan.shares()),
        )?;
        Ok(out)
    }

    /// Removes the split's slot: its shares open nothing any more. False when the
    /// vault had no split.
    pub fn revoke_split(&mut self) -> Result<bool, StoreError> {
        let mut kf = KeyFile::load(&self.dir)?;
        let before = kf.slots.len();
        kf.slots.retain(|s| s.kind != SlotKind::Shares);
        if kf.slots.len() == before {
            return Ok(false);
        }
        kf.save(&self.dir)?;
        self.audit(AuditEvent::SlotRemoved, "shares")?;
        Ok(true)
    }

    /// Whether a split exists, K of N and when it was made; never a share.
    pub fn split_info(&self) -> Result<Option<SplitInfo>, StoreError> {
        let kf = KeyFile::load(&self.dir)?;
        Ok(kf.split_slot().and_then(|s| {
            s.split.as_ref().map(|m| SplitInfo {
                threshold: m.threshold,
                shares: m.shares,
                created_at: s.created_at.clone(),
            })
        }))
    }

    /// The vault's short fingerprint, as printed on every share card.
    pub fn fingerprint(&self) -> String {
        shares::vault_fingerprint(&self.vault_id)
    }

    /// The same fingerprint before unlocking, from the key file, so that colleagues
    /// compare it with their cards before typing a share.
    pub fn fingerprint_of(dir: &Path) -> Result<String, StoreError> {
        Ok(shares::vault_fingerprint(&KeyFile::load(dir)?.vault_id))
    }

    /// Opens with colleagues' shares and gives the vault the new passphrase the
    /// person chose, in one step: the shares are not kept to be asked again, and a
    /// passphrase the rule refuses is refused before anything opens.
    pub fn open_with_shares(
        dir: &Path,
        shares: Vec<Secret>,
        new: &Secret,
        options: &VaultOptions,
    ) -> Result<Vault, StoreError> {
        check_passphrase(new)?;
        let by_shares = UnlockSecret::Shares(shares);
        let mut vault = Vault::open_with(dir, &by_shares, options)?;
        vault.add_passphrase(&by_shares, new)?;
        Ok(vault)
    }

    /// Gives the vault a new data key: both databases are re-encrypted under it and
    /// the key file is written anew, so every old copy of the key file (and of its
    /// removed slots) that the disk still holds in free space wraps a key that opens
    /// nothing any more.
    ///
    /// `current` must open a passphrase slot. Slots can only be made for secrets that
    /// are typed, so the new key file holds exactly one passphrase — `replacement` if
    /// given (for a passphrase that may have been seen), else `current` — and a new
    /// recovery key, returned to be shown once. Every other passphrase stops working;
    /// [`Rekeyed::passphrases_dropped`] says how many, and the interface says so
    /// before. Needs free space about the size of the vault.
    ///
    /// Crash-safe: the new key file is written beside the old one (`vault.keys.next`)
    /// before any page changes, the attachments and then the main database are
    /// re-encrypted (each in one transaction), and one rename ends it. Opening after a
    /// crash finishes the work (see [`finish_rekey`]). A failure that is not a crash
    /// puts everything back under the old key.
    pub fn rekey(
        &mut self,
        current: &Secret,
        replacement: Option<&Secret>,
    ) -> Result<Rekeyed, StoreError> {
        self.rekey_with_fault(current, replacement, None)
    }

    /// Removes the passphrase `which` and rekeys, keeping `keep` (which must be
    /// another passphrase: a rekey can only keep a passphrase that is typed).
    pub fn remove_passphrase_and_rekey(
        &mut self,
        which: &Secret,
        keep: &Secret,
    ) -> Result<Rekeyed, StoreError> {
        let kf = KeyFile::load(&self.dir)?;
        let (_, removed) = kf.unwrap_key(SlotKind::Passphrase, which.expose().as_bytes())?;
        let (_, kept) = kf.unwrap_key(SlotKind::Passphrase, keep.expose().as_bytes())?;
        if removed == kept {
            return Err(StoreError::RekeyNeedsAnotherPassphrase);
        }
        self.rekey(keep, None)
    }

    /// For the crash tests only: `fault` stops the rekey at a step, as a crash (the
    /// files are left as they are) or as an error (the rekey is undone).
    #[doc(hidden)]
    pub fn rekey_with_fault(
        &mut self,
        current: &Secret,
        replacement: Option<&Secret>,
        fault: Option<RekeyFault>,
    ) -> Result<Rekeyed, StoreError> {
        if let Some(r) = replacement {
            check_passphrase(r)?;
        }
        let kf = KeyFile::load(&self.dir)?;
        let (old_key, _) = kf.unwrap_key(SlotKind::Passphrase, current.expose().as_bytes())?;
        if old_key.bytes() != self.key.bytes() {
            return Err(StoreError::KeyFileDamaged);
        }
        let passphrases = kf
            .slots
            .iter()
            .filter(|s| s.kind == SlotKind::Passphrase)
            .count();
        let split_dropped = kf.split_slot().is_some();
        let new_key = DataKey::generate();
        let recovery = RecoveryKey::generate();
        let mut next = KeyFile::new(self.vault_id.clone());
        next.slots.push(Slot::seal(
            &self.vault_id,
            SlotKind::Passphrase,
            replacement.unwrap_or(current).expose().as_bytes(),
            &new_key,
            self.options.kdf,
        )?);
        next.slots.push(Slot::seal(
            &self.vault_id,
            SlotKind::RecoveryKey,
            recovery.kdf_input(),
            &new_key,
            self.options.kdf,
        )?);
        next.save_next(&self.dir)?;
        let stop = |step: RekeyStep| -> Result<(), StoreError> {
            match fault {
                Some(f) if f.step == step => {
                    Err(StoreError::Io(io::Error::other("injected rekey fault")))
                }
                _ => Ok(()),
            }
        };
        let res = (|| {
            stop(RekeyStep::KeyFileWritten)?;
            db::rekey(&self.chunks, &new_key)?;
            if !db::key_opens(
                &self.dir.join(chunks::CHUNK_FILE),
                &new_key,
                chunks::cipher_settings,
            )? {
                return Err(StoreError::DatabaseDamaged);
            }
            stop(RekeyStep::AttachmentsRekeyed)?;
            db::rekey(&self.conn, &new_key)?;
            if !db::key_opens(&self.dir.join(DB_FILE), &new_key, db::no_setup)? {
                return Err(StoreError::DatabaseDamaged);
            }
            stop(RekeyStep::DatabaseRekeyed)?;
            self.audit(AuditEvent::VaultRekeyed, "")?;
            stop(RekeyStep::Audited)?;
            keyfile::commit_next(&self.dir)
        })();
        match res {
            Ok(()) => {
                self.key = new_key;
                Ok(Rekeyed {
                    recovery_key: recovery,
                    passphrases_dropped: passphrases - 1,
                    split_dropped,
                })
            }
            Err(e) if fault.is_some_and(|f| f.crash) => Err(e),
            Err(e) => {
                // The connections may now disagree with the files (SQLCipher takes the
                // new key even when its commit failed): undo from the files. If that
                // fails too, `vault.keys.next` stays and the next open settles it.
                let _ = self.undo_rekey(&new_key);
                Err(e)
            }
        }
    }

    /// Puts both databases back under the vault's key and reopens them.
    fn undo_rekey(&mut self, new_key: &DataKey) -> Result<(), StoreError> {
        self.conn = Connection::open_in_memory()?;
        self.chunks = Connection::open_in_memory()?;
        settle(&self.dir, Some(new_key), &self.key)?;
        keyfile::discard_next(&self.dir)?;
        // Open already, so at the current schema: nothing to migrate or create.
        self.conn = db::open(&self.dir, &Keying::Encrypted(&self.key))?.0;
        self.chunks = chunks::open(&self.dir, &Keying::Encrypted(&self.key), false)?;
        Ok(())
    }

    pub(crate) fn audit(&self, event: AuditEvent, detail: &str) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        audit::append(&tx, event, None, detail)?;
        tx.commit()?;
        Ok(())
    }

    pub fn audit_head(&self) -> Result<Option<audit::AuditEntry>, StoreError> {
        audit::head(&self.conn)
    }

    pub fn audit_entries(
        &self,
        after: i64,
        limit: u32,
    ) -> Result<Vec<audit::AuditEntry>, StoreError> {
        audit::entries(&self.conn, after, limit)
    }

    /// Recomputes everything that can be recomputed: the audit chain, every
    /// revision id, and the database's own integrity checks.
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        let mut report = VerifyReport {
            integrity: {
                let mut problems = db::integrity_problems(&self.conn, self.encrypted)?;
                problems.extend(db::integrity_problems(&self.chunks, self.encrypted)?);
                problems.extend(chunks::missing(&self.conn, &self.chunks)?);
                problems
            },
            audit_first_broken: audit::first_broken(&self.conn)?,
            revisions_checked: 0,
            bad_revisions: vec![],
            audit_entries: self
                .conn
                .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))?,
        };
        let (checked, bad) = crate::cases::verify_revisions(&self.conn)?;
        report.revisions_checked = checked;
        report.bad_revisions = bad;
        Ok(report)
    }

    /// Locks now. Same as dropping the vault, but says so.
    pub fn lock(self) {
        drop(self);
    }
}

/// What a rekey leaves: the new recovery key (show it once) and how many other
/// passphrases stopped working.
#[derive(Debug)]
pub struct Rekeyed {
    pub recovery_key: RecoveryKey,
    pub passphrases_dropped: usize,
    /// The colleagues' shares open nothing any more: a rekey cannot re-wrap the new
    /// key for a secret the program does not keep. Split again after a rekey.
    pub split_dropped: bool,
}

/// The steps of a rekey at which the crash tests stop it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RekeyStep {
    KeyFileWritten,
    AttachmentsRekeyed,
    DatabaseRekeyed,
    Audited,
}

/// Where and how a test stops a rekey.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct RekeyFault {
    pub step: RekeyStep,
    /// True: leave the files as a crash would; false: fail as an error would.
    pub crash: bool,
}

/// What `verify` found. `is_ok` only when nothing at all is wrong.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VerifyReport {
    pub integrity: Vec<String>,
    pub audit_entries: i64,
    pub audit_first_broken: Option<i64>,
    pub revisions_checked: u64,
    pub bad_revisions: Vec<String>,
}

impl VerifyReport {
    pub fn is_ok(&self) -> bool {
        self.integrity.is_empty()
            && self.audit_first_broken.is_none()
            && self.bad_revisions.is_empty()
    }
}

/// Every passphrase that will open the vault, new or replacing one, passes here.
fn check_passphrase(p: &Secret) -> Result<(), StoreError> {
    if !casebook_core::passphrase::accepted(p.expose()) {
        return Err(StoreError::passphrase_too_short());
    }
    Ok(())
}

fn unwrap(kf: &KeyFile, secret: &UnlockSecret) -> Result<(DataKey, String), StoreError> {
    match secret {
        UnlockSecret::Passphrase(p) => kf.unwrap_key(SlotKind::Passphrase, p.expose().as_bytes()),
        UnlockSecret::RecoveryKey(r) => {
            let r = RecoveryKey::parse(r)?;
            kf.unwrap_key(SlotKind::RecoveryKey, r.kdf_input())
        }
        UnlockSecret::Shares(texts) => {
            let slot = kf.split_slot();
            let secret = shares::combine(&kf.vault_id, slot.and_then(|s| s.split.as_ref()), texts)?;
            let slot = slot.ok_or(StoreError::SharesDoNotOpen)?;
            match slot.open(&kf.vault_id, &secret)? {
                Some(key) => Ok((key, slot.id.clone())),
                // Every share passed its checksum and tags: one was made to look right.
                None => Err(StoreError::SharesDoNotOpen),
            }
        }
    }
}

/// Opening after a rekey was interrupted (`vault.keys.next` exists). A secret that
/// opens the new key file finishes the rekey: a database still under the old key
/// (the current passphrase opens both key files) is re-encrypted, then the new key
/// file takes the old one's place. A secret only the old key file knows (another
/// passphrase, the old recovery key) can open the vault only if no page was
/// re-encrypted yet; the rekey is then dropped, and must be started again.
fn finish_rekey(
    dir: &Path,
    kf: &KeyFile,
    next: &KeyFile,
    secret: &UnlockSecret,
) -> Result<DataKey, StoreError> {
    if next.vault_id != kf.vault_id {
        return Err(StoreError::KeyFileDamaged);
    }
    let old = unwrap(kf, secret);
    match unwrap(next, secret) {
        Ok((new, _)) => {
            settle(dir, old.ok().map(|(k, _)| k).as_ref(), &new)?;
            keyfile::commit_next(dir)?;
            Ok(new)
        }
        Err(_) => {
            let (old, _) = old?;
            let under_old = db::key_opens(&dir.join(DB_FILE), &old, db::no_setup)?
                && chunks_open_with(dir, &old)?;
            if !under_old {
                return Err(StoreError::RekeyUnfinished);
            }
            keyfile::discard_next(dir)?;
            Ok(old)
        }
    }
}

fn chunks_open_with(dir: &Path, key: &DataKey) -> Result<bool, StoreError> {
    let path = dir.join(chunks::CHUNK_FILE);
    // A vault from before the chunk database gets one at open, under the right key.
    Ok(!path.exists() || db::key_opens(&path, key, chunks::cipher_settings)?)
}

/// Brings both databases under `to`: each that `to` does not open but `from` does is
/// re-encrypted. Attachments first, as in a rekey.
fn settle(dir: &Path, from: Option<&DataKey>, to: &DataKey) -> Result<(), StoreError> {
    let files: [(PathBuf, db::Setup); 2] = [
        (dir.join(chunks::CHUNK_FILE), chunks::cipher_settings),
        (dir.join(DB_FILE), db::no_setup),
    ];
    for (path, setup) in files {
        if !path.exists() && path.ends_with(chunks::CHUNK_FILE) {
            continue;
        }
        if db::key_opens(&path, to, setup)? {
            continue;
        }
        let Some(from) = from else {
            return Err(StoreError::RekeyUnfinished);
        };
        if !db::key_opens(&path, from, setup)? {
            return Err(StoreError::DatabaseDamaged);
        }
        db::rekey_file(&path, from, to, setup)?;
        if !db::key_opens(&path, to, setup)? {
            return Err(StoreError::DatabaseDamaged);
        }
    }
    Ok(())
}

pub(crate) fn meta(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Only for a creation that failed before the key file existed: what we just made,
/// and nothing else, is removed.
fn remove_partial(dir: &Path) {
    for name in [DB_FILE, "vault.db-wal", "vault.db-shm", LOCK_FILE]
        .into_iter()
        .chain(chunks::CHUNK_FILES)
    {
        let _ = fs::remove_file(dir.join(name));
    }
}

/// Emergency erase: destroys every key slot first (after that the database is
/// noise to anyone without an old copy of the key file), then overwrites the
/// database files with zeros, flushes and removes them, so that an old key-file copy
/// left in free space finds no pages to open either. Works on a locked vault and
/// does not need any secret: the person pressing it may be under duress. What SSDs
/// and copy-on-write file systems may still keep: docs/vault-format.md.
pub fn erase(dir: &Path) -> Result<(), StoreError> {
    if !Vault::exists(dir) {
        return Err(StoreError::NoVault);
    }
    keyfile::destroy(dir)?;
    for name in [DB_FILE, "vault.db-wal", "vault.db-shm", "vault.db-journal"]
        .into_iter()
        .chain(chunks::CHUNK_FILES)
        .chain(["attachments.db-wal", "attachments.db-shm"])
    {
        let path = dir.join(name);
        let mut f = match OpenOptions::new().write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e.into()),
        };
        keyfile::overwrite(&mut f, keyfile::Fill::Zeros)?;
        drop(f);
        fs::remove_file(&path)?;
    }
    match fs::remove_file(dir.join(LOCK_FILE)) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(feature = "plaintext-bench")]
impl Vault {
    /// Same schema and code paths over an unencrypted database, to measure what
    /// encryption costs. Only compiled for the benchmark.
    pub fn create_plaintext_for_bench(dir: &Path) -> Result<Vault, StoreError> {
        owner_only::create_dir(dir)?;
        let lock = take_lock(dir)?;
        let conn = db::create(dir, &Keying::Plain)?;
        let chunks = chunks::open(dir, &Keying::Plain, true)?;
        let vault_id = uuid::Uuid::now_v7().to_string();
        let device_id = uuid::Uuid::now_v7().to_string();
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('vault_id', ?1)",
            params![vault_id],
        )?;
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('device_id', ?1)",
            params![device_id],
        )?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn,
            chunks,
            device_id,
            vault_id,
            options: VaultOptions::default(),
            list_cache: Default::default(),
            idle_stamp: Default::default(),
            key: DataKey::generate(),
            encrypted: false,
            _lock: lock,
        })
    }
}

/// One way for the crate's unit tests to make and reopen a vault (cheap key derivation).
#[cfg(test)]
pub(crate) mod testing {
    #![allow(clippy::unwrap_used)]

    use std::path::Path;

    use casebook_core::CaseRecord;

    use super::{Vault, VaultOptions};
    use crate::secret::{Secret, UnlockSecret};

    pub(crate) const PASSPHRASE: &str = "correct horse battery";

    fn options() -> VaultOptions {
        VaultOptions {
            kdf: crate::KdfParams::insecure_for_tests(),
            ..Default::default()
        }
    }

    pub(crate) fn create(dir: &Path) -> Vault {
        Vault::create(dir, &Secret::from(PASSPHRASE), &options())
            .unwrap()
            .0
    }

    pub(crate) fn reopen(dir: &Path) -> Vault {
        try_reopen(dir).unwrap()
    }

    pub(crate) fn try_reopen(dir: &Path) -> Result<Vault, crate::StoreError> {
        let secret = UnlockSecret::Passphrase(Secret::from(PASSPHRASE));
        Vault::open_with(dir, &secret, &options())
    }

    /// A record with only a code and a pseudonym.
    pub(crate) fn case(code: &str, pseudonym: &str) -> CaseRecord {
        serde_json::from_value(serde_json::json!({
            "code": code,
            "survivor": {"pseudonym": pseudonym}
        }))
        .unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), fs::read(&p).unwrap()))
            .collect();
        v.sort();
        v
    }

    /// The old key file's slot still unwraps the old data key (that cannot be
    /// undone: copies of it may sit in free space), but after a rekey that key reads
    /// neither database, and the new one reads both.
    #[test]
    fn the_data_key_of_an_old_key_file_reads_neither_database_after_a_rekey() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        v.add_case(testing::case("A-1", "a"), "t").unwrap();
        v.attach_reader("A-1", &[7u8; 5000][..], Default::default(), "t")
            .unwrap();
        let old_kf = KeyFile::load(dir.path()).unwrap();
        v.rekey(&Secret::from(testing::PASSPHRASE), None).unwrap();
        drop(v);
        let secret = UnlockSecret::Passphrase(Secret::from(testing::PASSPHRASE));
        let (old_key, _) = unwrap(&old_kf, &secret).unwrap();
        let (new_key, _) = unwrap(&KeyFile::load(dir.path()).unwrap(), &secret).unwrap();
        assert_ne!(old_key.bytes(), new_key.bytes());
        let main = dir.path().join(DB_FILE);
        let att = dir.path().join(chunks::CHUNK_FILE);
        assert!(!db::key_opens(&main, &old_key, db::no_setup).unwrap());
        assert!(!db::key_opens(&att, &old_key, chunks::cipher_settings).unwrap());
        assert!(db::key_opens(&main, &new_key, db::no_setup).unwrap());
        assert!(db::key_opens(&att, &new_key, chunks::cipher_settings).unwrap());
    }

    #[test]
    fn the_default_folder_is_neutral_and_an_earlier_one_is_kept() {
        let home = tempfile::tempdir().unwrap();
        let dir = Vault::dir_in(home.path());
        assert_eq!(dir, home.path().join("notes/vault"));
        assert!(!dir.to_string_lossy().contains("casebook"));
        // A vault made by an earlier version stays where it is.
        let earlier = home.path().join("casebook/vault");
        let opts = VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..VaultOptions::default()
        };
        drop(Vault::create(&earlier, &Secret::from("long enough now"), &opts).unwrap());
        assert_eq!(Vault::dir_in(home.path()), earlier);
    }

    #[test]
    fn a_vault_from_a_newer_program_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let opts = VaultOptions {
            kdf: KdfParams::insecure_for_tests(),
            ..VaultOptions::default()
        };
        let (v, _) = Vault::create(dir.path(), &Secret::from("long enough now"), &opts).unwrap();
        v.conn
            .pragma_update(None, "user_version", db::SCHEMA_VERSION + 1)
            .unwrap();
        drop(v);
        let before = files(dir.path());
        let err = Vault::open_with(
            dir.path(),
            &UnlockSecret::Passphrase(Secret::from("long enough now")),
            &opts,
        )
        .unwrap_err();
        assert!(
            matches!(err, StoreError::NewerSchema { found, known } if found == known + 1),
            "{err:?}"
        );
        assert_eq!(before, files(dir.path()));
    }
}
