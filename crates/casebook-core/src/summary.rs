//! What the store indexes about a case: derived from the record, never stored in it,
//! so the index can always be rebuilt from revisions.

use chrono::NaiveDate;

use crate::date::PartialDate;
use crate::model::CaseRecord;

/// One piece of text to index, with the name of what it is (`narrative`, `tag`...), so
/// a search hit can say where it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchPart<'a> {
    pub name: &'static str,
    pub text: &'a str,
}

/// Names [`CaseRecord::search_text`] gives its parts.
pub const SEARCH_PART_NAMES: &[&str] = &[
    "code",
    "pseudonym",
    "narrative",
    "narrative-translation",
    "tag",
    "perpetrator-unit",
    "perpetrator-rank",
    "notes",
    "follow-up-note",
    "findings",
];

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|t| !t.trim().is_empty())
}

fn dedup<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

impl CaseRecord {
    /// The earliest incident date that parses (invalid dates are validation's concern,
    /// not the index's).
    pub fn first_incident_date(&self) -> Option<PartialDate> {
        self.incidents
            .iter()
            .filter_map(|i| i.partial_date().and_then(Result::ok))
            .min()
    }

    /// Country and region from the same source, so they never disagree: the first
    /// incident that names a country, else the survivor.
    fn place(&self) -> (Option<&str>, Option<&str>) {
        if let Some(inc) = self
            .incidents
            .iter()
            .find(|i| non_empty(&i.country).is_some())
        {
            return (non_empty(&inc.country), non_empty(&inc.region));
        }
        (
            non_empty(&self.survivor.country),
            non_empty(&self.survivor.region),
        )
    }

    pub fn country(&self) -> Option<&str> {
        self.place().0
    }

    pub fn region(&self) -> Option<&str> {
        self.place().1
    }

    /// Act type codes across all incidents, each once, in order of first appearance.
    pub fn act_types(&self) -> Vec<&str> {
        dedup(
            self.incidents
                .iter()
                .flat_map(|i| &i.acts)
                .filter_map(|a| non_empty(&a.act_type)),
        )
    }

    /// Agency codes of the perpetrators, each once.
    pub fn agencies(&self) -> Vec<&str> {
        dedup(
            self.perpetrators
                .iter()
                .filter_map(|p| non_empty(&p.agency)),
        )
    }

    /// Destinations whose consent is given and not revoked.
    pub fn consented_destinations(&self) -> Vec<&str> {
        dedup(
            self.consents
                .iter()
                .filter_map(|c| non_empty(&c.destination))
                .filter(|d| self.consent_for(d).is_given()),
        )
    }

    /// Earliest due day of a follow-up not yet done, by the rule of [`crate::due`].
    pub fn next_follow_up_due(&self) -> Option<NaiveDate> {
        // Follow-ups only: the forensic window's length does not matter here.
        crate::due::items(self, NaiveDate::MIN, crate::due::DueRule::default())
            .into_iter()
            .filter(|i| i.is_open() && i.kind == crate::due::DueKind::FollowUp)
            .map(|i| i.due_by)
            .min()
    }

    /// Texts for the full-text index. Identity, witness contacts and perpetrator names
    /// are left out on purpose: a search box must not become a way to look people up.
    pub fn search_text(&self) -> Vec<SearchPart<'_>> {
        let mut parts: Vec<SearchPart<'_>> = Vec::new();
        let out = &mut parts;
        push_part(out, "code", Some(&self.code));
        push_part(out, "pseudonym", Some(&self.survivor.pseudonym));
        for inc in &self.incidents {
            push_part(out, "narrative", inc.narrative.as_deref());
            push_part(
                out,
                "narrative-translation",
                inc.narrative_translation.as_deref(),
            );
        }
        for t in &self.tags {
            push_part(out, "tag", Some(t));
        }
        for p in &self.perpetrators {
            push_part(out, "perpetrator-unit", p.unit.as_deref());
            push_part(out, "perpetrator-rank", p.rank.as_deref());
        }
        push_part(out, "notes", self.notes.as_deref());
        if let Some(r) = &self.responses {
            for f in &r.follow_ups {
                push_part(out, "follow-up-note", f.note.as_deref());
            }
        }
        if let Some(e) = &self.evidence {
            for m in &e.medical_documentation {
                push_part(out, "findings", m.findings.as_deref());
            }
        }
        parts
    }
}

