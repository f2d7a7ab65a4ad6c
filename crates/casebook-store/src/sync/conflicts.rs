//! Conflicts a merge left for a person, and resolving them.

use rusqlite::{params, Transaction};
use serde::Serialize;
use serde_json::Value;

use super::export::HistoryRevision;
use super::import::{resolution_reason, set_head};
use super::merge::apply_choice;
use super::SyncError;
use crate::audit::{self, AuditEvent};
use crate::cases::append_revision;
use crate::revision::{RevisionInfo, RevisionKind};
use crate::Vault;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// A field both sides changed differently.
    Field,
    /// One side deleted the case, the other edited it; the edit was kept.
    EditVsDelete,
}

impl ConflictKind {
    pub fn code(self) -> &'static str {
        match self {
            ConflictKind::Field => "field",
            ConflictKind::EditVsDelete => "edit-vs-delete",
        }
    }
}

/// An open conflict: both values, who made each and when. `None` means absent (for
/// an edit-vs-delete conflict: deleted).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ConflictInfo {
    #[ts(type = "number")]
    pub id: i64,
    pub case_id: String,
    pub code: String,
    /// Field path (`survivor.age`, `perpetrators[ref=p1].rank`); empty for the whole case.
    pub path: String,
    pub kind: ConflictKind,
    #[ts(type = "Json | null")]
    pub base: Option<Value>,
    /// This vault's value before the import.
    #[ts(type = "Json | null")]
    pub ours: Option<Value>,
    pub ours_author: String,
    pub ours_at: String,
    pub ours_revision: String,
    /// The incoming value.
    #[ts(type = "Json | null")]
    pub theirs: Option<Value>,
    pub theirs_author: String,
    pub theirs_at: String,
    pub theirs_revision: String,
    pub merge_revision: String,
    pub created_at: String,
}

/// A person's decision.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    Ours,
    Theirs,
    /// Any value (JSON `null` removes the field).
    Value(Value),
}

pub(crate) struct NewConflict {
    pub path: String,
    pub kind: ConflictKind,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

fn text(v: &Option<Value>) -> Option<String> {
    v.as_ref()
        .and_then(|v| String::from_utf8(casebook_core::canonical::canonical_value_bytes(v)).ok())
}

pub(crate) fn insert_conflict(
    tx: &Transaction<'_>,
    case_id: &str,
    merge_rev: &str,
    ours: &RevisionInfo,
    theirs: &RevisionInfo,
    c: NewConflict,
) -> Result<(), SyncError> {
    tx.execute(
        "INSERT OR IGNORE INTO conflicts (case_id, merge_rev, path, kind, base, ours, theirs,
            ours_rev, ours_author, ours_at, theirs_rev, theirs_author, theirs_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            case_id,
            merge_rev,
            c.path,
            c.kind.code(),
            text(&c.base),
            text(&c.ours),
            text(&c.theirs),
            ours.id,
            ours.author,
            ours.created_at,
            theirs.id,
            theirs.author,
            theirs.created_at,
            crate::now()
        ],
    )?;
    Ok(())
}

fn parse(t: Option<String>) -> Option<Value> {
    t.and_then(|t| serde_json::from_str(&t).ok())
}

const COLS: &str =
    "c.id, c.case_id, k.code, c.path, c.kind, c.base, c.ours, c.ours_author, c.ours_at, c.ours_rev,
     c.theirs, c.theirs_author, c.theirs_at, c.theirs_rev, c.merge_rev, c.created_at";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConflictInfo> {
    let kind: String = r.get(4)?;
    Ok(ConflictInfo {
        id: r.get(0)?,
        case_id: r.get(1)?,
        code: r.get(2)?,
        path: r.get(3)?,
        kind: if kind == "edit-vs-delete" {
            ConflictKind::EditVsDelete
        } else {
            ConflictKind::Field
        },
        base: parse(r.get(5)?),
        ours: parse(r.get(6)?),
        ours_author: r.get(7)?,
        ours_at: r.get(8)?,
        ours_revision: r.get(9)?,
        theirs: parse(r.get(10)?),
        theirs_author: r.get(11)?,
        theirs_at: r.get(12)?,
        theirs_revision: r.get(13)?,
        merge_revision: r.get(14)?,
        created_at: r.get(15)?,
    })
}

