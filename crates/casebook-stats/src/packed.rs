//! Counting a hub's records straight from their packed form
//! ([`casebook_core::facts::PackedFacts`]): keys are numbers while counting and
//! become the codes of [`Dimension::keys`] only once, at the end, so a million
//! records count in a fraction of a second. The rules are those of
//! [`Dimension::keys`] and [`StatsFilter::matches`]; a test counts the same records
//! both ways, for every dimension and filter, and compares the tables whole.

use std::collections::HashMap;
use std::sync::Arc;

use casebook_core::facts::{
    packed_list_vocabularies, packed_one_vocabularies, PackedFacts, StatsConsent,
};
use casebook_core::vocab;

use crate::dimension::{Dimension, UNKNOWN, UNKNOWN_PART};
use crate::filter::{Month, StatsFilter};
use crate::table::{finish, Fx, Tally};
use crate::{StatsError, StatsQuery, StatsTable, MIN_CELL_RANGE};

/// The key of a record that does not say.
const NONE: u64 = u64::MAX;

/// Where a dimension's keys come from in a packed record.
#[derive(Debug, Clone, Copy)]
enum Source {
    List(usize),
    ActGroup,
    One(usize),
    Country,
    Region,
    Year,
    Quarter,
    Month,
    SexWork,
    Centre,
}

fn source(d: Dimension) -> Source {
    match d {
        Dimension::Act => Source::List(0),
        Dimension::Agency => Source::List(1),
        Dimension::LocationType => Source::List(2),
        Dimension::Substance => Source::List(3),
        Dimension::MedicalAttention => Source::List(4),
        Dimension::ComplaintBody => Source::List(5),
        Dimension::ComplaintResponse => Source::List(6),
        Dimension::ComplaintOutcome => Source::List(7),
        Dimension::ActGroup => Source::ActGroup,
        Dimension::AgeBand => Source::One(0),
        Dimension::HivStatus => Source::One(1),
        Dimension::IntakeChannel => Source::One(2),
        Dimension::Status => Source::One(3),
        Dimension::Country => Source::Country,
        Dimension::Region => Source::Region,
        Dimension::Year => Source::Year,
        Dimension::Quarter => Source::Quarter,
        Dimension::Month => Source::Month,
        Dimension::SexWork => Source::SexWork,
        Dimension::Centre => Source::Centre,
    }
}

/// The act groups in `ACT_TYPE_GROUPS` order, and each act's group by index.
struct Groups {
    names: Vec<&'static str>,
    of_act: Vec<Option<u8>>,
}

impl Groups {
    fn new() -> Self {
        let names: Vec<&'static str> = vocab::ACT_TYPE_GROUPS.iter().map(|(g, _)| *g).collect();
        let of_act = vocab::ACT_TYPE
            .codes
            .iter()
            .map(|a| {
                vocab::act_group(a)
                    .and_then(|g| names.iter().position(|n| *n == g))
                    .and_then(|i| u8::try_from(i).ok())
            })
            .collect();
        Groups { names, of_act }
    }
}

fn bits(mut set: u64, out: &mut Vec<u64>) {
    while set != 0 {
        out.push(u64::from(set.trailing_zeros()));
        set &= set - 1;
    }
}

fn keys(src: Source, p: &PackedFacts, centre: u32, groups: &Groups, out: &mut Vec<u64>) {
    out.clear();
    let year = u64::from(p.year);
    match src {
        Source::List(k) => bits(p.lists[k], out),
        Source::ActGroup => {
            let mut set = 0u64;
            let mut acts = p.lists[0];
            while acts != 0 {
                let i = acts.trailing_zeros() as usize;
                acts &= acts - 1;
                if let Some(Some(g)) = groups.of_act.get(i) {
                    set |= 1 << g;
                }
            }
            bits(set, out);
        }
        Source::One(k) => out.push(match p.ones[k] {
            0 => NONE,
            i => u64::from(i - 1),
        }),
        Source::Country => out.push(match p.country {
            [0, 0] => NONE,
            [a, b] => u64::from(u16::from_le_bytes([a, b])),
        }),
        Source::Region => out.push(match (p.country, p.region[0]) {
            ([0, 0], _) | (_, 0) => NONE,
            ([a, b], _) => {
                u64::from_le_bytes([a, b, p.region[0], p.region[1], p.region[2], 0, 0, 0])
            }
        }),
        Source::Year => out.push(if year == 0 { NONE } else { year }),
        Source::Quarter => out.push(match (year, p.month) {
            (0, _) => NONE,
            (y, m) => y * 10 + u64::from(m.div_ceil(3)),
        }),
        Source::Month => out.push(match year {
            0 => NONE,
            y => y * 100 + u64::from(p.month),
        }),
        Source::SexWork => out.push(match p.sex_work {
            0 => NONE,
            s => u64::from(s),
        }),
        Source::Centre => out.push(u64::from(centre)),
    }
    if out.is_empty() {
        out.push(NONE);
    }
}

