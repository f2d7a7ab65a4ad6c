//! Dates as survivors remember them: sometimes to the day, sometimes only "March",
//! "last year" or "between the 10th and the 12th".
//!
//! Records keep dates as ISO 8601 strings (so the interchange JSON stays exactly as
//! written); this module parses and checks them.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::error::Coded;

/// Years outside this window are almost certainly typing mistakes (`0226`, `20026`).
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2199;

/// How precisely an incident date is known; the codes of the `date-precision` list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    Exact,
    Month,
    Year,
    Range,
}

impl DatePrecision {
    pub fn code(self) -> &'static str {
        match self {
            DatePrecision::Exact => "exact",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Range => "range",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "exact" => Some(DatePrecision::Exact),
            "month" => Some(DatePrecision::Month),
            "year" => Some(DatePrecision::Year),
            "range" => Some(DatePrecision::Range),
            _ => None,
        }
    }
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("{value:?} is not a date at precision {precision}")]
    Invalid {
        value: String,
        precision: &'static str,
    },
    #[error("unknown date precision {0:?}")]
    UnknownPrecision(String),
    #[error("a date range needs an end date")]
    MissingEnd,
    #[error("only a date range has an end date")]
    EndWithoutRange,
    #[error("the range ends ({end}) before it starts ({start})")]
    EndBeforeStart { start: String, end: String },
}

impl Coded for DateError {
    fn code(&self) -> &'static str {
        match self {
            DateError::Invalid { .. } => "invalid-date",
            DateError::UnknownPrecision(_) => "unknown-code",
            DateError::MissingEnd => "missing-date-end",
            DateError::EndWithoutRange => "date-end-without-range",
            DateError::EndBeforeStart { .. } => "date-end-before-start",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            DateError::Invalid { .. } => "validation-invalid-date",
            DateError::UnknownPrecision(_) => "validation-unknown-code",
            DateError::MissingEnd => "validation-missing-date-end",
            DateError::EndWithoutRange => "validation-date-end-without-range",
            DateError::EndBeforeStart { .. } => "validation-date-end-before-start",
        }
    }

    /// `field` is the generic `date`; validation replaces it with the real path.
    fn args(&self) -> BTreeMap<String, String> {
        let mut args = match self {
            DateError::Invalid { value, precision } => BTreeMap::from([
                ("value".to_owned(), value.clone()),
                ("precision".to_owned(), (*precision).to_owned()),
            ]),
            DateError::UnknownPrecision(v) => BTreeMap::from([
                ("value".to_owned(), v.clone()),
                ("list".to_owned(), "date-precision".to_owned()),
            ]),
            DateError::EndBeforeStart { start, end } => BTreeMap::from([
                ("start".to_owned(), start.clone()),
                ("end".to_owned(), end.clone()),
            ]),
            DateError::MissingEnd | DateError::EndWithoutRange => BTreeMap::new(),
        };
        args.insert("field".to_owned(), "date".to_owned());
        args
    }
}

/// An incident date at the precision it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Exact(NaiveDate),
    Month {
        year: i32,
        month: u32,
    },
    Year(i32),
    /// Both ends inclusive; `start <= end` is guaranteed by [`PartialDate::parse`].
    Range {
        start: NaiveDate,
        end: NaiveDate,
    },
}

impl PartialDate {
    /// Parses the three incident fields `date`, `date_precision`, `date_end`.
    /// A missing precision is read from the shape of `date` (`2026-03` is a month),
    /// which is what a person typing the JSON by hand means.
    pub fn parse(
        date: &str,
        precision: Option<&str>,
        end: Option<&str>,
    ) -> Result<Self, DateError> {
        let precision = match precision {
            Some(p) => DatePrecision::from_code(p)
                .ok_or_else(|| DateError::UnknownPrecision(p.to_owned()))?,
            None if end.is_some() => DatePrecision::Range,
            None => infer_precision(date),
        };
        if precision != DatePrecision::Range && end.is_some() {
            return Err(DateError::EndWithoutRange);
        }
        let invalid = || DateError::Invalid {
            value: date.to_owned(),
            precision: precision.code(),
        };
        match precision {
            DatePrecision::Exact => parse_iso_date(date)
                .map(PartialDate::Exact)
                .ok_or_else(invalid),
            DatePrecision::Month => parse_month(date)
                .map(|(year, month)| PartialDate::Month { year, month })
                .ok_or_else(invalid),
            DatePrecision::Year => parse_year(date).map(PartialDate::Year).ok_or_else(invalid),
            DatePrecision::Range => {
                let start = parse_iso_date(date).ok_or_else(invalid)?;
                let end_text = end.ok_or(DateError::MissingEnd)?;
                let end = parse_iso_date(end_text).ok_or_else(|| DateError::Invalid {
                    value: end_text.to_owned(),
                    precision: DatePrecision::Exact.code(),
                })?;
                if end < start {
                    return Err(DateError::EndBeforeStart {
                        start: date.to_owned(),
                        end: end_text.to_owned(),
                    });
                }
                Ok(PartialDate::Range { start, end })
            }
        }
    }