impl Vault {
    /// Open conflicts, of one case or of all, oldest first.
    pub fn open_conflicts(&self, case: Option<&str>) -> Result<Vec<ConflictInfo>, SyncError> {
        let case_id = case.map(|c| self.resolve_case(c)).transpose()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLS} FROM conflicts c JOIN cases k ON k.id = c.case_id
             WHERE c.resolved_at IS NULL AND (?1 IS NULL OR c.case_id = ?1) ORDER BY c.id"
        ))?;
        let rows = stmt.query_map(params![case_id], row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Settles the open conflict(s) of `case` at `path`. Adds a merge revision on top
    /// of the head holding the chosen value (or a deletion, when the deletion side of
    /// an edit-vs-delete conflict is chosen) and returns it. The revision is added even
    /// when the head already holds that value: its reason (`resolve <path>`) is how
    /// the decision travels to other devices, which otherwise would still show the
    /// conflict as open. (Always `Some`; the `Option` is kept for callers.)
    pub fn resolve_conflict(
        &mut self,
        case: &str,
        path: &str,
        choice: Resolution,
        author: &str,
    ) -> Result<Option<RevisionInfo>, SyncError> {
        let case_id = self.resolve_case(case)?;
        let open: Vec<ConflictInfo> = self
            .open_conflicts(Some(&case_id))?
            .into_iter()
            .filter(|c| c.path == path)
            .collect();
        let Some(latest) = open.last().cloned() else {
            return Err(SyncError::ConflictNotFound {
                case: case.to_owned(),
                path: path.to_owned(),
            });
        };
        let chosen = match choice {
            Resolution::Ours => latest.ours.clone(),
            Resolution::Theirs => latest.theirs.clone(),
            Resolution::Value(Value::Null) => None,
            Resolution::Value(v) => Some(v),
        };
        let history = self.case_history(&case_id)?;
        let head = history
            .head_revision()
            .cloned()
            .ok_or_else(|| SyncError::BadContent {
                case: case.to_owned(),
            })?;
        let current = history.head_content().cloned();
        let new_content: Option<Value> = match latest.kind {
            ConflictKind::EditVsDelete => chosen,
            ConflictKind::Field => {
                let base = current.clone().unwrap_or(Value::Object(Default::default()));
                Some(apply_choice(&base, path, chosen).map_err(|_| {
                    SyncError::ConflictNotFound {
                        case: case.to_owned(),
                        path: path.to_owned(),
                    }
                })?)
            }
        };
        let device = self.device_id.clone();
        let tx = self.conn.transaction()?;
        let rev = {
            let kind = if new_content.is_some() {
                RevisionKind::Merge
            } else {
                RevisionKind::Delete
            };
            let reason = resolution_reason(path);
            let info = append_revision(
                &tx,
                &case_id,
                std::slice::from_ref(&head.info.id),
                author,
                &device,
                Some(&reason),
                kind,
                new_content.as_ref(),
            )?;
            set_head(
                &tx,
                &case_id,
                &HistoryRevision {
                    info: info.clone(),
                    content: new_content,
                },
            )?;
            Some(info)
        };
        let now = crate::now();
        for c in &open {
            tx.execute(
                "UPDATE conflicts SET resolved_at = ?2, resolved_by = ?3, resolution_rev = ?4 WHERE id = ?1",
                params![c.id, now, author, rev.as_ref().map(|r| r.id.clone())],
            )?;
        }
        audit::append(
            &tx,
            AuditEvent::ConflictResolved,
            Some(&case_id),
            &format!(
                "{path} {}",
                rev.as_ref().map(|r| r.id.as_str()).unwrap_or("-")
            ),
        )?;
        tx.commit()?;
        Ok(rev)
    }
}
