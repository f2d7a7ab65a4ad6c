//! Outreach mode: a field laptop that records cases it can no longer read.
//!
//! An outreach vault names its centre (`meta.outreach_centre`). When a case is
//! finished there, `casebook-bundle` makes a bundle of it encrypted to the centre
//! alone, and [`Vault::seal_case`] puts that bundle in the outbox and removes every
//! readable trace of the case in one transaction: its revisions, its row and list
//! columns, its search entries (the full-text index is rewritten so no segment keeps
//! its words), its conflicts and export marks, drafts that edit it, and attachments
//! nothing else cites (their chunks after the row, as everywhere). `secure_delete`
//! is on, and the write-ahead log is checkpointed and truncated afterwards, so the
//! files keep no old page either. What stays is what the laptop may show: a receipt
//! code, when it was sealed, and whether the centre confirmed it.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::{chunks, StoreError, Vault};

const CENTRE_KEY: &str = "outreach_centre";

/// The centre an outreach vault seals its cases to, from its contact card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutreachCentre {
    pub name: String,
    /// `age1…`: the only key that opens a sealed case.
    pub age_recipient: String,
    /// Ed25519 key (base64) that must have signed a receipt.
    pub sign_key: String,
}

/// One sealed case as the laptop may list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutboxItem {
    /// Short code the centre's receipt names (`K7Q2-M9XD`).
    pub receipt: String,
    pub sealed_at: String,
    /// When a receipt from the centre confirmed it; its sealed bytes are gone then.
    pub confirmed_at: Option<String>,
    /// Size of the sealed bundle still held (0 once confirmed).
    #[ts(type = "number")]
    pub bytes: u64,
}

impl Vault {
    /// The centre this vault seals to; `None` for an ordinary vault.
    pub fn outreach_centre(&self) -> Result<Option<OutreachCentre>, StoreError> {
        match crate::vault::meta(&self.conn, CENTRE_KEY)? {
            None => Ok(None),
            Some(t) => serde_json::from_str(&t)
                .map(Some)
                .map_err(|_| StoreError::DatabaseDamaged),
        }
    }

    pub fn is_outreach(&self) -> Result<bool, StoreError> {
        Ok(self.outreach_centre()?.is_some())
    }

