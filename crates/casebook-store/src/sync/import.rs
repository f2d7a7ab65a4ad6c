//! Taking a bundle's cases and attachments in: everything inside one transaction,
//! applied by [`SyncImport::finish`] or dropped without a trace.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Read};

use casebook_core::CaseRecord;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::conflicts::{insert_conflict, ConflictKind, NewConflict};
use super::export::{row_history, CaseHistory, HistoryRevision, REV_COLS};
use super::merge::{merge_contents, Graph, MERGE_AUTHOR, MERGE_DEVICE};
use super::SyncError;
use crate::audit::{self, AuditEvent};
use crate::cases::{clear_index, code_taken, write_index};
use crate::index::index_of;
use crate::revision::{RevisionInfo, RevisionKind};
use crate::{StoreError, Vault, CHUNK_SIZE};

/// What happened to one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "action")]
pub enum CaseAction {
    /// Unknown here before.
    Added,
    /// Our head was an ancestor of theirs.
    FastForward,
    /// Both sides changed; merged, with this many fields left for a person.
    Merged { conflicts: usize },
    /// One side deleted, the other edited: the edit is kept and flagged.
    EditKeptOverDelete,
    /// Nothing new (already present, or older than ours).
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseOutcome {
    pub case_id: String,
    pub code: String,
    #[serde(flatten)]
    pub action: CaseAction,
    /// Head after the import.
    pub head: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    pub cases: Vec<CaseOutcome>,
    pub revisions_added: u64,
    pub attachments_added: u64,
    pub attachments_skipped: u64,
}

/// An import in progress. Dropping it without [`finish`](SyncImport::finish) rolls
/// back everything it staged.
pub struct SyncImport<'v> {
    tx: Transaction<'v>,
    incoming: BTreeMap<String, String>,
    new_cases: BTreeSet<String>,
    outcome: ImportOutcome,
}

impl std::fmt::Debug for SyncImport<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncImport")
            .field("cases", &self.incoming.len())
            .finish()
    }
}

impl Vault {
    /// Starts an import: one transaction that holds everything until `finish`.
    pub fn begin_import(&mut self) -> Result<SyncImport<'_>, SyncError> {
        Ok(SyncImport {
            tx: self.conn.transaction()?,
            incoming: BTreeMap::new(),
            new_cases: BTreeSet::new(),
            outcome: ImportOutcome::default(),
        })
    }
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn check_revision(case_id: &str, r: &HistoryRevision) -> Result<(), SyncError> {
    let bad = || SyncError::MalformedRevision {
        revision: r.info.id.clone(),
    };
    if r.info.case_id != case_id {
        return Err(SyncError::RevisionCaseMismatch {
            revision: r.info.id.clone(),
        });
    }
    let shape_ok = match r.info.kind {
        RevisionKind::Create => r.content.is_some() && r.info.parents.is_empty(),
        RevisionKind::Edit => r.content.is_some() && !r.info.parents.is_empty(),
        RevisionKind::Delete => r.content.is_none() && !r.info.parents.is_empty(),
        RevisionKind::Merge => !r.info.parents.is_empty(),
    };
    let unique: BTreeSet<&String> = r.info.parents.iter().collect();
    if !shape_ok
        || unique.len() != r.info.parents.len()
        || r.content.as_ref().is_some_and(|c| !c.is_object())
    {
        return Err(bad());
    }
    if r.info.compute_id(r.content.as_ref()) != r.info.id {
        return Err(SyncError::RevisionIdMismatch {
            revision: r.info.id.clone(),
        });
    }
    Ok(())
}

fn content_text(content: Option<&Value>) -> Result<Option<String>, SyncError> {
    content
        .map(|c| String::from_utf8(casebook_core::canonical::canonical_value_bytes(c)))
        .transpose()
        .map_err(|_| SyncError::Store(StoreError::DatabaseDamaged))
}

fn insert_revision(
    tx: &Transaction<'_>,
    info: &RevisionInfo,
    content: Option<&Value>,
) -> Result<bool, SyncError> {
    let parents = serde_json::to_string(&info.parents).unwrap_or_else(|_| "[]".into());
    let n = tx.execute(
        "INSERT OR IGNORE INTO revisions (id, case_id, parents, author, device, created_at, reason, kind, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            info.id,
            info.case_id,
            parents,
            info.author,
            info.device,
            info.created_at,
            info.reason,
            info.kind.code(),
            content_text(content)?
        ],
    )?;
    Ok(n == 1)
}

