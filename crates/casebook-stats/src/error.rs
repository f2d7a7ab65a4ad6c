use std::collections::BTreeMap;

use casebook_core::Coded;

/// What can go wrong asking for statistics. Each variant has a stable code and a
/// Fluent message; none carries English text into a message.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// Not one or two different dimensions.
    #[error("count by one or two different dimensions")]
    BadDimensions,
    #[error("unknown dimension {0}")]
    UnknownDimension(String),
    /// `centre` asked of a vault's own cases, which all are this centre's.
    #[error("cases count by centre only across the network")]
    NetworkOnly,
    #[error("the smallest cell shown must be from 3 to 10, not {0}")]
    BadMinCell(u32),
    #[error("{0} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate(String),
    /// The period ends before it starts.
    #[error("the period ends before it starts")]
    BadPeriod,
    /// The spreadsheet library refused the table; the detail stays in `Debug`.
    #[error("the spreadsheet could not be made")]
    Spreadsheet,
    #[error("the table could not be written as CSV")]
    Csv,
    /// The output file's name does not say CSV, XLSX or JSON.
    #[error("write .csv, .xlsx or .json")]
    UnknownFormat,
    #[error("the file could not be written: {0}")]
    Write(#[source] std::io::Error),
    #[error(transparent)]
    Store(#[from] casebook_store::StoreError),
}

impl StatsError {
    /// One error of every variant, with made-up arguments.
    pub fn examples() -> Vec<StatsError> {
        let all: Vec<StatsError> = vec![
            StatsError::BadDimensions,
            StatsError::UnknownDimension("x".into()),
            StatsError::NetworkOnly,
            StatsError::BadMinCell(2),
            StatsError::BadDate("x".into()),
            StatsError::BadPeriod,
            StatsError::Spreadsheet,
            StatsError::Csv,
            StatsError::UnknownFormat,
            StatsError::Write(std::io::Error::other("x")),
        ];
        let mut all = all;
        all.extend(
            casebook_store::StoreError::examples()
                .into_iter()
                .map(StatsError::Store),
        );
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                StatsError::BadDimensions
                | StatsError::UnknownDimension(_)
                | StatsError::NetworkOnly
                | StatsError::BadMinCell(_)
                | StatsError::BadDate(_)
                | StatsError::BadPeriod
                | StatsError::Spreadsheet
                | StatsError::Csv
                | StatsError::UnknownFormat
                | StatsError::Write(_)
                | StatsError::Store(_) => {}
            }
        }
        all
    }
}

impl Coded for StatsError {
    fn code(&self) -> &'static str {
        match self {
            StatsError::BadDimensions => "stats-bad-dimensions",
            StatsError::UnknownDimension(_) => "stats-unknown-dimension",
            StatsError::NetworkOnly => "stats-network-only",
            StatsError::BadMinCell(_) => "stats-bad-min-cell",
            StatsError::BadDate(_) => "stats-bad-date",
            StatsError::BadPeriod => "stats-bad-period",
            StatsError::Spreadsheet => "stats-spreadsheet",
            StatsError::Csv => "stats-csv",
            StatsError::UnknownFormat => "stats-unknown-format",
            StatsError::Write(_) => "stats-write",
            StatsError::Store(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            StatsError::BadDimensions => "stats-error-bad-dimensions",
            StatsError::UnknownDimension(_) => "stats-error-unknown-dimension",
            StatsError::NetworkOnly => "stats-error-network-only",
            StatsError::BadMinCell(_) => "stats-error-bad-min-cell",
            StatsError::BadDate(_) => "stats-error-bad-date",
            StatsError::BadPeriod => "stats-error-bad-period",
            StatsError::Spreadsheet => "stats-error-spreadsheet",
            StatsError::Csv => "stats-error-csv",
            StatsError::UnknownFormat => "stats-error-unknown-format",
            StatsError::Write(_) => "stats-error-write",
            StatsError::Store(e) => e.message_id(),
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            StatsError::UnknownDimension(d) => vec![("dimension", d.clone())],
            StatsError::BadMinCell(k) => vec![("k", k.to_string())],
            StatsError::BadDate(d) => vec![("date", d.clone())],
            StatsError::Write(e) => vec![("detail", e.to_string())],
            StatsError::Store(e) => return e.args(),
            StatsError::BadDimensions
            | StatsError::NetworkOnly
            | StatsError::BadPeriod
            | StatsError::Spreadsheet
            | StatsError::Csv
            | StatsError::UnknownFormat => vec![],
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_formats_in_every_language_with_its_arguments() {
        let examples = StatsError::examples();
        let problems =
            casebook_i18n::error_message_problems(examples.iter().map(|e| e as &dyn Coded));
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
