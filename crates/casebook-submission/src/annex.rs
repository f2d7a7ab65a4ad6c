//! Many cases → one annex for a country's review by the CEDAW Committee or the
//! Universal Periodic Review.
//!
//! The figures are the statistics engine's own tables (the same consent, the same
//! small-cell suppression); the rights engaged are counted over the same cases and
//! held to the same floor. Case summaries are written only for cases the person
//! chose that carry `un-treaty-bodies` consent, from structured fields: no code, no
//! name, no settlement, the month and year only; the one free text (her account,
//! shortened) goes through the scrubber that also removes places and pseudonym.

use std::collections::BTreeMap;

use casebook_core::facts::{CaseFacts, StatsConsent};
use casebook_core::redact::Scrubber;
use casebook_core::rights::{rights_for_all, Right};
use casebook_core::{vocab, CaseRecord, ConsentState, PartialDate};
use casebook_pdf::Block;
use casebook_stats::{label, Dimension, Scope, StatsFilter, StatsQuery, StatsTable};
use casebook_store::Vault;

use crate::communication::Writer;
use crate::mechanism::{Thematic, TREATY_BODIES};
use crate::SubmissionError;

/// Most case summaries one annex holds: an annex argues a pattern with figures;
/// a few cases illustrate it, and the word limit leaves room for no more.
pub const MAX_SUMMARIES: usize = 10;
/// Words of her account kept in a summary.
const SUMMARY_WORDS: usize = 80;

/// The tables of the annex, with their headings, in the order printed.
const TABLES: [(Dimension, &str); 8] = [
    (Dimension::ActGroup, "sub-table-act-group"),
    (Dimension::Act, "sub-table-act"),
    (Dimension::Agency, "sub-table-agency"),
    (Dimension::LocationType, "sub-table-location"),
    (Dimension::MedicalAttention, "sub-table-medical"),
    (Dimension::ComplaintBody, "sub-table-complaint-body"),
    (Dimension::ComplaintResponse, "sub-table-complaint-response"),
    (Dimension::ComplaintOutcome, "sub-table-complaint-outcome"),
];

/// A country code as typed, checked and upper-cased.
pub fn country_code(text: &str) -> Result<String, SubmissionError> {
    let c = text.trim().to_ascii_uppercase();
    if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(SubmissionError::BadCountry(text.to_owned()))
    }
}

/// Refuses a case the annex may not summarise.
pub(crate) fn check_summary_case(
    code: &str,
    record: &CaseRecord,
    country: &str,
) -> Result<(), SubmissionError> {
    let state = match record.consent_for(TREATY_BODIES) {
        ConsentState::Given { .. } => None,
        ConsentState::Missing => Some("missing"),
        ConsentState::Refused => Some("refused"),
        ConsentState::Revoked => Some("revoked"),
    };
    if let Some(state) = state {
        return Err(SubmissionError::CaseConsent {
            case: code.to_owned(),
            state,
        });
    }
    let here = record
        .incidents
        .iter()
        .filter_map(|i| i.country.as_deref())
        .chain(record.survivor.country.as_deref())
        .any(|c| c == country);
    if !here {
        return Err(SubmissionError::CaseCountry {
            case: code.to_owned(),
            country: country.to_owned(),
        });
    }
    Ok(())
}

/// Cases by right engaged, over the facts the statistics count, small counts hidden.
fn rights_counts(
    facts: &[CaseFacts],
    filter: &StatsFilter,
    k: u32,
) -> (Vec<(Right, Option<u64>)>, u64) {
    let mut counts: BTreeMap<(usize, &'static str), (Right, u64)> = BTreeMap::new();
    let mut total = 0;
    for f in facts
        .iter()
        .filter(|f| f.consent == StatsConsent::Given && filter.matches(f))
    {
        total += 1;
        for r in rights_for_all(f.acts.iter().map(String::as_str)) {
            let order = casebook_core::rights::Instrument::ALL
                .iter()
                .position(|i| *i == r.instrument)
                .unwrap_or(usize::MAX);
            counts.entry((order, r.article)).or_insert((r, 0)).1 += 1;
        }
    }
    let values: Vec<u64> = counts.values().map(|(_, n)| *n).collect();
    // A case counts under several rights, so no count is the sum of others: only
    // the floor applies.
    let hidden = casebook_stats::suppress::suppress(&values, &[], u64::from(k));
    let rows = counts
        .into_values()
        .zip(hidden)
        .map(|((r, n), h)| (r, (!h).then_some(n)))
        .collect();
    (rows, total)
}

pub(crate) struct AnnexInput<'a> {
    pub report: Thematic,
    pub country: &'a str,
    pub filter: StatsFilter,
    pub min_cell: u32,
    /// The chosen cases, already checked.
    pub cases: Vec<CaseRecord>,
}