fn load_revision(tx: &Transaction<'_>, id: &str) -> Result<HistoryRevision, SyncError> {
    tx.query_row(
        &format!("SELECT {REV_COLS} FROM revisions WHERE id = ?1"),
        params![id],
        row_history,
    )
    .optional()?
    .ok_or_else(|| SyncError::Store(StoreError::RevisionNotFound(id.to_owned())))
}

/// The content on `id`'s line: its own, or the nearest first-parent ancestor's.
fn line_content(tx: &Transaction<'_>, id: &str) -> Result<Option<Value>, SyncError> {
    let mut id = id.to_owned();
    for _ in 0..100_000 {
        let r = load_revision(tx, &id)?;
        if r.content.is_some() {
            return Ok(r.content);
        }
        match r.info.parents.first() {
            Some(p) => id = p.clone(),
            None => return Ok(None),
        }
    }
    Ok(None)
}

/// A code for the list that no other case uses: two devices may both have made
/// `KZ-ALM-2026-0042`. The record itself keeps its code.
fn free_code(tx: &Transaction<'_>, code: &str, case_id: &str) -> Result<String, SyncError> {
    if !code_taken(tx, code, Some(case_id))? {
        return Ok(code.to_owned());
    }
    let short = format!("{code}~{}", case_id.get(..8).unwrap_or(case_id));
    if !code_taken(tx, &short, Some(case_id))? {
        return Ok(short);
    }
    Ok(format!("{code}~{case_id}"))
}

/// Points the case at `head` and refreshes the list index. Returns the list code.
pub(crate) fn set_head(
    tx: &Transaction<'_>,
    case_id: &str,
    head: &HistoryRevision,
) -> Result<String, SyncError> {
    let bad = || SyncError::BadContent {
        case: case_id.to_owned(),
    };
    match &head.content {
        Some(content) => {
            let record = CaseRecord::from_json_value(content.clone()).map_err(|_| bad())?;
            let mut ix = index_of(&record);
            ix.code = free_code(tx, &ix.code, case_id)?;
            write_index(tx, case_id, &ix, &head.info)?;
            Ok(ix.code)
        }
        None => {
            let current: String = tx.query_row(
                "SELECT code FROM cases WHERE id = ?1",
                params![case_id],
                |r| r.get(0),
            )?;
            let code = if current.starts_with('~') {
                let last = line_content(tx, &head.info.id)?;
                let c = last
                    .as_ref()
                    .and_then(|v| v.get("code"))
                    .and_then(Value::as_str)
                    .unwrap_or(case_id)
                    .to_owned();
                free_code(tx, &c, case_id)?
            } else {
                current
            };
            tx.execute(
                "UPDATE cases SET head = ?2, updated_at = ?3, deleted = 1, code = ?4 WHERE id = ?1",
                params![case_id, head.info.id, head.info.created_at, code],
            )?;
            let num: i64 = tx.query_row(
                "SELECT num FROM cases WHERE id = ?1",
                params![case_id],
                |r| r.get(0),
            )?;
            clear_index(tx, num)?;
            Ok(code)
        }
    }
}

