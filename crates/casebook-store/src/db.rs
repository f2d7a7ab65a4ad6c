//! The SQLCipher connection: keyed first, verified by a read, then tuned for
//! durability. Migrations are numbered and only go forward.

use std::path::Path;
use std::sync::Once;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use crate::secret::DataKey;
use crate::StoreError;

pub(crate) const DB_FILE: &str = "vault.db";

/// Each entry moves the schema from version N to N+1. Never edit a shipped entry;
/// add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("schema/0001_initial.sql"),
    include_str!("schema/0002_sync.sql"),
    include_str!("schema/0003_drafts.sql"),
    include_str!("schema/0004_list_indexes.sql"),
    include_str!("schema/0005_case_edits.sql"),
    include_str!("schema/0006_search_backlog.sql"),
    include_str!("schema/0007_search_buffer.sql"),
    include_str!("schema/0008_attachment_file.sql"),
    include_str!("schema/0009_next_due_deadlines.sql"),
    include_str!("schema/0010_case_facts.sql"),
    include_str!("schema/0011_next_due_forensic.sql"),
    include_str!("schema/0012_network_snapshots.sql"),
    include_str!("schema/0013_outreach.sql"),
];

/// The version whose step also recomputes `cases.next_due` in Rust.
const NEXT_DUE_WITH_DEADLINES: i64 = 9;
/// The version whose step fills `cases.facts` in Rust.
const CASE_FACTS: i64 = 10;
/// The version from which `cases.next_due` counts forensic windows too.
const NEXT_DUE_WITH_FORENSIC_WINDOWS: i64 = 11;

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// What key, if any, the connection uses. Plain exists only for the overhead benchmark.
pub(crate) enum Keying<'a> {
    Encrypted(&'a DataKey),
    #[cfg(feature = "plaintext-bench")]
    Plain,
}

pub(crate) fn apply_key(conn: &Connection, keying: &Keying<'_>) -> Result<(), StoreError> {
    match keying {
        Keying::Encrypted(key) => {
            // SQLCipher logs decryption failures to stderr by default; a log line is
            // a trace on a seized laptop, and every failure is reported as an error anyway.
            conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
                .or_else(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Ok(()),
                    e => Err(e),
                })?;
            let value = key.sqlcipher_pragma_value();
            conn.pragma_update(None, "key", value.as_str())?;
        }
        #[cfg(feature = "plaintext-bench")]
        Keying::Plain => {}
    }
    Ok(())
}

fn tune(conn: &Connection) -> Result<(), StoreError> {
    // Plaintext must never spill into temp files on disk.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // An acknowledged save must survive power loss.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Copying the log back into the database costs tens of milliseconds; it is done
    // when idle (`Vault::idle_work`), and only a log this large forces it into a save.
    conn.pragma_update(None, "wal_autocheckpoint", WAL_CHECKPOINT_PAGES)?;
    // Every page read from disk costs a decryption; a cache that holds the list's
    // tables and indexes (about 40 MB at 100k cases) keeps paging and search fast.
    set_cache_kib(conn, CACHE_KIB)?;
    // Saves and imports run the same few dozen statements over and over; keep them
    // all prepared (rusqlite's default of 16 is smaller than an import's working set).
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// The write-ahead log's size, in pages, at which a commit copies it back at once.
const WAL_CHECKPOINT_PAGES: i64 = 8192;

/// The page cache, KiB (negative `cache_size` means KiB).
pub(crate) const CACHE_KIB: i64 = 65536;
/// The page cache while a bundle streams through: pages pass through once, and the
/// indexes an import updates fit in this too (measured: a 10k-case import is no
/// slower than with the full cache, and peak memory halves).
pub(crate) const BULK_CACHE_KIB: i64 = 16384;

pub(crate) fn set_cache_kib(conn: &Connection, kib: i64) -> Result<(), StoreError> {
    conn.pragma_update(None, "cache_size", -kib)?;
    Ok(())
}

/// Keeps the page cache at [`BULK_CACHE_KIB`] while alive; the usual size comes back
/// when it is dropped (a shrunk cache frees its pages at once).
#[derive(Debug)]
pub struct BulkCache<'c> {
    conn: &'c Connection,
}