    /// Parses an ISO string whose precision is given by its shape; a range is written
    /// as an ISO 8601 interval `2026-03-10/2026-03-12` (the form [`fmt::Display`] gives).
    pub fn parse_iso(text: &str) -> Result<Self, DateError> {
        match text.split_once('/') {
            Some((start, end)) => PartialDate::parse(start, Some("range"), Some(end)),
            None => PartialDate::parse(text, None, None),
        }
    }

    pub fn precision(&self) -> DatePrecision {
        match self {
            PartialDate::Exact(_) => DatePrecision::Exact,
            PartialDate::Month { .. } => DatePrecision::Month,
            PartialDate::Year(_) => DatePrecision::Year,
            PartialDate::Range { .. } => DatePrecision::Range,
        }
    }

    /// The first day the date may mean.
    pub fn start(&self) -> NaiveDate {
        match *self {
            PartialDate::Exact(d) => d,
            PartialDate::Range { start, .. } => start,
            PartialDate::Month { year, month } => first_of(year, month),
            PartialDate::Year(year) => first_of(year, 1),
        }
    }

    /// The last day the date may mean.
    pub fn end(&self) -> NaiveDate {
        match *self {
            PartialDate::Exact(d) => d,
            PartialDate::Range { end, .. } => end,
            PartialDate::Month { year, month } => {
                let (y, m) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                first_of(y, m).pred_opt().unwrap_or(NaiveDate::MAX)
            }
            PartialDate::Year(year) => first_of(year + 1, 1).pred_opt().unwrap_or(NaiveDate::MAX),
        }
    }

    /// Orders dates chronologically by their first possible day; at the same first day
    /// the more precise date comes first, so "2026-03-01" sorts before "2026-03".
    pub fn sort_key(&self) -> (NaiveDate, NaiveDate, DatePrecision) {
        (self.start(), self.end(), self.precision())
    }

    /// The three incident fields (`date`, `date_precision`, `date_end`) for this date.
    pub fn to_fields(&self) -> (String, &'static str, Option<String>) {
        match self {
            PartialDate::Range { start, end } => (iso(*start), "range", Some(iso(*end))),
            other => (other.to_string(), other.precision().code(), None),
        }
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Exact(d) => write!(f, "{}", iso(*d)),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Year(year) => write!(f, "{year:04}"),
            PartialDate::Range { start, end } => write!(f, "{}/{}", iso(*start), iso(*end)),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse_iso(s)
    }
}

fn first_of(year: i32, month: u32) -> NaiveDate {
    // Callers only pass years and months that parsing has already bounded.
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}

fn infer_precision(date: &str) -> DatePrecision {
    match date.len() {
        4 => DatePrecision::Year,
        7 => DatePrecision::Month,
        _ => DatePrecision::Exact,
    }
}

/// `YYYY-MM-DD` as a calendar date in `1900..=2199`.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_year(s: &str) -> Option<i32> {
    if s.len() != 4 {
        return None;
    }
    let y = i32::try_from(digits(s)?).ok()?;
    (MIN_YEAR..=MAX_YEAR).contains(&y).then_some(y)
}

fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    if m.len() != 2 {
        return None;
    }
    let month = digits(m)?;
    (1..=12).contains(&month).then_some((parse_year(y)?, month))
}

/// Strict `YYYY-MM-DD` (chrono's own parser also accepts one-digit months and days,
/// which would let two spellings of one date into records and break equality).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 || s.as_bytes().get(7) != Some(&b'-') {
        return None;
    }
    let (ym, d) = s.split_at(7);
    let (year, month) = parse_month(ym)?;
    let day = digits(d.get(1..)?)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A moment that may be known to the day (`2026-03-14`) or to the second
/// (RFC 3339, `2026-03-14T09:30:00+06:00`), as `captured_at`, `received_at` and
/// `revoked_at` are.
pub fn is_valid_timestamp(s: &str) -> bool {
    parse_iso_date(s).is_some()
        || chrono::DateTime::parse_from_rfc3339(s)
            .is_ok_and(|t| (MIN_YEAR..=MAX_YEAR).contains(&t.year()))
}

