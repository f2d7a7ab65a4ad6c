//! A table written to a file a person chose, and the audit entry that says so: the
//! one path the command line and the desktop take.

use std::path::Path;

use casebook_i18n::Localizer;
use casebook_store::Vault;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{export, StatsError, StatsTable};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum FileFormat {
    Csv,
    Xlsx,
    Json,
}

impl FileFormat {
    pub fn code(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Xlsx => "xlsx",
            FileFormat::Json => "json",
        }
    }

    /// From a file name's extension (`.csv`, `.xlsx`, `.json`).
    pub fn of_path(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(FileFormat::Csv),
            "xlsx" => Some(FileFormat::Xlsx),
            "json" => Some(FileFormat::Json),
            _ => None,
        }
    }
}

/// What the audit log says of a statistics output: the table's shape and the
/// file's hash, never a key's count or a case.
pub fn audit_detail(t: &StatsTable, what: &str, sha256: &str) -> String {
    let by: Vec<&str> = t.by.iter().map(|d| d.code()).collect();
    let f = &t.filter;
    let mut parts = vec![
        format!("output={what}"),
        format!("by={}", by.join(",")),
        format!("k={}", t.min_cell),
        format!("from={}", f.from.map(|m| m.to_iso()).unwrap_or_default()),
        format!("to={}", f.to.map(|m| m.to_iso()).unwrap_or_default()),
    ];
    if !f.countries.is_empty() {
        parts.push(format!("countries={}", f.countries.join(",")));
    }
    for (name, v) in [
        ("region", &f.region),
        ("status", &f.status),
        ("act", &f.act),
        ("agency", &f.agency),
    ] {
        if let Some(v) = v {
            parts.push(format!("{name}={v}"));
        }
    }
    parts.push(format!("sha256={sha256}"));
    parts.join(";")
}

/// Writes the table in `format` to `dest` (atomically: nothing half-written is ever
/// there) and records `statistics-exported`. Returns the bytes' SHA-256.
pub fn write_table(
    vault: &Vault,
    t: &StatsTable,
    format: FileFormat,
    l: &Localizer,
    dest: &Path,
) -> Result<String, StatsError> {
    let bytes = match format {
        FileFormat::Csv => export::to_csv(t, l)?,
        FileFormat::Xlsx => export::to_xlsx(t, l)?,
        FileFormat::Json => {
            let mut b =
                serde_json::to_vec_pretty(&export::to_json(t)).map_err(|_| StatsError::Csv)?;
            b.push(b'\n');
            b
        }
    };
    write_output(vault, t, format.code(), &bytes, dest)
}

/// Writes any statistics output (a table file, a chart or map image, the brief)
/// and records it; the one place such a file is written.
pub fn write_output(
    vault: &Vault,
    t: &StatsTable,
    what: &str,
    bytes: &[u8],
    dest: &Path,
) -> Result<String, StatsError> {
    casebook_store::file_out::write_atomically(dest, |w: &mut dyn std::io::Write| {
        w.write_all(bytes)
    })
    .map_err(StatsError::Write)?;
    let sha = hex::encode(Sha256::digest(bytes));
    vault.record_statistics_exported(&audit_detail(t, what, &sha))?;
    Ok(sha)
}