impl<'c> BulkCache<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Result<Self, StoreError> {
        set_cache_kib(conn, BULK_CACHE_KIB)?;
        Ok(BulkCache { conn })
    }
}

impl Drop for BulkCache<'_> {
    fn drop(&mut self) {
        // Only a performance setting: failing to restore it changes no data.
        let _ = set_cache_kib(self.conn, CACHE_KIB);
    }
}

/// Opens a connection once SQLCipher's process-wide setup has finished.
///
/// SQLite marks itself initialised *before* it runs SQLCipher's setup, outside its
/// lock; a second thread opening a connection meanwhile gets a handle whose key is
/// refused ("An error occurred with PRAGMA key"). Seen when two vaults were created
/// at the same instant by parallel tests. One connection opened under a `Once` makes
/// every later open wait for the setup to be complete.
pub(crate) fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    static SETUP: Once = Once::new();
    SETUP.call_once(|| {
        // A failure here is reported by the real open below.
        if let Ok(c) = Connection::open_in_memory() {
            let _ = memory_security_on(&c);
        }
    });
    let conn = Connection::open_with_flags(path, flags)?;
    memory_security_on(&conn)?;
    // SQLite re-plans some cached statements each time they are reused, in case the
    // new bound values deserve another plan (one histories query was compiled anew
    // for every case of an export: 5 % of its time). No plan here depends on values.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    Ok(conn)
}

/// SQLCipher's memory security: every allocation SQLite frees is overwritten before it
/// goes back to the allocator, and is locked in RAM while in use (where the memory
/// lock limit allows), so decrypted pages and key material do not linger in freed
/// heap or reach swap. The setting is process-wide and can only be switched on; it
/// is said on every connection, before its key, so that no connection can be keyed
/// before it is on, whichever opens first.
fn memory_security_on(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch("PRAGMA cipher_memory_security = ON")?;
    Ok(())
}

/// Creates a new, empty database. Refuses if the file already exists.
pub(crate) fn create(dir: &Path, keying: &Keying<'_>) -> Result<Connection, StoreError> {
    let path = dir.join(DB_FILE);
    if path.exists() {
        return Err(StoreError::VaultExists);
    }
    crate::owner_only::create_empty(&path)?;
    let conn = connect(
        &path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_key(&conn, keying)?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::DatabaseDamaged);
    }
    tune(&conn)?;
    migrate(&conn)?;
    Ok(conn)
}

/// Opens an existing database, with the schema version it was found at. Never creates
/// one: a missing file is damage, not an invitation to start over. The caller runs
/// [`migrate`] once it has checked what else the found version requires.
pub(crate) fn open(dir: &Path, keying: &Keying<'_>) -> Result<(Connection, i64), StoreError> {
    let path = dir.join(DB_FILE);
    if !path.exists() {
        return Err(StoreError::DatabaseDamaged);
    }
    let conn = connect(
        &path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_key(&conn, keying)?;
    // SQLCipher accepts any key at PRAGMA time; only a read shows whether the key
    // and the file agree. The key was already authenticated by its slot, so a
    // failure here means the file itself is damaged.
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|_| StoreError::DatabaseDamaged)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| StoreError::DatabaseDamaged)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        // A keyed, readable database with no schema was never finished by us.
        return Err(StoreError::DatabaseDamaged);
    }
    tune(&conn)?;
    Ok((conn, version))
}

/// What a connection needs after its key and before its first read (settings that
/// the file does not store).
pub(crate) type Setup = fn(&Connection) -> Result<(), StoreError>;

