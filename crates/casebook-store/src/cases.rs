//! Cases as chains of revisions. Every save appends; nothing is overwritten.

use casebook_core::CaseRecord;
use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension, ToSql, Transaction};
use serde::Serialize;
use serde_json::Value;

use crate::audit::{self, AuditEvent};
use crate::backlog::{self, SearchUpdate};
use crate::index::{index_of, CaseIndex};
use crate::revision::{RevisionInfo, RevisionKind};
use crate::{StoreError, Vault};

/// A case as stored: its head revision and the record at that head.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct StoredCase {
    pub id: String,
    pub code: String,
    pub deleted: bool,
    pub head: RevisionInfo,
    /// The record at the head; for a deleted case, the last record before deletion.
    #[ts(type = "CaseRecord")]
    pub record: CaseRecord,
}

pub(crate) fn to_value(record: &CaseRecord) -> Result<Value, StoreError> {
    let v = serde_json::to_value(record).map_err(|_| StoreError::Encode)?;
    Ok(casebook_core::canonical::strip_nulls(&v))
}

pub(crate) fn from_text(text: &str) -> Result<CaseRecord, StoreError> {
    serde_json::from_str(text).map_err(|_| StoreError::DatabaseDamaged)
}

/// The revision columns `id, case_id, parents, author, device, created_at, reason,
/// kind` (in this order, from column 0) as stored. Parents that are not a list of ids
/// or a kind this program does not know cannot have been written by it: that is
/// damage, never an empty parent list or an edit.
pub(crate) fn revision_info(r: &rusqlite::Row<'_>) -> rusqlite::Result<RevisionInfo> {
    let parents: String = r.get(2)?;
    let kind: String = r.get(7)?;
    Ok(RevisionInfo {
        id: r.get(0)?,
        case_id: r.get(1)?,
        parents: serde_json::from_str(&parents).map_err(|_| damaged(2))?,
        author: r.get(3)?,
        device: r.get(4)?,
        created_at: r.get(5)?,
        reason: r.get(6)?,
        kind: RevisionKind::from_code(&kind).ok_or_else(|| damaged(7))?,
    })
}

pub(crate) fn row_revision(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<(RevisionInfo, Option<String>)> {
    Ok((revision_info(r)?, r.get(8)?))
}

/// A stored value this program cannot have written. Row mappers can only return
/// rusqlite's errors, so damage travels as this one and becomes
/// [`StoreError::DatabaseDamaged`] in `From<rusqlite::Error>`.
#[derive(Debug, thiserror::Error)]
#[error("a stored value is damaged")]
pub(crate) struct Damaged;

pub(crate) fn damaged(column: usize) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        Box::new(Damaged),
    )
}

const REVISION_COLS: &str =
    "id, case_id, parents, author, device, created_at, reason, kind, content";

impl Vault {
    /// Finds a case by its UUID or its human code.
    pub fn resolve_case(&self, id_or_code: &str) -> Result<String, StoreError> {
        self.conn
            .query_row(
                "SELECT id FROM cases WHERE id = ?1 OR code = ?1",
                params![id_or_code],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::CaseNotFound(id_or_code.to_owned()))
    }

