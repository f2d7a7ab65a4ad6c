//! Counting consented cases by one or two dimensions into a table whose small cells
//! are already hidden: nothing downstream (screen, files, brief) ever sees a number
//! it may not show.

use std::collections::{HashMap, HashSet};

use casebook_core::facts::{CaseFacts, StatsConsent};
use serde::{Deserialize, Serialize};

use crate::dimension::{fill_time_gaps, sort_keys, Dimension, Keys, OTHER_REGIONS, UNKNOWN};
use crate::filter::StatsFilter;
use crate::suppress::{suppress_with, Relation};
use crate::StatsError;

/// The default floor: 5 is the common one in health statistics.
pub const DEFAULT_MIN_CELL: u32 = 5;
/// The floor a person may choose, inclusive.
pub const MIN_CELL_RANGE: std::ops::RangeInclusive<u32> = 3..=10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatsQuery {
    /// One or two dimensions.
    pub by: Vec<Dimension>,
    #[serde(default)]
    pub filter: StatsFilter,
    #[serde(default = "default_min_cell")]
    pub min_cell: u32,
}

fn default_min_cell() -> u32 {
    DEFAULT_MIN_CELL
}

/// Cases the filters matched that were left out, by why.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
// JSON numbers: counts stay far below 2^53.
pub struct Excluded {
    #[ts(as = "u32")]
    pub never_asked: u64,
    #[ts(as = "u32")]
    pub refused: u64,
    #[ts(as = "u32")]
    pub revoked: u64,
}

impl Excluded {
    pub fn total(&self) -> u64 {
        self.never_asked + self.refused + self.revoked
    }
}

/// A count as it may be shown: `None` when hidden.
pub type Shown = Option<u64>;

/// A table ready to leave the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct StatsTable {
    pub by: Vec<Dimension>,
    pub filter: StatsFilter,
    pub min_cell: u32,
    /// Keys of each dimension, in display order.
    pub keys: Vec<Vec<String>>,
    /// One-way: one count per key. Two-way: row by row, `keys[0].len() *
    /// keys[1].len()` counts.
    #[ts(as = "Vec<Option<u32>>")]
    pub cells: Vec<Shown>,
    /// Two-way only: the totals of each row (`[0]`) and column (`[1]`).
    #[ts(as = "Vec<Vec<Option<u32>>>")]
    pub margins: Vec<Vec<Shown>>,
    /// Cases counted; hidden when under the floor.
    #[ts(as = "Option<u32>")]
    pub total: Shown,
    pub excluded: Excluded,
    /// How many numbers are hidden (cells, totals).
    pub hidden: usize,
}

impl StatsTable {
    pub fn is_two_way(&self) -> bool {
        self.by.len() == 2
    }

    /// Whether a case can count in several cells, so cells do not add up.
    pub fn is_multi_valued(&self) -> bool {
        self.by.iter().any(|d| d.is_multi_valued())
    }

    pub fn cell(&self, row: usize, col: usize) -> Shown {
        let cols = self.keys.get(1).map_or(1, Vec::len);
        self.cells.get(row * cols + col).copied().flatten()
    }
}

/// A fast hash for the tally's short keys (codes, months, centre names): std's
/// SipHash was a fifth of the time of counting a hub's million records. The keys
/// are codes a snapshot was checked to hold, so flooding a table is not a concern.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type Fx = std::hash::BuildHasherDefault<FxHasher>;
pub(crate) type Map<V> = HashMap<String, V, Fx>;

/// Raw counts before anything is hidden. Cells are kept row by row so that a
/// case already seen costs lookups, not new keys (a hub counts a million).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub(crate) cells: Map<Map<u64>>,
    pub(crate) margins: [Map<u64>; 2],
    pub(crate) total: u64,
    pub(crate) excluded: Excluded,
}

fn bump(map: &mut Map<u64>, key: &str) {
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_owned(), 1);
        }
    }
}

