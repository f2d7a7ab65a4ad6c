//! What a table can be counted by, and which cell(s) a case falls in.

use casebook_core::facts::CaseFacts;
use casebook_core::vocab::{self, Vocabulary};
use serde::{Deserialize, Serialize};

/// The key of the cell for cases that do not record a value.
pub const UNKNOWN: &str = "unknown";
/// Suffix of a time cell whose year is known and whose month is not: `2026-unknown`.
pub const UNKNOWN_PART: &str = "unknown";
/// Suffix of the region cell that gathers a country's regions under the floor:
/// `KZ-other`.
pub const OTHER_REGIONS: &str = "other";

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Act,
    ActGroup,
    Agency,
    Country,
    Region,
    LocationType,
    Year,
    Quarter,
    Month,
    AgeBand,
    HivStatus,
    SexWork,
    Substance,
    MedicalAttention,
    ComplaintBody,
    ComplaintResponse,
    ComplaintOutcome,
    IntakeChannel,
    Status,
    /// At a hub: the centre whose snapshot holds the case.
    Centre,
}

impl Dimension {
    pub const ALL: [Dimension; 20] = [
        Dimension::Act,
        Dimension::ActGroup,
        Dimension::Agency,
        Dimension::Country,
        Dimension::Region,
        Dimension::LocationType,
        Dimension::Year,
        Dimension::Quarter,
        Dimension::Month,
        Dimension::AgeBand,
        Dimension::HivStatus,
        Dimension::SexWork,
        Dimension::Substance,
        Dimension::MedicalAttention,
        Dimension::ComplaintBody,
        Dimension::ComplaintResponse,
        Dimension::ComplaintOutcome,
        Dimension::IntakeChannel,
        Dimension::Status,
        Dimension::Centre,
    ];