    pub fn case_count(&self) -> Result<u64, StoreError> {
        let n: i64 =
            self.conn
                .query_row("SELECT count(*) FROM cases WHERE deleted = 0", [], |r| {
                    r.get(0)
                })?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    pub fn add_case(&mut self, record: CaseRecord, author: &str) -> Result<StoredCase, StoreError> {
        let tx = self.conn.transaction()?;
        let stored = insert_case(&tx, record, author, &self.device_id, SearchUpdate::Queue)?;
        tx.commit()?;
        Ok(stored)
    }

    /// Adds many cases, a thousand to a transaction, so that seeding a large vault
    /// (demo data, benchmarks) does not pay one fsync per case. Returns how many.
    pub fn add_cases(
        &mut self,
        records: impl IntoIterator<Item = CaseRecord>,
        author: &str,
    ) -> Result<usize, StoreError> {
        let mut n = 0;
        let mut iter = records.into_iter().peekable();
        while iter.peek().is_some() {
            let tx = self.conn.transaction()?;
            for record in iter.by_ref().take(1000) {
                insert_case(&tx, record, author, &self.device_id, SearchUpdate::Now)?;
                n += 1;
            }
            tx.commit()?;
        }
        Ok(n)
    }

    /// Saves a new version of a case. Saving what is already the head adds nothing.
    /// A sealed case needs a reason; the revision records who changed it and why.
    pub fn edit_case(
        &mut self,
        id_or_code: &str,
        record: CaseRecord,
        author: &str,
        reason: Option<&str>,
    ) -> Result<StoredCase, StoreError> {
        record.validate()?;
        let id = self.resolve_case(id_or_code)?;
        let current = self.get_case(&id)?;
        if current.deleted {
            return Err(StoreError::CaseDeleted(current.code));
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        let was_sealed = current.record.status.as_deref() == Some("sealed");
        if was_sealed && reason.is_none() {
            return Err(StoreError::SealedNeedsReason);
        }
        let value = to_value(&record)?;
        if value == to_value(&current.record)? {
            return Ok(current);
        }
        let tx = self.conn.transaction()?;
        if code_taken(&tx, &record.code, Some(&id))? {
            return Err(StoreError::DuplicateCode(record.code.clone()));
        }
        let rev = append_revision(
            &tx,
            &id,
            std::slice::from_ref(&current.head.id),
            author,
            &self.device_id,
            reason,
            RevisionKind::Edit,
            Some(&value),
        )?;
        let ix = index_of(&record, crate::due::rule(&tx)?);
        write_index(&tx, &id, &ix, &rev, SearchUpdate::Queue)?;
        let now_sealed = record.status.as_deref() == Some("sealed");
        let event = match (was_sealed, now_sealed) {
            (false, true) => AuditEvent::CaseSealed,
            (true, false) => AuditEvent::CaseUnsealed,
            _ => AuditEvent::CaseEdited,
        };
        audit::append(&tx, event, Some(&id), &rev.id)?;
        tx.commit()?;
        Ok(StoredCase {
            id,
            code: record.code.clone(),
            deleted: false,
            head: rev,
            record,
        })
    }

    /// Deleting adds a tombstone revision; the history stays until purged on purpose.
    pub fn delete_case(
        &mut self,
        id_or_code: &str,
        author: &str,
        reason: Option<&str>,
    ) -> Result<RevisionInfo, StoreError> {
        let id = self.resolve_case(id_or_code)?;
        let current = self.get_case(&id)?;
        if current.deleted {
            return Ok(current.head);
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if current.record.status.as_deref() == Some("sealed") && reason.is_none() {
            return Err(StoreError::SealedNeedsReason);
        }
        let tx = self.conn.transaction()?;
        let rev = append_revision(
            &tx,
            &id,
            std::slice::from_ref(&current.head.id),
            author,
            &self.device_id,
            reason,
            RevisionKind::Delete,
            None,
        )?;
        tx.execute(
            "UPDATE cases SET head = ?2, updated_at = ?3, deleted = 1 WHERE id = ?1",
            params![id, rev.id, rev.created_at],
        )?;
        let num: i64 = tx.query_row("SELECT num FROM cases WHERE id = ?1", params![id], |r| {
            r.get(0)
        })?;
        clear_index(&tx, num, SearchUpdate::Queue)?;
        audit::append(&tx, AuditEvent::CaseDeleted, Some(&id), &rev.id)?;
        tx.commit()?;
        Ok(rev)
    }

    pub fn get_case(&self, id_or_code: &str) -> Result<StoredCase, StoreError> {
        let id = self.resolve_case(id_or_code)?;
        let (code, head, deleted): (String, String, bool) = self.conn.query_row(
            "SELECT code, head, deleted FROM cases WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let (head_info, content) = self.revision(&head)?;
        let record = match content {
            Some(text) => from_text(&text)?,
            None => {
                // A tombstone has no content: show what was deleted.
                let text: String = self
                    .conn
                    .query_row(
                        "SELECT content FROM revisions WHERE case_id = ?1 AND content IS NOT NULL ORDER BY seq DESC LIMIT 1",
                        params![id],
                        |r| r.get(0),
                    )
                    .optional()?
                    .ok_or(StoreError::DatabaseDamaged)?;
                from_text(&text)?
            }
        };
        Ok(StoredCase {
            id,
            code,
            deleted,
            head: head_info,
            record,
        })
    }

    fn revision(&self, rev_id: &str) -> Result<(RevisionInfo, Option<String>), StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {REVISION_COLS} FROM revisions WHERE id = ?1"),
                params![rev_id],
                row_revision,
            )
            .optional()?
            .ok_or_else(|| StoreError::RevisionNotFound(rev_id.to_owned()))
    }

    /// The record as it was at one revision (`None` for a tombstone).
    pub fn record_at(&self, rev_id: &str) -> Result<Option<CaseRecord>, StoreError> {
        let (_, content) = self.revision(rev_id)?;
        content.as_deref().map(from_text).transpose()
    }

    /// Every revision of a case, oldest first.
    pub fn history(&self, id_or_code: &str) -> Result<Vec<RevisionInfo>, StoreError> {
        let id = self.resolve_case(id_or_code)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {REVISION_COLS} FROM revisions WHERE case_id = ?1 ORDER BY seq"
        ))?;
        let rows = stmt.query_map(params![id], row_revision)?;
        let mut out = vec![];
        for row in rows {
            out.push(row?.0);
        }
        Ok(out)
    }
}

