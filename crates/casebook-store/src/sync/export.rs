//! Reading cases out for a bundle: whole histories, attachments as streams, and what
//! was last sent to whom.

use std::collections::BTreeSet;
use std::io::{self, Read};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::SyncError;
use crate::audit::{self, AuditEvent};
use crate::revision::RevisionInfo;
use crate::{StoreError, Vault};

/// One revision with its content (`None` for a tombstone), as a bundle carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRevision {
    #[serde(flatten)]
    pub info: RevisionInfo,
    #[serde(default)]
    pub content: Option<Value>,
}

/// A case's whole history, parents before children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseHistory {
    pub case_id: String,
    pub head: String,
    pub revisions: Vec<HistoryRevision>,
}

impl CaseHistory {
    /// The revision the head points at.
    pub fn head_revision(&self) -> Option<&HistoryRevision> {
        self.revisions.iter().find(|r| r.info.id == self.head)
    }

    /// The latest content on the head's line: the head's, or for a tombstone the last
    /// content before it.
    pub fn head_content(&self) -> Option<&Value> {
        let mut id = self.head.as_str();
        loop {
            let rev = self.revisions.iter().find(|r| r.info.id == id)?;
            if let Some(c) = &rev.content {
                return Some(c);
            }
            id = rev.info.parents.first()?;
        }
    }

    /// Every attachment hash any revision cites.
    pub fn attachment_hashes(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for r in &self.revisions {
            if let Some(list) = r
                .content
                .as_ref()
                .and_then(|c| c.pointer("/evidence/attachments"))
                .and_then(Value::as_array)
            {
                for a in list {
                    if let Some(h) = a.get("sha256").and_then(Value::as_str) {
                        out.insert(h.to_owned());
                    }
                }
            }
        }
        out
    }
}

/// One revision as stored: its content still as the canonical JSON text the vault
/// keeps (`None` for a tombstone). Lets a bundle be written without decoding and
/// re-encoding every revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRevision {
    pub info: RevisionInfo,
    pub content: Option<String>,
}

/// A case's whole history as stored, parents before children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredHistory {
    pub case_id: String,
    pub head: String,
    pub revisions: Vec<StoredRevision>,
}

/// Only what [`CaseHistory::attachment_hashes`] looks at; everything else in a record
/// is skipped unparsed.
#[derive(Deserialize)]
struct EvidenceProbe {
    #[serde(default)]
    evidence: Option<Value>,
}

impl StoredHistory {
    /// The history as JSON: byte for byte what `serde_json::to_vec` gives for the
    /// decoded [`CaseHistory`] (the stored text is canonical, which is also how
    /// serde_json writes the decoded value), without decoding it.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        use casebook_core::canonical::write_json_str;
        out.extend_from_slice(b"{\"case_id\":");
        write_json_str(&self.case_id, out);
        out.extend_from_slice(b",\"head\":");
        write_json_str(&self.head, out);
        out.extend_from_slice(b",\"revisions\":[");
        for (i, r) in self.revisions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            // The flattened info, then the content, as `HistoryRevision` serialises.
            let start = out.len();
            // Writing a plain struct into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut *out, &r.info);
            if out.len() > start && out.last() == Some(&b'}') {
                out.pop();
            }
            out.extend_from_slice(b",\"content\":");
            match &r.content {
                Some(c) => out.extend_from_slice(c.as_bytes()),
                None => out.extend_from_slice(b"null"),
            }
            out.push(b'}');
        }
        out.extend_from_slice(b"]}");
    }

    /// The canonical text of the latest content on the head's line (see
    /// [`CaseHistory::head_content`]).
    pub fn head_content(&self) -> Option<&str> {
        let mut id = self.head.as_str();
        for _ in 0..=self.revisions.len() {
            let rev = self.revisions.iter().rev().find(|r| r.info.id == id)?;
            if let Some(c) = &rev.content {
                return Some(c);
            }
            id = rev.info.parents.first()?;
        }
        None
    }

    /// Every attachment hash any revision cites (as [`CaseHistory::attachment_hashes`]).
    pub fn attachment_hashes(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for text in self.revisions.iter().filter_map(|r| r.content.as_deref()) {
            let Ok(probe) = serde_json::from_str::<EvidenceProbe>(text) else {
                continue;
            };
            if let Some(list) = probe
                .evidence
                .as_ref()
                .and_then(|e| e.get("attachments"))
                .and_then(Value::as_array)
            {
                for a in list {
                    if let Some(h) = a.get("sha256").and_then(Value::as_str) {
                        out.insert(h.to_owned());
                    }
                }
            }
        }
        out
    }

    /// Decoded, as [`Vault::case_history`] returns it.
    pub fn decode(&self) -> CaseHistory {
        CaseHistory {
            case_id: self.case_id.clone(),
            head: self.head.clone(),
            revisions: self
                .revisions
                .iter()
                .map(|r| HistoryRevision {
                    info: r.info.clone(),
                    content: r
                        .content
                        .as_deref()
                        .and_then(|t| serde_json::from_str(t).ok()),
                })
                .collect(),
        }
    }
}