pub(crate) fn tables(
    vault: &Vault,
    filter: &StatsFilter,
    k: u32,
) -> Result<Vec<StatsTable>, SubmissionError> {
    let queries: Vec<StatsQuery> = TABLES
        .iter()
        .map(|(d, _)| StatsQuery {
            by: vec![*d],
            filter: filter.clone(),
            min_cell: k,
        })
        .collect();
    Ok(Scope::Cases.count_all(vault, &queries)?)
}

pub(crate) fn build(
    w: &mut Writer<'_>,
    input: &AnnexInput<'_>,
    tables: &[StatsTable],
    facts: &[CaseFacts],
) {
    let k = input.min_cell;
    let country = w.country(Some(input.country));
    let intro = w.args(
        &format!("sub-thematic-intro-{}", input.report.code()),
        &[("country", &country)],
    );
    w.push(Block::Paragraph(intro));
    let period = period_text(w, &input.filter);
    let (rights, counted) = rights_counts(facts, &input.filter, k);
    let counted = label::count(
        (counted == 0 || counted >= u64::from(k)).then_some(counted),
        k,
    );
    let rows = vec![
        (w.msg("sub-field-country"), country),
        (w.msg("sub-field-period"), period),
        (w.msg("sub-field-cases-counted"), counted),
    ];
    w.push(Block::Fields(rows));

    w.push(Block::Heading {
        text: w.msg("sub-thematic-figures"),
        level: 1,
    });
    let method = w.args("sub-thematic-method", &[("k", &k.to_string())]);
    w.push(Block::Note(method));
    let hidden = w.args("sub-hidden", &[("k", &k.to_string())]);
    for (t, (dim, title)) in tables.iter().zip(TABLES) {
        let rows: Vec<Vec<String>> = t.keys[0]
            .iter()
            .zip(&t.cells)
            .filter(|(_, c)| **c != Some(0))
            .map(|(key, c)| {
                vec![
                    casebook_stats::label::key(w.fmt.l, dim, key),
                    c.map_or_else(|| hidden.clone(), |n| n.to_string()),
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        w.push(Block::Heading {
            text: w.msg(title),
            level: 2,
        });
        w.push(Block::Table {
            header: vec![label::dimension(w.fmt.l, dim), w.msg("sub-col-count")],
            widths: vec![0.75, 0.25],
            rows,
        });
    }

    w.push(Block::Heading {
        text: w.msg("sub-thematic-rights"),
        level: 1,
    });
    w.push(Block::Note(w.msg("sub-rights-intro")));
    let rows: Vec<Vec<String>> = rights
        .iter()
        .map(|(r, n)| {
            vec![
                w.fmt
                    .msg(&format!("pdf-instrument-name-{}", r.instrument.code())),
                w.fmt.right(r),
                n.map_or_else(|| hidden.clone(), |n| n.to_string()),
            ]
        })
        .collect();
    if rows.is_empty() {
        w.push(Block::Paragraph(w.msg("pdf-none")));
    } else {
        w.push(Block::Table {
            header: vec![
                w.msg("pdf-col-instrument"),
                w.msg("sub-col-provision"),
                w.msg("sub-col-count"),
            ],
            widths: vec![0.5, 0.3, 0.2],
            rows,
        });
    }

    w.push(Block::Heading {
        text: w.msg("sub-thematic-summaries"),
        level: 1,
    });
    if input.cases.is_empty() {
        w.push(Block::Paragraph(w.msg("sub-thematic-summaries-none")));
    } else {
        w.push(Block::Note(w.msg("sub-thematic-summaries-intro")));
        for (n, record) in input.cases.iter().enumerate() {
            summary(w, n + 1, record);
        }
    }
}

fn period_text(w: &Writer<'_>, f: &StatsFilter) -> String {
    let month = |m: casebook_stats::Month| {
        w.fmt.partial_date(&PartialDate::Month {
            year: m.year,
            month: m.month,
        })
    };
    match (f.from, f.to) {
        (None, None) => w.msg("sub-period-all"),
        (Some(a), Some(b)) => w.args(
            "sub-period-from-to",
            &[("from", &month(a)), ("to", &month(b))],
        ),
        (Some(a), None) => w.args("sub-period-from", &[("from", &month(a))]),
        (None, Some(b)) => w.args("sub-period-to", &[("to", &month(b))]),
    }
}

/// One case, told without anything that points to her.
fn summary(w: &mut Writer<'_>, n: usize, r: &CaseRecord) {
    let mut scrub = Scrubber::for_record(r);
    scrub.add_places_and_pseudonym(r);
    let first = r.incidents.first();
    let date = first
        .and_then(|i| i.partial_date())
        .and_then(Result::ok)
        .map(|d| {
            // To the month at most: a day and a place find her.
            let start = d.start();
            let shown = match d {
                PartialDate::Year(_) => d,
                _ => PartialDate::Month {
                    year: chrono::Datelike::year(&start),
                    month: chrono::Datelike::month(&start),
                },
            };
            w.fmt.partial_date(&shown)
        })
        .unwrap_or_default();
    let place = first
        .map(|i| {
            [
                w.region(i.region.as_deref()),
                w.country(i.country.as_deref()),
            ]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
        })
        .unwrap_or_default();
    let title = w.args(
        "sub-thematic-summary",
        &[("n", &n.to_string()), ("date", &date), ("place", &place)],
    );
    w.push(Block::Heading {
        text: title,
        level: 2,
    });
    let acts: Vec<&str> = r
        .incidents
        .iter()
        .flat_map(|i| &i.acts)
        .filter_map(|a| a.act_type.as_deref())
        .collect();
    let mut acts_words: Vec<String> = vec![];
    for a in &acts {
        let word = w.fmt.word("act-type", Some(a), None);
        if !acts_words.contains(&word) {
            acts_words.push(word);
        }
    }
    let agencies: Vec<String> = r
        .perpetrators
        .iter()
        .filter_map(|p| p.agency.as_deref())
        .filter(|a| *a != vocab::OTHER)
        .map(|a| w.fmt.word("agency", Some(a), None))
        .collect();
    let held: Vec<String> = r
        .incidents
        .iter()
        .filter_map(|i| i.detention.as_ref())
        .filter(|d| d.detained == Some(true))
        .filter_map(|d| d.duration_hours)
        .map(|h| w.args("pdf-hours", &[("n", &h.to_string())]))
        .collect();
    let complaints: Vec<String> = r
        .responses
        .iter()
        .flat_map(|x| &x.complaints)
        .map(|c| {
            [
                w.fmt.word("complaint-body", c.body.as_deref(), None),
                w.fmt
                    .word("complaint-response", c.response.as_deref(), None),
                w.fmt.word("complaint-outcome", c.outcome.as_deref(), None),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" — ")
        })
        .collect();
    let rows = vec![
        (w.msg("pdf-field-what"), acts_words.join(", ")),
        (w.msg("pdf-field-by-whom"), agencies.join(", ")),
        (
            w.msg("pdf-field-location-type"),
            first
                .map(|i| {
                    w.fmt
                        .word("location-type", i.location_type.as_deref(), None)
                })
                .unwrap_or_default(),
        ),
        (w.msg("pdf-field-detention-hours"), held.join(", ")),
        (w.msg("pdf-complaints"), complaints.join("; ")),
    ];
    w.push(Block::Fields(rows));
    // Her account in the draft's language where the case has it: the translation
    // for English, her own words otherwise.
    let account = first.and_then(|i| {
        let own = i.narrative.as_deref().filter(|t| !t.trim().is_empty());
        let translated = i
            .narrative_translation
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        if w.lang == "en" {
            translated.or(own)
        } else {
            own.or(translated)
        }
    });
    if let Some(text) = account {
        let clean = scrub.text(text);
        let words: Vec<&str> = clean.split_whitespace().collect();
        let mut short = words
            .iter()
            .take(SUMMARY_WORDS)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if words.len() > SUMMARY_WORDS {
            short.push_str(" …");
        }
        w.push(Block::Paragraph(short));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn country_codes() {
        assert_eq!(country_code(" kz").unwrap(), "KZ");
        assert!(country_code("KAZ").is_err());
        assert!(country_code("K1").is_err());
    }

    #[test]
    fn rights_are_counted_once_per_case_and_small_counts_hidden() {
        let mk = |acts: &[&str]| CaseFacts {
            consent: StatsConsent::Given,
            country: Some("KZ".into()),
            acts: acts.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        };
        let mut facts: Vec<CaseFacts> = (0..6).map(|_| mk(&["beating", "burns"])).collect();
        facts.push(mk(&["ost-denied-in-custody"]));
        let mut refused = mk(&["ost-denied-in-custody"]);
        refused.consent = StatsConsent::Refused;
        facts.push(refused);
        let (rows, total) = rights_counts(&facts, &StatsFilter::default(), 5);
        assert_eq!(total, 7);
        let cat1 = rows
            .iter()
            .find(|(r, _)| r.to_string() == "CAT art. 1")
            .unwrap();
        // Beating and burns both engage CAT 1: six cases, not twelve.
        assert_eq!(cat1.1, Some(6));
        let icescr = rows
            .iter()
            .find(|(r, _)| r.instrument == casebook_core::rights::Instrument::Icescr)
            .unwrap();
        assert_eq!(icescr.1, None, "one case is under the floor");
    }
}
