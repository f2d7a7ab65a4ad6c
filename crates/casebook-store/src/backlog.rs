//! The search index's backlog (see `schema/0006_search_backlog.sql`) and the rest of
//! the work a save leaves for later: the index catches up before every search and
//! when the program is idle, and the write-ahead log is copied back into the
//! database when idle instead of inside whichever save happens to fill it.

use rusqlite::{params, Connection, OptionalExtension};

use crate::cases::from_text;
use crate::db::BulkCache;
use crate::index::index_of;
use crate::{StoreError, Vault};

/// When a write brings the search index up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SearchUpdate {
    /// Queue the case: a person waits on this save, nobody on its indexing.
    Queue,
    /// Index now, in this transaction: seeding has the case's text at hand and
    /// nobody waits on one case.
    Now,
}

/// Brings the search index's entry for a case up to date (or queues that): its
/// text, or none (`text` is `None` for a deleted case).
pub(crate) fn update(
    tx: &Connection,
    num: i64,
    text: Option<(&str, &str, &str)>,
    when: SearchUpdate,
) -> Result<(), StoreError> {
    if when == SearchUpdate::Queue {
        tx.prepare_cached("INSERT OR IGNORE INTO search_backlog (num) VALUES (?1)")?
            .execute(params![num])?;
        return Ok(());
    }
    tx.prepare_cached("DELETE FROM case_fts WHERE rowid = ?1")?
        .execute(params![num])?;
    if let Some((code, pseudonym, body)) = text {
        tx.prepare_cached(
            "INSERT INTO case_fts (rowid, code, pseudonym, body) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![num, code, pseudonym, body])?;
    }
    Ok(())
}

/// How many queued cases one round of idle work indexes: about 100 ms here, 230 ms
/// at most measured (more when FTS5 merges segments; the last round also copies the
/// log back), so a person who comes back to the window waits about that long at most.
pub const IDLE_BATCH: usize = 200;

/// Indexes queued cases (by case number, at most `limit`), as their head revisions
/// have them, inside the caller's transaction. Returns how many.
pub(crate) fn index_queued(tx: &Connection, limit: Option<usize>) -> Result<usize, StoreError> {
    // Numbers only: after a 10k-case import the texts together are tens of MB, and
    // each is read, indexed and dropped in turn.
    let limit = limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let queued: Vec<i64> = tx
        .prepare_cached("SELECT num FROM search_backlog ORDER BY num LIMIT ?1")?
        .query_map([limit], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for num in &queued {
        let head: Option<(bool, String, Option<String>)> = tx
            .prepare_cached(
                "SELECT c.deleted, c.code, r.content FROM cases c
                 LEFT JOIN revisions r ON r.id = c.head WHERE c.num = ?1",
            )?
            .query_row(params![num], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((false, code, Some(content))) = head else {
            // Deleted (or gone): out of the index.
            update(tx, *num, None, SearchUpdate::Now)?;
            continue;
        };
        let ix = index_of(&from_text(&content)?, crate::due::rule(tx)?);
        // An import may have given the case another code than its record says (two
        // cases arriving with one code); search by the code the list shows.
        let text = (code.as_str(), ix.pseudonym.as_str(), ix.body.as_str());
        update(tx, *num, Some(text), SearchUpdate::Now)?;
    }
    if let Some(last) = queued.last() {
        tx.prepare_cached("DELETE FROM search_backlog WHERE num <= ?1")?
            .execute([last])?;
    }
    Ok(queued.len())
}

/// FTS5's default: merge once a level holds this many segments.
const AUTOMERGE: i64 = 4;

fn set_automerge(tx: &Connection, segments: i64) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT INTO case_fts (case_fts, rank) VALUES ('automerge', ?1)")?
        .execute([segments])?;
    Ok(())
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
        self.index_backlog(None)
    }

    fn index_backlog(&self, limit: Option<usize>) -> Result<usize, StoreError> {
        if !has_queued(&self.conn)? {
            return Ok(0);
        }
        let before = self.conn.total_changes();
        // Catching up on the whole backlog at once (a search waits for it; after an
        // import, thousands of cases):
        // - the pages stay in memory instead of being written out and read back
        //   mid-transaction (not for a round: the cache would shrink after each, and
        //   the next round read them back);
        // - FTS5 does not merge the segments earlier rounds left, which it would
        //   rewrite again and again as the new text is written (4.1 s instead of
        //   2.4 s for 9,000 cases). Only for this transaction; later saves merge them
        //   bit by bit, as usual.
        let whole = limit.is_none();
        let _bulk = whole.then(|| BulkCache::new(&self.conn)).transpose()?;
        let tx = self.conn.unchecked_transaction()?;
        if whole {
            set_automerge(&tx, 0)?;
        }
        let n = index_queued(&tx, limit)?;
        if whole {
            set_automerge(&tx, AUTOMERGE)?;
        }
        tx.commit()?;
        let after = self.conn.total_changes();
        if let Ok(mut cache) = self.list_cache.try_borrow_mut() {
            cache.keep_after_indexing(before, after);
        }
        Ok(n)
    }

    /// True when something was written since the last [`Vault::idle_work`], or the
    /// search index has cases left to catch up on.
    pub fn has_idle_work(&self) -> bool {
        self.conn.total_changes() != self.idle_stamp.get()
    }

    /// What is worth doing while nobody waits: index the backlog and copy the
    /// write-ahead log into the database, so that neither lands inside a save.
    /// One call indexes at most [`IDLE_BATCH`] cases (an import queues all of its
    /// cases at once), so that the vault is never busy for long; call it again while
    /// [`Vault::has_idle_work`] says so. Returns how many cases were indexed.
    pub fn idle_work(&self) -> Result<usize, StoreError> {
        let n = self.index_backlog(Some(IDLE_BATCH))?;
        if n == IDLE_BATCH && has_queued(&self.conn)? {
            // More to come: leave the stamp behind so the next round runs too.
            return Ok(n);
        }
        // PASSIVE never waits for anyone and never blocks a save.
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        self.idle_stamp.set(self.conn.total_changes());
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::AUTOMERGE;
    use crate::vault::testing::{self, case};
    use crate::{CaseQuery, SortKey, Vault};

    fn found(vault: &Vault, text: &str) -> Vec<String> {
        let q = CaseQuery {
            text: Some(text.into()),
            sort: SortKey::CodeAsc,
            ..Default::default()
        };
        let items = vault.list_cases(&q).unwrap().items;
        items.into_iter().map(|c| c.code).collect()
    }

    #[test]
    fn catching_up_at_once_leaves_segment_merging_on() {
        let dir = tempfile::tempdir().unwrap();
        let mut vault = testing::create(dir.path());
        for i in 0..3 {
            vault
                .add_case(case(&format!("KZ-ALM-2026-000{i}"), "Айгуль"), "t")
                .unwrap();
        }
        let automerge = |v: &Vault| -> i64 {
            v.conn
                .query_row(
                    "SELECT v FROM case_fts_config WHERE k = 'automerge'",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        assert_eq!(vault.index_search_backlog().unwrap(), 3);
        assert_eq!(automerge(&vault), AUTOMERGE);
        assert_eq!(found(&vault, "Айгул").len(), 3);
    }

    #[test]
    fn a_vault_from_schema_6_keeps_its_index_and_gets_the_larger_buffer() {
        let dir = tempfile::tempdir().unwrap();
        let mut vault = testing::create(dir.path());
        vault
            .add_case(case("KZ-ALM-2026-0001", "Айгуль"), "t")
            .unwrap();
        assert_eq!(found(&vault, "Айгул"), ["KZ-ALM-2026-0001"]);
        let hashsize = |v: &Vault| -> Option<i64> {
            v.conn
                .query_row(
                    "SELECT v FROM case_fts_config WHERE k = 'hashsize'",
                    [],
                    |r| r.get(0),
                )
                .ok()
        };
        assert_eq!(hashsize(&vault), Some(16 << 20));
        // Back to schema 6: the default buffer.
        vault
            .conn
            .execute_batch(
                "DELETE FROM case_fts_config WHERE k = 'hashsize'; PRAGMA user_version = 6;",
            )
            .unwrap();
        assert_eq!(hashsize(&vault), None);
        drop(vault);
        let mut vault = testing::reopen(dir.path());
        assert_eq!(hashsize(&vault), Some(16 << 20));
        assert_eq!(found(&vault, "Айгул"), ["KZ-ALM-2026-0001"], "index kept");
        vault
            .add_case(case("KZ-ALM-2026-0002", "Динара"), "t")
            .unwrap();
        assert_eq!(found(&vault, "Динар"), ["KZ-ALM-2026-0002"]);
    }
}