    /// The stable code scripts and files use (`act-group`).
    pub fn code(self) -> &'static str {
        match self {
            Dimension::Act => "act",
            Dimension::ActGroup => "act-group",
            Dimension::Agency => "agency",
            Dimension::Country => "country",
            Dimension::Region => "region",
            Dimension::LocationType => "location-type",
            Dimension::Year => "year",
            Dimension::Quarter => "quarter",
            Dimension::Month => "month",
            Dimension::AgeBand => "age-band",
            Dimension::HivStatus => "hiv-status",
            Dimension::SexWork => "sex-work",
            Dimension::Substance => "substance",
            Dimension::MedicalAttention => "medical-attention",
            Dimension::ComplaintBody => "complaint-body",
            Dimension::ComplaintResponse => "complaint-response",
            Dimension::ComplaintOutcome => "complaint-outcome",
            Dimension::IntakeChannel => "intake-channel",
            Dimension::Status => "status",
            Dimension::Centre => "centre",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code.trim())
    }

    /// Fluent id of the dimension's name (`stats-dim-act-group`).
    pub fn message_id(self) -> String {
        format!("stats-dim-{}", self.code())
    }

    /// Whether it only means something at a hub (counting the network's records).
    pub fn is_network_only(self) -> bool {
        self == Dimension::Centre
    }

    /// Whether one case can fall in several cells (two acts, two agencies...): then
    /// the cells do not add up to the number of cases, and outputs say so.
    pub fn is_multi_valued(self) -> bool {
        matches!(
            self,
            Dimension::Act
                | Dimension::ActGroup
                | Dimension::Agency
                | Dimension::LocationType
                | Dimension::Substance
                | Dimension::MedicalAttention
                | Dimension::ComplaintBody
                | Dimension::ComplaintResponse
                | Dimension::ComplaintOutcome
        )
    }

    pub fn is_time(self) -> bool {
        matches!(
            self,
            Dimension::Year | Dimension::Quarter | Dimension::Month
        )
    }

    /// The vocabulary whose codes are this dimension's keys, if any.
    pub fn vocabulary(self) -> Option<&'static Vocabulary> {
        let v = match self {
            Dimension::Act => &vocab::ACT_TYPE,
            Dimension::ActGroup => &vocab::ACT_GROUP,
            Dimension::Agency => &vocab::AGENCY,
            Dimension::LocationType => &vocab::LOCATION_TYPE,
            Dimension::AgeBand => &vocab::AGE_BAND,
            Dimension::HivStatus => &vocab::HIV_STATUS,
            Dimension::SexWork => &vocab::TRI_STATE,
            Dimension::Substance => &vocab::SUBSTANCE,
            Dimension::MedicalAttention => &vocab::MEDICAL_ATTENTION,
            Dimension::ComplaintBody => &vocab::COMPLAINT_BODY,
            Dimension::ComplaintResponse => &vocab::COMPLAINT_RESPONSE,
            Dimension::ComplaintOutcome => &vocab::COMPLAINT_OUTCOME,
            Dimension::IntakeChannel => &vocab::INTAKE_CHANNEL,
            Dimension::Status => &vocab::STATUS,
            Dimension::Country
            | Dimension::Region
            | Dimension::Year
            | Dimension::Quarter
            | Dimension::Month
            | Dimension::Centre => return None,
        };
        Some(v)
    }

    /// The cells one case falls in: one for a single-valued dimension (`unknown` when
    /// the case does not say), each value once for a multi-valued one.
    pub fn keys(self, f: &CaseFacts, out: &mut Keys) {
        use std::fmt::Write as _;
        out.clear();
        let one = |out: &mut Keys, v: &Option<String>| out.push(v.as_deref().unwrap_or(UNKNOWN));
        match self {
            Dimension::Act => f.acts.iter().for_each(|k| out.push(k)),
            Dimension::ActGroup => f.act_groups().into_iter().for_each(|k| out.push(k)),
            Dimension::Agency => f.agencies.iter().for_each(|k| out.push(k)),
            Dimension::LocationType => f.location_types.iter().for_each(|k| out.push(k)),
            Dimension::Substance => f.substances.iter().for_each(|k| out.push(k)),
            Dimension::MedicalAttention => f.medical_attention.iter().for_each(|k| out.push(k)),
            Dimension::ComplaintBody => f.complaint_bodies.iter().for_each(|k| out.push(k)),
            Dimension::ComplaintResponse => f.complaint_responses.iter().for_each(|k| out.push(k)),
            Dimension::ComplaintOutcome => f.complaint_outcomes.iter().for_each(|k| out.push(k)),
            Dimension::Country => one(out, &f.country),
            Dimension::Region => one(out, &f.region),
            Dimension::AgeBand => one(out, &f.age_band),
            Dimension::HivStatus => one(out, &f.hiv_status),
            Dimension::IntakeChannel => one(out, &f.intake_channel),
            Dimension::Status => one(out, &f.status),
            Dimension::Centre => out.push(f.centre.as_deref().unwrap_or(UNKNOWN)),
            Dimension::SexWork => out.push(match f.sex_work {
                Some(true) => "yes",
                Some(false) => "no",
                None => UNKNOWN,
            }),
            Dimension::Year => match f.when {
                Some(w) => {
                    let _ = write!(out.next(), "{:04}", w.year);
                }
                None => out.push(UNKNOWN),
            },
            Dimension::Quarter => match f.when {
                Some(w) => {
                    let _ = match w.quarter() {
                        Some(q) => write!(out.next(), "{:04}-Q{q}", w.year),
                        None => write!(out.next(), "{:04}-{UNKNOWN_PART}", w.year),
                    };
                }
                None => out.push(UNKNOWN),
            },
            Dimension::Month => match f.when {
                Some(w) => {
                    let _ = match w.month {
                        Some(m) => write!(out.next(), "{:04}-{m:02}", w.year),
                        None => write!(out.next(), "{:04}-{UNKNOWN_PART}", w.year),
                    };
                }
                None => out.push(UNKNOWN),
            },
        }
        // A case without any value of a multi-valued dimension still has a cell, so
        // that nobody disappears from a table.
        if out.is_empty() {
            out.push(UNKNOWN);
        }
    }
}

/// The cells one case falls in, by key. Its strings are kept from case to case, so
/// counting a million records does not allocate for each.
#[derive(Debug, Default)]
pub struct Keys {
    keys: Vec<String>,
    len: usize,
}