    /// Makes this vault an outreach vault. Only a vault without cases may become
    /// one (cases already here would stay readable), and it stays one.
    pub fn make_outreach(&mut self, centre: &OutreachCentre) -> Result<(), StoreError> {
        if self.is_outreach()? {
            return Err(StoreError::OutreachAlready);
        }
        let tx = self.conn.transaction()?;
        let cases: i64 = tx.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?;
        if cases > 0 {
            return Err(StoreError::OutreachHasCases);
        }
        let text = serde_json::to_string(centre).map_err(|_| StoreError::Encode)?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![CENTRE_KEY, text],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Puts `sealed` (the case's bundle for the centre) in the outbox under `receipt`
    /// and removes everything readable of the case, all in one transaction: after a
    /// crash the case is either still here, unsealed, or sealed and gone.
    pub fn seal_case(
        &mut self,
        case: &str,
        receipt: &str,
        sealed: &[u8],
    ) -> Result<(), StoreError> {
        let id = self.resolve_case(case)?;
        let tx = self.conn.transaction()?;
        let num: i64 = tx.query_row("SELECT num FROM cases WHERE id = ?1", params![id], |r| {
            r.get(0)
        })?;
        // Attachments this case cites, read before its revisions go.
        let mut shas: Vec<String> = vec![];
        {
            let mut stmt = tx.prepare("SELECT content FROM revisions WHERE case_id = ?1")?;
            let rows = stmt.query_map(params![id], |r| r.get::<_, Option<String>>(0))?;
            for content in rows {
                let Some(text) = content? else { continue };
                let Ok(record) = casebook_core::CaseRecord::from_json_str(&text) else {
                    continue;
                };
                for a in record.evidence.iter().flat_map(|e| &e.attachments) {
                    if let Some(s) = &a.sha256 {
                        if !shas.contains(s) {
                            shas.push(s.clone());
                        }
                    }
                }
            }
        }
        tx.execute(
            "INSERT INTO outbox (receipt, sealed_at, bundle) VALUES (?1, ?2, ?3)",
            params![receipt, crate::now(), sealed],
        )?;
        tx.execute("DELETE FROM case_fts WHERE rowid = ?1", params![num])?;
        tx.execute("DELETE FROM search_backlog WHERE num = ?1", params![num])?;
        for table in ["case_acts", "case_agencies", "case_consents"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE case_num = ?1"),
                params![num],
            )?;
        }
        tx.execute("DELETE FROM conflicts WHERE case_id = ?1", params![id])?;
        tx.execute("DELETE FROM sent_heads WHERE case_id = ?1", params![id])?;
        tx.execute("DELETE FROM drafts WHERE case_id = ?1", params![id])?;
        tx.execute("DELETE FROM revisions WHERE case_id = ?1", params![id])?;
        tx.execute("DELETE FROM cases WHERE id = ?1", params![id])?;
        let gone = crate::attachments::drop_uncited(&tx, shas)?;
        // A deleted FTS5 row leaves its words in the index segments until they are
        // merged; rewriting the index drops them.
        tx.execute("INSERT INTO case_fts (case_fts) VALUES ('optimize')", [])?;
        // The case code names the city and the year: the audit keeps only the receipt.
        crate::audit::append(&tx, crate::AuditEvent::CaseSealedForCentre, None, receipt)?;
        tx.commit()?;
        let ctx = self.chunks.unchecked_transaction()?;
        for sha in &gone {
            chunks::remove(&ctx, sha)?;
        }
        ctx.commit()?;
        // Old page images of the case may still sit in the write-ahead log.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Everything sealed here, newest first.
    pub fn outbox(&self) -> Result<Vec<OutboxItem>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT receipt, sealed_at, confirmed_at, coalesce(length(bundle), 0)
             FROM outbox ORDER BY sealed_at DESC, receipt",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(OutboxItem {
                receipt: r.get(0)?,
                sealed_at: r.get(1)?,
                confirmed_at: r.get(2)?,
                bytes: r.get::<_, i64>(3)?.max(0) as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The sealed bundles not yet confirmed, oldest first: what an export carries.
    pub fn outbox_pending(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT receipt, bundle FROM outbox
             WHERE confirmed_at IS NULL AND bundle IS NOT NULL ORDER BY sealed_at, receipt",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks the receipts the centre confirmed and drops their sealed bytes. Codes
    /// this outbox never held are ignored; returns how many were newly confirmed.
    pub fn confirm_receipts(&mut self, receipts: &[String]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let now = crate::now();
        let mut n = 0;
        for r in receipts {
            n += tx.execute(
                "UPDATE outbox SET confirmed_at = ?2, bundle = NULL
                 WHERE receipt = ?1 AND confirmed_at IS NULL",
                params![r, now],
            )?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// At the centre: notes that the sealed case `receipt` came from contact
    /// `contact_id`. Taking the same one again changes nothing.
    pub fn record_outreach_receipt(
        &self,
        contact_id: i64,
        receipt: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO outreach_receipts (contact_id, receipt, imported_at)
             VALUES (?1, ?2, ?3)",
            params![contact_id, receipt, crate::now()],
        )?;
        Ok(())
    }

    /// At the centre: every receipt code taken in from `contact_id`, sorted.
    pub fn outreach_receipts(&self, contact_id: i64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT receipt FROM outreach_receipts WHERE contact_id = ?1 ORDER BY receipt",
        )?;
        let rows = stmt.query_map(params![contact_id], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Everything this vault shows whoever unlocks it, as text: every value of every
    /// row of every table of both databases (blobs as lossy UTF-8). What a coerced
    /// passphrase gives away, for checking that a sealed case left nothing behind.
    pub fn readable_text(&self) -> Result<String, StoreError> {
        let mut out = String::new();
        for conn in [&self.conn, &self.chunks] {
            let tables: Vec<String> = conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for t in tables {
                let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\""))?;
                let n = stmt.column_count();
                let mut rows = stmt.query([])?;
                while let Some(row) = rows.next()? {
                    for i in 0..n {
                        match row.get_ref(i)? {
                            rusqlite::types::ValueRef::Text(b)
                            | rusqlite::types::ValueRef::Blob(b) => {
                                out.push_str(&String::from_utf8_lossy(b));
                                out.push('\n');
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// Whether the outbox holds `receipt` (a receipt naming others is still taken
    /// for what it names).
    pub fn outbox_has(&self, receipt: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM outbox WHERE receipt = ?1",
                params![receipt],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}
