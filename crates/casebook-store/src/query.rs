//! The case list: filtered, searched, sorted, one page at a time.
//!
//! At 100k cases a page must come back in a few milliseconds however it is filtered,
//! sorted or how deep it is. Two ways serve that:
//! - Without search text, the live cases' order for each sort key is read once from
//!   its covering index (case numbers only) and each filter becomes a set of case
//!   numbers read from a covering index or a side table's primary key; a page is the
//!   ordered numbers that are in every set, sliced, and only its rows are read. Both
//!   are kept until the next write on the connection.
//! - Search text is one more such set: the trigram index's matches, at most the
//!   [`SEARCH_CAP`] most recently recorded.
//! - Lists that include deleted cases, searches for words too short for the trigram
//!   index and exports (every match) are answered by SQL directly.

use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::types::Value as SqlValue;
use serde::{Deserialize, Serialize};

use crate::{StoreError, Vault};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SortKey {
    #[default]
    UpdatedDesc,
    UpdatedAsc,
    IncidentDesc,
    IncidentAsc,
    CodeAsc,
    CodeDesc,
    DueAsc,
}

impl SortKey {
    /// Every order the list offers.
    pub const ALL: [SortKey; 7] = [
        SortKey::UpdatedDesc,
        SortKey::UpdatedAsc,
        SortKey::IncidentDesc,
        SortKey::IncidentAsc,
        SortKey::CodeAsc,
        SortKey::CodeDesc,
        SortKey::DueAsc,
    ];
}

/// Every field narrows the list; all unset means every live case.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct CaseQuery {
    /// Full-text: each word (3+ letters) must occur somewhere, as a substring.
    pub text: Option<String>,
    pub status: Option<String>,
    /// Incident dates, inclusive, ISO at any precision.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub act_type: Option<String>,
    pub agency: Option<String>,
    pub consent: Option<String>,
    /// Cases with an open follow-up due on or before this date.
    pub due_before: Option<String>,
    pub include_deleted: bool,
    /// List every search match instead of the newest [`SEARCH_CAP`]: for exports by
    /// filter, which must not drop a case; too slow for typing.
    pub all_matches: bool,
    pub sort: SortKey,
    #[ts(type = "number")]
    pub offset: u64,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ts_rs::TS)]
pub struct CaseSummary {
    pub id: String,
    pub code: String,
    pub pseudonym: String,
    pub status: Option<String>,
    pub incident_date: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub act_types: Vec<String>,
    pub next_due: Option<String>,
    pub updated_at: String,
    pub deleted: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct CasePage {
    /// How many cases the query matches; with `capped`, how many of them are listed.
    #[ts(type = "number")]
    pub total: u64,
    /// `Some(SEARCH_CAP)` when the search text matched more cases than that: only the
    /// most recently recorded [`SEARCH_CAP`] matches are listed (then filtered and
    /// sorted). The person is told so and asked to add words or filters, rather than
    /// waiting on a list nobody can read.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub capped: Option<u64>,
    #[ts(type = "number")]
    pub offset: u64,
    pub items: Vec<CaseSummary>,
}

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;
/// Most search matches a list shows. Counting every match of a common word among
/// 100k narratives costs tens of milliseconds; stopping here keeps typing smooth.
pub const SEARCH_CAP: u64 = 1000;

/// What the list has already read, valid until the next write on the connection.
#[derive(Debug, Default)]
pub(crate) struct ListCache {
    changes: u64,
    /// Totals of searches (and of lists that include deleted cases).
    totals: HashMap<String, u64>,
    /// Live case numbers in each base sort order.
    orders: HashMap<SortKey, Arc<Vec<i64>>>,
    /// Live case numbers each filter lets through.
    members: HashMap<String, Arc<NumSet>>,
    /// What each search text matched, and whether it matched more than that.
    searches: HashMap<String, (Arc<NumSet>, bool)>,
    /// The statistics facts of every live case (see `facts`).
    pub(crate) facts: Option<Arc<Vec<casebook_core::facts::CaseFacts>>>,
}

impl ListCache {
    /// The search index catching up changes no case, only what searches find: the
    /// list's orders and filters stay valid if they were.
    pub(crate) fn keep_after_indexing(&mut self, before: u64, after: u64) {
        if self.changes == before {
            self.changes = after;
            self.totals.clear();
            self.searches.clear();
        }
    }