/// The day a date-or-timestamp falls on (in the timestamp's own offset).
pub fn timestamp_date(s: &str) -> Option<NaiveDate> {
    parse_iso_date(s).or_else(|| {
        chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| t.date_naive())
    })
}

/// An exact time of day `HH:MM` (24-hour).
pub fn parse_time_of_day(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(digits(h)?, digits(m)?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2026-03-10", Some("exact"), None),
            Ok(PartialDate::Exact(d(2026, 3, 10)))
        );
        assert_eq!(
            PartialDate::parse("2026-03", Some("month"), None),
            Ok(PartialDate::Month {
                year: 2026,
                month: 3
            })
        );
        assert_eq!(
            PartialDate::parse("2026", Some("year"), None),
            Ok(PartialDate::Year(2026))
        );
        assert_eq!(
            PartialDate::parse("2026-03-10", Some("range"), Some("2026-03-12")),
            Ok(PartialDate::Range {
                start: d(2026, 3, 10),
                end: d(2026, 3, 12)
            })
        );
        assert_eq!(
            PartialDate::parse("2026-03", None, None)
                .unwrap()
                .precision(),
            DatePrecision::Month
        );
    }

    #[test]
    fn refuses_bad_dates() {
        for (date, p, end) in [
            ("2026-02-30", Some("exact"), None),
            ("2026-3-1", Some("exact"), None),
            ("2026-03", Some("exact"), None),
            ("2026-13", Some("month"), None),
            ("0226", Some("year"), None),
            ("２０２６", Some("year"), None),
            ("2026-03-10", Some("range"), Some("2026-03")),
        ] {
            assert!(
                matches!(
                    PartialDate::parse(date, p, end),
                    Err(DateError::Invalid { .. })
                ),
                "{date}"
            );
        }
        assert_eq!(
            PartialDate::parse("2026-03-10", Some("range"), None),
            Err(DateError::MissingEnd)
        );
        assert_eq!(
            PartialDate::parse("2026-03-10", Some("exact"), Some("2026-03-11")),
            Err(DateError::EndWithoutRange)
        );
        assert!(matches!(
            PartialDate::parse("2026-03-10", Some("range"), Some("2026-03-09")),
            Err(DateError::EndBeforeStart { .. })
        ));
        assert_eq!(
            PartialDate::parse("2026", Some("decade"), None),
            Err(DateError::UnknownPrecision("decade".into()))
        );
    }

    #[test]
    fn display_round_trips() {
        for s in ["2026-03-10", "2026-03", "2026", "2026-03-10/2026-03-12"] {
            let p: PartialDate = s.parse().unwrap();
            assert_eq!(p.to_string(), s);
        }
        let r = PartialDate::parse_iso("2026-03-10/2026-03-12").unwrap();
        assert_eq!(
            r.to_fields(),
            (
                "2026-03-10".to_owned(),
                "range",
                Some("2026-03-12".to_owned())
            )
        );
        assert_eq!(
            PartialDate::Year(2026).to_fields(),
            ("2026".to_owned(), "year", None)
        );
    }

    #[test]
    fn bounds_and_ordering() {
        let feb = PartialDate::Month {
            year: 2024,
            month: 2,
        };
        assert_eq!(feb.end(), d(2024, 2, 29));
        let dec = PartialDate::Month {
            year: 2025,
            month: 12,
        };
        assert_eq!(dec.end(), d(2025, 12, 31));
        assert_eq!(PartialDate::Year(2026).end(), d(2026, 12, 31));
        let mut v = [
            PartialDate::Year(2026),
            PartialDate::Month {
                year: 2026,
                month: 1,
            },
            PartialDate::Exact(d(2026, 1, 1)),
            PartialDate::Exact(d(2025, 12, 31)),
        ];
        v.sort();
        assert_eq!(
            v.map(|p| p.to_string()),
            ["2025-12-31", "2026-01-01", "2026-01", "2026"]
        );
    }

    #[test]
    fn timestamps_and_times() {
        assert!(is_valid_timestamp("2026-03-14"));
        assert!(is_valid_timestamp("2026-03-14T09:30:00+06:00"));
        assert!(is_valid_timestamp("2026-03-14T09:30:00Z"));
        assert!(!is_valid_timestamp("14.03.2026"));
        assert_eq!(
            timestamp_date("2026-03-14T23:30:00+06:00"),
            Some(d(2026, 3, 14))
        );
        assert!(parse_time_of_day("23:59").is_some());
        assert!(parse_time_of_day("24:00").is_none());
        assert!(parse_time_of_day("9:30").is_none());
    }
}
