//! Attachments: streamed into the vault in chunks, addressed by the SHA-256 of their
//! plaintext, stored once however many cases cite them.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use casebook_core::model::Attachment;
use rusqlite::{params, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::audit::{self, AuditEvent};
use crate::backlog::SearchUpdate;
use crate::cases::{append_revision, write_index};
use crate::chunks;
use crate::index::index_of;
use crate::revision::RevisionKind;
use crate::{StoreError, Vault};

/// Big enough that a video is a few thousand rows, small enough that memory stays flat.
pub const CHUNK_SIZE: usize = 1024 * 1024;

/// What a person supplies about a file besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct AttachmentMeta {
    pub file_name: String,
    pub media_type: Option<String>,
    pub description: Option<String>,
    pub captured_at: Option<String>,
}

/// A guess from the file name; good enough for choosing how to show a file.
pub fn media_type_for(file_name: &str) -> &'static str {
    let ext = Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "pdf" => "application/pdf",
        "txt" => "text/plain",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "mp4" => "video/mp4",
        "mov" => "video/quicktime",
        "webm" => "video/webm",
        _ => "application/octet-stream",
    }
}

impl Vault {
    /// Adds a file to a case by streaming it from disk.
    pub fn attach_file(
        &mut self,
        id_or_code: &str,
        path: &Path,
        description: Option<&str>,
        author: &str,
    ) -> Result<Attachment, StoreError> {
        let (file, sha, meta) = open_hashed(path, description, self.options.attachment_limit)?;
        self.attach_stream(id_or_code, file, Some(&sha), meta, author)
    }

    /// Streams `reader` into the vault and records it in the case's evidence, all in
    /// one transaction: a crash or an oversized file leaves no trace.
    pub fn attach_reader(
        &mut self,
        id_or_code: &str,
        reader: impl Read,
        meta: AttachmentMeta,
        author: &str,
    ) -> Result<Attachment, StoreError> {
        self.attach_stream(id_or_code, reader, None, meta, author)
    }

    /// `expected`: the SHA-256 the stream will have, when known beforehand; a stream
    /// that turns out different is refused ([`StoreError::AttachmentChanged`]).
    fn attach_stream(
        &mut self,
        id_or_code: &str,
        mut reader: impl Read,
        expected: Option<&str>,
        meta: AttachmentMeta,
        author: &str,
    ) -> Result<Attachment, StoreError> {
        let id = self.resolve_case(id_or_code)?;
        let current = self.get_case(&id)?;
        if current.deleted {
            return Err(StoreError::CaseDeleted(current.code));
        }
        if current.record.status.as_deref() == Some("sealed") {
            return Err(StoreError::SealedNeedsReason);
        }
        let limit = self.options.attachment_limit;
        let tx = self.conn.transaction()?;
        let (sha, size) = store_blob(&tx, &self.chunks, &mut reader, limit, expected)?;
        let mut record = current.record.clone();
        let evidence = record.evidence.get_or_insert_with(Default::default);
        if let Some(existing) = evidence
            .attachments
            .iter()
            .find(|a| a.sha256.as_deref() == Some(sha.as_str()))
        {
            let existing = existing.clone();
            tx.commit()?;
            return Ok(existing);
        }
        let media_type = meta
            .media_type
            .clone()
            .unwrap_or_else(|| media_type_for(&meta.file_name).to_owned());
        let attachment = Attachment {
            sha256: Some(sha.clone()),
            size: Some(size),
            media_type: Some(media_type),
            file_name: Some(meta.file_name.clone()),
            captured_at: meta.captured_at.clone(),
            received_at: Some(crate::now()),
            received_by: Some(author.to_owned()),
            description: meta.description.clone(),
        };
        evidence.attachments.push(attachment.clone());
        let value = crate::cases::to_value(&record)?;
        let rev = append_revision(
            &tx,
            &id,
            std::slice::from_ref(&current.head.id),
            author,
            &self.device_id,
            None,
            RevisionKind::Edit,
            Some(&value),
        )?;
        let ix = index_of(&record, crate::due::rule(&tx)?);
        write_index(&tx, &id, &ix, &rev, SearchUpdate::Queue)?;
        audit::append(&tx, AuditEvent::AttachmentAdded, Some(&id), &sha)?;
        tx.commit()?;
        Ok(attachment)
    }

