//! Attachment bytes live in a second SQLCipher database beside the vault's,
//! `attachments.db`, keyed with the same data key.
//!
//! The vault's database keeps SQLCipher's defaults (4 KiB pages, HMAC-SHA512 per page),
//! right for small rows read at random. Attachments are megabytes read and written
//! front to back, and there those defaults cost: measured on 256 MB of 1 MiB chunks,
//! 52 MB/s written and 176 MB/s read. With 64 KiB pages, HMAC-SHA256 (SHA extensions on
//! current CPUs) and a rollback journal (a new page is written once; a write-ahead log
//! writes it twice) the same chunks go at 211 MB/s written and 650 MB/s read.
//!
//! Consistency without a transaction across two files: chunks are committed before
//! the `blobs` row that makes them visible, and a blob's chunks are removed only after
//! its row is gone. A crash in between leaves chunks nothing refers to; opening the
//! vault removes them ([`collect_orphans`]).

use std::fs::File;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread::JoinHandle;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use crate::db::{self, apply_key, Keying};
use crate::{writeback, StoreError};

pub(crate) const CHUNK_FILE: &str = "attachments.db";
/// Every name the chunk database may leave in the vault directory.
pub(crate) const CHUNK_FILES: [&str; 2] = [CHUNK_FILE, "attachments.db-journal"];
const PAGE_SIZE: i64 = 65536;
/// Chunks stream through once; the cache only needs the b-tree's inner pages.
const CACHE_KIB: i64 = 2048;
const SCHEMA_VERSION: i64 = 1;
/// The main database's schema version from which a vault has this file (migration
/// 0008): below it, chunks still live in `vault.db` and the file may not exist yet.
pub(crate) const FILE_SINCE_SCHEMA: i64 = 8;

/// Opens the chunk database. `create` is for a new vault and for one from before the
/// file existed; otherwise a missing file is damage, as for the main database: made
/// anew it would be an empty file where the attachments were, and every attachment
/// would silently read as lost.
pub(crate) fn open(
    dir: &Path,
    keying: &Keying<'_>,
    create: bool,
) -> Result<Connection, StoreError> {
    let path = dir.join(CHUNK_FILE);
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
        crate::owner_only::create_empty(&path)?;
    } else if !path.exists() {
        return Err(StoreError::AttachmentsMissing);
    }
    let conn = db::connect(&path, flags)?;
    apply_key(&conn, keying)?;
    match keying {
        Keying::Encrypted(_) => cipher_settings(&conn)?,
        #[cfg(feature = "plaintext-bench")]
        Keying::Plain => conn.pragma_update(None, "page_size", PAGE_SIZE)?,
    }
    // The key was authenticated by its slot and opened the main database: a failure
    // to read this file means the file is damaged.
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|_| StoreError::DatabaseDamaged)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    let mode: String = conn.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::DatabaseDamaged);
    }
    // As for the main database: no plaintext in temp files, freed pages zeroed, a
    // commit durable before it returns.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    if version == 0 {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS chunks (
                 blob TEXT NOT NULL,
                 idx  INTEGER NOT NULL,
                 data BLOB NOT NULL
             );
             CREATE UNIQUE INDEX IF NOT EXISTS chunks_at ON chunks (blob, idx);",
        )?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
    }
    Ok(conn)
}

/// SQLCipher settings of this file; not stored in it, so every open must say them again.
pub(crate) fn cipher_settings(conn: &Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "cipher_page_size", PAGE_SIZE)?;
    conn.pragma_update(None, "cipher_hmac_algorithm", "HMAC_SHA256")?;
    Ok(())
}

/// Vaults from before the chunk database kept chunks in the main database's
/// `blob_chunks`: moves them over, a few at a time, each batch committed here before
/// it is deleted there (a crash in between copies it again; the copy replaces).
pub(crate) fn move_legacy(main: &Connection, chunks: &Connection) -> Result<u64, StoreError> {
    const BATCH: usize = 16;
    let mut moved = 0u64;
    loop {
        let rows: Vec<(i64, String, i64, Vec<u8>)> = main
            .prepare_cached(&format!(
                "SELECT rowid, blob, idx, data FROM blob_chunks LIMIT {BATCH}"
            ))?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        if rows.is_empty() {
            return Ok(moved);
        }
        let tx = chunks.unchecked_transaction()?;
        for (_, blob, idx, data) in &rows {
            insert(&tx, blob, *idx, data)?;
        }
        tx.commit()?;
        let tx = main.unchecked_transaction()?;
        for (rowid, ..) in &rows {
            tx.prepare_cached("DELETE FROM blob_chunks WHERE rowid = ?1")?
                .execute(params![rowid])?;
        }
        tx.commit()?;
        moved += rows.len() as u64;
    }
}