pub(crate) fn insert_case(
    tx: &Transaction<'_>,
    record: CaseRecord,
    author: &str,
    device: &str,
    search: SearchUpdate,
) -> Result<StoredCase, StoreError> {
    record.validate()?;
    let value = to_value(&record)?;
    let id = uuid::Uuid::now_v7().to_string();
    if code_taken(tx, &record.code, None)? {
        return Err(StoreError::DuplicateCode(record.code.clone()));
    }
    // The case row comes first: revisions refer to it. `write_index` fills in the head.
    let created = crate::now();
    tx.execute(
        "INSERT INTO cases (id, code, head, created_at, updated_at, pseudonym) VALUES (?1, ?2, '', ?3, ?3, '')",
        params![id, record.code, created],
    )?;
    let rev = append_revision(
        tx,
        &id,
        &[],
        author,
        device,
        None,
        RevisionKind::Create,
        Some(&value),
    )?;
    let ix = index_of(&record, crate::due::rule(tx)?);
    write_index(tx, &id, &ix, &rev, search)?;
    audit::append(tx, AuditEvent::CaseCreated, Some(&id), &rev.id)?;
    Ok(StoredCase {
        code: record.code.clone(),
        id,
        deleted: false,
        head: rev,
        record,
    })
}

pub(crate) fn code_taken(
    tx: &Connection,
    code: &str,
    except: Option<&str>,
) -> Result<bool, StoreError> {
    let other: Option<String> = tx
        .prepare_cached("SELECT id FROM cases WHERE code = ?1")?
        .query_row(params![code], |r| r.get(0))
        .optional()?;
    Ok(match (other, except) {
        (Some(o), Some(e)) => o != e,
        (Some(_), None) => true,
        (None, _) => false,
    })
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn append_revision(
    tx: &Transaction<'_>,
    case_id: &str,
    parents: &[String],
    author: &str,
    device: &str,
    reason: Option<&str>,
    kind: RevisionKind,
    content: Option<&Value>,
) -> Result<RevisionInfo, StoreError> {
    let mut info = RevisionInfo {
        id: String::new(),
        case_id: case_id.to_owned(),
        parents: parents.to_vec(),
        author: author.to_owned(),
        device: device.to_owned(),
        created_at: crate::now(),
        reason: reason.map(str::to_owned),
        kind,
    };
    info.id = info.compute_id(content);
    let text = content.map(casebook_core::canonical::canonical_value_string);
    tx.prepare_cached(
        "INSERT INTO revisions (id, case_id, parents, author, device, created_at, reason, kind, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
            info.id,
            case_id,
            serde_json::to_string(parents).unwrap_or_else(|_| "[]".into()),
            author,
            device,
            info.created_at,
            reason,
        kind.code(),
        text
    ])?;
    Ok(info)
}

