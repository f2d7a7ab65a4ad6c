//! Taking a bundle's cases and attachments in: everything inside one transaction,
//! applied by [`SyncImport::finish`] or dropped without a trace.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Read;

use casebook_core::CaseRecord;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::conflicts::{insert_conflict, ConflictKind, NewConflict};
use super::contacts::ContactRole;
use super::export::{row_history, CaseHistory, HistoryRevision, REV_COLS};
use super::merge::{merge_contents, Graph, MERGE_AUTHOR, MERGE_DEVICE};
use super::Refused;
use super::SyncError;
use crate::attachments::read_full;
use crate::audit::{self, AuditEvent};
use crate::backlog::SearchUpdate;
use crate::cases::{clear_index, code_taken, write_index};
use crate::chunks::ChunkWriter;
use crate::db::BulkCache;
use crate::index::{index_of, CaseIndex};
use crate::revision::{RevisionInfo, RevisionKind};
use crate::{StoreError, Vault};
use casebook_core::due::DueRule;

/// What happened to one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
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
    /// The chunk database's transaction, on its own thread: committed just before
    /// `tx` (see `chunks`).
    chunks: ChunkWriter<'v>,
    incoming: BTreeMap<String, String>,
    new_cases: BTreeSet<String>,
    /// New cases already pointed at their head while staged (see `add_case`).
    staged_heads: BTreeMap<String, String>,
    /// Per case, the revisions this import added that matter for conflicts: automatic
    /// merges (which may hold conflicts made on another device) and resolutions.
    new_merges: BTreeMap<String, Vec<String>>,
    new_resolutions: BTreeMap<String, Vec<Resolved>>,
    outcome: ImportOutcome,
    /// The signer's role: what this import may change (see [`ContactRole::import_rights`]).
    sender: ContactRole,
    /// The vault's attachment size limit, for received attachments too.
    attachment_limit: u64,
    /// Attachments this import stored that were new here.
    new_blobs: HashSet<String>,
    /// Dropped after `tx` (fields drop in order), so the usual cache size comes back
    /// once the transaction is over, committed or not.
    _cache: BulkCache<'v>,
}

/// A revision that settled the conflicts at `path` (see `Vault::resolve_conflict`).
#[derive(Debug, Clone)]
struct Resolved {
    id: String,
    parent: String,
    path: String,
    author: String,
    at: String,
}

impl Resolved {
    /// The revision recorded by `Vault::resolve_conflict`: one parent, kind merge (or
    /// delete, when the deletion was chosen), reason `resolve <path>`.
    fn of(info: &RevisionInfo) -> Option<Resolved> {
        if !matches!(info.kind, RevisionKind::Merge | RevisionKind::Delete) {
            return None;
        }
        let [parent] = info.parents.as_slice() else {
            return None;
        };
        let reason = info.reason.as_deref()?;
        let path = match reason.strip_prefix("resolve") {
            Some("") => "",
            Some(rest) => rest.strip_prefix(' ')?,
            None => return None,
        };
        Some(Resolved {
            id: info.id.clone(),
            parent: parent.clone(),
            path: path.to_owned(),
            author: info.author.clone(),
            at: info.created_at.clone(),
        })
    }
}

/// The reason a resolution revision carries.
pub(crate) fn resolution_reason(path: &str) -> String {
    format!("resolve {path}").trim().to_owned()
}

impl std::fmt::Debug for SyncImport<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncImport")
            .field("cases", &self.incoming.len())
            .finish()
    }
}