/// Removes chunks no `blobs` row refers to: left by a crash between the two commits,
/// or by a transaction on the main database that was rolled back after its chunks
/// were committed. Returns how many blobs' chunks went.
pub(crate) fn collect_orphans(main: &Connection, chunks: &Connection) -> Result<usize, StoreError> {
    let names: Vec<String> = chunks
        .prepare("SELECT DISTINCT blob FROM chunks")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut orphans = vec![];
    for name in names {
        let known = main
            .prepare_cached("SELECT 1 FROM blobs WHERE sha256 = ?1")?
            .query_row(params![name], |_| Ok(()))
            .optional()?
            .is_some();
        if !known {
            orphans.push(name);
        }
    }
    if !orphans.is_empty() {
        let tx = chunks.unchecked_transaction()?;
        for name in &orphans {
            remove(&tx, name)?;
        }
        tx.commit()?;
    }
    Ok(orphans.len())
}

/// Stores one chunk; a leftover chunk of the same blob and index is replaced.
pub(crate) fn insert(
    conn: &Connection,
    blob: &str,
    idx: i64,
    data: &[u8],
) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT OR REPLACE INTO chunks (blob, idx, data) VALUES (?1, ?2, ?3)")?
        .execute(params![blob, idx, data])?;
    // Attachments of many megabytes arrive in one transaction (an import, a large
    // file): start the disk on what SQLite has written so far, so that the commit's
    // fsync does not wait for all of it (see `writeback`).
    let len = data.len() as u64;
    if UNHINTED.fetch_add(len, Ordering::Relaxed) + len >= writeback::WRITEBACK_EVERY {
        UNHINTED.store(0, Ordering::Relaxed);
        if let Some(file) = conn.path().and_then(|p| File::open(p).ok()) {
            writeback::start(&file);
        }
    }
    Ok(())
}

/// Chunk bytes inserted (by any connection) since the last writeback request.
static UNHINTED: AtomicU64 = AtomicU64::new(0);

/// Gives chunks stored under a temporary name their final one.
pub(crate) fn rename(conn: &Connection, from: &str, to: &str) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE OR REPLACE chunks SET blob = ?2 WHERE blob = ?1")?
        .execute(params![from, to])?;
    Ok(())
}

pub(crate) fn remove(conn: &Connection, blob: &str) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM chunks WHERE blob = ?1")?
        .execute(params![blob])?;
    Ok(())
}

/// The row of one chunk, for incremental reading.
pub(crate) fn row_of(conn: &Connection, blob: &str, idx: i64) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT rowid FROM chunks WHERE blob = ?1 AND idx = ?2")?
        .query_row(params![blob, idx], |r| r.get(0))
        .optional()?)
}

/// One chunk's bytes.
pub(crate) fn read(conn: &Connection, blob: &str, idx: i64) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT data FROM chunks WHERE blob = ?1 AND idx = ?2")?
        .query_row(params![blob, idx], |r| r.get(0))
        .optional()?)
}

/// Blobs whose chunks are not all there, for the vault's integrity check.
pub(crate) fn missing(main: &Connection, chunks: &Connection) -> Result<Vec<String>, StoreError> {
    let blobs: Vec<(String, i64)> = main
        .prepare("SELECT sha256, chunks FROM blobs")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut out = vec![];
    for (sha, want) in blobs {
        let have: i64 = chunks
            .prepare_cached("SELECT count(*) FROM chunks WHERE blob = ?1")?
            .query_row(params![sha], |r| r.get(0))?;
        if have != want {
            out.push(format!("attachment {sha}: {have} of {want} chunks"));
        }
    }
    Ok(out)
}