/// The key as [`Dimension::keys`] writes it.
fn text(src: Source, id: u64, groups: &Groups, centres: &[Option<Arc<str>>]) -> String {
    let code = |codes: &[&str], i: u64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| codes.get(i).copied())
            .unwrap_or(UNKNOWN)
            .to_owned()
    };
    if id == NONE && !matches!(src, Source::Centre) {
        return UNKNOWN.to_owned();
    }
    let b = id.to_le_bytes();
    match src {
        Source::List(k) => code(packed_list_vocabularies()[k].codes, id),
        Source::ActGroup => code(&groups.names, id),
        Source::One(k) => code(packed_one_vocabularies()[k].codes, id),
        Source::Country => [char::from(b[0]), char::from(b[1])].iter().collect(),
        Source::Region => {
            let sub: String = b[2..5]
                .iter()
                .take_while(|c| **c != 0)
                .map(|c| char::from(*c))
                .collect();
            format!("{}{}-{sub}", char::from(b[0]), char::from(b[1]))
        }
        Source::Year => format!("{id:04}"),
        Source::Quarter => match id % 10 {
            0 => format!("{:04}-{UNKNOWN_PART}", id / 10),
            q => format!("{:04}-Q{q}", id / 10),
        },
        Source::Month => match id % 100 {
            0 => format!("{:04}-{UNKNOWN_PART}", id / 100),
            m => format!("{:04}-{m:02}", id / 100),
        },
        Source::SexWork => if id == 1 { "yes" } else { "no" }.to_owned(),
        Source::Centre => usize::try_from(id)
            .ok()
            .and_then(|i| centres.get(i).cloned().flatten())
            .map_or_else(|| UNKNOWN.to_owned(), |n| n.to_string()),
    }
}

/// [`StatsFilter`] over packed records. A value that is no code of its list
/// matches nothing, as it matches no case in the text form.
#[derive(Debug)]
struct PackedFilter {
    from: Option<Month>,
    to: Option<Month>,
    countries: Option<Vec<[u8; 2]>>,
    region: Option<Option<([u8; 2], [u8; 3])>>,
    status: Option<u8>,
    act: Option<u64>,
    agency: Option<u64>,
}

fn index_of(codes: &[&str], want: &str) -> Option<usize> {
    codes.iter().position(|c| *c == want)
}

impl PackedFilter {
    fn of(f: &StatsFilter) -> Self {
        let two = |s: &str| -> Option<[u8; 2]> { s.as_bytes().try_into().ok() };
        let region = f.region.as_deref().map(|r| {
            let (cc, sub) = r.split_once('-')?;
            let cc = two(cc)?;
            if sub.is_empty() || sub.len() > 3 {
                return None;
            }
            let mut s = [0u8; 3];
            s[..sub.len()].copy_from_slice(sub.as_bytes());
            Some((cc, s))
        });
        let lists = packed_list_vocabularies();
        // An unknown code: a bit no record has (indices stay under 64).
        let bit = |codes: &[&str], want: &Option<String>| {
            want.as_deref().map(|w| match index_of(codes, w) {
                Some(i) if i < 64 => 1u64 << i,
                _ => 0,
            })
        };
        PackedFilter {
            from: f.from,
            to: f.to,
            countries: (!f.countries.is_empty())
                .then(|| f.countries.iter().filter_map(|c| two(c)).collect()),
            region,
            // 0 means "none recorded" in a record; an unknown code matches nothing.
            status: f.status.as_deref().map(|w| {
                index_of(packed_one_vocabularies()[3].codes, w)
                    .and_then(|i| u8::try_from(i + 1).ok())
                    .unwrap_or(u8::MAX)
            }),
            act: bit(lists[0].codes, &f.act),
            agency: bit(lists[1].codes, &f.agency),
        }
    }