    /// Streams an attachment that `case` cites; refuses hashes the case does not hold,
    /// so a case id cannot be used to read another case's evidence.
    pub fn read_case_attachment(
        &self,
        id_or_code: &str,
        sha256: &str,
        out: &mut dyn Write,
    ) -> Result<u64, StoreError> {
        let case = self.get_case(id_or_code)?;
        let cited = case.record.evidence.as_ref().is_some_and(|e| {
            e.attachments
                .iter()
                .any(|a| a.sha256.as_deref() == Some(sha256))
        });
        if !cited {
            return Err(StoreError::AttachmentNotFound(sha256.to_owned()));
        }
        self.read_attachment(sha256, out)
    }

    /// Size in bytes of a stored attachment.
    pub fn attachment_size(&self, sha256: &str) -> Result<u64, StoreError> {
        let size: Option<i64> = self
            .conn
            .prepare_cached("SELECT size FROM blobs WHERE sha256 = ?1")?
            .query_row(params![sha256], |r| r.get(0))
            .optional()?;
        size.map(|s| u64::try_from(s).unwrap_or(0))
            .ok_or_else(|| StoreError::AttachmentNotFound(sha256.to_owned()))
    }

    /// Streams an attachment into `out`, chunk by chunk, checking its hash on the way.
    pub fn read_attachment(&self, sha256: &str, out: &mut dyn Write) -> Result<u64, StoreError> {
        let chunks: i64 = self
            .conn
            .query_row(
                "SELECT chunks FROM blobs WHERE sha256 = ?1",
                params![sha256],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::AttachmentNotFound(sha256.to_owned()))?;
        let mut hasher = Sha256::new();
        let mut written = 0u64;
        for idx in 0..chunks {
            let data =
                chunks::read(&self.chunks, sha256, idx)?.ok_or(StoreError::DatabaseDamaged)?;
            hasher.update(&data);
            out.write_all(&data)?;
            written += data.len() as u64;
        }
        if hex::encode(hasher.finalize()) != sha256 {
            return Err(StoreError::DatabaseDamaged);
        }
        Ok(written)
    }
}

/// Streams `reader` into content-addressed chunks and returns the SHA-256 of the
/// plaintext and its size. A blob already stored is kept once. The chunks are
/// committed to the chunk database here, before `tx` (the main database's) records
/// the blob: should `tx` be dropped instead, they are left over and removed at the
/// next open (see `chunks`); on an error here nothing is kept.
pub(crate) fn store_blob(
    tx: &rusqlite::Transaction<'_>,
    chunk_db: &rusqlite::Connection,
    reader: &mut impl Read,
    limit: u64,
    expected: Option<&str>,
) -> Result<(String, u64), StoreError> {
    let ctx = chunk_db.unchecked_transaction()?;
    if let Some(sha) = expected {
        // Known beforehand: chunks go in under their final name, or not at all when
        // the vault already has the blob; the stream must still hash to `sha`.
        let known = blob_known(tx, sha)?;
        let (got, size, count) = write_chunks(&ctx, reader, limit, (!known).then_some(sha))?;
        if got != sha {
            // Dropping `ctx` rolls back every chunk written.
            return Err(StoreError::AttachmentChanged);
        }
        ctx.commit()?;
        if !known {
            record_blob(tx, sha, size, count)?;
        }
        return Ok((got, size));
    }
    let pending = format!("pending:{}", uuid::Uuid::new_v4());
    let (sha, size, count) = write_chunks(&ctx, reader, limit, Some(&pending))?;
    let known = blob_known(tx, &sha)?;
    if known {
        chunks::remove(&ctx, &pending)?;
    } else {
        chunks::rename(&ctx, &pending, &sha)?;
    }
    ctx.commit()?;
    if !known {
        record_blob(tx, &sha, size, count)?;
    }
    Ok((sha, size))
}