fn push_part<'a>(parts: &mut Vec<SearchPart<'a>>, name: &'static str, text: Option<&'a str>) {
    if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
        parts.push(SearchPart { name, text: t });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn derived_fields() {
        let r = CaseRecord {
            code: "KG-BIS-2025-0003".into(),
            survivor: Survivor {
                pseudonym: "Динара".into(),
                country: Some("KG".into()),
                region: Some("KG-GB".into()),
                ..Default::default()
            },
            perpetrators: vec![
                Perpetrator {
                    agency: Some("patrol-police".into()),
                    unit: Some("ОВД".into()),
                    ..Default::default()
                },
                Perpetrator {
                    agency: Some("patrol-police".into()),
                    ..Default::default()
                },
            ],
            incidents: vec![
                Incident {
                    date: Some("2025-06".into()),
                    date_precision: Some("month".into()),
                    acts: vec![
                        Act {
                            act_type: Some("threats".into()),
                            ..Default::default()
                        },
                        Act {
                            act_type: Some("beating".into()),
                            ..Default::default()
                        },
                    ],
                    ..Default::default()
                },
                Incident {
                    date: Some("2025-05-30".into()),
                    country: Some("KZ".into()),
                    region: Some("KZ-75".into()),
                    narrative: Some("Избили".into()),
                    acts: vec![Act {
                        act_type: Some("threats".into()),
                        ..Default::default()
                    }],
                    ..Default::default()
                },
            ],
            responses: Some(Responses {
                follow_ups: vec![
                    FollowUp {
                        date: Some("2025-06-02".into()),
                        due: Some("2025-06-01".into()),
                        note: Some("done".into()),
                    },
                    FollowUp {
                        due: Some("2025-07-01".into()),
                        ..Default::default()
                    },
                    FollowUp {
                        due: Some("2025-06-20".into()),
                        ..Default::default()
                    },
                ],
                ..Default::default()
            }),
            consents: vec![
                Consent {
                    destination: Some("lawyer".into()),
                    given: Some(true),
                    ..Default::default()
                },
                Consent {
                    destination: Some("documentation".into()),
                    given: Some(true),
                    revoked_at: Some("2025-07-01".into()),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        assert_eq!(r.first_incident_date().unwrap().to_string(), "2025-05-30");
        assert_eq!((r.country(), r.region()), (Some("KZ"), Some("KZ-75")));
        assert_eq!(r.act_types(), ["threats", "beating"]);
        assert_eq!(r.agencies(), ["patrol-police"]);
        assert_eq!(r.consented_destinations(), ["lawyer"]);
        assert_eq!(r.next_follow_up_due(), NaiveDate::from_ymd_opt(2025, 6, 20));
        let parts = r.search_text();
        let names: Vec<_> = parts.iter().map(|p| p.name).collect();
        assert_eq!(
            names,
            [
                "code",
                "pseudonym",
                "narrative",
                "perpetrator-unit",
                "follow-up-note"
            ]
        );
        assert!(names.iter().all(|n| SEARCH_PART_NAMES.contains(n)));
    }

    #[test]
    fn place_falls_back_to_survivor() {
        let r = CaseRecord {
            survivor: Survivor {
                country: Some("GE".into()),
                region: Some("GE-TB".into()),
                ..Default::default()
            },
            incidents: vec![Incident::default()],
            ..Default::default()
        };
        assert_eq!((r.country(), r.region()), (Some("GE"), Some("GE-TB")));
        assert_eq!(r.first_incident_date(), None);
        assert_eq!(r.next_follow_up_due(), None);
    }
}
