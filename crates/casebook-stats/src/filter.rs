//! Which cases a table counts: the case list's filters, over facts.

use casebook_core::facts::{CaseFacts, FactDate};
use serde::{Deserialize, Serialize};

use crate::StatsError;

/// A bound of the incident period, at month precision: facts know no day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the first month it covers (`start`) or
    /// the last (`!start`). A day widens to its whole month.
    pub fn parse(text: &str, start: bool) -> Result<Self, StatsError> {
        let bad = || StatsError::BadDate(text.to_owned());
        let t = text.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let num = |s: &str, len: usize| -> Result<u32, StatsError> {
            if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            s.parse().map_err(|_| bad())
        };
        let year = num(parts.first().copied().unwrap_or(""), 4)? as i32;
        let month = match parts.len() {
            1 => {
                if start {
                    1
                } else {
                    12
                }
            }
            2 | 3 => {
                let m = num(parts[1], 2)?;
                if parts.len() == 3 {
                    let d = num(parts[2], 2)?;
                    chrono::NaiveDate::from_ymd_opt(year, m, d).ok_or_else(bad)?;
                }
                m
            }
            _ => return Err(bad()),
        };
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }

    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// Every field narrows what is counted; all unset counts every consented case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct StatsFilter {
    pub from: Option<Month>,
    pub to: Option<Month>,
    /// Any of these countries (ISO 3166-1); empty means all.
    pub countries: Vec<String>,
    pub region: Option<String>,
    pub status: Option<String>,
    pub act: Option<String>,
    pub agency: Option<String>,
}

impl StatsFilter {
    pub fn has_period(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether the case is in the period: its month inside it, or, when only its
    /// year is known, the whole year inside it. With a period set, a case without
    /// a date is outside.
    fn in_period(&self, when: Option<FactDate>) -> bool {
        if !self.has_period() {
            return true;
        }
        let Some(w) = when else { return false };
        let (first, last) = match w.month {
            Some(m) => (
                Month {
                    year: w.year,
                    month: m,
                },
                Month {
                    year: w.year,
                    month: m,
                },
            ),
            None => (
                Month {
                    year: w.year,
                    month: 1,
                },
                Month {
                    year: w.year,
                    month: 12,
                },
            ),
        };
        self.from.is_none_or(|f| first >= f) && self.to.is_none_or(|t| last <= t)
    }

    pub fn matches(&self, f: &CaseFacts) -> bool {
        let eq = |want: &Option<String>, have: &Option<String>| {
            want.as_deref().is_none_or(|w| have.as_deref() == Some(w))
        };
        let has = |want: &Option<String>, list: &[String]| {
            want.as_deref().is_none_or(|w| list.iter().any(|x| x == w))
        };
        self.in_period(f.when)
            && (self.countries.is_empty()
                || f.country
                    .as_ref()
                    .is_some_and(|c| self.countries.contains(c)))
            && eq(&self.region, &f.region)
            && eq(&self.status, &f.status)
            && has(&self.act, &f.acts)
            && has(&self.agency, &f.agencies)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(year: i32, month: Option<u32>) -> CaseFacts {
        CaseFacts {
            when: Some(FactDate { year, month }),
            ..Default::default()
        }
    }

    #[test]
    fn dates_parse_at_any_precision_and_widen_to_months() {
        assert_eq!(Month::parse("2026", true).unwrap().to_iso(), "2026-01");
        assert_eq!(Month::parse("2026", false).unwrap().to_iso(), "2026-12");
        assert_eq!(
            Month::parse("2026-03-15", false).unwrap().to_iso(),
            "2026-03"
        );
        for bad in [
            "26",
            "2026-13",
            "2026-02-30",
            "2026-3",
            "x",
            "2026-01-01-01",
        ] {
            assert!(Month::parse(bad, true).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_year_only_case_counts_only_when_the_whole_year_is_in_the_period() {
        let mut f = StatsFilter {
            from: Some(Month::parse("2026-03", true).unwrap()),
            to: Some(Month::parse("2026-06", false).unwrap()),
            ..Default::default()
        };
        assert!(f.matches(&at(2026, Some(3))));
        assert!(!f.matches(&at(2026, Some(7))));
        assert!(!f.matches(&at(2026, None)));
        assert!(!f.matches(&CaseFacts::default()));
        f.from = Some(Month::parse("2026", true).unwrap());
        f.to = Some(Month::parse("2026", false).unwrap());
        assert!(f.matches(&at(2026, None)));
    }

    #[test]
    fn list_filters_narrow() {
        let f = CaseFacts {
            country: Some("UA".into()),
            acts: vec!["beating".into(), "rape".into()],
            agencies: vec!["patrol-police".into()],
            ..Default::default()
        };
        let by = |filter: StatsFilter| filter.matches(&f);
        assert!(by(StatsFilter {
            countries: vec!["KZ".into(), "UA".into()],
            act: Some("rape".into()),
            ..Default::default()
        }));
        assert!(!by(StatsFilter {
            countries: vec!["KZ".into()],
            ..Default::default()
        }));
        assert!(!by(StatsFilter {
            agency: Some("prosecutor".into()),
            ..Default::default()
        }));
        assert!(!by(StatsFilter {
            status: Some("open".into()),
            ..Default::default()
        }));
    }
}