/// Streams `reader` into chunks named `key` (or only hashes it, for `None`).
/// Returns the SHA-256 of what was read, its size and the number of chunks.
fn write_chunks(
    ctx: &rusqlite::Transaction<'_>,
    reader: &mut impl Read,
    limit: u64,
    key: Option<&str>,
) -> Result<(String, u64, i64), StoreError> {
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut idx: i64 = 0;
    let mut buf = vec![0u8; CHUNK_SIZE];
    loop {
        let n = read_full(reader, &mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        if size > limit {
            // Dropping the transaction rolls back every chunk already written.
            return Err(StoreError::AttachmentTooLarge { limit });
        }
        hasher.update(&buf[..n]);
        if let Some(key) = key {
            chunks::insert(ctx, key, idx, &buf[..n])?;
        }
        idx += 1;
    }
    Ok((hex::encode(hasher.finalize()), size, idx))
}

fn blob_known(tx: &rusqlite::Transaction<'_>, sha: &str) -> Result<bool, StoreError> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM blobs WHERE sha256 = ?1",
            params![sha],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn record_blob(
    tx: &rusqlite::Transaction<'_>,
    sha: &str,
    size: u64,
    chunks: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO blobs (sha256, size, chunks, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            sha,
            i64::try_from(size).unwrap_or(i64::MAX),
            chunks,
            crate::now()
        ],
    )?;
    Ok(())
}

/// Opens a file to attach, with its SHA-256 read beforehand: knowing the hash lets
/// its chunks go in under their final name, where a temporary name and a rename
/// would write every chunk twice. A file over the limit is refused before any write.
pub(crate) fn open_hashed(
    path: &Path,
    description: Option<&str>,
    limit: u64,
) -> Result<(File, String, AttachmentMeta), StoreError> {
    let (sha, size) = hash_file(path)?;
    if size > limit {
        return Err(StoreError::AttachmentTooLarge { limit });
    }
    let meta = AttachmentMeta {
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".to_owned()),
        media_type: None,
        description: description.map(str::to_owned),
        captured_at: None,
    };
    Ok((File::open(path)?, sha, meta))
}

/// The SHA-256 and size of a file, read once from start to end.
fn hash_file(path: &Path) -> Result<(String, u64), StoreError> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK_SIZE];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    Ok((hex::encode(hasher.finalize()), size))
}

/// Fills `buf` unless the reader ends first, so chunk boundaries do not depend on
/// how the OS happens to split reads; returns how many bytes came. (The bundle's
/// decrypting thread fills its buffers the same way.)
pub fn read_full<R: Read + ?Sized>(r: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Deletes the `blobs` rows of `shas` that no revision and no draft cites any more,
/// inside the caller's transaction; returns them, for their chunks to be removed
/// after the commit (see `chunks`).
pub(crate) fn drop_uncited(
    tx: &rusqlite::Transaction<'_>,
    shas: Vec<String>,
) -> Result<Vec<String>, StoreError> {
    let mut gone = vec![];
    for sha in shas {
        // A hash is 64 hex digits: as a substring of stored JSON it means a citation.
        let pattern = format!("%{sha}%");
        let cited: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM revisions WHERE content LIKE ?1)
                     OR EXISTS (SELECT 1 FROM drafts WHERE content LIKE ?1)",
            rusqlite::params![pattern],
            |r| r.get(0),
        )?;
        if !cited {
            tx.execute(
                "DELETE FROM blobs WHERE sha256 = ?1",
                rusqlite::params![sha],
            )?;
            gone.push(sha);
        }
    }
    Ok(gone)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::vault::testing;

    fn blob_rows(v: &Vault) -> (i64, i64) {
        v.conn
            .query_row(
                "SELECT (SELECT count(*) FROM blobs), (SELECT count(*) FROM blob_chunks)",
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
            )
            .map(|(blobs, legacy)| {
                let chunks: i64 = v
                    .chunks
                    .query_row("SELECT count(*) FROM chunks", [], |r| r.get(0))
                    .unwrap();
                (blobs, legacy + chunks)
            })
            .unwrap()
    }

    #[test]
    fn a_stream_that_differs_from_its_announced_hash_is_refused_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        let data = vec![7u8; CHUNK_SIZE * 2 + 10];
        let wrong = hex::encode(Sha256::digest(b"what the file held a moment ago"));
        let tx = v.conn.transaction().unwrap();
        let err = store_blob(&tx, &v.chunks, &mut &data[..], u64::MAX, Some(&wrong)).unwrap_err();
        assert!(matches!(err, StoreError::AttachmentChanged));
        drop(tx);
        assert_eq!(blob_rows(&v), (0, 0));
    }

    #[test]
    fn a_known_hash_stores_chunks_once_under_their_final_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        let data: Vec<u8> = (0..CHUNK_SIZE * 2 + 10).map(|i| (i % 251) as u8).collect();
        let sha = hex::encode(Sha256::digest(&data));
        for _ in 0..2 {
            let tx = v.conn.transaction().unwrap();
            let (got, size) =
                store_blob(&tx, &v.chunks, &mut &data[..], u64::MAX, Some(&sha)).unwrap();
            tx.commit().unwrap();
            assert_eq!((got.as_str(), size), (sha.as_str(), data.len() as u64));
        }
        assert_eq!(blob_rows(&v), (1, 3), "one blob, three chunks, stored once");
        let mut back = vec![];
        v.read_attachment(&sha, &mut back).unwrap();
        assert_eq!(back, data);
    }
}