    fn refresh(&mut self, changes: u64) {
        if self.changes != changes {
            self.totals.clear();
            self.orders.clear();
            self.members.clear();
            self.searches.clear();
            self.facts = None;
            self.changes = changes;
        }
    }
}

/// Keeps the caches from growing without bound over a long session of searches.
const CACHE_ENTRIES: usize = 256;

/// A set of case numbers as a bitmap: a 100k-case filter is 12 kB and a lookup is a
/// shift and a mask.
#[derive(Debug, Default)]
pub(crate) struct NumSet {
    bits: Vec<u64>,
}

impl NumSet {
    fn insert(&mut self, n: i64) {
        let Ok(n) = usize::try_from(n) else { return };
        let word = n / 64;
        if word >= self.bits.len() {
            self.bits.resize(word + 1, 0);
        }
        self.bits[word] |= 1 << (n % 64);
    }

    fn contains(&self, n: i64) -> bool {
        usize::try_from(n)
            .ok()
            .and_then(|n| self.bits.get(n / 64).map(|w| w & (1 << (n % 64)) != 0))
            .unwrap_or(false)
    }
}

const SUMMARY_COLS: &str = "c.id, c.code, c.pseudonym, c.status, c.incident_date, c.country, c.region, c.act_types, c.next_due, c.updated_at, c.deleted";

fn summary_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    let acts: String = r.get(7)?;
    Ok(CaseSummary {
        id: r.get(0)?,
        code: r.get(1)?,
        pseudonym: r.get(2)?,
        status: r.get(3)?,
        incident_date: r.get(4)?,
        country: r.get(5)?,
        region: r.get(6)?,
        act_types: acts
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        next_due: r.get(8)?,
        updated_at: r.get(9)?,
        deleted: r.get(10)?,
    })
}

/// Turns what a person typed into an FTS5 query: every word quoted (so no operator
/// syntax leaks through) and all of them required.
fn fts_query(text: &str) -> (Option<String>, Vec<String>) {
    let mut fts = vec![];
    let mut short = vec![];
    for word in text.split_whitespace() {
        let clean: String = word.chars().filter(|c| *c != '"').collect();
        if clean.is_empty() {
            continue;
        }
        // Trigram indexing cannot match fewer than three characters.
        if clean.chars().count() >= 3 {
            fts.push(format!("\"{clean}\""));
        } else {
            short.push(clean);
        }
    }
    let q = if fts.is_empty() {
        None
    } else {
        Some(fts.join(" AND "))
    };
    (q, short)
}

/// The base order a sort key reads, and whether it is read backwards.
fn base_order(sort: SortKey) -> (SortKey, bool) {
    match sort {
        SortKey::UpdatedDesc => (SortKey::UpdatedDesc, false),
        SortKey::UpdatedAsc => (SortKey::UpdatedDesc, true),
        SortKey::IncidentDesc => (SortKey::IncidentDesc, false),
        SortKey::IncidentAsc => (SortKey::IncidentDesc, true),
        SortKey::CodeAsc => (SortKey::CodeAsc, false),
        SortKey::CodeDesc => (SortKey::CodeAsc, true),
        SortKey::DueAsc => (SortKey::DueAsc, false),
    }
}

/// Live case numbers in a base order, from that order's covering index alone.
fn order_sql(base: SortKey) -> &'static str {
    match base {
        SortKey::IncidentDesc | SortKey::IncidentAsc => {
            "SELECT num FROM cases INDEXED BY cases_by_incident WHERE deleted = 0 ORDER BY incident_date DESC, num DESC"
        }
        SortKey::CodeAsc | SortKey::CodeDesc => {
            "SELECT num FROM cases INDEXED BY cases_by_code WHERE deleted = 0 ORDER BY code ASC"
        }
        SortKey::DueAsc => {
            "SELECT num FROM cases INDEXED BY cases_by_due WHERE deleted = 0 ORDER BY coalesce(next_due, '9999-99-99') ASC"
        }
        SortKey::UpdatedDesc | SortKey::UpdatedAsc => {
            "SELECT num FROM cases INDEXED BY cases_by_updated WHERE deleted = 0 ORDER BY updated_at DESC, num DESC"
        }
    }
}

fn order_by(sort: SortKey) -> &'static str {
    match sort {
        SortKey::UpdatedDesc => "c.updated_at DESC, c.num DESC",
        SortKey::UpdatedAsc => "c.updated_at ASC, c.num ASC",
        SortKey::IncidentDesc => "c.incident_date DESC, c.num DESC",
        SortKey::IncidentAsc => "c.incident_date ASC, c.num ASC",
        SortKey::CodeAsc => "c.code ASC",
        SortKey::CodeDesc => "c.code DESC",
        SortKey::DueAsc => "coalesce(c.next_due, '9999-99-99') ASC",
    }
}