/// The side tables of one case: what its filters by act type, agency and consent read.
const SIDE_TABLES: [(&str, &str); 3] = [
    ("case_acts", "act_type"),
    ("case_agencies", "agency"),
    ("case_consents", "destination"),
];

pub(crate) fn clear_index(
    tx: &Connection,
    num: i64,
    search: SearchUpdate,
) -> Result<(), StoreError> {
    for (table, _) in SIDE_TABLES {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE case_num = ?1"))?
            .execute(params![num])?;
    }
    backlog::update(tx, num, None, search)
}

/// Brings one side table to `wanted`, touching only the rows that differ: an edit
/// that changes no act type writes no page of `case_acts`.
fn sync_side_table(
    tx: &Connection,
    (table, column): (&str, &str),
    num: i64,
    wanted: &[String],
) -> Result<(), StoreError> {
    let have: BTreeSet<String> = tx
        .prepare_cached(&format!("SELECT {column} FROM {table} WHERE case_num = ?1"))?
        .query_map(params![num], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let want: BTreeSet<&str> = wanted.iter().map(String::as_str).collect();
    for gone in have.iter().filter(|v| !want.contains(v.as_str())) {
        tx.prepare_cached(&format!(
            "DELETE FROM {table} WHERE {column} = ?1 AND case_num = ?2"
        ))?
        .execute(params![gone, num])?;
    }
    for new in want.iter().filter(|v| !have.contains(**v)) {
        tx.prepare_cached(&format!(
            "INSERT INTO {table} (case_num, {column}) VALUES (?1, ?2)"
        ))?
        .execute(params![num, new])?;
    }
    Ok(())
}

pub(crate) fn write_index(
    tx: &Connection,
    case_id: &str,
    ix: &CaseIndex,
    head: &RevisionInfo,
    search: SearchUpdate,
) -> Result<(), StoreError> {
    type Row = (
        i64,
        bool,
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
    );
    let row: Row = tx
        .prepare_cached(
            "SELECT num, deleted, code, status, pseudonym, incident_date, country, region, act_types, next_due, facts
             FROM cases WHERE id = ?1",
        )?
        .query_row(params![case_id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
                r.get(10)?,
            ))
        })?;
    let (num, deleted, code, status, pseudonym, incident, country, region, acts, due, facts) = row;
    // SQLite rewrites every index on a column named in SET, changed or not; naming
    // only what changed keeps an edit of the narrative out of five of the six
    // list indexes.
    let act_types = ix.act_types.join(",");
    let zero = 0;
    let mut set: Vec<(&str, &dyn ToSql)> =
        vec![("head", &head.id), ("updated_at", &head.created_at)];
    let changed: [(bool, &str, &dyn ToSql); 10] = [
        (deleted, "deleted", &zero),
        (code != ix.code, "code", &ix.code),
        (status != ix.status, "status", &ix.status),
        (pseudonym != ix.pseudonym, "pseudonym", &ix.pseudonym),
        (
            incident != ix.incident_date,
            "incident_date",
            &ix.incident_date,
        ),
        (country != ix.country, "country", &ix.country),
        (region != ix.region, "region", &ix.region),
        (acts != act_types, "act_types", &act_types),
        (due != ix.next_due, "next_due", &ix.next_due),
        (
            facts.as_deref() != Some(ix.facts.as_str()),
            "facts",
            &ix.facts,
        ),
    ];
    set.extend(
        changed
            .into_iter()
            .filter(|c| c.0)
            .map(|(_, col, v)| (col, v)),
    );
    let sql = format!(
        "UPDATE cases SET {} WHERE num = ?",
        set.iter()
            .map(|(col, _)| format!("{col} = ?"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut values: Vec<&dyn ToSql> = set.iter().map(|(_, v)| *v).collect();
    values.push(&num);
    tx.prepare_cached(&sql)?.execute(values.as_slice())?;
    for (side, wanted) in SIDE_TABLES
        .into_iter()
        .zip([&ix.act_types, &ix.agencies, &ix.consents])
    {
        sync_side_table(tx, side, num, wanted)?;
    }
    let text = (ix.code.as_str(), ix.pseudonym.as_str(), ix.body.as_str());
    backlog::update(tx, num, Some(text), search)
}

/// Recomputes every revision id from its stored content. Returns how many were
/// checked and the ids that do not match.
pub(crate) fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::FromSqlConversionFailure(_, _, inner) if inner.is::<Damaged>())
}