impl Keys {
    pub fn clear(&mut self) {
        self.len = 0;
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A new empty key to write into.
    fn next(&mut self) -> &mut String {
        if self.len == self.keys.len() {
            self.keys.push(String::new());
        }
        self.len += 1;
        let s = &mut self.keys[self.len - 1];
        s.clear();
        s
    }

    pub fn push(&mut self, key: &str) {
        self.next().push_str(key);
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.keys[..self.len].iter().map(String::as_str)
    }
}

/// The order keys are listed in: a vocabulary's own order, time in time order,
/// places by code; `unknown` and rolled-up regions last.
pub(crate) fn sort_keys(dim: Dimension, keys: &mut [String]) {
    let rank = |k: &str| -> (u8, usize, String) {
        if k == UNKNOWN {
            return (3, 0, String::new());
        }
        if dim == Dimension::Region && k.ends_with(OTHER_REGIONS) && k.contains('-') {
            return (2, 0, k.to_owned());
        }
        match dim.vocabulary() {
            Some(v) => (
                1,
                v.codes.iter().position(|c| *c == k).unwrap_or(usize::MAX),
                k.to_owned(),
            ),
            // ISO year, quarter and month keys sort in time order as text, and a
            // year's `unknown` after its months.
            None => (1, 0, k.to_owned()),
        }
    };
    keys.sort_by_cached_key(|k| rank(k));
}

/// Every key between the first and the last of a time dimension, so a time series
/// shows months without cases as zero instead of skipping them.
pub(crate) fn fill_time_gaps(dim: Dimension, keys: &mut Vec<String>) {
    let parse = |k: &str| -> Option<(i32, u32)> {
        let (y, rest) = k.split_at_checked(4)?;
        let y: i32 = y.parse().ok()?;
        match dim {
            Dimension::Year if rest.is_empty() => Some((y, 0)),
            Dimension::Quarter => Some((y, rest.strip_prefix("-Q")?.parse().ok()?)),
            Dimension::Month => Some((y, rest.strip_prefix('-')?.parse().ok()?)),
            _ => None,
        }
    };
    let known: Vec<(i32, u32)> = keys.iter().filter_map(|k| parse(k)).collect();
    let (Some(first), Some(last)) = (known.iter().min(), known.iter().max()) else {
        return;
    };
    // Beyond a century of months the table is a data error, not a time series.
    if last.0 - first.0 > 100 {
        return;
    }
    let mut at = *first;
    while at <= *last {
        let key = match dim {
            Dimension::Year => format!("{:04}", at.0),
            Dimension::Quarter => format!("{:04}-Q{}", at.0, at.1),
            _ => format!("{:04}-{:02}", at.0, at.1),
        };
        if !keys.contains(&key) {
            keys.push(key);
        }
        at = match dim {
            Dimension::Year => (at.0 + 1, 0),
            Dimension::Quarter if at.1 >= 4 => (at.0 + 1, 1),
            Dimension::Month if at.1 >= 12 => (at.0 + 1, 1),
            _ => (at.0, at.1 + 1),
        };
    }
    // Years whose month is unknown belong to the series too.
    sort_keys(dim, keys);
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use casebook_core::facts::FactDate;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for d in Dimension::ALL {
            assert_eq!(Dimension::from_code(d.code()), Some(d));
        }
        assert_eq!(Dimension::from_code("narrative"), None);
    }

    #[test]
    fn a_year_only_date_is_in_its_own_cell_never_january() {
        let f = CaseFacts {
            when: Some(FactDate {
                year: 2026,
                month: None,
            }),
            ..Default::default()
        };
        let mut k = Keys::default();
        Dimension::Month.keys(&f, &mut k);
        assert_eq!(k.iter().collect::<Vec<_>>(), vec!["2026-unknown"]);
        Dimension::Quarter.keys(&f, &mut k);
        assert_eq!(k.iter().collect::<Vec<_>>(), vec!["2026-unknown"]);
        Dimension::Year.keys(&f, &mut k);
        assert_eq!(k.iter().collect::<Vec<_>>(), vec!["2026"]);
        // Written over by the next case, never added to.
        Dimension::Act.keys(&f, &mut k);
        assert_eq!(k.iter().collect::<Vec<_>>(), vec![UNKNOWN]);
    }

    #[test]
    fn months_fill_their_gaps_and_unknowns_sort_last() {
        let mut keys: Vec<String> = ["2026-03", "unknown", "2025-11", "2026-unknown"]
            .map(String::from)
            .to_vec();
        fill_time_gaps(Dimension::Month, &mut keys);
        assert_eq!(
            keys,
            vec![
                "2025-11",
                "2025-12",
                "2026-01",
                "2026-02",
                "2026-03",
                "2026-unknown",
                "unknown"
            ]
        );
    }
}
