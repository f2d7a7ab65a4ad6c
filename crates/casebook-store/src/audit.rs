//! A hash-chained log of what happened in the vault. Each entry commits to the one
//! before it, so removing or editing an entry breaks every link after it.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::StoreError;

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Event names are stable identifiers, like vocabulary codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditEvent {
    VaultCreated,
    VaultUnlocked,
    CaseCreated,
    CaseEdited,
    CaseSealed,
    CaseUnsealed,
    CaseDeleted,
    AttachmentAdded,
    SlotAdded,
    SlotChanged,
    SlotRemoved,
    RecoveryKeyReplaced,
    /// The data key was changed; the detail is empty.
    VaultRekeyed,
    BundleExported,
    BundleImported,
    CaseImported,
    ConflictResolved,
    ContactAdded,
    ContactChanged,
    ContactRemoved,
    /// A case file (PDF) was written; the detail names revision, language, profile
    /// and the file's SHA-256, never anything from the record.
    PdfGenerated,
    /// A statistics table or brief left the vault; the detail names dimensions,
    /// period, filters, the floor, the format and the file's SHA-256, never a case.
    StatisticsExported,
    /// A centre's statistics snapshot was taken by this hub; the detail names the
    /// centre's signing key, its number and how many records, never a fact.
    SnapshotImported,
    /// A statistics bundle was written; the detail names the recipients, the
    /// snapshots and their numbers of records, never a fact.
    StatisticsSent,
    /// A draft UN submission was written; the detail names the mechanism, language,
    /// the consent it was made under, the format and the file's SHA-256, never
    /// anything from a record.
    SubmissionDrafted,
    /// On an outreach laptop, a case was sealed to the centre and removed; the
    /// detail is the receipt code alone, and no case is named.
    CaseSealedForCentre,
}

impl AuditEvent {
    pub fn code(self) -> &'static str {
        match self {
            AuditEvent::VaultCreated => "vault-created",
            AuditEvent::VaultUnlocked => "vault-unlocked",
            AuditEvent::CaseCreated => "case-created",
            AuditEvent::CaseEdited => "case-edited",
            AuditEvent::CaseSealed => "case-sealed",
            AuditEvent::CaseUnsealed => "case-unsealed",
            AuditEvent::CaseDeleted => "case-deleted",
            AuditEvent::AttachmentAdded => "attachment-added",
            AuditEvent::SlotAdded => "slot-added",
            AuditEvent::SlotChanged => "slot-changed",
            AuditEvent::SlotRemoved => "slot-removed",
            AuditEvent::RecoveryKeyReplaced => "recovery-key-replaced",
            AuditEvent::VaultRekeyed => "vault-rekeyed",
            AuditEvent::BundleExported => "bundle-exported",
            AuditEvent::BundleImported => "bundle-imported",
            AuditEvent::CaseImported => "case-imported",
            AuditEvent::SnapshotImported => "snapshot-imported",
            AuditEvent::StatisticsSent => "statistics-sent",
            AuditEvent::ConflictResolved => "conflict-resolved",
            AuditEvent::ContactAdded => "contact-added",
            AuditEvent::ContactChanged => "contact-changed",
            AuditEvent::ContactRemoved => "contact-removed",
            AuditEvent::PdfGenerated => "pdf-generated",
            AuditEvent::StatisticsExported => "statistics-exported",
            AuditEvent::SubmissionDrafted => "submission-drafted",
            AuditEvent::CaseSealedForCentre => "case-sealed-for-centre",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub event: String,
    pub case_id: Option<String>,
    pub detail: String,
    pub prev: String,
    pub hash: String,
}

fn link_hash(
    prev: &str,
    seq: i64,
    at: &str,
    event: &str,
    case_id: Option<&str>,
    detail: &str,
) -> String {
    let mut h = Sha256::new();
    // Length-prefixed fields so that moving bytes between fields changes the hash.
    for part in [
        prev,
        &seq.to_string(),
        at,
        event,
        case_id.unwrap_or(""),
        detail,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends an entry; must run inside the transaction of the change it records.
pub(crate) fn append(
    conn: &Connection,
    event: AuditEvent,
    case_id: Option<&str>,
    detail: &str,
) -> Result<(), StoreError> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_owned()),
    };
    let at = crate::now();
    let hash = link_hash(&prev, seq, &at, event.code(), case_id, detail);
    conn.prepare_cached(
        "INSERT INTO audit (seq, at, event, case_id, detail, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![seq, at, event.code(), case_id, detail, prev, hash])?;
    Ok(())
}

/// The newest entry's hash: what a PDF or bundle cites as the state of the log.
pub(crate) fn head(conn: &Connection) -> Result<Option<AuditEntry>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT seq, at, event, case_id, detail, prev, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            row_entry,
        )
        .optional()?)
}

