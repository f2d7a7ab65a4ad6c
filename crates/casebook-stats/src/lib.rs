//! Advocacy statistics: counts of **cases** (a case with two beatings counts once
//! under `beating`) by one or two dimensions, over the de-identified facts of cases
//! whose network-statistics consent is given and not revoked
//! ([`casebook_core::facts`]), with small cells hidden before anything can be shown
//! or written ([`suppress`]), and the files that carry a table out of the vault.
//!
//! The crate does no I/O: callers read facts from a vault (or, at a hub, from
//! snapshots) and write the bytes this crate makes through the store's atomic
//! write.

mod dimension;
mod error;
pub mod export;
mod file;
mod filter;
pub mod label;
mod packed;
mod request;
mod scope;
pub mod suppress;
mod table;

pub use dimension::{Dimension, OTHER_REGIONS, UNKNOWN};
pub use error::StatsError;
pub use file::{audit_detail, write_output, write_table, FileFormat};
pub use filter::{Month, StatsFilter};
pub use request::{FilterText, StatsRequest};
pub use scope::{centre_names, Scope};
pub use table::{
    count, Counter, Excluded, Shown, StatsQuery, StatsTable, DEFAULT_MIN_CELL, MIN_CELL_RANGE,
};

/// Parses `act,country` into dimensions.
pub fn parse_dimensions(text: &str) -> Result<Vec<Dimension>, StatsError> {
    let dims = text
        .split(',')
        .map(|d| {
            Dimension::from_code(d).ok_or_else(|| StatsError::UnknownDimension(d.trim().to_owned()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if dims.is_empty() || dims.len() > 2 || dims.first() == dims.get(1) {
        return Err(StatsError::BadDimensions);
    }
    Ok(dims)
}

/// The period from two dates as typed (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
pub fn parse_period(
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(Option<Month>, Option<Month>), StatsError> {
    let from = from.map(|d| Month::parse(d, true)).transpose()?;
    let to = to.map(|d| Month::parse(d, false)).transpose()?;
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(StatsError::BadPeriod);
        }
    }
    Ok((from, to))
}
