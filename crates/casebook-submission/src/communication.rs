//! One case → one draft communication to a Special Procedure.
//!
//! What the case does not hold is never invented: it becomes a visible
//! "[to be completed: …]" marker naming what is missing, and the same list opens the
//! draft as a checklist. Under an `anonymised` consent nothing that identifies her
//! reaches the draft: no identity block, no witness, no perpetrator's name, no
//! attachment's name, no settlement, and every free text goes through the one
//! scrubber every pseudonymised output uses, which here also removes the settlements
//! and her pseudonym (she is "Ms A.").

use casebook_core::model::{Consent, Incident};
use casebook_core::redact::Scrubber;
use casebook_core::rights::{rights_for_all, Right};
use casebook_core::{vocab, CaseRecord};
use casebook_i18n::gazetteer;
use casebook_pdf::{Block, Fmt};
use casebook_store::Organisation;

use crate::mechanism::{Mechanism, Section, SPECIAL_PROCEDURES};

/// Whether the draft may name her, from her `un-special-procedures` consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    Named,
    Anonymised,
}

/// Collects the draft's blocks and what is missing from the case.
pub(crate) struct Writer<'a> {
    pub fmt: Fmt<'a>,
    pub lang: &'a str,
    pub blocks: Vec<Block>,
    /// What the case lacks, in the reader's words, in the order first met.
    pub missing: Vec<String>,
}

impl<'a> Writer<'a> {
    pub fn new(fmt: Fmt<'a>, lang: &'a str) -> Self {
        Writer {
            fmt,
            lang,
            blocks: vec![],
            missing: vec![],
        }
    }

    pub fn msg(&self, id: &str) -> String {
        self.fmt.msg(id)
    }

    pub fn args(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.fmt.msg_args(id, args)
    }

    /// The marker for a missing item (`sub-need-…`), noted for the checklist.
    pub fn need(&mut self, id: &str) -> String {
        let what = self.msg(id);
        let marker = self.args("sub-missing", &[("what", &what)]);
        if !self.missing.contains(&what) {
            self.missing.push(what);
        }
        marker
    }

    /// `value`, or the marker for it when the case does not hold it.
    pub fn or_need(&mut self, value: String, id: &str) -> String {
        if value.trim().is_empty() {
            self.need(id)
        } else {
            value
        }
    }

    pub fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    pub fn heading(&mut self, n: usize, id: &str) {
        let title = self.msg(id);
        let text = self.args("sub-section", &[("n", &n.to_string()), ("title", &title)]);
        self.push(Block::Heading { text, level: 1 });
    }

    pub fn paragraph(&mut self, id: &str) {
        let t = self.msg(id);
        self.push(Block::Paragraph(t));
    }

    pub fn note(&mut self, id: &str) {
        let t = self.msg(id);
        self.push(Block::Note(t));
    }

    pub fn country(&self, code: Option<&str>) -> String {
        code.filter(|c| !c.trim().is_empty())
            .map(|c| gazetteer::country(c, self.lang))
            .unwrap_or_default()
    }

    pub fn region(&self, code: Option<&str>) -> String {
        code.filter(|c| !c.trim().is_empty())
            .map(|c| gazetteer::region(c, self.lang))
            .unwrap_or_default()
    }
}

/// A finished draft's content, before it becomes a file.
#[derive(Debug)]
pub(crate) struct Body {
    pub blocks: Vec<Block>,
    pub missing: Vec<String>,
}

pub(crate) struct Communication<'a> {
    pub w: Writer<'a>,
    pub record: &'a CaseRecord,
    pub mechanism: Mechanism,
    pub identity: Identity,
    pub org: &'a Organisation,
    scrubber: Option<Scrubber>,
}

fn filled(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|v| !v.trim().is_empty())
}