fn row_entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        seq: r.get(0)?,
        at: r.get(1)?,
        event: r.get(2)?,
        case_id: r.get(3)?,
        detail: r.get(4)?,
        prev: r.get(5)?,
        hash: r.get(6)?,
    })
}

pub(crate) fn entries(
    conn: &Connection,
    after: i64,
    limit: u32,
) -> Result<Vec<AuditEntry>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, event, case_id, detail, prev, hash FROM audit WHERE seq > ?1 ORDER BY seq LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![after, limit], row_entry)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Recomputes the chain; returns the sequence number of the first broken link.
pub(crate) fn first_broken(conn: &Connection) -> Result<Option<i64>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT seq, at, event, case_id, detail, prev, hash FROM audit ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_owned();
    let mut expected_seq = 1;
    while let Some(r) = rows.next()? {
        let e = row_entry(r)?;
        let recomputed = link_hash(
            &e.prev,
            e.seq,
            &e.at,
            &e.event,
            e.case_id.as_deref(),
            &e.detail,
        );
        if e.seq != expected_seq || e.prev != prev || e.hash != recomputed {
            return Ok(Some(e.seq));
        }
        prev = e.hash;
        expected_seq += 1;
    }
    Ok(None)
}

impl crate::Vault {
    /// Records that a case file was made from `case_id`. `detail` holds identifiers
    /// and hashes only (revision, language, profile, file SHA-256), like every audit
    /// detail: the log is read when checking a vault, without any redaction profile.
    pub fn record_pdf_generated(
        &self,
        case_id: &str,
        detail: &str,
    ) -> Result<AuditEntry, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        append(&tx, AuditEvent::PdfGenerated, Some(case_id), detail)?;
        // The row was just written in this transaction; its absence means a broken database.
        let entry = head(&tx)?.ok_or(StoreError::DatabaseDamaged)?;
        tx.commit()?;
        Ok(entry)
    }

    /// Records that statistics left the vault. `detail` describes the table (see
    /// [`AuditEvent::StatisticsExported`]); no case is named.
    pub fn record_statistics_exported(&self, detail: &str) -> Result<AuditEntry, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        append(&tx, AuditEvent::StatisticsExported, None, detail)?;
        let entry = head(&tx)?.ok_or(StoreError::DatabaseDamaged)?;
        tx.commit()?;
        Ok(entry)
    }

    /// Records that a draft UN submission was written: of one case (`case_id`) or an
    /// annex over many (`None`; the detail lists no case).
    pub fn record_submission_drafted(
        &self,
        case_id: Option<&str>,
        detail: &str,
    ) -> Result<AuditEntry, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        append(&tx, AuditEvent::SubmissionDrafted, case_id, detail)?;
        let entry = head(&tx)?.ok_or(StoreError::DatabaseDamaged)?;
        tx.commit()?;
        Ok(entry)
    }

    /// One case's entries of one kind, oldest first (e.g. every case file issued).
    pub fn audit_entries_for_case(
        &self,
        case_id: &str,
        event: AuditEvent,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, event, case_id, detail, prev, hash FROM audit WHERE case_id = ?1 AND event = ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![case_id, event.code()], row_entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, event TEXT NOT NULL,
             case_id TEXT, detail TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL);",
        )
        .unwrap();
        for i in 0..5 {
            append(&c, AuditEvent::CaseEdited, Some("case"), &format!("rev{i}")).unwrap();
        }
        c
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(first_broken(&log()).unwrap(), None);
    }

    #[test]
    fn an_edited_entry_is_named() {
        let c = log();
        c.execute("UPDATE audit SET detail = 'forged' WHERE seq = 3", [])
            .unwrap();
        assert_eq!(first_broken(&c).unwrap(), Some(3));
    }

    #[test]
    fn a_removed_entry_breaks_the_next_link() {
        let c = log();
        c.execute("DELETE FROM audit WHERE seq = 2", []).unwrap();
        assert_eq!(first_broken(&c).unwrap(), Some(3));
    }

    #[test]
    fn a_rehashed_entry_still_breaks_the_chain() {
        let c = log();
        let forged = link_hash(
            GENESIS,
            2,
            "2020-01-01T00:00:00Z",
            "case-edited",
            Some("case"),
            "x",
        );
        c.execute(
            "UPDATE audit SET detail = 'x', at = '2020-01-01T00:00:00Z', hash = ?1 WHERE seq = 2",
            params![forged],
        )
        .unwrap();
        assert_eq!(first_broken(&c).unwrap(), Some(2));
    }
}