impl SyncImport<'_> {
    /// Stages one case's history. Every revision id is recomputed from its content;
    /// parents must be known already or come earlier in the list.
    pub fn add_case(&mut self, history: &CaseHistory) -> Result<usize, SyncError> {
        let case_id = history.case_id.as_str();
        if uuid::Uuid::parse_str(case_id).is_err() {
            return Err(SyncError::MalformedRevision {
                revision: case_id.to_owned(),
            });
        }
        for r in &history.revisions {
            check_revision(case_id, r)?;
        }
        let known: bool = self
            .tx
            .query_row(
                "SELECT 1 FROM cases WHERE id = ?1",
                params![case_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if !known {
            let created = history
                .revisions
                .first()
                .map(|r| r.info.created_at.clone())
                .unwrap_or_else(crate::now);
            // A placeholder until `finish` points it at its head.
            self.tx.execute(
                "INSERT INTO cases (id, code, head, created_at, updated_at, pseudonym) VALUES (?1, ?2, '', ?3, ?3, '')",
                params![case_id, format!("~{case_id}"), created],
            )?;
            self.new_cases.insert(case_id.to_owned());
        }
        let mut added = 0;
        for r in &history.revisions {
            let existing: Option<String> = self
                .tx
                .query_row(
                    "SELECT case_id FROM revisions WHERE id = ?1",
                    params![r.info.id],
                    |row| row.get(0),
                )
                .optional()?;
            match existing {
                Some(c) if c == case_id => continue,
                Some(_) => {
                    return Err(SyncError::RevisionCaseMismatch {
                        revision: r.info.id.clone(),
                    })
                }
                None => {}
            }
            for p in &r.info.parents {
                let have: Option<String> = self
                    .tx
                    .query_row(
                        "SELECT case_id FROM revisions WHERE id = ?1",
                        params![p],
                        |row| row.get(0),
                    )
                    .optional()?;
                if have.as_deref() != Some(case_id) {
                    return Err(SyncError::MissingParent {
                        revision: r.info.id.clone(),
                        parent: p.clone(),
                    });
                }
            }
            if insert_revision(&self.tx, &r.info, r.content.as_ref())? {
                added += 1;
            }
        }
        let head_ok: bool = self
            .tx
            .query_row(
                "SELECT 1 FROM revisions WHERE id = ?1 AND case_id = ?2",
                params![history.head, case_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if !head_ok {
            return Err(SyncError::UnknownHead {
                case: case_id.to_owned(),
                revision: history.head.clone(),
            });
        }
        self.incoming
            .insert(case_id.to_owned(), history.head.clone());
        self.outcome.revisions_added += added as u64;
        Ok(added)
    }

    /// Streams one attachment in, checking its SHA-256 and size. Returns whether it
    /// was new; a known one is still read through and checked.
    pub fn add_attachment(
        &mut self,
        sha256: &str,
        size: u64,
        reader: &mut dyn Read,
    ) -> Result<bool, SyncError> {
        if !is_sha256_hex(sha256) {
            return Err(SyncError::BlobHashMismatch {
                sha256: sha256.to_owned(),
            });
        }
        let known: bool = self
            .tx
            .query_row(
                "SELECT 1 FROM blobs WHERE sha256 = ?1",
                params![sha256],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        let pending = format!("pending:{}", uuid::Uuid::new_v4());
        let mut hasher = Sha256::new();
        let mut total: u64 = 0;
        let mut idx: i64 = 0;
        let mut buf = vec![0u8; CHUNK_SIZE];
        loop {
            let n = read_full(reader, &mut buf)?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > size {
                return Err(SyncError::BlobSizeMismatch {
                    sha256: sha256.to_owned(),
                    declared: size,
                    actual: total,
                });
            }
            hasher.update(&buf[..n]);
            if !known {
                self.tx.execute(
                    "INSERT INTO blob_chunks (blob, idx, data) VALUES (?1, ?2, ?3)",
                    params![pending, idx, &buf[..n]],
                )?;
            }
            idx += 1;
        }
        if total != size {
            return Err(SyncError::BlobSizeMismatch {
                sha256: sha256.to_owned(),
                declared: size,
                actual: total,
            });
        }
        if hex::encode(hasher.finalize()) != sha256 {
            return Err(SyncError::BlobHashMismatch {
                sha256: sha256.to_owned(),
            });
        }
        if known {
            self.outcome.attachments_skipped += 1;
            return Ok(false);
        }
        self.tx.execute(
            "UPDATE blob_chunks SET blob = ?2 WHERE blob = ?1",
            params![pending, sha256],
        )?;
        self.tx.execute(
            "INSERT INTO blobs (sha256, size, chunks, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                sha256,
                i64::try_from(size).unwrap_or(i64::MAX),
                idx,
                crate::now()
            ],
        )?;
        self.outcome.attachments_added += 1;
        Ok(true)
    }

    /// Applies the merge rules to every staged case, writes the audit entries and
    /// commits. `detail` goes into the audit log (who sent it, what it held).
    pub fn finish(mut self, detail: &str) -> Result<ImportOutcome, SyncError> {
        let incoming = std::mem::take(&mut self.incoming);
        for (case_id, head) in &incoming {
            let outcome = self.apply_case(case_id, head)?;
            if outcome.action != CaseAction::Skipped {
                let what = match outcome.action {
                    CaseAction::Added => "added".to_owned(),
                    CaseAction::FastForward => "fast-forward".to_owned(),
                    CaseAction::Merged { conflicts } => format!("merged {conflicts}"),
                    CaseAction::EditKeptOverDelete => "edit-kept-over-delete".to_owned(),
                    CaseAction::Skipped => String::new(),
                };
                audit::append(
                    &self.tx,
                    AuditEvent::CaseImported,
                    Some(case_id),
                    &format!("{what} {}", outcome.head),
                )?;
            }
            self.outcome.cases.push(outcome);
        }
        audit::append(&self.tx, AuditEvent::BundleImported, None, detail)?;
        self.tx.commit()?;
        Ok(self.outcome)
    }

    fn apply_case(&mut self, case_id: &str, incoming: &str) -> Result<CaseOutcome, SyncError> {
        let tx = &self.tx;
        let (local, code): (String, String) = tx.query_row(
            "SELECT head, code FROM cases WHERE id = ?1",
            params![case_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let done = |action, head: &str, code: String| CaseOutcome {
            case_id: case_id.to_owned(),
            code,
            action,
            head: head.to_owned(),
        };
        if self.new_cases.contains(case_id) || local.is_empty() {
            let rev = load_revision(tx, incoming)?;
            let code = set_head(tx, case_id, &rev)?;
            return Ok(done(CaseAction::Added, incoming, code));
        }
        let graph = Graph::load(tx, case_id)?;
        if graph.is_ancestor(incoming, &local) {
            return Ok(done(CaseAction::Skipped, &local, code));
        }
        if graph.is_ancestor(&local, incoming) {
            let rev = load_revision(tx, incoming)?;
            let code = set_head(tx, case_id, &rev)?;
            return Ok(done(CaseAction::FastForward, incoming, code));
        }
        // Diverged: merge against the common ancestor, in an order that does not
        // depend on which side is local.
        let ours = load_revision(tx, &local)?;
        let theirs = load_revision(tx, incoming)?;
        let base_id = graph.common_ancestor(&local, incoming);
        let base = match &base_id {
            Some(b) => line_content(tx, b)?,
            None => None,
        };
        let (a, b) = if ours.info.id < theirs.info.id {
            (&ours, &theirs)
        } else {
            (&theirs, &ours)
        };
        let mut conflicts: Vec<NewConflict> = vec![];
        let (content, kind) = match (&a.content, &b.content) {
            (Some(ca), Some(cb)) => {
                let m = merge_contents(base.as_ref(), ca, cb);
                let swapped = a.info.id != ours.info.id;
                for c in m.conflicts {
                    let (o, t) = if swapped {
                        (c.theirs, c.ours)
                    } else {
                        (c.ours, c.theirs)
                    };
                    conflicts.push(NewConflict {
                        path: c.path,
                        kind: ConflictKind::Field,
                        base: c.base,
                        ours: o,
                        theirs: t,
                    });
                }
                (Some(m.value), CaseAction::Merged { conflicts: 0 })
            }
            (None, None) => (None, CaseAction::Merged { conflicts: 0 }),
            (ea, eb) => {
                let edited = ea.as_ref().or(eb.as_ref());
                if edited == base.as_ref() {
                    // The other side deleted a version nobody changed since.
                    (None, CaseAction::Merged { conflicts: 0 })
                } else {
                    conflicts.push(NewConflict {
                        path: String::new(),
                        kind: ConflictKind::EditVsDelete,
                        base: base.clone(),
                        ours: ours.content.clone(),
                        theirs: theirs.content.clone(),
                    });
                    (edited.cloned(), CaseAction::EditKeptOverDelete)
                }
            }
        };
        let mut parents = vec![a.info.id.clone(), b.info.id.clone()];
        parents.sort();
        let created_at = a.info.created_at.clone().max(b.info.created_at.clone());
        let mut info = RevisionInfo {
            id: String::new(),
            case_id: case_id.to_owned(),
            parents,
            author: MERGE_AUTHOR.to_owned(),
            device: MERGE_DEVICE.to_owned(),
            created_at,
            reason: None,
            kind: RevisionKind::Merge,
        };
        info.id = info.compute_id(content.as_ref());
        insert_revision(tx, &info, content.as_ref())?;
        let n = conflicts.len();
        for c in conflicts {
            insert_conflict(tx, case_id, &info.id, &ours.info, &theirs.info, c)?;
        }
        let merged = HistoryRevision {
            info: info.clone(),
            content,
        };
        let code = set_head(tx, case_id, &merged)?;
        let action = match kind {
            CaseAction::Merged { .. } => CaseAction::Merged { conflicts: n },
            other => other,
        };
        Ok(done(action, &info.id, code))
    }
}

fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> Result<usize, SyncError> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(filled)
}