pub(crate) const REV_COLS: &str =
    "id, case_id, parents, author, device, created_at, reason, kind, content";

pub(crate) fn row_history(r: &rusqlite::Row<'_>) -> rusqlite::Result<HistoryRevision> {
    let content: Option<String> = r.get(8)?;
    Ok(HistoryRevision {
        info: crate::cases::revision_info(r)?,
        // Stored content that is not JSON is damage, not a tombstone.
        content: content
            .map(|t| serde_json::from_str(&t).map_err(|_| crate::cases::damaged(8)))
            .transpose()?,
    })
}

impl Vault {
    /// Ids of every case, deleted ones included (a deletion travels too), oldest first.
    pub fn all_case_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id FROM cases ORDER BY num")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The head revision id of a case and whether it is deleted.
    pub fn case_head(&self, id_or_code: &str) -> Result<(String, bool), StoreError> {
        let id = self.resolve_case(id_or_code)?;
        Ok(self.conn.query_row(
            "SELECT head, deleted FROM cases WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Every revision of a case, parents before children.
    pub fn case_history(&self, id_or_code: &str) -> Result<CaseHistory, StoreError> {
        let id = self.resolve_case(id_or_code)?;
        let (head, _) = self.case_head(&id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {REV_COLS} FROM revisions WHERE case_id = ?1 ORDER BY seq"
        ))?;
        let rows = stmt.query_map(params![id], row_history)?;
        let revisions = rows.collect::<Result<Vec<_>, _>>()?;
        Ok(CaseHistory {
            case_id: id,
            head,
            revisions,
        })
    }

    /// Every revision of a case by its id, contents left as stored (see
    /// [`StoredHistory`]); for writing bundles.
    pub fn stored_history(&self, case_id: &str) -> Result<StoredHistory, StoreError> {
        let head: String = self
            .conn
            .prepare_cached("SELECT head FROM cases WHERE id = ?1")?
            .query_row(params![case_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::CaseNotFound(case_id.to_owned()))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {REV_COLS} FROM revisions WHERE case_id = ?1 ORDER BY seq"
        ))?;
        let rows = stmt.query_map(params![case_id], |r| {
            let (info, content) = crate::cases::row_revision(r)?;
            Ok(StoredRevision { info, content })
        })?;
        Ok(StoredHistory {
            case_id: case_id.to_owned(),
            head,
            revisions: rows.collect::<Result<_, _>>()?,
        })
    }

    /// A smaller page cache until the guard is dropped: for streaming a bundle out,
    /// whose pages are each read once (keeps the memory of a long export low).
    pub fn bulk_cache(&self) -> Result<crate::BulkCache<'_>, StoreError> {
        crate::BulkCache::new(&self.conn)
    }

