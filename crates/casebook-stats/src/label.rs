//! The words a reader sees for dimensions, keys and the method note, in the reader's
//! language. Files carry these beside the stable codes.

use casebook_core::vocab;
use casebook_i18n::{gazetteer, Localizer};

use crate::dimension::{Dimension, OTHER_REGIONS, UNKNOWN};
use crate::table::{Shown, StatsTable};

pub fn dimension(l: &Localizer, dim: Dimension) -> String {
    l.msg(&dim.message_id(), &[])
}

/// A key's name: `beating` → "Beating", `UA` → "Ukraine", `2026-03` → "March 2026".
pub fn key(l: &Localizer, dim: Dimension, key: &str) -> String {
    if key == UNKNOWN {
        let id = if dim.is_time() {
            "stats-date-not-recorded"
        } else {
            "stats-not-recorded"
        };
        return l.msg(id, &[]);
    }
    let (year, rest) = key.split_at_checked(4).unwrap_or((key, ""));
    match dim {
        Dimension::Year => key.to_owned(),
        Dimension::Quarter | Dimension::Month if rest == "-unknown" => {
            let id = if dim == Dimension::Month {
                "stats-month-not-known"
            } else {
                "stats-quarter-not-known"
            };
            l.msg(id, &[("year", year)])
        }
        Dimension::Quarter => {
            let q = rest.trim_start_matches("-Q");
            l.msg("stats-quarter", &[("year", year), ("quarter", q)])
        }
        Dimension::Month => {
            let m = rest.trim_start_matches('-').trim_start_matches('0');
            let name = l.msg(&format!("stats-month-name-{m}"), &[]);
            l.msg("stats-month", &[("year", year), ("month", &name)])
        }
        Dimension::Country => gazetteer::country(key, l.lang()),
        Dimension::Region => match key.strip_suffix(OTHER_REGIONS) {
            Some(cc) if cc.ends_with('-') => {
                let country = gazetteer::country(cc.trim_end_matches('-'), l.lang());
                l.msg("stats-other-regions", &[("country", &country)])
            }
            _ => gazetteer::region(key, l.lang()),
        },
        _ => match dim.vocabulary() {
            Some(v) => l.msg(&vocab::message_id(v.name, key), &[]),
            None => key.to_owned(),
        },
    }
}

/// A table with the reader's words for everything in it: what a screen shows.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct StatsView {
    pub table: StatsTable,
    /// The name of each dimension.
    pub dimensions: Vec<String>,
    /// The name of each key, per dimension, in the table's order.
    pub labels: Vec<Vec<String>>,
    pub method: Vec<String>,
    pub multi_valued: bool,
}

pub fn view(l: &Localizer, table: StatsTable) -> StatsView {
    let dimensions = table.by.iter().map(|d| dimension(l, *d)).collect();
    let labels = table
        .by
        .iter()
        .zip(&table.keys)
        .map(|(d, keys)| keys.iter().map(|k| key(l, *d, k)).collect())
        .collect();
    let method = method_note(l, &table);
    StatsView {
        multi_valued: table.is_multi_valued(),
        table,
        dimensions,
        labels,
        method,
    }
}

/// Every dimension with its name, for a picker.
pub fn dimensions(l: &Localizer) -> Vec<(Dimension, String)> {
    Dimension::ALL
        .into_iter()
        .map(|d| (d, dimension(l, d)))
        .collect()
}

/// A count as shown: the number, or "<k" when hidden.
pub fn count(shown: Shown, min_cell: u32) -> String {
    match shown {
        Some(n) => n.to_string(),
        None => format!("<{min_cell}"),
    }
}

/// The note every output carries: unit, consent and exclusions, the floor and how
/// hiding works, the period and how partial dates count, the filters.
pub fn method_note(l: &Localizer, t: &StatsTable) -> Vec<String> {
    let mut lines = vec![];
    let dims =
        t.by.iter()
            .map(|d| dimension(l, *d))
            .collect::<Vec<_>>()
            .join(" × ");
    lines.push(l.msg("stats-method-unit", &[("dimensions", &dims)]));
    if t.is_multi_valued() {
        lines.push(l.msg("stats-method-multi-valued", &[]));
    }
    let total = count(t.total, t.min_cell);
    lines.push(l.msg(
        "stats-method-consent",
        &[
            ("counted", &total),
            ("excluded", &t.excluded.total().to_string()),
            ("never", &t.excluded.never_asked.to_string()),
            ("refused", &t.excluded.refused.to_string()),
            ("revoked", &t.excluded.revoked.to_string()),
        ],
    ));
    lines.push(l.msg(
        "stats-method-suppression",
        &[("k", &t.min_cell.to_string())],
    ));
    if t.by.contains(&Dimension::Region) {
        lines.push(l.msg("stats-method-regions", &[("k", &t.min_cell.to_string())]));
    }
    let f = &t.filter;
    let all = l.msg("stats-period-all", &[]);
    let from = f.from.map_or_else(|| all.clone(), |m| m.to_iso());
    let to = f.to.map_or_else(|| all.clone(), |m| m.to_iso());
    let period_id = if f.has_period() {
        "stats-method-period"
    } else {
        "stats-method-no-period"
    };
    lines.push(l.msg(period_id, &[("from", &from), ("to", &to)]));
    lines.push(l.msg("stats-method-partial-dates", &[]));
    let mut filters = vec![];
    if !f.countries.is_empty() {
        let names = f
            .countries
            .iter()
            .map(|c| gazetteer::country(c, l.lang()))
            .collect::<Vec<_>>()
            .join(", ");
        filters.push(format!("{}: {names}", dimension(l, Dimension::Country)));
    }
    for (dim, value) in [
        (Dimension::Region, &f.region),
        (Dimension::Status, &f.status),
        (Dimension::Act, &f.act),
        (Dimension::Agency, &f.agency),
    ] {
        if let Some(v) = value {
            filters.push(format!("{}: {}", dimension(l, dim), key(l, dim, v)));
        }
    }
    if filters.is_empty() {
        lines.push(l.msg("stats-method-no-filters", &[]));
    } else {
        lines.push(l.msg("stats-method-filters", &[("filters", &filters.join("; "))]));
    }
    lines.push(l.msg("stats-method-deleted", &[]));
    lines
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_as_words_in_each_language() {
        let en = Localizer::new("en").unwrap();
        let ru = Localizer::new("ru").unwrap();
        assert_eq!(key(&en, Dimension::Country, "UA"), "Ukraine");
        assert_eq!(key(&ru, Dimension::Country, "UA"), "Украина");
        assert_eq!(key(&en, Dimension::Month, "2026-03"), "March 2026");
        assert!(key(&ru, Dimension::Month, "2026-03").contains("2026"));
        assert!(key(&en, Dimension::Month, "2026-unknown").contains("2026"));
        assert_eq!(
            key(&en, Dimension::Act, "beating"),
            en.msg("vocab-act-type-beating", &[])
        );
        assert!(key(&en, Dimension::Region, "KZ-other").contains("Kazakhstan"));
        assert!(key(&ru, Dimension::Region, "KZ-other").contains("Казахстан"));
        assert_eq!(count(None, 5), "<5");
        // Every dimension has a name in every shipped language.
        for lang in ["en", "ru", "uk"] {
            let l = Localizer::new(lang).unwrap();
            for d in Dimension::ALL {
                assert!(l.has(&d.message_id()), "{lang} {}", d.code());
            }
            for m in 1..=12 {
                assert!(l.has(&format!("stats-month-name-{m}")), "{lang} {m}");
            }
        }
    }
}
