//! What a case has coming up and what is overdue: the one rule the case view, the
//! list's "due" column and its overdue filter all use.
//!
//! - A follow-up with a `due` date is an item; it is done once it has a `date`
//!   (the day it was done).
//! - A complaint with a `deadline` is an item; it is done once it has a `response`
//!   other than `pending` (`pending` says no answer came yet).
//! - An item is due by the last day its date may mean: `2026-03-14` that day,
//!   `2026-03` the 31st of March, `2026` the 31st of December, a range its end. (A
//!   saved case holds exact dates only; the rest can stand in an edit not yet saved.)
//!   Text that is no date makes no item.
//! - An incident with a physical act opens a forensic window: a forensic
//!   examination is due [`DueRule::forensic_window_days`] days after the incident
//!   (14 unless the vault says otherwise; its last
//!   possible day, for a partial date), while injuries can still be seen. It is
//!   done once an act of that incident has `medical_attention: forensic-exam` or
//!   the case holds medical documentation.
//! - An open item is overdue when that day is before today, due today on it, later
//!   otherwise. "Today" is the caller's (the computer's local date).

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::PartialDate;
use crate::model::CaseRecord;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DueKind {
    FollowUp,
    ComplaintDeadline,
    ForensicWindow,
}

/// How long after an incident a forensic examination can still document injuries,
/// unless the vault is set otherwise.
pub const FORENSIC_WINDOW_DAYS: u32 = 14;
/// The days a centre may set: bruises fade in days, some injuries show for weeks.
pub const FORENSIC_WINDOW_RANGE: std::ops::RangeInclusive<u32> = 1..=60;

/// What a vault decides of the rule: the forensic window's length. One value per
/// vault, kept in the vault, so that the list, the case view and the deadlines agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueRule {
    pub forensic_window_days: u32,
}

impl Default for DueRule {
    fn default() -> Self {
        DueRule {
            forensic_window_days: FORENSIC_WINDOW_DAYS,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DueState {
    Done,
    Overdue,
    Today,
    Later,
}

/// One follow-up or complaint deadline of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DueItem {
    pub kind: DueKind,
    /// Its place in `responses.follow_ups`, `responses.complaints` or `incidents`.
    pub index: usize,
    /// The date as recorded (the forensic window: the day it closes).
    pub due: String,
    /// The day it is due by (see the module's rule).
    #[ts(type = "string")]
    pub due_by: NaiveDate,
    pub state: DueState,
}

impl DueItem {
    pub fn is_open(&self) -> bool {
        self.state != DueState::Done
    }
}

fn due_by(text: &str) -> Option<NaiveDate> {
    PartialDate::parse_iso(text.trim()).ok().map(|d| d.end())
}

fn present(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|t| !t.trim().is_empty())
}

fn state(done: bool, by: NaiveDate, today: NaiveDate) -> DueState {
    match (done, by.cmp(&today)) {
        (true, _) => DueState::Done,
        (false, std::cmp::Ordering::Less) => DueState::Overdue,
        (false, std::cmp::Ordering::Equal) => DueState::Today,
        (false, std::cmp::Ordering::Greater) => DueState::Later,
    }
}

/// Every follow-up, complaint deadline and forensic window of the case, earliest
/// first (follow-ups, then deadlines, then windows on the same day), with its state
/// on `today`.
pub fn items(record: &CaseRecord, today: NaiveDate, rule: DueRule) -> Vec<DueItem> {
    let mut out = vec![];
    if let Some(r) = &record.responses {
        out.extend(r.follow_ups.iter().enumerate().filter_map(|(index, f)| {
            let due = present(&f.due)?;
            let by = due_by(due)?;
            Some(DueItem {
                kind: DueKind::FollowUp,
                index,
                due: due.to_owned(),
                due_by: by,
                state: state(present(&f.date).is_some(), by, today),
            })
        }));
        out.extend(r.complaints.iter().enumerate().filter_map(|(index, c)| {
            let due = present(&c.deadline)?;
            let by = due_by(due)?;
            let answered = present(&c.response).is_some_and(|x| x != "pending");
            Some(DueItem {
                kind: DueKind::ComplaintDeadline,
                index,
                due: due.to_owned(),
                due_by: by,
                state: state(answered, by, today),
            })
        }));
    }
    let documented = record
        .evidence
        .as_ref()
        .is_some_and(|e| !e.medical_documentation.is_empty());
    out.extend(
        record
            .incidents
            .iter()
            .enumerate()
            .filter_map(|(index, inc)| {
                let physical = inc.acts.iter().any(|a| {
                    a.act_type
                        .as_deref()
                        .and_then(crate::vocab::act_group)
                        .is_some_and(|g| g == "physical")
                });
                if !physical {
                    return None;
                }
                let examined = documented
                    || inc
                        .acts
                        .iter()
                        .any(|a| a.medical_attention.as_deref() == Some("forensic-exam"));
                let by = due_by(present(&inc.date)?)?
                    .checked_add_days(chrono::Days::new(u64::from(rule.forensic_window_days)))?;
                Some(DueItem {
                    kind: DueKind::ForensicWindow,
                    index,
                    due: by.format("%Y-%m-%d").to_string(),
                    due_by: by,
                    state: state(examined, by, today),
                })
            }),
    );
    out.sort_by_key(|i| (i.due_by, i.kind, i.index));
    out
}

/// The day the case's earliest open item is due by: what the list shows and the
/// overdue filter compares. Independent of today, so it can be stored.
pub fn next_due(record: &CaseRecord, rule: DueRule) -> Option<NaiveDate> {
    items(record, NaiveDate::MIN, rule)
        .into_iter()
        .filter(DueItem::is_open)
        .map(|i| i.due_by)
        .min()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse_iso_date(s).unwrap()
    }