/// One filter of a list without search text, as the query that lists the live case
/// numbers it lets through (each served by a covering index or a primary key).
struct Member {
    sql: &'static str,
    arg: String,
}

fn members_of(q: &CaseQuery) -> Vec<Member> {
    let mut m = vec![];
    let mut add = |value: &Option<String>, sql: &'static str| {
        if let Some(v) = value {
            m.push(Member {
                sql,
                arg: v.clone(),
            });
        }
    };
    add(
        &q.status,
        "SELECT num FROM cases WHERE deleted = 0 AND status = ?1",
    );
    add(
        &q.date_from,
        "SELECT num FROM cases WHERE deleted = 0 AND incident_date >= ?1",
    );
    // "2026-03" as an upper bound must include every day of March.
    add(
        &q.date_to.as_ref().map(|v| format!("{v}\u{10FFFF}")),
        "SELECT num FROM cases WHERE deleted = 0 AND incident_date <= ?1",
    );
    add(
        &q.country,
        "SELECT num FROM cases WHERE deleted = 0 AND country = ?1",
    );
    add(
        &q.region,
        "SELECT num FROM cases WHERE deleted = 0 AND region = ?1",
    );
    // Tombstoned cases have no side rows, so these are live cases only.
    add(
        &q.act_type,
        "SELECT case_num FROM case_acts WHERE act_type = ?1",
    );
    add(
        &q.agency,
        "SELECT case_num FROM case_agencies WHERE agency = ?1",
    );
    add(
        &q.consent,
        "SELECT case_num FROM case_consents WHERE destination = ?1",
    );
    add(
        &q.due_before,
        "SELECT num FROM cases WHERE deleted = 0 AND coalesce(next_due, '9999-99-99') <= ?1 AND next_due IS NOT NULL",
    );
    m
}

impl Vault {
    pub fn list_cases(&self, q: &CaseQuery) -> Result<CasePage, StoreError> {
        let limit = match q.limit {
            0 => DEFAULT_PAGE,
            n => n.min(MAX_PAGE),
        };
        let text = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let (fts, short) = text.map(fts_query).unwrap_or_default();
        if text.is_some() {
            self.index_search_backlog()?;
        }
        // Words of one or two letters cannot use the trigram index, and deleted cases
        // are in none of the live orders: both go the plain SQL way.
        if q.include_deleted || !short.is_empty() || (q.all_matches && fts.is_some()) {
            return self.list_by_sql(q, limit);
        }
        let mut sets = vec![];
        let mut capped = None;
        if let Some(fts) = &fts {
            let (matches, more) = self.search_set(fts)?;
            sets.push(matches);
            capped = more.then_some(SEARCH_CAP);
        }
        let mut page = self.list_by_order(q, limit, sets)?;
        page.capped = capped;
        Ok(page)
    }

    /// The live cases a search matches: all of them, or the [`SEARCH_CAP`] most
    /// recently recorded and `true` when there are more.
    fn search_set(&self, fts: &str) -> Result<(Arc<NumSet>, bool), StoreError> {
        if let Some(hit) = self.list_cache().and_then(|c| c.searches.get(fts).cloned()) {
            return Ok(hit);
        }
        // Forwards first: cheap when there are few matches, and it stops one past the
        // cap when there are many. Only then backwards, for the newest.
        let cap = usize::try_from(SEARCH_CAP).unwrap_or(usize::MAX);
        let mut nums = self.fts_rowids(fts, "ASC", SEARCH_CAP + 1)?;
        let more = nums.len() > cap;
        if more {
            nums = self.fts_rowids(fts, "DESC", SEARCH_CAP)?;
        }
        let mut set = NumSet::default();
        for n in nums {
            set.insert(n);
        }
        let hit = (Arc::new(set), more);
        if let Some(mut cache) = self.list_cache() {
            if cache.searches.len() >= CACHE_ENTRIES {
                cache.searches.clear();
            }
            cache.searches.insert(fts.to_owned(), hit.clone());
        }
        Ok(hit)
    }