/// Counts cases one at a time, then hides what may not be shown: what a hub uses
/// to count records it reads a snapshot at a time, never all at once.
#[derive(Debug)]
pub struct Counter {
    query: StatsQuery,
    tally: Tally,
    keys: [Keys; 2],
}

impl Counter {
    /// Refuses a query that cannot be counted before any case is read.
    pub fn new(query: &StatsQuery) -> Result<Self, StatsError> {
        if query.by.is_empty() || query.by.len() > 2 || query.by.first() == query.by.get(1) {
            return Err(StatsError::BadDimensions);
        }
        if !MIN_CELL_RANGE.contains(&query.min_cell) {
            return Err(StatsError::BadMinCell(query.min_cell));
        }
        Ok(Counter {
            query: query.clone(),
            tally: Tally::default(),
            keys: Default::default(),
        })
    }

    pub fn add(&mut self, f: &CaseFacts) {
        if !self.query.filter.matches(f) {
            return;
        }
        let t = &mut self.tally;
        match f.consent {
            StatsConsent::Given => {}
            StatsConsent::NeverAsked => {
                t.excluded.never_asked += 1;
                return;
            }
            StatsConsent::Refused => {
                t.excluded.refused += 1;
                return;
            }
            StatsConsent::Revoked => {
                t.excluded.revoked += 1;
                return;
            }
        }
        t.total += 1;
        let [k0, k1] = &mut self.keys;
        let by = &self.query.by;
        by[0].keys(f, k0);
        for a in k0.iter() {
            bump(&mut t.margins[0], a);
        }
        if let Some(d1) = by.get(1) {
            d1.keys(f, k1);
            for b in k1.iter() {
                bump(&mut t.margins[1], b);
            }
            for a in k0.iter() {
                let row = match t.cells.get_mut(a) {
                    Some(row) => row,
                    None => t.cells.entry(a.to_owned()).or_default(),
                };
                for b in k1.iter() {
                    bump(row, b);
                }
            }
        }
    }

    /// The table, small cells hidden.
    pub fn finish(self) -> StatsTable {
        finish(self.tally, &self.query)
    }
}

/// Regions with fewer than `k` cases become `<country>-other`: a small town's
/// region is not named beside a count that points at the few women in it. Regions
/// are disjoint, so adding their counts is exact.
fn roll_up_regions(t: &mut Tally, side: usize, k: u64) {
    let small: HashSet<String> = t.margins[side]
        .iter()
        .filter(|(key, n)| **n < k && key.as_str() != UNKNOWN)
        .map(|(key, _)| key.clone())
        .collect();
    if small.is_empty() {
        return;
    }
    let rename = |key: &str| -> String {
        if small.contains(key) {
            let country = key.split('-').next().unwrap_or(key);
            format!("{country}-{OTHER_REGIONS}")
        } else {
            key.to_owned()
        }
    };
    let margin = std::mem::take(&mut t.margins[side]);
    for (key, n) in margin {
        *t.margins[side].entry(rename(&key)).or_default() += n;
    }
    let cells = std::mem::take(&mut t.cells);
    for (a, row) in cells {
        for (b, n) in row {
            let (a, b) = if side == 0 {
                (rename(&a), b)
            } else {
                (a.clone(), rename(&b))
            };
            *t.cells.entry(a).or_default().entry(b).or_default() += n;
        }
    }
}

fn ordered_keys(dim: Dimension, margin: &Map<u64>) -> Vec<String> {
    let mut keys: Vec<String> = margin.keys().cloned().collect();
    if dim.is_time() {
        fill_time_gaps(dim, &mut keys);
    }
    sort_keys(dim, &mut keys);
    keys
}

/// Counts the cases the query asks for and hides what may not be shown.
pub fn count(facts: &[CaseFacts], query: &StatsQuery) -> Result<StatsTable, StatsError> {
    let mut counter = Counter::new(query)?;
    for f in facts {
        counter.add(f);
    }
    Ok(counter.finish())
}