pub(crate) fn verify_revisions(conn: &Connection) -> Result<(u64, Vec<String>), StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {REVISION_COLS} FROM revisions ORDER BY seq"
    ))?;
    let mut rows = stmt.query([])?;
    let mut checked = 0;
    let mut bad = vec![];
    while let Some(r) = rows.next()? {
        // A row whose parents or kind cannot be read is a bad revision to report,
        // like one whose id no longer matches, not a reason to stop checking.
        let (info, content) = match row_revision(r) {
            Ok(row) => row,
            Err(e) if is_damage(&e) => {
                bad.push(r.get(0)?);
                checked += 1;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let value: Option<Value> = match content.as_deref().map(serde_json::from_str).transpose() {
            Ok(v) => v,
            Err(_) => {
                bad.push(info.id.clone());
                continue;
            }
        };
        if info.compute_id(value.as_ref()) != info.id {
            bad.push(info.id);
        }
        checked += 1;
    }
    Ok((checked, bad))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::vault::testing;

    /// Unreadable parents, an unknown kind and content that is not JSON, each
    /// written straight into a revision row: every read of the history says the
    /// database is damaged (as the merge code always did), and verify names the
    /// revision instead of stopping.
    #[test]
    fn a_damaged_revision_row_is_damage_in_every_read() {
        for (column, value) in [
            ("parents", "not a list"),
            ("kind", "rewrite"),
            ("content", "{not json"),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let mut v = testing::create(dir.path());
            let stored = v.add_case(testing::case("A-1", "a"), "t").unwrap();
            let mut r = testing::case("A-1", "b");
            r.notes = Some("second".into());
            let head = v.edit_case("A-1", r, "t", None).unwrap().head.id;
            v.conn
                .execute(
                    &format!("UPDATE revisions SET {column} = ?1 WHERE id = ?2"),
                    params![value, stored.head.id],
                )
                .unwrap();

            let damaged = |r: Result<(), StoreError>| {
                assert!(
                    matches!(r, Err(StoreError::DatabaseDamaged)),
                    "{column}: {r:?}"
                );
            };
            if column != "content" {
                damaged(v.history("A-1").map(|_| ()));
                damaged(v.stored_history(&stored.id).map(|_| ()));
            }
            damaged(v.case_history("A-1").map(|_| ()));
            if column == "content" {
                damaged(v.record_at(&stored.head.id).map(|_| ()));
            }
            // The head row is intact and still reads.
            assert!(v.record_at(&head).unwrap().is_some());
            let report = v.verify().unwrap();
            assert_eq!(report.bad_revisions, [stored.head.id.as_str()], "{column}");
            assert!(!report.is_ok());
        }
    }
}