    fn fts_rowids(&self, fts: &str, direction: &str, limit: u64) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 ORDER BY rowid {direction} LIMIT {limit}"
        ))?;
        let rows = stmt.query_map([fts], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn list_by_order(
        &self,
        q: &CaseQuery,
        limit: u32,
        mut sets: Vec<Arc<NumSet>>,
    ) -> Result<CasePage, StoreError> {
        let (base, backwards) = base_order(q.sort);
        let order = self.live_order(base)?;
        for m in members_of(q) {
            sets.push(self.member_set(&m)?);
        }
        let offset = usize::try_from(q.offset).unwrap_or(usize::MAX);
        let limit = limit as usize;
        let in_order: Box<dyn Iterator<Item = &i64>> = if backwards {
            Box::new(order.iter().rev())
        } else {
            Box::new(order.iter())
        };
        let mut total = 0usize;
        let mut page = Vec::with_capacity(limit);
        for &num in in_order.filter(|n| sets.iter().all(|s| s.contains(**n))) {
            if total >= offset && page.len() < limit {
                page.push(num);
            }
            total += 1;
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLS} FROM cases c WHERE c.num = ?1"
        ))?;
        let items = page
            .iter()
            .map(|num| stmt.query_row([num], summary_row))
            .collect::<Result<_, _>>()?;
        Ok(CasePage {
            total: total as u64,
            capped: None,
            offset: q.offset,
            items,
        })
    }

    fn list_by_sql(&self, q: &CaseQuery, limit: u32) -> Result<CasePage, StoreError> {
        let mut wh: Vec<String> = vec![];
        let mut args: Vec<SqlValue> = vec![];
        let arg = |v: &str, args: &mut Vec<SqlValue>| {
            args.push(SqlValue::Text(v.to_owned()));
            format!("?{}", args.len())
        };
        let mut capped = false;
        // The search text alone (no other filter) is counted from the index itself.
        let mut fts_only: Option<String> = None;
        if !q.include_deleted {
            wh.push("c.deleted = 0".into());
        }
        if let Some(text) = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let (fts, short) = fts_query(text);
            if let Some(fts) = fts {
                let p = arg(&fts, &mut args);
                capped = !q.all_matches && self.fts_matches(&fts)? > SEARCH_CAP;
                if capped {
                    // Newest-recorded matches first, so the cap keeps the recent ones.
                    wh.push(format!(
                        "c.num IN (SELECT rowid FROM case_fts WHERE case_fts MATCH {p} ORDER BY rowid DESC LIMIT {SEARCH_CAP})"
                    ));
                } else {
                    // All matches fit: the index's own (forward) order is cheaper.
                    wh.push(format!(
                        "c.num IN (SELECT rowid FROM case_fts WHERE case_fts MATCH {p})"
                    ));
                }
                if short.is_empty() {
                    fts_only = Some(fts);
                }
            }
            for s in short {
                let p = arg(&format!("%{s}%"), &mut args);
                wh.push(format!("(c.code LIKE {p} OR c.pseudonym LIKE {p})"));
            }
        }
        let narrowed = wh.len();
        for m in members_of(q) {
            let p = arg(&m.arg, &mut args);
            wh.push(format!("c.num IN ({})", m.sql.replace("?1", &p)));
        }
        if wh.len() > narrowed {
            fts_only = None;
        }
        let where_sql = if wh.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", wh.join(" AND "))
        };
        let total = match fts_only.filter(|_| !q.all_matches) {
            // Tombstoned cases are not in the search index.
            Some(fts) => self.fts_matches(&fts)?.min(SEARCH_CAP),
            None => {
                let sql = format!("SELECT count(*) FROM cases c {where_sql}");
                self.cached_total(&format!("{sql}\u{0}{args:?}"), |conn| {
                    conn.prepare_cached(&sql)?
                        .query_row(rusqlite::params_from_iter(args.iter()), |r| r.get(0))
                })?
            }
        };
        let items = if total == 0 {
            vec![]
        } else {
            let sql = format!(
                "SELECT {SUMMARY_COLS} FROM cases c {where_sql} ORDER BY {} LIMIT {limit} OFFSET {}",
                order_by(q.sort),
                q.offset
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), summary_row)?;
            rows.collect::<Result<_, _>>()?
        };
        Ok(CasePage {
            total,
            capped: capped.then_some(SEARCH_CAP),
            offset: q.offset,
            items,
        })
    }

    /// How many live cases the search matches, counting no further than one past
    /// the cap.
    fn fts_matches(&self, fts: &str) -> Result<u64, StoreError> {
        let key = format!("fts\u{0}{fts}");
        self.cached_total(&key, |conn| {
            conn.prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 FROM case_fts WHERE case_fts MATCH ?1 LIMIT {})",
                SEARCH_CAP + 1
            ))?
            .query_row([fts], |r| r.get(0))
        })
    }

    /// The cache, emptied first if anything was written since it was filled. `None`
    /// only if a caller up the stack holds it, which no path here does.
    pub(crate) fn list_cache(&self) -> Option<std::cell::RefMut<'_, ListCache>> {
        let changes = self.conn.total_changes();
        let mut cache = self.list_cache.try_borrow_mut().ok()?;
        cache.refresh(changes);
        Some(cache)
    }

    fn cached_total(
        &self,
        key: &str,
        count: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<i64>,
    ) -> Result<u64, StoreError> {
        if let Some(n) = self.list_cache().and_then(|c| c.totals.get(key).copied()) {
            return Ok(n);
        }
        let n = u64::try_from(count(&self.conn)?).unwrap_or(0);
        if let Some(mut cache) = self.list_cache() {
            if cache.totals.len() >= CACHE_ENTRIES {
                cache.totals.clear();
            }
            cache.totals.insert(key.to_owned(), n);
        }
        Ok(n)
    }

    fn live_order(&self, base: SortKey) -> Result<Arc<Vec<i64>>, StoreError> {
        if let Some(o) = self.list_cache().and_then(|c| c.orders.get(&base).cloned()) {
            return Ok(o);
        }
        let mut stmt = self.conn.prepare_cached(order_sql(base))?;
        let nums: Vec<i64> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let nums = Arc::new(nums);
        if let Some(mut cache) = self.list_cache() {
            cache.orders.insert(base, nums.clone());
        }
        Ok(nums)
    }

    fn member_set(&self, m: &Member) -> Result<Arc<NumSet>, StoreError> {
        let key = format!("{}\u{0}{}", m.sql, m.arg);
        if let Some(s) = self.list_cache().and_then(|c| c.members.get(&key).cloned()) {
            return Ok(s);
        }
        let mut set = NumSet::default();
        let mut stmt = self.conn.prepare_cached(m.sql)?;
        let mut rows = stmt.query([&m.arg])?;
        while let Some(r) = rows.next()? {
            set.insert(r.get(0)?);
        }
        let set = Arc::new(set);
        if let Some(mut cache) = self.list_cache() {
            if cache.members.len() >= CACHE_ENTRIES {
                cache.members.clear();
            }
            cache.members.insert(key, set.clone());
        }
        Ok(set)
    }
}