/// Joins the non-empty parts with ", ".
fn join<'s>(parts: impl IntoIterator<Item = &'s str>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'a> Communication<'a> {
    pub fn new(
        w: Writer<'a>,
        record: &'a CaseRecord,
        mechanism: Mechanism,
        identity: Identity,
        org: &'a Organisation,
    ) -> Self {
        let scrubber = (identity == Identity::Anonymised).then(|| {
            let mut s = Scrubber::for_record(record);
            s.add_places_and_pseudonym(record);
            s
        });
        Communication {
            w,
            record,
            mechanism,
            identity,
            org,
            scrubber,
        }
    }

    fn named(&self) -> bool {
        self.identity == Identity::Named
    }

    /// Free text as the draft may show it.
    fn clean(&self, text: &str) -> String {
        match &self.scrubber {
            Some(s) => s.text(text),
            None => text.to_owned(),
        }
    }

    fn clean_opt(&self, text: &Option<String>) -> String {
        filled(text).map(|t| self.clean(t)).unwrap_or_default()
    }

    fn word(&self, list: &str, code: &Option<String>, other: &Option<String>) -> String {
        let w = self.w.fmt.word(list, code.as_deref(), other.as_deref());
        // The "other" note is free text too.
        if other.is_some() {
            self.clean(&w)
        } else {
            w
        }
    }

    fn sp_consent(&self) -> Option<&Consent> {
        self.record.consent_entry(SPECIAL_PROCEDURES)
    }

    /// The sections of the mechanism's questionnaire.
    pub fn build(mut self) -> Body {
        for (i, s) in self.mechanism.sections().iter().enumerate() {
            self.w.heading(i + 1, s.title_id());
            match s {
                Section::Source => self.source(),
                Section::Victim => self.victim(),
                Section::State => self.state(),
                Section::Facts => self.facts(),
                Section::Acts => self.acts(),
                Section::Perpetrators => self.perpetrators(),
                Section::Arrest => self.arrest(),
                Section::Detention => self.detention(),
                Section::Arbitrary => self.arbitrary(),
                Section::Health => self.health(),
                Section::Medical => self.medical(),
                Section::Evidence => self.evidence(),
                Section::Remedies => self.remedies(),
                Section::Rights => self.rights(),
                Section::Consent => self.consent(),
            }
        }
        Body {
            blocks: self.w.blocks,
            missing: self.w.missing,
        }
    }

    fn source(&mut self) {
        let name = if self.org.name.trim().is_empty() {
            filled(
                &self
                    .record
                    .intake
                    .as_ref()
                    .and_then(|i| i.organisation.clone()),
            )
            .unwrap_or_default()
            .to_owned()
        } else {
            self.org.name.clone()
        };
        let rows = vec![
            (
                self.w.msg("sub-field-organisation"),
                self.w.or_need(name, "sub-need-organisation"),
            ),
            (
                self.w.msg("sub-field-contact"),
                self.w.or_need(self.org.contact.clone(), "sub-need-contact"),
            ),
        ];
        self.w.push(Block::Fields(rows));
        self.w.note("sub-source-confidential");
    }

    fn victim(&mut self) {
        let s = &self.record.survivor;
        let id = s.identity.clone().unwrap_or_default();
        let withheld = self.w.msg("sub-withheld");
        let mut rows = vec![];
        if self.named() {
            let name = filled(&id.legal_name).unwrap_or_default().to_owned();
            rows.push((
                self.w.msg("pdf-field-legal-name"),
                self.w.or_need(name, "sub-need-legal-name"),
            ));
            rows.push((self.w.msg("pdf-field-pseudonym"), s.pseudonym.clone()));
            let dob = self.w.fmt.date_text(id.date_of_birth.as_deref());
            rows.push((
                self.w.msg("pdf-field-date-of-birth"),
                self.w.or_need(dob, "sub-need-date-of-birth"),
            ));
            if self.mechanism == Mechanism::Wgad {
                rows.push((
                    self.w.msg("pdf-field-id-document"),
                    filled(&id.id_document).unwrap_or_default().to_owned(),
                ));
            }
        } else {
            rows.push((
                self.w.msg("sub-field-name-used"),
                self.w.msg("sub-anonymous-label"),
            ));
            rows.push((self.w.msg("pdf-field-legal-name"), withheld.clone()));
            rows.push((self.w.msg("pdf-field-date-of-birth"), withheld));
        }
        let age = match (s.age, &s.age_band) {
            (Some(a), _) => a.to_string(),
            (None, band) => self.w.fmt.word("age-band", band.as_deref(), None),
        };
        rows.push((self.w.msg("pdf-field-age"), age));
        rows.push((
            self.w.msg("pdf-field-gender"),
            self.word("gender", &s.gender, &s.gender_other),
        ));
        let citizenship = if s.stateless == Some(true) {
            self.w.msg("pdf-stateless")
        } else {
            self.w.country(s.citizenship.as_deref())
        };
        rows.push((self.w.msg("pdf-field-citizenship"), citizenship));
        let settlement = if self.named() {
            filled(&s.settlement).unwrap_or_default().to_owned()
        } else {
            String::new()
        };
        let residence = join([
            settlement.as_str(),
            &self.w.region(s.region.as_deref()),
            &self.w.country(s.country.as_deref()),
        ]);
        rows.push((self.w.msg("pdf-field-residence"), residence));
        rows.push((
            self.w.msg("pdf-field-pregnant"),
            self.w.fmt.yes_no(s.pregnant_at_incident),
        ));
        rows.push((
            self.w.msg("pdf-field-children"),
            self.w.fmt.yes_no(s.has_children),
        ));
        // What makes her a woman who uses drugs, for the mechanisms that look at
        // discrimination and health.
        if matches!(self.mechanism, Mechanism::SrVaw | Mechanism::SrHealth) {
            rows.push((
                self.w.msg("pdf-field-substances"),
                self.w.fmt.words("substance", &s.substances),
            ));
            rows.push((
                self.w.msg("pdf-field-ost-client"),
                self.w.fmt.yes_no(s.ost_client),
            ));
            rows.push((
                self.w.msg("pdf-field-sex-work"),
                self.w.fmt.yes_no(s.sex_work),
            ));
        }
        self.w.push(Block::Fields(rows));
    }

    fn state(&mut self) {
        let code = self
            .record
            .incidents
            .iter()
            .find_map(|i| filled(&i.country))
            .or(filled(&self.record.survivor.country));
        let state = self.w.country(code);
        let state = self.w.or_need(state, "sub-need-state");
        let label = self.w.msg("sub-field-state");
        self.w.push(Block::Fields(vec![(label, state)]));
    }

    fn incident_date(&mut self, i: &Incident) -> String {
        match i.partial_date() {
            Some(Ok(d)) => self.w.fmt.partial_date(&d),
            _ => self.w.need("sub-need-incident-date"),
        }
    }

    fn place(&self, i: &Incident) -> String {
        let settlement = if self.named() {
            filled(&i.settlement).unwrap_or_default()
        } else {
            ""
        };
        join([
            settlement,
            &self.w.region(i.region.as_deref()),
            &self.w.country(i.country.as_deref()),
        ])
    }

    fn facts(&mut self) {
        if self.record.incidents.is_empty() {
            let m = self.w.need("sub-need-incident");
            self.w.push(Block::Paragraph(m));
            return;
        }
        let incidents = self.record.incidents.clone();
        for (n, i) in incidents.iter().enumerate() {
            let date = self.incident_date(i);
            let title = self.w.args(
                "pdf-incident-title",
                &[("n", &(n + 1).to_string()), ("date", &date)],
            );
            self.w.push(Block::Heading {
                text: title,
                level: 2,
            });
            let place = self.place(i);
            let place = self.w.or_need(place, "sub-need-place");
            let time = match filled(&i.time_of_day) {
                Some(t) if vocab::is_known("time-of-day", t) => {
                    self.w.fmt.word("time-of-day", Some(t), None)
                }
                Some(t) => t.to_owned(),
                None => String::new(),
            };
            let rows = vec![
                (self.w.msg("pdf-field-date"), date),
                (self.w.msg("pdf-field-time-of-day"), time),
                (self.w.msg("pdf-field-place"), place),
                (
                    self.w.msg("pdf-field-location-type"),
                    self.word("location-type", &i.location_type, &i.location_type_other),
                ),
            ];
            self.w.push(Block::Fields(rows));
            match filled(&i.narrative) {
                Some(text) => {
                    let label = self.w.msg("pdf-narrative-original");
                    self.w.push(Block::Heading {
                        text: label,
                        level: 2,
                    });
                    let t = self.clean(text);
                    self.w.push(Block::Paragraph(t));
                    let label = self.w.msg("pdf-narrative-translation");
                    self.w.push(Block::Heading {
                        text: label,
                        level: 2,
                    });
                    let t = match filled(&i.narrative_translation) {
                        Some(t) => self.clean(t),
                        None => self.w.need("sub-need-translation"),
                    };
                    self.w.push(Block::Paragraph(t));
                }
                None => {
                    let m = self.w.need("sub-need-narrative");
                    self.w.push(Block::Paragraph(m));
                }
            }
            let witnesses = i.witnesses.len();
            if witnesses > 0 {
                let willing = i
                    .witnesses
                    .iter()
                    .filter(|w| w.willing_to_testify == Some(true))
                    .count();
                // Never their names or contacts: how many, and how many would speak.
                let label = self.w.msg("pdf-witnesses");
                let willing_label = self.w.msg("pdf-col-willing");
                self.w.push(Block::Fields(vec![
                    (label, witnesses.to_string()),
                    (willing_label, willing.to_string()),
                ]));
            }
        }
    }

    /// "Agency, unit, rank" of the perpetrators an act names.
    fn by_whom(&self, refs: &[String]) -> String {
        refs.iter()
            .filter_map(|r| self.record.perpetrator(r))
            .map(|p| {
                join([
                    self.word("agency", &p.agency, &p.agency_other).as_str(),
                    &self.clean_opt(&p.unit),
                    &self.clean_opt(&p.rank),
                ])
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn acts(&mut self) {
        let acts: Vec<_> = self
            .record
            .incidents
            .iter()
            .flat_map(|i| i.acts.iter())
            .cloned()
            .collect();
        if acts.is_empty() {
            let m = self.w.need("sub-need-acts");
            self.w.push(Block::Paragraph(m));
            return;
        }
        let mut any_consequence = false;
        for (n, a) in acts.iter().enumerate() {
            let act = self.word("act-type", &a.act_type, &a.act_type_other);
            let title = self.w.args(
                "pdf-act-title",
                &[("n", &(n + 1).to_string()), ("act", &act)],
            );
            self.w.push(Block::Heading {
                text: title,
                level: 2,
            });
            let physical = self.clean_opt(&a.physical_consequences);
            let psychological = self.clean_opt(&a.psychological_consequences);
            any_consequence |= !physical.is_empty() || !psychological.is_empty();
            let rights: Vec<String> = a
                .act_type
                .iter()
                .flat_map(|t| rights_for_all([t.as_str()]))
                .map(|r| self.w.fmt.right(&r))
                .collect();
            let rows = vec![
                (
                    self.w.msg("pdf-field-act-group"),
                    self.w.fmt.word(
                        "act-group",
                        a.act_type.as_deref().and_then(vocab::act_group),
                        None,
                    ),
                ),
                (
                    self.w.msg("pdf-field-perpetrators"),
                    self.by_whom(&a.perpetrators),
                ),
                (
                    self.w.msg("pdf-field-intent"),
                    self.word("intent", &a.intent, &a.intent_other),
                ),
                (self.w.msg("pdf-field-physical"), physical),
                (self.w.msg("pdf-field-psychological"), psychological),
                (
                    self.w.msg("pdf-field-medical-attention"),
                    self.word(
                        "medical-attention",
                        &a.medical_attention,
                        &a.medical_attention_other,
                    ),
                ),
                (self.w.msg("pdf-field-rights"), rights.join("; ")),
            ];
            self.w.push(Block::Fields(rows));
        }
        if !any_consequence {
            let m = self.w.need("sub-need-consequences");
            self.w.push(Block::Paragraph(m));
        }
    }

    fn perpetrators(&mut self) {
        let ps = self.record.perpetrators.clone();
        if ps.is_empty() {
            let m = self.w.need("sub-need-perpetrators");
            self.w.push(Block::Paragraph(m));
            return;
        }
        for (n, p) in ps.iter().enumerate() {
            let title = self
                .w
                .args("pdf-perpetrator-title", &[("n", &(n + 1).to_string())]);
            self.w.push(Block::Heading {
                text: title,
                level: 2,
            });
            let mut rows = vec![
                (
                    self.w.msg("pdf-field-agency"),
                    self.word("agency", &p.agency, &p.agency_other),
                ),
                (self.w.msg("pdf-field-unit"), self.clean_opt(&p.unit)),
                (self.w.msg("pdf-field-rank"), self.clean_opt(&p.rank)),
            ];
            // A perpetrator's name only when she agreed to be named herself: a
            // name ties the communication to her as surely as her own.
            if self.named() {
                rows.push((
                    self.w.msg("pdf-field-name"),
                    filled(&p.name).unwrap_or_default().to_owned(),
                ));
            }
            rows.extend([
                (
                    self.w.msg("pdf-field-badge"),
                    self.clean_opt(&p.badge_number),
                ),
                (
                    self.w.msg("pdf-field-uniformed"),
                    self.w.fmt.word("tri-state", p.uniformed.as_deref(), None),
                ),
                (
                    self.w.msg("pdf-field-count"),
                    p.count.map(|c| c.to_string()).unwrap_or_default(),
                ),
                (
                    self.w.msg("pdf-field-involvement"),
                    self.word("involvement", &p.involvement, &p.involvement_other),
                ),
            ]);
            self.w.push(Block::Fields(rows));
        }
    }

    /// Incidents in which she was held.
    fn detentions(&self) -> Vec<&'a Incident> {
        self.record
            .incidents
            .iter()
            .filter(|i| {
                i.detention
                    .as_ref()
                    .is_some_and(|d| d.detained == Some(true))
            })
            .collect()
    }

    fn arrest(&mut self) {
        let held = self.detentions();
        let Some(i) = held.first().copied() else {
            let m = self.w.need("sub-need-detention");
            self.w.push(Block::Paragraph(m));
            return;
        };
        let date = self.incident_date(i);
        let place = self.place(i);
        let place = self.w.or_need(place, "sub-need-place");
        let by = self.by_whom(
            &i.acts
                .iter()
                .flat_map(|a| a.perpetrators.iter().cloned())
                .collect::<Vec<_>>(),
        );
        let by = self.w.or_need(by, "sub-need-perpetrators");
        let rows = vec![
            (self.w.msg("sub-field-arrest-date"), date),
            (self.w.msg("sub-field-arrest-place"), place),
            (self.w.msg("sub-field-arrest-by"), by),
            (
                self.w.msg("sub-field-warrant"),
                self.w.need("sub-need-warrant"),
            ),
            (
                self.w.msg("sub-field-arrest-reasons"),
                self.w.need("sub-need-arrest-reasons"),
            ),
            (
                self.w.msg("sub-field-legal-basis"),
                self.w.need("sub-need-legal-basis"),
            ),
        ];
        self.w.push(Block::Fields(rows));
    }

    fn detention(&mut self) {
        let held = self.detentions();
        if held.is_empty() {
            if self.mechanism == Mechanism::Wgad {
                let m = self.w.need("sub-need-detention");
                self.w.push(Block::Paragraph(m));
            } else {
                let none = self.w.msg("pdf-none");
                self.w.push(Block::Paragraph(none));
            }
            return;
        }
        for i in held {
            let Some(d) = i.detention.as_ref() else {
                continue;
            };
            let date = self.incident_date(i);
            let hours = d
                .duration_hours
                .map(|h| self.w.args("pdf-hours", &[("n", &h.to_string())]))
                .unwrap_or_default();
            let mut rows = vec![
                (self.w.msg("pdf-field-date"), date),
                (
                    self.w.msg("pdf-field-location-type"),
                    self.word("location-type", &i.location_type, &i.location_type_other),
                ),
            ];
            if self.mechanism == Mechanism::Wgad {
                let place = self.place(i);
                let place = self.w.or_need(place, "sub-need-detention-place");
                rows.push((self.w.msg("sub-field-detention-place"), place));
            }
            rows.extend([
                (self.w.msg("pdf-field-detention-hours"), hours),
                (
                    self.w.msg("pdf-field-protocol"),
                    self.w
                        .fmt
                        .word("tri-state", d.protocol_drawn_up.as_deref(), None),
                ),
                (
                    self.w.msg("pdf-field-released-how"),
                    self.clean_opt(&d.released_how),
                ),
            ]);
            self.w.push(Block::Fields(rows));
        }
    }

    /// Act types of the case that belong to `groups`.
    fn acts_in(&self, groups: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        for a in self.record.incidents.iter().flat_map(|i| &i.acts) {
            let Some(t) = a.act_type.as_deref() else {
                continue;
            };
            if vocab::act_group(t).is_some_and(|g| groups.contains(&g)) {
                let w = self.w.fmt.word("act-type", Some(t), None);
                if !out.contains(&w) {
                    out.push(w);
                }
            }
        }
        out
    }

    fn arbitrary(&mut self) {
        self.w.paragraph("sub-arbitrary-intro");
        let facts = self.acts_in(&["liberty", "coercion", "procedure"]);
        if !facts.is_empty() {
            let label = self.w.msg("sub-arbitrary-facts");
            self.w.push(Block::Heading {
                text: label,
                level: 2,
            });
            self.w.push(Block::Bullets(facts));
        }
        let m = self.w.need("sub-need-arbitrary");
        self.w.push(Block::Paragraph(m));
    }

    fn health(&mut self) {
        self.w.note("sub-health-intro");
        let s = &self.record.survivor;
        let rows = vec![
            (
                self.w.msg("pdf-field-ost-client"),
                self.w.fmt.yes_no(s.ost_client),
            ),
            (
                self.w.msg("pdf-field-harm-reduction"),
                self.w.fmt.yes_no(s.harm_reduction_client),
            ),
            (
                self.w.msg("pdf-field-hiv"),
                self.w.fmt.word("hiv-status", s.hiv_status.as_deref(), None),
            ),
            (self.w.msg("pdf-field-on-art"), self.w.fmt.yes_no(s.on_art)),
        ];
        self.w.push(Block::Fields(rows));
        let acts = self.acts_in(&["health"]);
        if acts.is_empty() {
            let m = self.w.need("sub-need-health");
            self.w.push(Block::Paragraph(m));
        } else {
            let label = self.w.msg("sub-health-acts");
            self.w.push(Block::Heading {
                text: label,
                level: 2,
            });
            self.w.push(Block::Bullets(acts));
        }
    }

    fn medical(&mut self) {
        let docs = self
            .record
            .evidence
            .as_ref()
            .map(|e| e.medical_documentation.clone())
            .unwrap_or_default();
        if docs.is_empty() {
            let m = self.w.need("sub-need-medical");
            self.w.push(Block::Paragraph(m));
            return;
        }
        for d in &docs {
            let marks = d
                .body_marks
                .iter()
                .map(|m| {
                    let region = self.word("body-region", &m.region, &m.region_other);
                    let desc = self.clean_opt(&m.description);
                    join([region.as_str(), desc.as_str()])
                })
                .collect::<Vec<_>>()
                .join("; ");
            let mut rows = vec![(
                self.w.msg("pdf-field-exam-date"),
                self.w.fmt.date_text(d.date.as_deref()),
            )];
            // The examiner is named only with her consent to be named: a small
            // clinic's doctor points to the patient.
            if self.named() {
                rows.push((
                    self.w.msg("pdf-field-examiner"),
                    filled(&d.examiner).unwrap_or_default().to_owned(),
                ));
                rows.push((
                    self.w.msg("pdf-field-institution"),
                    filled(&d.institution).unwrap_or_default().to_owned(),
                ));
            }
            rows.extend([
                (
                    self.w.msg("pdf-field-findings"),
                    self.clean_opt(&d.findings),
                ),
                (self.w.msg("pdf-col-body-region"), marks),
                (
                    self.w.msg("pdf-field-consistency"),
                    self.w
                        .fmt
                        .word("consistency", d.consistency.as_deref(), None),
                ),
            ]);
            self.w.push(Block::Fields(rows));
        }
    }

    fn evidence(&mut self) {
        let items = self
            .record
            .evidence
            .as_ref()
            .map(|e| e.attachments.clone())
            .unwrap_or_default();
        if items.is_empty() {
            let none = self.w.msg("pdf-none");
            self.w.push(Block::Paragraph(none));
            return;
        }
        self.w.note("sub-evidence-intro");
        let header = vec![
            self.w.msg("pdf-col-type-size"),
            self.w.msg("pdf-col-date"),
            self.w.msg("cv-sha256"),
        ];
        // Type, date and hash: never the file's name or description, which are
        // written by people and name people.
        let rows = items
            .iter()
            .map(|a| {
                let kind = join([
                    a.media_type.as_deref().unwrap_or_default(),
                    &a.size.map(|s| self.w.fmt.size(s)).unwrap_or_default(),
                ]);
                let when = a.captured_at.as_deref().or(a.received_at.as_deref());
                let date = when
                    .map(|t| self.w.fmt.date_text(Some(t.get(..10).unwrap_or(t))))
                    .unwrap_or_default();
                vec![kind, date, a.sha256.clone().unwrap_or_default()]
            })
            .collect();
        self.w.push(Block::Table {
            header,
            widths: vec![0.28, 0.2, 0.52],
            rows,
        });
    }

    fn remedies(&mut self) {
        let complaints = self
            .record
            .responses
            .as_ref()
            .map(|r| r.complaints.clone())
            .unwrap_or_default();
        if complaints.is_empty() {
            self.w.paragraph("sub-remedies-none");
            let m = self.w.need("sub-need-remedies");
            self.w.push(Block::Paragraph(m));
            return;
        }
        let header = vec![
            self.w.msg("pdf-col-body"),
            self.w.msg("pdf-col-filed"),
            self.w.msg("pdf-col-reference"),
            self.w.msg("pdf-col-deadline"),
            self.w.msg("pdf-col-response"),
            self.w.msg("pdf-col-outcome"),
        ];
        let rows = complaints
            .iter()
            .map(|c| {
                vec![
                    self.word("complaint-body", &c.body, &c.body_other),
                    self.w.fmt.date_text(c.date_filed.as_deref()),
                    self.clean_opt(&c.reference_number),
                    self.w.fmt.date_text(c.deadline.as_deref()),
                    self.word("complaint-response", &c.response, &c.response_other),
                    self.word("complaint-outcome", &c.outcome, &c.outcome_other),
                ]
            })
            .collect();
        self.w.push(Block::Table {
            header,
            widths: vec![0.22, 0.14, 0.16, 0.14, 0.16, 0.18],
            rows,
        });
    }

    fn rights(&mut self) {
        self.w.note("sub-rights-intro");
        let types: Vec<&str> = self
            .record
            .incidents
            .iter()
            .flat_map(|i| &i.acts)
            .filter_map(|a| a.act_type.as_deref())
            .collect();
        let rights = rights_for_all(types.iter().copied());
        if rights.is_empty() {
            let m = self.w.need("sub-need-acts");
            self.w.push(Block::Paragraph(m));
            return;
        }
        let header = vec![
            self.w.msg("pdf-col-instrument"),
            self.w.msg("pdf-col-provisions"),
            self.w.msg("pdf-col-acts"),
        ];
        let rows = rights_table(&self.w.fmt, &rights, &types);
        self.w.push(Block::Table {
            header,
            widths: vec![0.4, 0.25, 0.35],
            rows,
        });
    }

    fn consent(&mut self) {
        let mechanism = self
            .w
            .msg(&format!("sub-mechanism-{}", self.mechanism.code()));
        if self.named() {
            let c = self.sp_consent().cloned().unwrap_or_default();
            let text = match (filled(&c.date), filled(&c.obtained_by)) {
                (Some(date), by) => self.w.args(
                    "sub-consent-named",
                    &[
                        ("date", &self.w.fmt.date_text(Some(date))),
                        ("by", by.unwrap_or("—")),
                    ],
                ),
                (None, _) => self.w.msg("sub-consent-named-undated"),
            };
            self.w.push(Block::Paragraph(text));
            let rows = vec![
                (self.w.msg("sub-consent-state"), self.w.msg("pdf-yes")),
                (
                    self.w.msg("sub-consent-public"),
                    self.w.need("sub-need-public"),
                ),
            ];
            self.w.push(Block::Fields(rows));
        } else {
            let text = self
                .w
                .args("sub-consent-anonymised", &[("mechanism", &mechanism)]);
            self.w.push(Block::Paragraph(text));
            self.w.note("sub-consent-anonymised-use");
        }
        if self.mechanism.needs_named() {
            let text = self.w.args("sub-needs-named", &[("mechanism", &mechanism)]);
            self.w.push(Block::Note(text));
        }
    }
}

/// Rows "instrument | provisions | acts" for a set of rights, instruments in the
/// rights table's order.
pub(crate) fn rights_table(
    fmt: &Fmt<'_>,
    rights: &[Right],
    act_types: &[&str],
) -> Vec<Vec<String>> {
    let mut rows = vec![];
    for inst in casebook_core::rights::Instrument::ALL {
        let of: Vec<&Right> = rights.iter().filter(|r| r.instrument == *inst).collect();
        if of.is_empty() {
            continue;
        }
        let provisions = of.iter().map(|r| r.article).collect::<Vec<_>>().join(", ");
        let mut acts: Vec<String> = vec![];
        for t in act_types {
            if casebook_core::rights::rights_for(t)
                .iter()
                .any(|r| r.instrument == *inst)
            {
                let w = fmt.word("act-type", Some(t), None);
                if !acts.contains(&w) {
                    acts.push(w);
                }
            }
        }
        rows.push(vec![
            fmt.msg(&format!("pdf-instrument-name-{}", inst.code())),
            provisions,
            acts.join(", "),
        ]);
    }
    rows
}
