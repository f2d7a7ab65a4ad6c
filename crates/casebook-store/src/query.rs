//! The case list: filtered, searched, sorted, one page at a time. No query here ever
//! reads every case.

use rusqlite::types::Value as SqlValue;
use serde::{Deserialize, Serialize};

use crate::{StoreError, Vault};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// Every field narrows the list; all unset means every live case.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
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
    pub sort: SortKey,
    pub offset: u64,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
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

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CasePage {
    pub total: u64,
    pub offset: u64,
    pub items: Vec<CaseSummary>,
}

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;

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

impl Vault {
    pub fn list_cases(&self, q: &CaseQuery) -> Result<CasePage, StoreError> {
        let mut wh: Vec<String> = vec![];
        let mut args: Vec<SqlValue> = vec![];
        let arg = |v: &str, args: &mut Vec<SqlValue>| {
            args.push(SqlValue::Text(v.to_owned()));
            format!("?{}", args.len())
        };
        if !q.include_deleted {
            wh.push("c.deleted = 0".into());
        }
        if let Some(text) = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let (fts, short) = fts_query(text);
            if let Some(fts) = fts {
                let p = arg(&fts, &mut args);
                wh.push(format!(
                    "c.num IN (SELECT rowid FROM case_fts WHERE case_fts MATCH {p})"
                ));
            }
            for s in short {
                let p = arg(&format!("%{s}%"), &mut args);
                wh.push(format!("(c.code LIKE {p} OR c.pseudonym LIKE {p})"));
            }
        }
        if let Some(v) = &q.status {
            let p = arg(v, &mut args);
            wh.push(format!("c.status = {p}"));
        }
        if let Some(v) = &q.date_from {
            let p = arg(v, &mut args);
            wh.push(format!("c.incident_date >= {p}"));
        }
        if let Some(v) = &q.date_to {
            // "2026-03" as an upper bound must include every day of March.
            let p = arg(&format!("{v}\u{10FFFF}"), &mut args);
            wh.push(format!("c.incident_date <= {p}"));
        }
        if let Some(v) = &q.country {
            let p = arg(v, &mut args);
            wh.push(format!("c.country = {p}"));
        }
        if let Some(v) = &q.region {
            let p = arg(v, &mut args);
            wh.push(format!("c.region = {p}"));
        }
        if let Some(v) = &q.act_type {
            let p = arg(v, &mut args);
            wh.push(format!(
                "c.num IN (SELECT case_num FROM case_acts WHERE act_type = {p})"
            ));
        }
        if let Some(v) = &q.agency {
            let p = arg(v, &mut args);
            wh.push(format!(
                "c.num IN (SELECT case_num FROM case_agencies WHERE agency = {p})"
            ));
        }
        if let Some(v) = &q.consent {
            let p = arg(v, &mut args);
            wh.push(format!(
                "c.num IN (SELECT case_num FROM case_consents WHERE destination = {p})"
            ));
        }
        if let Some(v) = &q.due_before {
            let p = arg(v, &mut args);
            wh.push(format!("c.next_due IS NOT NULL AND c.next_due <= {p}"));
        }
        let where_sql = if wh.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", wh.join(" AND "))
        };
        let order = match q.sort {
            SortKey::UpdatedDesc => "c.updated_at DESC, c.num DESC",
            SortKey::UpdatedAsc => "c.updated_at ASC, c.num ASC",
            SortKey::IncidentDesc => "c.incident_date DESC, c.num DESC",
            SortKey::IncidentAsc => "c.incident_date ASC, c.num ASC",
            SortKey::CodeAsc => "c.code ASC",
            SortKey::CodeDesc => "c.code DESC",
            SortKey::DueAsc => "coalesce(c.next_due, '9999-99-99') ASC",
        };
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM cases c {where_sql}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let limit = match q.limit {
            0 => DEFAULT_PAGE,
            n => n.min(MAX_PAGE),
        };
        let sql = format!(
            "SELECT c.id, c.code, c.pseudonym, c.status, c.incident_date, c.country, c.region, c.act_types, c.next_due, c.updated_at, c.deleted
             FROM cases c {where_sql} ORDER BY {order} LIMIT {limit} OFFSET {}",
            q.offset
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
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
        })?;
        Ok(CasePage {
            total: u64::try_from(total).unwrap_or(0),
            offset: q.offset,
            items: rows.collect::<Result<_, _>>()?,
        })
    }
}

/// One place cases happened in, for the case list's region filter.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PlaceCount {
    pub country: String,
    /// ISO 3166-2 subdivision code, `None` for cases with only a country.
    pub region: Option<String>,
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
    fn typed_text_cannot_inject_fts_syntax() {
        let (q, short) = fts_query("избил OR \"x\" NEAR(a b) ab");
        assert_eq!(q.as_deref(), Some("\"избил\" AND \"NEAR(a\""));
        assert_eq!(short, vec!["OR", "x", "b)", "ab"]);
    }
}