impl Vault {
    /// Starts an import of a bundle signed by a `sender` with this role: one
    /// transaction that holds everything until `finish`.
    pub fn begin_import(&mut self, sender: ContactRole) -> Result<SyncImport<'_>, SyncError> {
        let attachment_limit = self.options.attachment_limit;
        // `&mut self` keeps everything else off the connection meanwhile, as
        // `transaction()` would; the shared borrow lets the cache guard hold it too.
        let Vault { conn, chunks, .. } = self;
        let conn: &Connection = conn;
        let cache = BulkCache::new(conn)?;
        Ok(SyncImport {
            tx: conn.unchecked_transaction()?,
            chunks: ChunkWriter::start(chunks)?,
            _cache: cache,
            incoming: BTreeMap::new(),
            new_cases: BTreeSet::new(),
            staged_heads: BTreeMap::new(),
            new_merges: BTreeMap::new(),
            new_resolutions: BTreeMap::new(),
            outcome: ImportOutcome::default(),
            sender,
            attachment_limit,
            new_blobs: HashSet::new(),
        })
    }
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Checks a revision's shape and recomputes its id; returns its content in canonical
/// form (as it is stored), computed once for both.
fn check_revision(case_id: &str, r: &HistoryRevision) -> Result<Option<String>, SyncError> {
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
    let canonical = r
        .content
        .as_ref()
        .map(casebook_core::canonical::canonical_value_string);
    if r.info
        .compute_id_canonical(canonical.as_deref().map(str::as_bytes))
        != r.info.id
    {
        return Err(SyncError::RevisionIdMismatch {
            revision: r.info.id.clone(),
        });
    }
    Ok(canonical)
}

/// Inserts a revision whose content is already canonical JSON text.
fn insert_revision(
    tx: &Transaction<'_>,
    info: &RevisionInfo,
    content: Option<&str>,
) -> Result<bool, SyncError> {
    let parents = serde_json::to_string(&info.parents).unwrap_or_else(|_| "[]".into());
    let n = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO revisions (id, case_id, parents, author, device, created_at, reason, kind, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            info.id,
            info.case_id,
            parents,
            info.author,
            info.device,
            info.created_at,
            info.reason,
            info.kind.code(),
            content
        ])?;
    Ok(n == 1)
}

fn load_revision(tx: &Transaction<'_>, id: &str) -> Result<HistoryRevision, SyncError> {
    tx.prepare_cached(&format!("SELECT {REV_COLS} FROM revisions WHERE id = ?1"))?
        .query_row(params![id], row_history)
        .optional()?
        .ok_or_else(|| SyncError::Store(StoreError::RevisionNotFound(id.to_owned())))
}

/// A revision with its content left as stored text.
fn load_stored(
    tx: &Transaction<'_>,
    id: &str,
) -> Result<(RevisionInfo, Option<String>), SyncError> {
    tx.prepare_cached(&format!("SELECT {REV_COLS} FROM revisions WHERE id = ?1"))?
        .query_row(params![id], crate::cases::row_revision)
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
    match &head.content {
        Some(content) => {
            let record = CaseRecord::deserialize(content).map_err(|_| SyncError::BadContent {
                case: case_id.to_owned(),
            })?;
            set_head_record(tx, case_id, &head.info, &record)
        }
        None => set_head_tombstone(tx, case_id, &head.info),
    }
}

/// [`set_head`] for a revision as stored: its content text is read straight into a
/// record, without an intermediate JSON value.
fn set_head_stored(
    tx: &Transaction<'_>,
    case_id: &str,
    info: &RevisionInfo,
    content: Option<&str>,
) -> Result<String, SyncError> {
    match content {
        Some(text) => {
            let record: CaseRecord =
                serde_json::from_str(text).map_err(|_| SyncError::BadContent {
                    case: case_id.to_owned(),
                })?;
            set_head_record(tx, case_id, info, &record)
        }
        None => set_head_tombstone(tx, case_id, info),
    }
}

fn set_head_record(
    tx: &Transaction<'_>,
    case_id: &str,
    info: &RevisionInfo,
    record: &CaseRecord,
) -> Result<String, SyncError> {
    let rule = crate::due::rule(tx)?;
    set_head_index(tx, case_id, info, index_of(record, rule))
}

fn set_head_index(
    tx: &Transaction<'_>,
    case_id: &str,
    info: &RevisionInfo,
    mut ix: CaseIndex,
) -> Result<String, SyncError> {
    ix.code = free_code(tx, &ix.code, case_id)?;
    // Indexing the text for search costs a third of a large import (FTS5's trigram
    // index, 10k cases: 3 s of 10). The cases are queued instead: the index catches
    // up in small rounds when the program is idle, or all at once before a search,
    // so no search ever misses them and nobody waits on the import for it.
    write_index(tx, case_id, &ix, info, SearchUpdate::Queue)?;
    Ok(ix.code)
}