    fn matches(&self, p: &PackedFacts) -> bool {
        if self.from.is_some() || self.to.is_some() {
            if p.year == 0 {
                return false;
            }
            let year = i32::from(p.year);
            let (first, last) = match p.month {
                0 => (1, 12),
                m => (u32::from(m), u32::from(m)),
            };
            let first = Month { year, month: first };
            let last = Month { year, month: last };
            if self.from.is_some_and(|f| first < f) || self.to.is_some_and(|t| last > t) {
                return false;
            }
        }
        if let Some(cs) = &self.countries {
            if p.country == [0, 0] || !cs.contains(&p.country) {
                return false;
            }
        }
        match &self.region {
            None => {}
            Some(None) => return false,
            Some(Some((cc, sub))) if p.country != *cc || p.region != *sub => return false,
            Some(Some(_)) => {}
        }
        if self.status.is_some_and(|s| p.ones[3] != s) {
            return false;
        }
        if self.act.is_some_and(|b| p.lists[0] & b == 0) {
            return false;
        }
        self.agency.is_none_or(|b| p.lists[1] & b != 0)
    }
}

/// A [`crate::Counter`] for packed records.
pub(crate) struct PackedCounter {
    query: StatsQuery,
    filter: PackedFilter,
    sources: Vec<Source>,
    groups: Groups,
    margins: [HashMap<u64, u64, Fx>; 2],
    cells: HashMap<(u64, u64), u64, Fx>,
    total: u64,
    excluded: crate::Excluded,
    k0: Vec<u64>,
    k1: Vec<u64>,
}

impl PackedCounter {
    pub(crate) fn new(query: &StatsQuery) -> Result<Self, StatsError> {
        if query.by.is_empty() || query.by.len() > 2 || query.by.first() == query.by.get(1) {
            return Err(StatsError::BadDimensions);
        }
        if !MIN_CELL_RANGE.contains(&query.min_cell) {
            return Err(StatsError::BadMinCell(query.min_cell));
        }
        Ok(PackedCounter {
            filter: PackedFilter::of(&query.filter),
            sources: query.by.iter().map(|d| source(*d)).collect(),
            query: query.clone(),
            groups: Groups::new(),
            margins: Default::default(),
            cells: HashMap::default(),
            total: 0,
            excluded: Default::default(),
            k0: vec![],
            k1: vec![],
        })
    }

    /// Counts one record of the centre numbered `centre`.
    pub(crate) fn add(&mut self, p: &PackedFacts, centre: u32) {
        if !self.filter.matches(p) {
            return;
        }
        match p.consent {
            StatsConsent::Given => {}
            StatsConsent::NeverAsked => return self.excluded.never_asked += 1,
            StatsConsent::Refused => return self.excluded.refused += 1,
            StatsConsent::Revoked => return self.excluded.revoked += 1,
        }
        self.total += 1;
        keys(self.sources[0], p, centre, &self.groups, &mut self.k0);
        for a in &self.k0 {
            *self.margins[0].entry(*a).or_default() += 1;
        }
        if let Some(s1) = self.sources.get(1) {
            keys(*s1, p, centre, &self.groups, &mut self.k1);
            for b in &self.k1 {
                *self.margins[1].entry(*b).or_default() += 1;
            }
            for a in &self.k0 {
                for b in &self.k1 {
                    *self.cells.entry((*a, *b)).or_default() += 1;
                }
            }
        }
    }

