//! Everything due across the vault's cases, by the one rule of `casebook_core::due`:
//! only cases whose stored `next_due` says they have an open item are read.

use casebook_core::due::{self, DueItem, DueKind, DueRule, FORENSIC_WINDOW_RANGE};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::{StoreError, Vault};

/// One open item of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CaseDue {
    pub case_id: String,
    /// The case's code.
    pub case: String,
    #[serde(flatten)]
    pub item: DueItem,
    /// What the item says of itself: a follow-up's note, a complaint's reference
    /// number; empty for a forensic window.
    pub note: String,
    /// A complaint's body (`complaint-body` code).
    pub body: Option<String>,
    /// Its day is before today.
    pub overdue: bool,
}

fn note(record: &casebook_core::CaseRecord, item: &DueItem) -> String {
    let r = record.responses.as_ref();
    let join = |parts: &[Option<&str>]| {
        parts
            .iter()
            .flatten()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match item.kind {
        DueKind::FollowUp => r
            .and_then(|r| r.follow_ups.get(item.index))
            .map(|f| join(&[f.note.as_deref()]))
            .unwrap_or_default(),
        DueKind::ComplaintDeadline => r
            .and_then(|r| r.complaints.get(item.index))
            .map(|c| join(&[c.reference_number.as_deref()]))
            .unwrap_or_default(),
        DueKind::ForensicWindow => String::new(),
    }
}

const FORENSIC_WINDOW_KEY: &str = "forensic_window_days";

/// The vault's rule of what is due (its forensic window), from its settings; the
/// usual one when none was set.
pub(crate) fn rule(conn: &Connection) -> Result<DueRule, StoreError> {
    let days = conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([FORENSIC_WINDOW_KEY], |r| r.get::<_, String>(0))
        .optional()?;
    match days {
        None => Ok(DueRule::default()),
        Some(text) => match text.parse::<u32>() {
            Ok(d) if FORENSIC_WINDOW_RANGE.contains(&d) => Ok(DueRule {
                forensic_window_days: d,
            }),
            _ => Err(StoreError::DatabaseDamaged),
        },
    }
}

impl Vault {
    /// The forensic window and whatever else of the due rule the vault decides.
    pub fn due_rule(&self) -> Result<DueRule, StoreError> {
        rule(&self.conn)
    }

    /// Sets how many days after an incident the forensic examination is due, and
    /// recomputes every case's next due day with it, in one transaction.
    pub fn set_forensic_window(&mut self, days: u32) -> Result<(), StoreError> {
        if !FORENSIC_WINDOW_RANGE.contains(&days) {
            return Err(StoreError::ForensicWindowOutOfRange {
                min: *FORENSIC_WINDOW_RANGE.start(),
                max: *FORENSIC_WINDOW_RANGE.end(),
            });
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![FORENSIC_WINDOW_KEY, days.to_string()],
        )?;
        crate::index::recompute_derived(&tx, crate::index::Derived::NextDue)?;
        // The list's cache sees the changes and empties itself.
        tx.commit()?;
        Ok(())
    }
}

impl Vault {
    /// Every open item of every live case due by `today + within` days (all of them
    /// when `within` is `None`; overdue ones always), overdue first, then by day.
    pub fn due_items(
        &self,
        today: NaiveDate,
        within: Option<u32>,
    ) -> Result<Vec<CaseDue>, StoreError> {
        let rule = self.due_rule()?;
        let until = within.and_then(|d| today.checked_add_days(chrono::Days::new(u64::from(d))));
        // `next_due` is the day of a case's earliest open item: a case whose day is
        // after `until` has nothing to show, and is not read at all.
        let ids: Vec<String> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id FROM cases WHERE deleted = 0 AND next_due IS NOT NULL \
                 AND (?1 IS NULL OR next_due <= ?1)",
            )?;
            let until_text = until.map(casebook_core::date::iso);
            let rows = stmt.query_map([until_text], |r| r.get::<_, String>(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut out = vec![];
        for id in ids {
            let stored = self.get_case(&id)?;
            for item in due::items(&stored.record, today, rule) {
                if !item.is_open() || until.is_some_and(|u| item.due_by > u) {
                    continue;
                }
                let body = match item.kind {
                    DueKind::ComplaintDeadline => stored
                        .record
                        .responses
                        .as_ref()
                        .and_then(|r| r.complaints.get(item.index))
                        .and_then(|c| c.body.clone()),
                    _ => None,
                };
                out.push(CaseDue {
                    overdue: item.state == due::DueState::Overdue,
                    case_id: stored.id.clone(),
                    case: stored.code.clone(),
                    note: note(&stored.record, &item),
                    body,
                    item,
                });
            }
        }
        out.sort_by(|a, b| {
            (
                !a.overdue,
                a.item.due_by,
                &a.case,
                a.item.kind,
                a.item.index,
            )
                .cmp(&(
                    !b.overdue,
                    b.item.due_by,
                    &b.case,
                    b.item.kind,
                    b.item.index,
                ))
        });
        Ok(out)
    }
}

impl Vault {
    /// Records follow-up `index` of the case as done on `day`: a new revision whose
    /// only change is that follow-up's `date`. A follow-up already done keeps its
    /// date (nothing is written).
    pub fn follow_up_done(
        &mut self,
        case: &str,
        index: usize,
        day: NaiveDate,
        author: &str,
    ) -> Result<crate::StoredCase, StoreError> {
        let stored = self.get_case(case)?;
        let mut record = stored.record.clone();
        let follow_up = record
            .responses
            .as_mut()
            .and_then(|r| r.follow_ups.get_mut(index))
            .ok_or_else(|| StoreError::FollowUpNotFound {
                case: stored.code.clone(),
                index,
            })?;
        if follow_up
            .date
            .as_deref()
            .is_some_and(|d| !d.trim().is_empty())
        {
            return Ok(stored);
        }
        follow_up.date = Some(casebook_core::date::iso(day));
        self.edit_case(&stored.id, record, author, None)
    }
}