/// Re-encrypts every page of the database under `key`, in one transaction.
///
/// The rewrite goes through the write-ahead log even for a database that normally
/// keeps a rollback journal: SQLCipher journals a page under the key it had, so a
/// journal would put a second copy of the whole database under the old key on the
/// disk, and deleting the journal only frees its blocks. The log holds pages under
/// the new key; the checkpoint then writes them over the old ones in place. The
/// commit is the one atomic step: before it the file is wholly under the old key,
/// after it wholly under the new one (in the log until the checkpoint), whichever
/// key the next opener tries first.
pub(crate) fn rekey(conn: &Connection, key: &DataKey) -> Result<(), StoreError> {
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    set_journal_mode(conn, "wal")?;
    let res = (|| {
        // Pages still in the log from before go home first, under the key they have.
        checkpoint(conn)?;
        let value = key.sqlcipher_pragma_value();
        conn.pragma_update(None, "rekey", value.as_str())?;
        checkpoint(conn)
    })();
    let back = set_journal_mode(conn, &mode);
    res.and(back)
}

fn set_journal_mode(conn: &Connection, mode: &str) -> Result<(), StoreError> {
    let now: String = conn.query_row(&format!("PRAGMA journal_mode={mode}"), [], |r| r.get(0))?;
    if !now.eq_ignore_ascii_case(mode) {
        return Err(StoreError::DatabaseDamaged);
    }
    Ok(())
}

/// Copies the whole log into the database and empties it.
fn checkpoint(conn: &Connection) -> Result<(), StoreError> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy != 0 {
        return Err(StoreError::LockedElsewhere);
    }
    Ok(())
}

/// Whether `key` reads the database at `path`. Used after a rekey (SQLCipher does not
/// report a failed commit of a rekey) and when an interrupted rekey is finished.
/// Never creates the file; reading it may roll back what a crash left half done,
/// which is the same under any key.
pub(crate) fn key_opens(path: &Path, key: &DataKey, setup: Setup) -> Result<bool, StoreError> {
    let conn = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_key(&conn, &Keying::Encrypted(key))?;
    setup(&conn)?;
    Ok(conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .is_ok())
}

/// Opens the database at `path` under `from` and re-encrypts it under `to`.
pub(crate) fn rekey_file(
    path: &Path,
    from: &DataKey,
    to: &DataKey,
    setup: Setup,
) -> Result<(), StoreError> {
    let conn = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_key(&conn, &Keying::Encrypted(from))?;
    setup(&conn)?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    rekey(&conn, to)
}

/// The main database needs nothing but its key.
pub(crate) fn no_setup(_: &Connection) -> Result<(), StoreError> {
    Ok(())
}

pub(crate) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let target = i as i64 + 1;
        if target <= current {
            continue;
        }
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        if target == NEXT_DUE_WITH_DEADLINES || target == NEXT_DUE_WITH_FORENSIC_WINDOWS {
            crate::index::recompute_derived(&tx, crate::index::Derived::NextDue)?;
        }
        if target == CASE_FACTS {
            let has: bool = tx.query_row(
                "SELECT count(*) > 0 FROM pragma_table_info('cases') WHERE name = 'facts'",
                [],
                |r| r.get(0),
            )?;
            if !has {
                tx.execute_batch("ALTER TABLE cases ADD COLUMN facts TEXT")?;
            }
            crate::index::recompute_derived(&tx, crate::index::Derived::Facts)?;
        }
        tx.pragma_update(None, "user_version", target)?;
        tx.commit()?;
    }
    Ok(())
}

/// Results of the database's own integrity checks; empty when all is well.
pub(crate) fn integrity_problems(
    conn: &Connection,
    encrypted: bool,
) -> Result<Vec<String>, StoreError> {
    let mut problems = vec![];
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for row in rows {
        let row = row?;
        if row != "ok" {
            problems.push(format!("integrity_check: {row}"));
        }
    }
    if encrypted {
        let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            problems.push(format!("cipher_integrity_check: {}", row?));
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_connection_has_memory_security_on() {
        let dir = tempfile::tempdir().unwrap();
        let conn = connect(
            &dir.path().join("t.db"),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )
        .unwrap();
        let on: String = conn
            .query_row("PRAGMA cipher_memory_security", [], |r| r.get(0))
            .unwrap();
        assert_eq!(on, "1");
    }
}