    /// True when the vault holds this attachment's bytes.
    pub fn has_blob(&self, sha256: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM blobs WHERE sha256 = ?1")?
            .query_row(params![sha256], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// An attachment as a reader, one chunk in memory at a time.
    pub fn blob_reader(&self, sha256: &str) -> Result<BlobReader<'_>, StoreError> {
        let (size, chunks): (i64, i64) = self
            .conn
            .query_row(
                "SELECT size, chunks FROM blobs WHERE sha256 = ?1",
                params![sha256],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::AttachmentNotFound(sha256.to_owned()))?;
        Ok(BlobReader {
            vault: self,
            sha256: sha256.to_owned(),
            size: u64::try_from(size).unwrap_or(0),
            chunks,
            next: 0,
            chunk: None,
        })
    }

    /// The head last sent to a contact for a case.
    pub fn sent_head(&self, contact_id: i64, case_id: &str) -> Result<Option<String>, SyncError> {
        Ok(self
            .conn
            .query_row(
                "SELECT head FROM sent_heads WHERE contact_id = ?1 AND case_id = ?2",
                params![contact_id, case_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records a finished export: what went to whom, and an audit entry.
    pub fn record_export(
        &mut self,
        contact_ids: &[i64],
        sent: &[(String, String)],
        detail: &str,
    ) -> Result<(), SyncError> {
        let tx = self.conn.transaction()?;
        let now = crate::now();
        for c in contact_ids {
            for (case_id, head) in sent {
                tx.execute(
                    "INSERT OR REPLACE INTO sent_heads (contact_id, case_id, head, sent_at) VALUES (?1, ?2, ?3, ?4)",
                    params![c, case_id, head, now],
                )?;
            }
        }
        audit::append(&tx, AuditEvent::BundleExported, None, detail)?;
        tx.commit()?;
        Ok(())
    }
}

/// Streams one attachment out of the vault chunk by chunk, through SQLite's
/// incremental BLOB I/O: bytes go from the database pages straight into the caller's
/// buffer, with no chunk-sized copy in between.
pub struct BlobReader<'v> {
    vault: &'v Vault,
    sha256: String,
    size: u64,
    chunks: i64,
    next: i64,
    /// The chunk being read (moved from row to row).
    chunk: Option<rusqlite::blob::Blob<'v>>,
}

impl std::fmt::Debug for BlobReader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobReader")
            .field("sha256", &self.sha256)
            .field("size", &self.size)
            .finish()
    }
}

impl BlobReader<'_> {
    pub fn size(&self) -> u64 {
        self.size
    }
}

impl Read for BlobReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some(chunk) = &mut self.chunk {
                let n = chunk.read(out)?;
                if n > 0 {
                    return Ok(n);
                }
            }
            if self.next >= self.chunks {
                return Ok(0);
            }
            let row = crate::chunks::row_of(&self.vault.chunks, &self.sha256, self.next)
                .map_err(io::Error::other)?;
            let row = row.ok_or_else(|| io::Error::other("attachment chunk missing"))?;
            match &mut self.chunk {
                Some(chunk) => chunk.reopen(row),
                None => self
                    .vault
                    .chunks
                    .blob_open(rusqlite::MAIN_DB, "chunks", "data", row, true)
                    .map(|b| self.chunk = Some(b)),
            }
            .map_err(io::Error::other)?;
            self.next += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use rusqlite::StatementStatus;

    use crate::vault::testing::{self, case};

    #[test]
    fn reading_histories_one_after_another_compiles_the_query_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut vault = testing::create(dir.path());
        let ids: Vec<String> = (0..20)
            .map(|i| {
                let code = format!("KZ-ALM-2026-{i:04}");
                vault.add_case(case(&code, "Айгуль"), "t").unwrap().id
            })
            .collect();
        for id in &ids {
            assert_eq!(vault.stored_history(id).unwrap().revisions.len(), 1);
        }
        let sql = format!(
            "SELECT {} FROM revisions WHERE case_id = ?1 ORDER BY seq",
            super::REV_COLS
        );
        let stmt = vault.conn.prepare_cached(&sql).unwrap();
        assert_eq!(stmt.get_status(StatementStatus::RePrepare), 0);
    }
}