/// The chunk database's side of an import, on a thread of its own: encrypting and
/// writing a gigabyte of chunks took a third of the importing thread's time, which
/// now checks and stages cases meanwhile. Everything goes into one transaction,
/// committed by [`ChunkWriter::commit`] (before the main database's, see the module
/// comment) and rolled back when the writer is dropped. The connection goes back to
/// the vault either way.
pub(crate) struct ChunkWriter<'v> {
    home: &'v mut Connection,
    ops: Option<SyncSender<ChunkOp>>,
    /// Chunk buffers written, for the next chunks (no fresh megabyte each time).
    spent: Receiver<Vec<u8>>,
    thread: Option<JoinHandle<(Connection, Result<(), StoreError>)>>,
}

enum ChunkOp {
    Insert {
        blob: String,
        idx: i64,
        data: Vec<u8>,
    },
    Remove(String),
    Commit,
}

/// Chunks waiting for the writer thread, at most (a few MiB).
const WRITER_DEPTH: usize = 4;

impl<'v> ChunkWriter<'v> {
    pub(crate) fn start(home: &'v mut Connection) -> Result<Self, StoreError> {
        // Lent to the thread; an empty stand-in holds its place meanwhile.
        let conn = std::mem::replace(home, Connection::open_in_memory()?);
        let (ops, queue) = mpsc::sync_channel(WRITER_DEPTH);
        let (give_back, spent) = mpsc::channel();
        let thread = std::thread::spawn(move || {
            let result = write_ops(&conn, queue, give_back);
            (conn, result)
        });
        Ok(ChunkWriter {
            home,
            ops: Some(ops),
            spent,
            thread: Some(thread),
        })
    }

    /// A buffer for the next chunk, `CHUNK_SIZE` long: one already written, or new.
    pub(crate) fn buffer(&self) -> Vec<u8> {
        let mut buf = self.spent.try_recv().unwrap_or_default();
        buf.resize(crate::CHUNK_SIZE, 0);
        buf
    }

    pub(crate) fn insert(&mut self, blob: &str, idx: i64, data: Vec<u8>) -> Result<(), StoreError> {
        self.send(ChunkOp::Insert {
            blob: blob.to_owned(),
            idx,
            data,
        })
    }

    pub(crate) fn remove(&mut self, blob: &str) -> Result<(), StoreError> {
        self.send(ChunkOp::Remove(blob.to_owned()))
    }

    /// Commits every chunk sent; returns the first error the thread met, if any.
    pub(crate) fn commit(&mut self) -> Result<(), StoreError> {
        self.send(ChunkOp::Commit)?;
        self.join()
    }

    fn send(&mut self, op: ChunkOp) -> Result<(), StoreError> {
        let sent = self.ops.as_ref().map(|ops| ops.send(op).is_ok());
        if sent == Some(true) {
            return Ok(());
        }
        // The thread stopped at an error of its own (a full disk): that error.
        self.join()?;
        Err(StoreError::DatabaseDamaged)
    }

    /// Ends the thread (rolling back what was not committed) and gives the
    /// connection back to the vault.
    fn join(&mut self) -> Result<(), StoreError> {
        self.ops = None;
        let Some(thread) = self.thread.take() else {
            return Ok(());
        };
        match thread.join() {
            Ok((conn, result)) => {
                *self.home = conn;
                result
            }
            // Only a bug panics there; the vault must be opened again.
            Err(_) => Err(StoreError::DatabaseDamaged),
        }
    }
}

impl Drop for ChunkWriter<'_> {
    fn drop(&mut self) {
        let _ = self.join();
    }
}

