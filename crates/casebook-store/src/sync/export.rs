//! Reading cases out for a bundle: whole histories, attachments as streams, and what
//! was last sent to whom.

use std::collections::BTreeSet;
use std::io::{self, Read};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::SyncError;
use crate::audit::{self, AuditEvent};
use crate::revision::{RevisionInfo, RevisionKind};
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

pub(crate) const REV_COLS: &str =
    "id, case_id, parents, author, device, created_at, reason, kind, content";

pub(crate) fn row_history(r: &rusqlite::Row<'_>) -> rusqlite::Result<HistoryRevision> {
    let parents: String = r.get(2)?;
    let kind: String = r.get(7)?;
    let content: Option<String> = r.get(8)?;
    Ok(HistoryRevision {
        info: RevisionInfo {
            id: r.get(0)?,
            case_id: r.get(1)?,
            parents: serde_json::from_str(&parents).unwrap_or_default(),
            author: r.get(3)?,
            device: r.get(4)?,
            created_at: r.get(5)?,
            reason: r.get(6)?,
            kind: RevisionKind::from_code(&kind).unwrap_or(RevisionKind::Edit),
        },
        content: content.and_then(|t| serde_json::from_str(&t).ok()),
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

    /// True when the vault holds this attachment's bytes.
    pub fn has_blob(&self, sha256: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM blobs WHERE sha256 = ?1",
                params![sha256],
                |_| Ok(()),
            )
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
            buf: Vec::new(),
            pos: 0,
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

/// Streams one attachment out of the vault chunk by chunk.
pub struct BlobReader<'v> {
    vault: &'v Vault,
    sha256: String,
    size: u64,
    chunks: i64,
    next: i64,
    buf: Vec<u8>,
    pos: usize,
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
        while self.pos >= self.buf.len() {
            if self.next >= self.chunks {
                return Ok(0);
            }
            let data: Option<Vec<u8>> = self
                .vault
                .conn
                .prepare_cached("SELECT data FROM blob_chunks WHERE blob = ?1 AND idx = ?2")
                .and_then(|mut s| {
                    s.query_row(params![self.sha256, self.next], |r| r.get(0))
                        .optional()
                })
                .map_err(io::Error::other)?;
            self.buf = data.ok_or_else(|| io::Error::other("attachment chunk missing"))?;
            self.pos = 0;
            self.next += 1;
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}