    /// The table, small cells hidden; `centres` names the centres by number.
    pub(crate) fn finish(self, centres: &[Option<Arc<str>>]) -> StatsTable {
        let mut t = Tally {
            total: self.total,
            excluded: self.excluded,
            ..Default::default()
        };
        let name = |side: usize, id: u64| text(self.sources[side], id, &self.groups, centres);
        for side in 0..self.sources.len() {
            for (id, n) in &self.margins[side] {
                *t.margins[side].entry(name(side, *id)).or_default() += n;
            }
        }
        for ((a, b), n) in &self.cells {
            *t.cells
                .entry(name(0, *a))
                .or_default()
                .entry(name(1, *b))
                .or_default() += n;
        }
        finish(t, &self.query)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use casebook_core::facts::CaseFacts;

    /// The same records counted from their facts and from their packed form give
    /// the same table, for every dimension, crossings and every kind of filter.
    #[test]
    fn packed_counts_are_the_counts_of_the_facts() {
        let names: Vec<Option<Arc<str>>> = vec![
            Some(Arc::from("Almaty")),
            Some(Arc::from("Osh")),
            None,
            Some(Arc::from("Chișinău")),
        ];
        let facts: Vec<CaseFacts> = casebook_demo::generate(5, 1500)
            .enumerate()
            .map(|(i, r)| CaseFacts {
                centre: names[i % names.len()].clone(),
                ..CaseFacts::of(&r)
            })
            .collect();
        let mut packed = vec![];
        for f in &facts {
            let mut b = vec![];
            f.write_packed(&mut b);
            let p = PackedFacts::read(&mut b.as_slice()).unwrap();
            packed.push(p);
        }
        let mut filters = vec![StatsFilter::default()];
        let month = |s: &str, start: bool| Some(Month::parse(s, start).unwrap());
        for (from, to) in [
            ("2024-03", "2025-06"),
            ("2025", "2025"),
            ("2026-02", "2026-02"),
        ] {
            filters.push(StatsFilter {
                from: month(from, true),
                to: month(to, false),
                ..Default::default()
            });
        }
        filters.push(StatsFilter {
            from: month("2025-01", true),
            ..Default::default()
        });
        let first = &facts[0];
        let some = |v: &Option<String>| v.clone();
        filters.push(StatsFilter {
            countries: vec!["KZ".into(), "UA".into(), "nowhere".into()],
            ..Default::default()
        });
        filters.push(StatsFilter {
            countries: vec!["XX".into()],
            ..Default::default()
        });
        for region in [
            some(&first.region),
            Some("KZ-75".into()),
            Some("bad".into()),
        ] {
            filters.push(StatsFilter {
                region,
                ..Default::default()
            });
        }
        for status in ["open", "closed", "no-such-status"] {
            filters.push(StatsFilter {
                status: Some(status.into()),
                ..Default::default()
            });
        }
        for act in ["beating", "extortion-bribe", "no-such-act"] {
            filters.push(StatsFilter {
                act: Some(act.into()),
                agency: Some("police-patrol".into()),
                ..Default::default()
            });
            filters.push(StatsFilter {
                act: Some(act.into()),
                ..Default::default()
            });
        }
        let mut queries: Vec<Vec<Dimension>> = Dimension::ALL.iter().map(|d| vec![*d]).collect();
        for (a, b) in [
            (Dimension::Act, Dimension::Country),
            (Dimension::Region, Dimension::Month),
            (Dimension::Centre, Dimension::ActGroup),
            (Dimension::Quarter, Dimension::Agency),
            (Dimension::SexWork, Dimension::Status),
            (Dimension::Substance, Dimension::Year),
        ] {
            queries.push(vec![a, b]);
        }
        let centre_of: Vec<u32> = (0..facts.len()).map(|i| (i % names.len()) as u32).collect();
        let mut compared = 0;
        for by in &queries {
            for (fi, filter) in filters.iter().enumerate() {
                // Every filter with the one-way tables; the crossings with a few.
                if by.len() == 2 && fi % 4 != 0 {
                    continue;
                }
                let q = StatsQuery {
                    by: by.clone(),
                    filter: filter.clone(),
                    min_cell: 3,
                };
                let want = crate::count(&facts, &q).unwrap();
                let mut c = PackedCounter::new(&q).unwrap();
                for (p, centre) in packed.iter().zip(&centre_of) {
                    c.add(p, *centre);
                }
                assert_eq!(c.finish(&names), want, "{by:?} {filter:?}");
                compared += 1;
            }
        }
        assert!(compared > 400, "{compared}");
    }
}