/// One place cases happened in, for the case list's region filter.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ts_rs::TS)]
pub struct PlaceCount {
    pub country: String,
    /// ISO 3166-2 subdivision code, `None` for cases with only a country.
    pub region: Option<String>,
    #[ts(type = "number")]
    pub cases: u64,
}

impl Vault {
    /// Every (country, region) of live cases with how many cases each has, ordered by
    /// country then region. Reads the place index only, never a case record.
    pub fn case_places(&self) -> Result<Vec<PlaceCount>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT country, region, count(*) FROM cases
             WHERE deleted = 0 AND country IS NOT NULL
             GROUP BY country, region ORDER BY country, region",
        )?;
        let rows = stmt.query_map([], |r| {
            let n: i64 = r.get(2)?;
            Ok(PlaceCount {
                country: r.get(0)?,
                region: r.get(1)?,
                cases: u64::try_from(n).unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_set_holds_exactly_what_was_put_in() {
        let mut s = NumSet::default();
        for n in [0, 1, 63, 64, 65, 100_000] {
            s.insert(n);
        }
        s.insert(-5);
        for n in [0, 1, 63, 64, 65, 100_000] {
            assert!(s.contains(n), "{n}");
        }
        for n in [-5, -1, 2, 62, 66, 99_999, 100_001, i64::MAX] {
            assert!(!s.contains(n), "{n}");
        }
    }

    #[test]
    fn every_sort_reads_a_base_order_forwards_or_backwards() {
        for sort in SortKey::ALL {
            let (base, backwards) = base_order(sort);
            assert_eq!(base_order(base), (base, false), "{sort:?}");
            assert_eq!(backwards, sort != base, "{sort:?}");
        }
    }

    #[test]
    fn typed_text_cannot_inject_fts_syntax() {
        let (q, short) = fts_query("избил OR \"x\" NEAR(a b) ab");
        assert_eq!(q.as_deref(), Some("\"избил\" AND \"NEAR(a\""));
        assert_eq!(short, vec!["OR", "x", "b)", "ab"]);
    }
}
