//! The search index's backlog (see `schema/0006_search_backlog.sql`) and the rest of
//! the work a save leaves for later: the index catches up before every search and
//! when the program is idle, and the write-ahead log is copied back into the
//! database when idle instead of inside whichever save happens to fill it.

use rusqlite::{params, Connection};

use crate::cases::from_text;
use crate::index::index_of;
use crate::{StoreError, Vault};

/// Queues a case for the search index.
pub(crate) fn record(tx: &Connection, num: i64) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT OR IGNORE INTO search_backlog (num) VALUES (?1)")?
        .execute(params![num])?;
    Ok(())
}

/// Indexes every queued case, as its head revision has it, inside the caller's
/// transaction. Returns how many.
pub(crate) fn index_queued(tx: &Connection) -> Result<usize, StoreError> {
    let queued: Vec<(i64, bool, String, Option<String>)> = {
        let mut stmt = tx.prepare_cached(
            "SELECT b.num, c.deleted, c.code, r.content FROM search_backlog b
             JOIN cases c ON c.num = b.num LEFT JOIN revisions r ON r.id = c.head
             ORDER BY b.num",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (num, deleted, code, content) in &queued {
        tx.prepare_cached("DELETE FROM case_fts WHERE rowid = ?1")?
            .execute(params![num])?;
        let Some(content) = content.as_deref().filter(|_| !deleted) else {
            continue;
        };
        let mut ix = index_of(&from_text(content)?);
        // An import may have given the case another code than its record says (two
        // cases arriving with one code); search by the code the list shows.
        ix.code.clone_from(code);
        tx.prepare_cached(
            "INSERT INTO case_fts (rowid, code, pseudonym, body) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![num, ix.code, ix.pseudonym, ix.body])?;
    }
    // Rows for cases that no longer exist (none today) would otherwise stay forever.
    tx.prepare_cached("DELETE FROM search_backlog")?
        .execute([])?;
    Ok(queued.len())
}

fn has_queued(conn: &Connection) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM search_backlog)")?
        .query_row([], |r| r.get(0))?)
}

impl Vault {
    /// Brings the search index up to date with every save. Searches call this first,
    /// so they never miss a saved case. Returns how many cases were indexed.
    pub fn index_search_backlog(&self) -> Result<usize, StoreError> {
        if !has_queued(&self.conn)? {
            return Ok(0);
        }
        let before = self.conn.total_changes();
        let tx = self.conn.unchecked_transaction()?;
        let n = index_queued(&tx)?;
        tx.commit()?;
        let after = self.conn.total_changes();
        if let Ok(mut cache) = self.list_cache.try_borrow_mut() {
            cache.keep_after_indexing(before, after);
        }
        Ok(n)
    }

    /// True when something was written since the last [`Vault::idle_work`].
    pub fn has_idle_work(&self) -> bool {
        self.conn.total_changes() != self.idle_stamp.get()
    }

    /// What is worth doing while nobody waits: index the backlog and copy the
    /// write-ahead log into the database, so that neither lands inside a save.
    /// Returns how many cases were indexed.
    pub fn idle_work(&self) -> Result<usize, StoreError> {
        let n = self.index_search_backlog()?;
        // PASSIVE never waits for anyone and never blocks a save.
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        self.idle_stamp.set(self.conn.total_changes());
        Ok(n)
    }
}