pub(crate) fn finish(mut t: Tally, query: &StatsQuery) -> StatsTable {
    let k = u64::from(query.min_cell);
    let by = &query.by;
    for (side, d) in by.iter().enumerate() {
        if *d == Dimension::Region {
            roll_up_regions(&mut t, side, k);
        }
    }
    let keys: Vec<Vec<String>> = by
        .iter()
        .enumerate()
        .map(|(i, d)| ordered_keys(*d, &t.margins[i]))
        .collect();

    // Numbers laid out as: cells, then (two-way) row totals and column totals, then
    // the grand total; relations only where a dimension is single-valued.
    let mut values: Vec<u64> = vec![];
    let mut relations = vec![];
    if by.len() == 1 {
        values.extend(
            keys[0]
                .iter()
                .map(|a| t.margins[0].get(a).copied().unwrap_or(0)),
        );
        values.push(t.total);
        if !by[0].is_multi_valued() {
            relations.push(Relation {
                sum: keys[0].len(),
                parts: (0..keys[0].len()).collect(),
            });
        }
    } else {
        let (r, c) = (keys[0].len(), keys[1].len());
        for a in &keys[0] {
            for b in &keys[1] {
                values.push(
                    t.cells
                        .get(a.as_str())
                        .and_then(|row| row.get(b.as_str()))
                        .copied()
                        .unwrap_or(0),
                );
            }
        }
        let n = r * c;
        for (side, ks) in keys.iter().enumerate() {
            values.extend(
                ks.iter()
                    .map(|key| t.margins[side].get(key).copied().unwrap_or(0)),
            );
        }
        values.push(t.total);
        let grand = n + r + c;
        if !by[1].is_multi_valued() {
            for i in 0..r {
                relations.push(Relation {
                    sum: n + i,
                    parts: (0..c).map(|j| i * c + j).collect(),
                });
            }
            relations.push(Relation {
                sum: grand,
                parts: (0..c).map(|j| n + r + j).collect(),
            });
        }
        if !by[0].is_multi_valued() {
            for j in 0..c {
                relations.push(Relation {
                    sum: n + r + j,
                    parts: (0..r).map(|i| i * c + j).collect(),
                });
            }
            relations.push(Relation {
                sum: grand,
                parts: (0..r).map(|i| n + i).collect(),
            });
        }
    }
    let grand = values.len() - 1;
    let mut published = vec![false; values.len()];
    // The regions of a country add up to (at most) its number in a country table
    // published beside this one (the brief, the screen's map): each country's
    // regions are a line of their own whose total is known, so one hidden region
    // takes another with it.
    if let Some(side) = by.iter().position(|d| *d == Dimension::Region) {
        let line: Vec<usize> = match (by.len(), side) {
            (1, _) => (0..keys[0].len()).collect(),
            (_, 0) => {
                let n = keys[0].len() * keys[1].len();
                (0..keys[0].len()).map(|i| n + i).collect()
            }
            _ => {
                let (r, n) = (keys[0].len(), keys[0].len() * keys[1].len());
                (0..keys[1].len()).map(|j| n + r + j).collect()
            }
        };
        let mut countries: HashMap<&str, Vec<usize>> = HashMap::new();
        for (key, &i) in keys[side].iter().zip(&line) {
            if key != UNKNOWN {
                let country = key.split('-').next().unwrap_or(key);
                countries.entry(country).or_default().push(i);
            }
        }
        let mut groups: Vec<_> = countries.into_values().collect();
        groups.sort();
        // First: a complement inside the country also settles the whole line.
        let mut own = vec![];
        for parts in groups {
            values.push(parts.iter().map(|&i| values[i]).sum());
            published.push(true);
            own.push(Relation {
                sum: values.len() - 1,
                parts,
            });
        }
        own.append(&mut relations);
        relations = own;
    }
    let hidden = suppress_with(&values, &relations, k, &published);
    let shown: Vec<Shown> = values
        .iter()
        .zip(&hidden)
        .map(|(v, h)| (!h).then_some(*v))
        .collect();
    let total = shown[grand];
    let (cells, margins) = if by.len() == 1 {
        (shown[..keys[0].len()].to_vec(), vec![])
    } else {
        let (r, c) = (keys[0].len(), keys[1].len());
        let n = r * c;
        (
            shown[..n].to_vec(),
            vec![shown[n..n + r].to_vec(), shown[n + r..n + r + c].to_vec()],
        )
    };
    StatsTable {
        by: by.clone(),
        filter: query.filter.clone(),
        min_cell: query.min_cell,
        keys,
        cells,
        margins,
        total,
        excluded: t.excluded,
        hidden: hidden[..=grand].iter().filter(|h| **h).count(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use casebook_core::facts::FactDate;

    fn case(acts: &[&str], country: &str, consent: StatsConsent) -> CaseFacts {
        CaseFacts {
            consent,
            acts: acts.iter().map(|s| s.to_string()).collect(),
            country: Some(country.into()),
            ..Default::default()
        }
    }

    fn many(n: usize, f: CaseFacts) -> Vec<CaseFacts> {
        vec![f; n]
    }

    fn query(by: &[Dimension]) -> StatsQuery {
        StatsQuery {
            by: by.to_vec(),
            filter: StatsFilter::default(),
            min_cell: 5,
        }
    }

    fn row(t: &StatsTable, key: &str) -> Shown {
        let i = t.keys[0].iter().position(|k| k == key).unwrap();
        t.cells[i]
    }

    #[test]
    fn a_country_with_one_hidden_region_hides_another_of_its_own() {
        // Every case has its region, so the country table beside this one gives
        // Armenia's 19: its "other regions" must not be 19 - 10 - 6.
        let at = |region: &str, n: usize| {
            let mut f = case(&["beating"], &region[..2], StatsConsent::Given);
            f.region = Some(region.into());
            many(n, f)
        };
        let mut facts = at("AM-ER", 10);
        facts.extend(at("AM-SH", 6));
        facts.extend(at("AM-LO", 3));
        facts.extend(at("UA-30", 20));
        facts.extend(at("UA-46", 5));
        let t = count(&facts, &query(&[Dimension::Region])).unwrap();
        assert_eq!(row(&t, "AM-other"), None);
        assert_eq!(row(&t, "AM-SH"), None, "{t:?}");
        assert_eq!(row(&t, "AM-ER"), Some(10));
        assert_eq!(row(&t, "UA-30"), Some(20));
        assert_eq!(t.total, Some(44));
        let countries = count(&facts, &query(&[Dimension::Country])).unwrap();
        assert_eq!(row(&countries, "AM"), Some(19));
    }

    #[test]
    fn a_case_counts_once_per_act_and_consent_decides() {
        let mut facts = many(6, case(&["beating", "rape"], "UA", StatsConsent::Given));
        facts.extend(many(4, case(&["beating"], "UA", StatsConsent::Given)));
        facts.push(case(&["beating"], "UA", StatsConsent::NeverAsked));
        facts.extend(many(2, case(&["beating"], "UA", StatsConsent::Refused)));
        facts.extend(many(3, case(&["beating"], "UA", StatsConsent::Revoked)));
        let t = count(&facts, &query(&[Dimension::Act])).unwrap();
        assert_eq!(t.total, Some(10));
        assert_eq!(row(&t, "beating"), Some(10));
        assert_eq!(row(&t, "rape"), Some(6));
        assert_eq!(
            t.excluded,
            Excluded {
                never_asked: 1,
                refused: 2,
                revoked: 3
            }
        );
        assert!(t.is_multi_valued());
    }

    #[test]
    fn small_cells_are_hidden_with_a_complement() {
        let mut facts = many(20, case(&[], "UA", StatsConsent::Given));
        facts.extend(many(2, case(&[], "KZ", StatsConsent::Given)));
        facts.extend(many(7, case(&[], "GE", StatsConsent::Given)));
        facts.extend(many(9, case(&[], "MD", StatsConsent::Given)));
        let t = count(&facts, &query(&[Dimension::Country])).unwrap();
        assert_eq!(row(&t, "KZ"), None);
        // The next smallest goes too, else 38 - 20 - 9 - 7 = 2.
        assert_eq!(row(&t, "GE"), None);
        assert_eq!(row(&t, "MD"), Some(9));
        assert_eq!(t.total, Some(38));
        assert_eq!(t.hidden, 2);
    }

    #[test]
    fn small_regions_roll_up_into_other_regions_of_their_country() {
        let region = |r: &str| CaseFacts {
            consent: StatsConsent::Given,
            country: Some("KZ".into()),
            region: Some(r.into()),
            ..Default::default()
        };
        let mut facts = many(12, region("KZ-75"));
        facts.extend(many(2, region("KZ-11")));
        facts.extend(many(3, region("KZ-15")));
        let t = count(&facts, &query(&[Dimension::Region])).unwrap();
        assert_eq!(t.keys[0], vec!["KZ-75", "KZ-other"]);
        assert_eq!(row(&t, "KZ-other"), Some(5));
        assert!(!t.keys[0].iter().any(|k| k == "KZ-11"));
    }

    #[test]
    fn year_only_dates_are_in_month_not_known_and_deleted_cases_are_absent() {
        let at = |month: Option<u32>| CaseFacts {
            consent: StatsConsent::Given,
            when: Some(FactDate { year: 2026, month }),
            ..Default::default()
        };
        let mut facts = many(6, at(Some(2)));
        facts.extend(many(5, at(None)));
        let t = count(&facts, &query(&[Dimension::Month])).unwrap();
        assert_eq!(t.keys[0], vec!["2026-02", "2026-unknown"]);
        assert_eq!(row(&t, "2026-unknown"), Some(5));
        assert!(!t.keys[0].iter().any(|k| k == "2026-01"));
    }

    #[test]
    fn two_way_tables_hide_in_cells_and_totals() {
        let mut facts = many(10, case(&["beating"], "UA", StatsConsent::Given));
        facts.extend(many(3, case(&["rape"], "UA", StatsConsent::Given)));
        facts.extend(many(8, case(&["beating"], "KZ", StatsConsent::Given)));
        facts.extend(many(6, case(&["rape"], "KZ", StatsConsent::Given)));
        let t = count(&facts, &query(&[Dimension::Act, Dimension::Country])).unwrap();
        assert!(t.is_two_way());
        let rape = t.keys[0].iter().position(|k| k == "rape").unwrap();
        let ua = t.keys[1].iter().position(|k| k == "UA").unwrap();
        assert_eq!(t.cell(rape, ua), None);
        // Acts are multi-valued, so countries' columns are not sums; but the rape
        // row adds up over countries (each case has one country): 9 - 6 = 3 would
        // give it away.
        let kz = t.keys[1].iter().position(|k| k == "KZ").unwrap();
        assert!(t.cell(rape, kz).is_none() || t.margins[0][rape].is_none());
    }

    #[test]
    fn bad_queries_are_refused() {
        let q = |by: &[Dimension], k: u32| StatsQuery {
            by: by.to_vec(),
            filter: StatsFilter::default(),
            min_cell: k,
        };
        assert!(matches!(
            count(&[], &q(&[], 5)),
            Err(StatsError::BadDimensions)
        ));
        assert!(matches!(
            count(&[], &q(&[Dimension::Act, Dimension::Act], 5)),
            Err(StatsError::BadDimensions)
        ));
        assert!(matches!(
            count(&[], &q(&[Dimension::Act], 2)),
            Err(StatsError::BadMinCell(2))
        ));
        assert!(matches!(
            count(&[], &q(&[Dimension::Act], 11)),
            Err(StatsError::BadMinCell(11))
        ));
        let empty = count(&[], &q(&[Dimension::Act], 5)).unwrap();
        assert_eq!(empty.total, Some(0));
        assert!(empty.keys[0].is_empty());
    }
}