fn write_ops(
    conn: &Connection,
    queue: Receiver<ChunkOp>,
    give_back: mpsc::Sender<Vec<u8>>,
) -> Result<(), StoreError> {
    let tx = conn.unchecked_transaction()?;
    for op in queue {
        match op {
            ChunkOp::Insert { blob, idx, data } => {
                insert(&tx, &blob, idx, &data)?;
                // The importer may be gone; then the buffer is freed here.
                let _ = give_back.send(data);
            }
            ChunkOp::Remove(blob) => remove(&tx, &blob)?,
            ChunkOp::Commit => return Ok(tx.commit()?),
        }
    }
    // The importer went away without committing: `tx` rolls back.
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::path::Path;

    use crate::vault::testing::{self, case, reopen, try_reopen};
    use crate::{AttachmentMeta, StoreError, Vault};

    /// A vault holding one case with one attachment of three chunks.
    fn vault_with_photo(dir: &Path) -> (Vault, String, Vec<u8>) {
        let mut v = testing::create(dir);
        let case = v.add_case(case("KZ-ALM-2026-0001", "Айгуль"), "t").unwrap();
        let photo: Vec<u8> = b"PLAINTEXT-MARKER "
            .iter()
            .copied()
            .cycle()
            .take(super::super::CHUNK_SIZE * 2 + 100)
            .collect();
        let meta = AttachmentMeta {
            file_name: "photo.jpg".into(),
            ..Default::default()
        };
        let a = v.attach_reader(&case.id, &photo[..], meta, "t").unwrap();
        (v, a.sha256.unwrap(), photo)
    }

    fn chunk_rows(v: &Vault) -> i64 {
        v.chunks
            .query_row("SELECT count(*) FROM chunks", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn attachment_bytes_are_in_their_own_encrypted_file() {
        let dir = tempfile::tempdir().unwrap();
        let (v, sha, photo) = vault_with_photo(dir.path());
        assert_eq!(chunk_rows(&v), 3);
        let legacy: i64 = v
            .conn
            .query_row("SELECT count(*) FROM blob_chunks", [], |r| r.get(0))
            .unwrap();
        assert_eq!(legacy, 0, "nothing in the main database");
        let mut back = vec![];
        v.read_attachment(&sha, &mut back).unwrap();
        assert_eq!(back, photo);
        drop(v);
        let bytes = std::fs::read(dir.path().join(super::CHUNK_FILE)).unwrap();
        assert!(bytes.len() > photo.len());
        assert!(!bytes.starts_with(b"SQLite format 3"));
        let marker = b"PLAINTEXT-MARKER";
        assert!(!bytes.windows(marker.len()).any(|w| w == marker));
    }

    #[test]
    fn chunks_nothing_refers_to_are_removed_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let (v, sha, photo) = vault_with_photo(dir.path());
        // What a crash between the chunk commit and the main commit leaves behind.
        let stray = "ab".repeat(32);
        for idx in 0..2 {
            super::insert(&v.chunks, &stray, idx, b"left over").unwrap();
        }
        super::insert(&v.chunks, "pending:1234", 0, b"left over").unwrap();
        assert_eq!(chunk_rows(&v), 6);
        drop(v);
        let v = reopen(dir.path());
        assert_eq!(chunk_rows(&v), 3, "only the cited attachment's chunks stay");
        let mut back = vec![];
        v.read_attachment(&sha, &mut back).unwrap();
        assert_eq!(back, photo);
        assert!(v.verify().unwrap().integrity.is_empty());
    }

    /// Every file of the vault directory with its bytes, by name.
    fn files(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
            .collect();
        v.sort();
        v
    }

    #[cfg(unix)]
    #[test]
    fn the_journal_takes_the_owner_only_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let (v, _, _) = vault_with_photo(dir.path());
        let tx = v.chunks.unchecked_transaction().unwrap();
        super::insert(&tx, "pending:1", 0, &[1; 100_000]).unwrap();
        let mode = |name: &str| {
            std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        // A vault's files are 0600 whatever the umask of the tests.
        assert_eq!(mode(super::CHUNK_FILES[1]), 0o600);
        assert_eq!(mode(super::CHUNK_FILE), 0o600);
        tx.rollback().unwrap();
    }

    #[test]
    fn a_missing_attachments_file_is_refused_and_not_made_anew() {
        let dir = tempfile::tempdir().unwrap();
        let (v, _, _) = vault_with_photo(dir.path());
        drop(v);
        let chunk_file = dir.path().join(super::CHUNK_FILE);
        std::fs::remove_file(&chunk_file).unwrap();
        let before = files(dir.path());
        for _ in 0..2 {
            let err = try_reopen(dir.path()).unwrap_err();
            assert!(matches!(err, StoreError::AttachmentsMissing), "{err:?}");
            assert!(!chunk_file.exists());
            assert_eq!(before, files(dir.path()), "nothing written");
        }
        // Also for a vault that never had an attachment.
        let empty = tempfile::tempdir().unwrap();
        drop(testing::create(empty.path()));
        std::fs::remove_file(empty.path().join(super::CHUNK_FILE)).unwrap();
        let err = try_reopen(empty.path()).unwrap_err();
        assert!(matches!(err, StoreError::AttachmentsMissing), "{err:?}");
        assert!(!empty.path().join(super::CHUNK_FILE).exists());
    }

    /// Moves a vault's chunks back into the main database and marks it with the
    /// schema version from before the chunk file, as such vaults are on disk.
    fn back_to_schema_7(v: &Vault) {
        let rows: Vec<(String, i64, Vec<u8>)> = v
            .chunks
            .prepare("SELECT blob, idx, data FROM chunks")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (blob, idx, data) in &rows {
            v.conn
                .execute(
                    "INSERT INTO blob_chunks (blob, idx, data) VALUES (?1, ?2, ?3)",
                    rusqlite::params![blob, idx, data],
                )
                .unwrap();
        }
        v.chunks.execute("DELETE FROM chunks", []).unwrap();
        v.conn.pragma_update(None, "user_version", 7).unwrap();
    }

    #[test]
    fn a_vault_from_before_the_attachments_file_gets_one_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let (v, sha, photo) = vault_with_photo(dir.path());
        back_to_schema_7(&v);
        drop(v);
        std::fs::remove_file(dir.path().join(super::CHUNK_FILE)).unwrap();
        let v = reopen(dir.path());
        assert!(dir.path().join(super::CHUNK_FILE).exists());
        assert_eq!(chunk_rows(&v), 3);
        let mut back = vec![];
        v.read_attachment(&sha, &mut back).unwrap();
        assert_eq!(back, photo);
        drop(v);
        // From then on the file is part of the vault.
        std::fs::remove_file(dir.path().join(super::CHUNK_FILE)).unwrap();
        assert!(matches!(
            try_reopen(dir.path()),
            Err(StoreError::AttachmentsMissing)
        ));
    }

    #[test]
    fn a_vault_with_chunks_in_its_main_database_moves_them_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let (v, sha, photo) = vault_with_photo(dir.path());
        // Back to how vaults kept chunks before: in the main database's blob_chunks.
        let rows: Vec<(String, i64, Vec<u8>)> = v
            .chunks
            .prepare("SELECT blob, idx, data FROM chunks")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (blob, idx, data) in &rows {
            v.conn
                .execute(
                    "INSERT INTO blob_chunks (blob, idx, data) VALUES (?1, ?2, ?3)",
                    rusqlite::params![blob, idx, data],
                )
                .unwrap();
        }
        v.chunks.execute("DELETE FROM chunks", []).unwrap();
        // As a crash halfway through an earlier move leaves it: one chunk copied over
        // and still in the main database too.
        super::insert(&v.chunks, &rows[0].0, rows[0].1, &rows[0].2).unwrap();
        v.conn.pragma_update(None, "user_version", 7).unwrap();
        drop(v);
        let v = reopen(dir.path());
        let version: i64 = v
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            version,
            crate::SCHEMA_VERSION,
            "marked so older programs refuse it"
        );
        let legacy: i64 = v
            .conn
            .query_row("SELECT count(*) FROM blob_chunks", [], |r| r.get(0))
            .unwrap();
        assert_eq!((legacy, chunk_rows(&v)), (0, 3));
        let mut back = vec![];
        v.read_attachment(&sha, &mut back).unwrap();
        assert_eq!(back, photo);
        assert!(v.verify().unwrap().integrity.is_empty());
    }

    #[test]
    fn a_missing_chunk_is_reported_by_verify_and_erase_removes_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (v, sha, _) = vault_with_photo(dir.path());
        v.chunks
            .execute(
                "DELETE FROM chunks WHERE blob = ?1 AND idx = 1",
                rusqlite::params![sha],
            )
            .unwrap();
        let problems = v.verify().unwrap().integrity;
        assert!(
            problems
                .iter()
                .any(|p| p.contains(&sha) && p.contains("2 of 3")),
            "{problems:?}"
        );
        assert!(v.read_attachment(&sha, &mut vec![]).is_err());
        drop(v);
        crate::vault::erase(dir.path()).unwrap();
        assert!(!dir.path().join(super::CHUNK_FILE).exists());
    }
}