fn set_head_tombstone(
    tx: &Transaction<'_>,
    case_id: &str,
    info: &RevisionInfo,
) -> Result<String, SyncError> {
    let current: String = tx
        .prepare_cached("SELECT code FROM cases WHERE id = ?1")?
        .query_row(params![case_id], |r| r.get(0))?;
    let code = if current.starts_with('~') {
        let last = line_content(tx, &info.id)?;
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
    tx.prepare_cached(
        "UPDATE cases SET head = ?2, updated_at = ?3, deleted = 1, code = ?4 WHERE id = ?1",
    )?
    .execute(params![case_id, info.id, info.created_at, code])?;
    let num: i64 = tx
        .prepare_cached("SELECT num FROM cases WHERE id = ?1")?
        .query_row(params![case_id], |r| r.get(0))?;
    clear_index(tx, num, SearchUpdate::Now)?;
    Ok(code)
}

/// The deterministic merge of two heads, with the conflicts it leaves, oriented
/// `ours`/`theirs` as given. The same two heads give the same revision on every device.
struct Merge {
    info: RevisionInfo,
    content: Option<Value>,
    action: CaseAction,
    conflicts: Vec<NewConflict>,
}

fn merge_heads(
    tx: &Transaction<'_>,
    case_id: &str,
    graph: &Graph,
    ours: &HistoryRevision,
    theirs: &HistoryRevision,
) -> Result<Merge, SyncError> {
    // Against the common ancestor, in an order that does not depend on which side is
    // local.
    let base_id = graph.common_ancestor(&ours.info.id, &theirs.info.id);
    let base = match &base_id {
        Some(b) => line_content(tx, b)?,
        None => None,
    };
    let (a, b) = if ours.info.id < theirs.info.id {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    let mut conflicts: Vec<NewConflict> = vec![];
    let (content, action) = match (&a.content, &b.content) {
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
    let action = match action {
        CaseAction::Merged { .. } => CaseAction::Merged {
            conflicts: conflicts.len(),
        },
        other => other,
    };
    Ok(Merge {
        info,
        content,
        action,
        conflicts,
    })
}

/// A case history whose revisions have been checked on their own (shape, case, every
/// id recomputed), which needs no vault: an importer can do it on another thread
/// while the transaction stages what came before. [`SyncImport::add_checked`] then
/// checks it against the vault (parents, ids of other cases) and stages it.
#[derive(Debug, Clone)]
pub struct CheckedHistory {
    history: CaseHistory,
    /// Each revision's content in canonical form, as stored.
    canonical: Vec<Option<String>>,
    /// The head record's list columns and search text, for a case new to the vault:
    /// decoding the record and building its text is the larger part of staging one,
    /// and here it happens on the checking thread. `None` when it does not decode.
    head_index: Option<CaseIndex>,
}

impl CheckedHistory {
    pub fn check(history: CaseHistory) -> Result<CheckedHistory, SyncError> {
        let canonical = check_history(&history)?;
        let head_index = history
            .head_content()
            .and_then(|c| CaseRecord::deserialize(c).ok())
            // With the usual forensic window; staging redoes it for a vault set
            // otherwise (it reads the vault's setting, which checking cannot).
            .map(|r| index_of(&r, DueRule::default()));
        Ok(CheckedHistory {
            history,
            canonical,
            head_index,
        })
    }

    pub fn history(&self) -> &CaseHistory {
        &self.history
    }

    /// Whether the head's record (the last one, for a deleted case) decodes as a
    /// case record; a bundle lists a case whose head does not as rejected.
    pub fn head_readable(&self) -> bool {
        self.head_index.is_some()
    }
}

fn check_history(history: &CaseHistory) -> Result<Vec<Option<String>>, SyncError> {
    let case_id = history.case_id.as_str();
    if uuid::Uuid::parse_str(case_id).is_err() {
        return Err(SyncError::MalformedRevision {
            revision: case_id.to_owned(),
        });
    }
    history
        .revisions
        .iter()
        .map(|r| check_revision(case_id, r))
        .collect()
}

impl SyncImport<'_> {
    /// Stages one case's history. Every revision id is recomputed from its content;
    /// parents must be known already or come earlier in the list.
    pub fn add_case(&mut self, history: &CaseHistory) -> Result<usize, SyncError> {
        let canonical = check_history(history)?;
        self.stage_case(history, &canonical, None)
    }

    /// Stages a history checked beforehand ([`CheckedHistory::check`]).
    pub fn add_checked(&mut self, checked: &CheckedHistory) -> Result<usize, SyncError> {
        self.stage_case(
            &checked.history,
            &checked.canonical,
            checked.head_index.as_ref(),
        )
    }

    fn stage_case(
        &mut self,
        history: &CaseHistory,
        canonical: &[Option<String>],
        head_index: Option<&CaseIndex>,
    ) -> Result<usize, SyncError> {
        let case_id = history.case_id.as_str();
        let known: bool = self
            .tx
            .prepare_cached("SELECT 1 FROM cases WHERE id = ?1")?
            .query_row(params![case_id], |_| Ok(()))
            .optional()?
            .is_some();
        let rights = self.sender.import_rights();
        if !known && !rights.add_cases {
            return Err(self.refused(case_id, Refused::AddCase));
        }
        // A case is staged whole or not at all: a change the sender's role may not
        // make leaves nothing behind, and the import goes on with the other cases.
        self.tx.execute_batch("SAVEPOINT stage_case")?;
        match self.stage_in_savepoint(history, canonical, head_index, known) {
            Ok(n) => {
                self.tx.execute_batch("RELEASE stage_case")?;
                Ok(n)
            }
            Err(e) => {
                self.tx
                    .execute_batch("ROLLBACK TO stage_case; RELEASE stage_case")?;
                Err(e)
            }
        }
    }

    fn refused(&self, case_id: &str, change: Refused) -> SyncError {
        SyncError::NotPermitted {
            case: case_id.to_owned(),
            role: self.sender.code().to_owned(),
            change,
        }
    }

    /// What the sender changed, as the merge will see it: from the common ancestor
    /// (or our head, when theirs descends from it) to their head. Checked against
    /// the sender's rights before the case is taken in.
    fn check_rights(&self, case_id: &str, head: &str) -> Result<(), SyncError> {
        let rights = self.sender.import_rights();
        if rights == ContactRole::OwnDevice.import_rights() {
            return Ok(());
        }
        let local: String = self
            .tx
            .prepare_cached("SELECT head FROM cases WHERE id = ?1")?
            .query_row(params![case_id], |r| r.get(0))?;
        let graph = Graph::load(&self.tx, case_id)?;
        if graph.is_ancestor(head, &local) {
            return Ok(());
        }
        let base = if graph.is_ancestor(&local, head) {
            Some(local)
        } else {
            graph.common_ancestor(&local, head)
        };
        let theirs = load_revision(&self.tx, head)?;
        // A head without content is a tombstone, whatever its kind: a merge that
        // chose the deletion deletes as surely as a delete revision.
        if theirs.content.is_none() {
            return match rights.delete {
                true => Ok(()),
                false => Err(self.refused(case_id, Refused::DeleteCase)),
            };
        }
        let before = match &base {
            Some(b) => line_content(&self.tx, b)?,
            None => None,
        };
        let after = line_content(&self.tx, head)?;
        let empty = Value::Object(Default::default());
        let changes = casebook_core::diff::diff_values(
            before.as_ref().unwrap_or(&empty),
            after.as_ref().unwrap_or(&empty),
        );
        if changes.iter().any(|c| !rights.fields.allows(&c.path)) {
            return Err(self.refused(case_id, Refused::ChangeField));
        }
        Ok(())
    }

    fn stage_in_savepoint(
        &mut self,
        history: &CaseHistory,
        canonical: &[Option<String>],
        head_index: Option<&CaseIndex>,
        known: bool,
    ) -> Result<usize, SyncError> {
        let case_id = history.case_id.as_str();
        if !known {
            let created = history
                .revisions
                .first()
                .map(|r| r.info.created_at.clone())
                .unwrap_or_else(crate::now);
            // A placeholder until `finish` points it at its head.
            self.tx
                .prepare_cached(
                    "INSERT INTO cases (id, code, head, created_at, updated_at, pseudonym) VALUES (?1, ?2, '', ?3, ?3, '')",
                )?
                .execute(params![case_id, format!("~{case_id}"), created])?;
            self.new_cases.insert(case_id.to_owned());
        }
        // Revisions of this case known to be in the vault by now, so that a parent
        // listed earlier in the same history is not looked up again.
        let mut present: HashSet<&str> = HashSet::new();
        let mut added = 0;
        let mut new_revisions: Vec<&RevisionInfo> = vec![];
        for (r, text) in history.revisions.iter().zip(canonical) {
            let existing: Option<String> = if present.contains(r.info.id.as_str()) {
                Some(case_id.to_owned())
            } else {
                self.tx
                    .prepare_cached("SELECT case_id FROM revisions WHERE id = ?1")?
                    .query_row(params![r.info.id], |row| row.get(0))
                    .optional()?
            };
            match existing {
                Some(c) if c == case_id => {
                    present.insert(&r.info.id);
                    continue;
                }
                Some(_) => {
                    return Err(SyncError::RevisionCaseMismatch {
                        revision: r.info.id.clone(),
                    })
                }
                None => {}
            }
            for p in &r.info.parents {
                if present.contains(p.as_str()) {
                    continue;
                }
                let have: Option<String> = self
                    .tx
                    .prepare_cached("SELECT case_id FROM revisions WHERE id = ?1")?
                    .query_row(params![p], |row| row.get(0))
                    .optional()?;
                if have.as_deref() != Some(case_id) {
                    return Err(SyncError::MissingParent {
                        revision: r.info.id.clone(),
                        parent: p.clone(),
                    });
                }
            }
            if insert_revision(&self.tx, &r.info, text.as_deref())? {
                added += 1;
                new_revisions.push(&r.info);
            }
            present.insert(&r.info.id);
        }
        let head_ok = present.contains(history.head.as_str())
            || self
                .tx
                .prepare_cached("SELECT 1 FROM revisions WHERE id = ?1 AND case_id = ?2")?
                .query_row(params![history.head, case_id], |_| Ok(()))
                .optional()?
                .is_some();
        if !head_ok {
            return Err(SyncError::UnknownHead {
                case: case_id.to_owned(),
                revision: history.head.clone(),
            });
        }
        if known {
            self.check_rights(case_id, &history.head)?;
        }
        for info in new_revisions {
            self.note_new_revision(case_id, info);
        }
        if !known {
            // A case new to this vault: no merge rule has anything to weigh, so it is
            // pointed at its head (code, list columns, search index) now, while its
            // record is decoded anyway, instead of being read back in `finish`. Like
            // everything staged, it stays inside the transaction until `finish`
            // commits, and goes if anything later fails.
            if let Some(head) = history.head_revision() {
                if let Some(content) = &head.content {
                    let rule = crate::due::rule(&self.tx)?;
                    let ix = match head_index {
                        Some(ix) if rule == DueRule::default() => ix.clone(),
                        _ => index_of(
                            &CaseRecord::deserialize(content).map_err(|_| {
                                SyncError::BadContent {
                                    case: case_id.to_owned(),
                                }
                            })?,
                            rule,
                        ),
                    };
                    set_head_index(&self.tx, case_id, &head.info, ix)?;
                    self.staged_heads
                        .insert(case_id.to_owned(), head.info.id.clone());
                }
            }
        }
        self.incoming
            .insert(case_id.to_owned(), history.head.clone());
        self.outcome.revisions_added += added as u64;
        Ok(added)
    }

    /// Remembers new automatic merges and resolutions: conflicts travel with them.
    fn note_new_revision(&mut self, case_id: &str, info: &RevisionInfo) {
        if info.kind == RevisionKind::Merge
            && info.parents.len() == 2
            && info.author == MERGE_AUTHOR
            && info.device == MERGE_DEVICE
        {
            self.new_merges
                .entry(case_id.to_owned())
                .or_default()
                .push(info.id.clone());
        } else if let Some(r) = Resolved::of(info) {
            self.new_resolutions
                .entry(case_id.to_owned())
                .or_default()
                .push(r);
        }
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
        if size > self.attachment_limit {
            return Err(SyncError::Store(StoreError::AttachmentTooLarge {
                limit: self.attachment_limit,
            }));
        }
        let known: bool = self
            .tx
            .prepare_cached("SELECT 1 FROM blobs WHERE sha256 = ?1")?
            .query_row(params![sha256], |_| Ok(()))
            .optional()?
            .is_some();
        // Chunks go in under their final name: nothing sees them before the import
        // commits, and a mismatch below removes them again (the whole import is
        // dropped anyway), so they never have to be copied a second time to be renamed.
        let result = self.stream_chunks(sha256, size, reader, !known);
        match result {
            Ok(chunks) => {
                if known {
                    self.outcome.attachments_skipped += 1;
                    return Ok(false);
                }
                self.tx
                    .prepare_cached(
                        "INSERT INTO blobs (sha256, size, chunks, created_at) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![
                        sha256,
                        i64::try_from(size).unwrap_or(i64::MAX),
                        chunks,
                        crate::now()
                    ])?;
                self.outcome.attachments_added += 1;
                self.new_blobs.insert(sha256.to_owned());
                Ok(true)
            }
            Err(e) => {
                if !known {
                    // The first error is the one to report: after a failed write
                    // the chunk thread has stopped, and its rollback removes these.
                    let _ = self.chunks.remove(sha256);
                }
                Err(e)
            }
        }
    }

    /// Takes back an attachment this import stored, when the only case citing it was
    /// refused: nothing in the vault would ever lead to it.
    pub fn discard_attachment(&mut self, sha256: &str) -> Result<(), SyncError> {
        if self.new_blobs.remove(sha256) {
            self.tx
                .prepare_cached("DELETE FROM blobs WHERE sha256 = ?1")?
                .execute(params![sha256])?;
            self.chunks.remove(sha256)?;
            self.outcome.attachments_added -= 1;
        }
        Ok(())
    }

    /// Reads `size` bytes, checks them against `sha256` and (if `store`) writes them
    /// as chunks. Returns the number of chunks.
    fn stream_chunks(
        &mut self,
        sha256: &str,
        size: u64,
        reader: &mut dyn Read,
        store: bool,
    ) -> Result<i64, SyncError> {
        let mut hasher = Sha256::new();
        let mut total: u64 = 0;
        let mut idx: i64 = 0;
        loop {
            // Each chunk is handed to the writer thread whole.
            let mut buf = self.chunks.buffer();
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
            if store {
                buf.truncate(n);
                self.chunks.insert(sha256, idx, buf)?;
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
        Ok(idx)
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
        // Chunks first: a crash between the commits leaves chunks nothing cites, which
        // the next open removes; never a blob without its bytes.
        self.chunks.commit()?;
        self.tx.commit()?;
        Ok(self.outcome)
    }

    fn apply_case(&mut self, case_id: &str, incoming: &str) -> Result<CaseOutcome, SyncError> {
        let (local, code): (String, String) = self
            .tx
            .prepare_cached("SELECT head, code FROM cases WHERE id = ?1")?
            .query_row(params![case_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let done = |action, head: &str, code: String| CaseOutcome {
            case_id: case_id.to_owned(),
            code,
            action,
            head: head.to_owned(),
        };
        if self.new_cases.contains(case_id) || local.is_empty() {
            let code = if self.staged_heads.get(case_id).map(String::as_str) == Some(incoming) {
                code
            } else {
                let (info, content) = load_stored(&self.tx, incoming)?;
                set_head_stored(&self.tx, case_id, &info, content.as_deref())?
            };
            self.receive_conflicts(case_id, None, incoming)?;
            return Ok(done(CaseAction::Added, incoming, code));
        }
        let graph = Graph::load(&self.tx, case_id)?;
        if graph.is_ancestor(incoming, &local) {
            return Ok(done(CaseAction::Skipped, &local, code));
        }
        if graph.is_ancestor(&local, incoming) {
            let (info, content) = load_stored(&self.tx, incoming)?;
            let code = set_head_stored(&self.tx, case_id, &info, content.as_deref())?;
            self.receive_conflicts(case_id, Some(&local), incoming)?;
            return Ok(done(CaseAction::FastForward, incoming, code));
        }
        // Diverged.
        let tx = &self.tx;
        let ours = load_revision(tx, &local)?;
        let theirs = load_revision(tx, incoming)?;
        let m = merge_heads(tx, case_id, &graph, &ours, &theirs)?;
        let content_text = m
            .content
            .as_ref()
            .map(casebook_core::canonical::canonical_value_string);
        insert_revision(tx, &m.info, content_text.as_deref())?;
        for c in m.conflicts {
            insert_conflict(tx, case_id, &m.info.id, &ours.info, &theirs.info, c)?;
        }
        let merged = HistoryRevision {
            info: m.info.clone(),
            content: m.content,
        };
        let code = set_head(tx, case_id, &merged)?;
        self.receive_conflicts(case_id, Some(&local), &m.info.id)?;
        Ok(done(m.action, &m.info.id, code))
    }

    /// Conflicts travel with the history. A merge revision made on another device
    /// carries the conflicts that device recorded: the merge is deterministic, so
    /// they are found again here from its two parents. A resolution made elsewhere
    /// (a revision with reason `resolve <path>`) settles them, here as there.
    ///
    /// Runs once the case points at `head`; `local` is this vault's head before the
    /// import (`None` for a case new here). For a received conflict, "ours" is the
    /// side that descends from `local` when exactly one does, else the parent with
    /// the smaller id.
    fn receive_conflicts(
        &mut self,
        case_id: &str,
        local: Option<&str>,
        head: &str,
    ) -> Result<(), SyncError> {
        let merges = self.new_merges.remove(case_id).unwrap_or_default();
        let resolutions = self.new_resolutions.remove(case_id).unwrap_or_default();
        if merges.is_empty() && resolutions.is_empty() {
            return Ok(());
        }
        let tx = &self.tx;
        let graph = Graph::load(tx, case_id)?;
        let on_line = graph.ancestors(&[head]);
        for merge_id in merges.iter().filter(|m| on_line.contains(*m)) {
            let (merge, _) = load_stored(tx, merge_id)?;
            let [p1, p2] = merge.parents.as_slice() else {
                continue;
            };
            let first = load_revision(tx, p1)?;
            let second = load_revision(tx, p2)?;
            let first_is_ours =
                match local.map(|l| (graph.is_ancestor(l, p1), graph.is_ancestor(l, p2))) {
                    Some((a, b)) if a != b => a,
                    _ => p1 <= p2,
                };
            let (ours, theirs) = if first_is_ours {
                (&first, &second)
            } else {
                (&second, &first)
            };
            let m = merge_heads(tx, case_id, &graph, ours, theirs)?;
            if m.info.id != merge.id {
                // Not the automatic merge of these parents; nothing to recover.
                continue;
            }
            for c in m.conflicts {
                insert_conflict(tx, case_id, &merge.id, &ours.info, &theirs.info, c)?;
            }
        }
        for r in resolutions.iter().filter(|r| on_line.contains(&r.id)) {
            let before = graph.ancestors(&[r.parent.as_str()]);
            let open: Vec<(i64, String)> = tx
                .prepare_cached(
                    "SELECT id, merge_rev FROM conflicts WHERE case_id = ?1 AND path = ?2 AND resolved_at IS NULL",
                )?
                .query_map(params![case_id, r.path], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<Result<_, _>>()?;
            for (id, merge_rev) in open {
                if before.contains(&merge_rev) {
                    tx.prepare_cached(
                        "UPDATE conflicts SET resolved_at = ?2, resolved_by = ?3, resolution_rev = ?4 WHERE id = ?1",
                    )?
                    .execute(params![id, r.at, r.author, r.id])?;
                }
            }
        }
        Ok(())
    }
}