    fn record(responses: serde_json::Value) -> CaseRecord {
        serde_json::from_value(json!({
            "code": "KZ-1", "survivor": {"pseudonym": "a"}, "responses": responses
        }))
        .unwrap()
    }

    #[test]
    fn complaint_deadlines_count_like_follow_ups() {
        let r = record(json!({
            "complaints": [
                {"deadline": "2026-03-01"},
                {"deadline": "2026-02-01", "response": "rejected"},
                {"deadline": "2026-03-10", "response": "pending"}
            ],
            "follow_ups": [
                {"due": "2026-03-10", "note": "call"},
                {"due": "2026-01-01", "date": "2026-01-02"},
                {"note": "no date"}
            ]
        }));
        let got: Vec<_> = items(&r, day("2026-03-10"), DueRule::default())
            .into_iter()
            .map(|i| (i.kind, i.index, i.state))
            .collect();
        use DueKind::*;
        use DueState::*;
        assert_eq!(
            got,
            [
                (FollowUp, 1, Done),
                (ComplaintDeadline, 1, Done),
                (ComplaintDeadline, 0, Overdue),
                (FollowUp, 0, Today),
                (ComplaintDeadline, 2, Today),
            ]
        );
        // Only an open complaint deadline: still the next due day.
        let only = record(json!({"complaints": [{"deadline": "2026-03-01"}]}));
        assert_eq!(next_due(&only, DueRule::default()), Some(day("2026-03-01")));
        let answered =
            record(json!({"complaints": [{"deadline": "2026-03-01", "response": "favourable"}]}));
        assert_eq!(next_due(&answered, DueRule::default()), None);
        assert_eq!(next_due(&r, DueRule::default()), Some(day("2026-03-01")));
    }

    #[test]
    fn a_partial_date_is_due_by_its_last_day_and_no_date_is_no_item() {
        let r = record(json!({"follow_ups": [
            {"due": "2026-02"}, {"due": "2026"}, {"due": "2026-03-01/2026-03-05"},
            {"due": "soon"}, {"due": "  "}
        ]}));
        let got: Vec<_> = items(&r, day("2026-02-28"), DueRule::default())
            .into_iter()
            .map(|i| (i.index, i.due_by, i.state))
            .collect();
        assert_eq!(
            got,
            [
                (0, day("2026-02-28"), DueState::Today),
                (2, day("2026-03-05"), DueState::Later),
                (1, day("2026-12-31"), DueState::Later),
            ]
        );
        assert_eq!(
            items(&r, day("2026-03-01"), DueRule::default())[0].state,
            DueState::Overdue
        );
    }

    #[test]
    fn a_physical_act_opens_a_forensic_window_until_an_exam_is_recorded() {
        let case = |acts: serde_json::Value, evidence: serde_json::Value| -> CaseRecord {
            serde_json::from_value(json!({
                "code": "KZ-1", "survivor": {"pseudonym": "a"},
                "incidents": [
                    {"date": "2026-03-01", "acts": acts},
                    {"date": "2026-03", "acts": [{"act_type": "beating"}]},
                    {"date": "2026-03-02", "acts": [{"act_type": "threats"}]}
                ],
                "evidence": evidence
            }))
            .unwrap()
        };
        let r = case(
            json!([{"act_type": "beating"}, {"act_type": "threats"}]),
            json!({}),
        );
        let got: Vec<_> = items(&r, day("2026-03-15"), DueRule::default())
            .into_iter()
            .map(|i| (i.kind, i.index, i.due, i.state))
            .collect();
        assert_eq!(
            got,
            [
                (
                    DueKind::ForensicWindow,
                    0,
                    "2026-03-15".to_owned(),
                    DueState::Today
                ),
                // A month: from its last day.
                (
                    DueKind::ForensicWindow,
                    1,
                    "2026-04-14".to_owned(),
                    DueState::Later
                ),
            ],
            "threats alone open no window"
        );
        assert_eq!(next_due(&r, DueRule::default()), Some(day("2026-03-15")));
        let examined = case(
            json!([{"act_type": "beating", "medical_attention": "forensic-exam"}]),
            json!({}),
        );
        assert_eq!(
            items(&examined, day("2026-03-16"), DueRule::default())[0].state,
            DueState::Done
        );
        let documented = case(
            json!([{"act_type": "beating"}]),
            json!({"medical_documentation": [{"examiner": "Dr A"}]}),
        );
        assert!(items(&documented, day("2026-03-16"), DueRule::default())
            .iter()
            .all(|i| !i.is_open()));
        // A centre that sets 5 days: the same incident is due nine days earlier.
        let five = DueRule {
            forensic_window_days: 5,
        };
        assert_eq!(next_due(&r, five), Some(day("2026-03-06")));
    }

    #[test]
    fn the_wire_names_are_kebab_case() {
        let r = record(json!({"complaints": [{"deadline": "2026-03-01"}]}));
        let v = serde_json::to_value(items(&r, day("2026-03-02"), DueRule::default())).unwrap();
        assert_eq!(
            v,
            json!([{"kind": "complaint-deadline", "index": 0, "due": "2026-03-01",
                    "due_by": "2026-03-01", "state": "overdue"}])
        );
    }
}
