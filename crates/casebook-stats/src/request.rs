//! A query as people type it (dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`), the one
//! way the command line and the desktop turn their words into a [`StatsQuery`].

use serde::Deserialize;

use crate::{parse_period, Dimension, StatsError, StatsFilter, StatsQuery, DEFAULT_MIN_CELL};

/// The filters of the case list, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct FilterText {
    pub from: Option<String>,
    pub to: Option<String>,
    pub countries: Vec<String>,
    pub region: Option<String>,
    pub status: Option<String>,
    pub act: Option<String>,
    pub agency: Option<String>,
}

fn some(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

impl FilterText {
    pub fn filter(&self) -> Result<StatsFilter, StatsError> {
        let (from, to) = parse_period(some(&self.from).as_deref(), some(&self.to).as_deref())?;
        Ok(StatsFilter {
            from,
            to,
            countries: self
                .countries
                .iter()
                .map(|c| c.trim().to_uppercase())
                .filter(|c| !c.is_empty())
                .collect(),
            region: some(&self.region),
            status: some(&self.status),
            act: some(&self.act),
            agency: some(&self.agency),
        })
    }
}

/// What the statistics screen asks for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ts_rs::TS)]
pub struct StatsRequest {
    pub by: Vec<Dimension>,
    #[serde(default)]
    pub filter: FilterText,
    #[serde(default = "default_min_cell")]
    pub min_cell: u32,
    /// This vault's cases, or at a hub the network's.
    #[serde(default)]
    pub scope: crate::Scope,
}

fn default_min_cell() -> u32 {
    DEFAULT_MIN_CELL
}

impl StatsRequest {
    pub fn query(&self) -> Result<StatsQuery, StatsError> {
        Ok(StatsQuery {
            by: self.by.clone(),
            filter: self.filter.filter()?,
            min_cell: self.min_cell,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_dates_become_whole_months_and_blanks_mean_unset() {
        let r: StatsRequest = serde_json::from_str(
            r#"{"by":["act","country"],"filter":{"from":"2024","to":"2025-03-09","countries":[" ua",""],"region":" ","act":"beating"},"min_cell":7}"#,
        )
        .unwrap();
        let q = r.query().unwrap();
        assert_eq!(q.by, vec![Dimension::Act, Dimension::Country]);
        assert_eq!(q.min_cell, 7);
        let f = q.filter;
        assert_eq!(f.from.map(|m| (m.year, m.month)), Some((2024, 1)));
        assert_eq!(f.to.map(|m| (m.year, m.month)), Some((2025, 3)));
        assert_eq!(f.countries, vec!["UA"]);
        assert_eq!(f.region, None);
        assert_eq!(f.act.as_deref(), Some("beating"));
    }

    #[test]
    fn a_bad_date_or_reversed_period_is_refused_with_its_code() {
        let bad = FilterText {
            from: Some("2026-13".into()),
            ..Default::default()
        };
        assert!(matches!(bad.filter(), Err(StatsError::BadDate(_))));
        let reversed = FilterText {
            from: Some("2026".into()),
            to: Some("2025".into()),
            ..Default::default()
        };
        assert!(matches!(reversed.filter(), Err(StatsError::BadPeriod)));
        assert!(serde_json::from_str::<StatsRequest>(r#"{"by":["nonsense"]}"#).is_err());
    }
}
