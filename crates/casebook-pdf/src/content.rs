//! The sections of the case file, in the order the issue lists them.

use casebook_core::model::{Act, Incident, Perpetrator};
use casebook_core::rights::{self, Right};
use casebook_core::{vocab, CaseRecord};

use crate::data::CaseFileData;
use crate::fonts::Weight;
use crate::format::Fmt;
use crate::layout::{Col, Composer, Style, ACCENT, CONTENT_W, LABEL, MARGIN_L, MUTED, TEXT};
use crate::photo::Photo;
use casebook_i18n::gazetteer;

/// One attachment as listed, and its photo when it can be shown.
#[derive(Debug)]
pub struct AttachmentView {
    pub photo: Option<Photo>,
    /// Why an image could not be shown (message id), if it is an image.
    pub note: Option<&'static str>,
}

type Rows = Vec<(String, String)>;

pub fn compose(
    c: &mut Composer<'_>,
    f: &Fmt<'_>,
    d: &CaseFileData,
    data_hash: &str,
    attachments: &[AttachmentView],
) {
    cover(c, f, d);
    c.new_page();
    summary(c, f, d);
    chronology(c, f, d);
    acts(c, f, &d.record);
    perpetrators(c, f, d);
    evidence(c, f, d, attachments);
    responses(c, f, &d.record);
    consent(c, f, &d.record);
    integrity(c, f, d, data_hash);
}

fn row(f: &Fmt<'_>, id: &str, value: String) -> (String, String) {
    (f.msg(id), value)
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// A value the pseudonymised profile removes: said to be withheld there, rather than
/// left blank as if it had never been recorded.
fn withheld(f: &Fmt<'_>, d: &CaseFileData, s: &Option<String>) -> String {
    match (s, d.profile) {
        (Some(v), _) => v.clone(),
        (None, "pseudonymised") => f.msg("pdf-withheld"),
        (None, _) => String::new(),
    }
}

fn cover(c: &mut Composer<'_>, f: &Fmt<'_>, d: &CaseFileData) {
    c.set_y(150.0);
    c.paragraph(
        &f.msg("pdf-cover-title"),
        Style::new(Weight::Bold, 24.0).color(0.1, 0.15, 0.3),
        0.0,
    );
    c.gap(6.0);
    c.paragraph(&d.case_code, Style::new(Weight::Bold, 18.0), 0.0);
    c.gap(14.0);
    let mark = f.msg("pdf-confidential-long");
    let lines = c
        .fonts
        .wrap(&mark, Weight::Bold, 11.0, CONTENT_W - 16.0)
        .len();
    let h = lines as f32 * 15.2 + 12.0;
    c.fill(MARGIN_L, c.y(), CONTENT_W, h, (0.98, 0.92, 0.92));
    c.set_y(c.y() + 4.0);
    c.paragraph(
        &mark,
        Style::new(Weight::Bold, 11.0).color(ACCENT.0, ACCENT.1, ACCENT.2),
        8.0,
    );
    c.set_y(c.y() + 12.0);
    let intake = d.record.intake.clone().unwrap_or_default();
    let generated = chrono::DateTime::parse_from_rfc3339(&d.generated_at)
        .map(|t| f.timestamp(&t))
        .unwrap_or_else(|_| d.generated_at.clone());
    c.fields(&[
        row(f, "pdf-field-generated", generated),
        row(
            f,
            "pdf-field-language",
            f.msg(&format!("language-{}", d.lang)),
        ),
        row(
            f,
            "pdf-field-profile",
            f.word("redaction-profile", Some(d.profile), None),
        ),
        row(f, "pdf-field-organisation", opt(&intake.organisation)),
        row(f, "pdf-field-documenter", opt(&intake.documenter)),
        row(f, revision_label(d), d.revision.clone()),
    ]);
    c.gap(10.0);
    let note = if d.profile == "full" {
        "pdf-cover-note-full"
    } else {
        "pdf-cover-note-pseudonymised"
    };
    c.paragraph(&f.msg(note), MUTED, 0.0);
    c.gap(4.0);
    c.paragraph(&f.msg("pdf-cover-verify"), MUTED, 0.0);
}

/// "Settlement, region, country" with the region and country named in the file's
/// language. A region named like its settlement (a city that is its own region) is
/// said once.
fn place(
    f: &Fmt<'_>,
    settlement: &Option<String>,
    region: &Option<String>,
    country: &Option<String>,
) -> String {
    fn present(s: &Option<String>) -> Option<&str> {
        s.as_deref().filter(|s| !s.trim().is_empty())
    }
    let lang = f.l.lang();
    let settlement = present(settlement).map(str::to_owned);
    let region = present(region)
        .map(|r| gazetteer::region(r, lang))
        .filter(|r| {
            settlement
                .as_deref()
                .is_none_or(|s| s.trim().to_lowercase() != r.to_lowercase())
        });
    let country = present(country).map(|c| gazetteer::country(c, lang));
    [settlement, region, country]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

fn incident_date(f: &Fmt<'_>, i: &Incident) -> String {
    match i.partial_date() {
        Some(Ok(d)) => f.partial_date(&d),
        Some(Err(_)) => opt(&i.date),
        None => String::new(),
    }
}

fn summary(c: &mut Composer<'_>, f: &Fmt<'_>, d: &CaseFileData) {
    let r = &d.record;
    c.heading(&f.msg("pdf-section-summary"), 1);
    let s = &r.survivor;
    let mut who: Rows = vec![row(f, "pdf-field-pseudonym", s.pseudonym.clone())];
    if let Some(id) = &s.identity {
        who.extend([
            row(f, "pdf-field-legal-name", opt(&id.legal_name)),
            row(
                f,
                "pdf-field-date-of-birth",
                f.date_text(id.date_of_birth.as_deref()),
            ),
            row(f, "pdf-field-phone", opt(&id.phone)),
            row(f, "pdf-field-address", opt(&id.address)),
            row(f, "pdf-field-id-document", opt(&id.id_document)),
        ]);
    }
    let age = match (s.age, &s.age_band) {
        (Some(a), _) => a.to_string(),
        (None, b) => f.word("age-band", b.as_deref(), None),
    };
    who.extend([
        row(f, "pdf-field-age", age),
        row(
            f,
            "pdf-field-gender",
            f.word("gender", s.gender.as_deref(), s.gender_other.as_deref()),
        ),
        row(
            f,
            "pdf-field-residence",
            place(f, &s.settlement, &s.region, &s.country),
        ),
        row(f, "pdf-field-citizenship", {
            let mut v = s
                .citizenship
                .as_deref()
                .filter(|c| !c.trim().is_empty())
                .map(|c| gazetteer::country(c, f.l.lang()))
                .unwrap_or_default();
            if s.stateless == Some(true) {
                v = f.msg("pdf-stateless");
            }
            v
        }),
        row(f, "pdf-field-pregnant", f.yes_no(s.pregnant_at_incident)),
        row(f, "pdf-field-children", f.yes_no(s.has_children)),
        row(
            f,
            "pdf-field-custody",
            f.word(
                "child-custody-status",
                s.child_custody_status.as_deref(),
                s.child_custody_status_other.as_deref(),
            ),
        ),
        row(
            f,
            "pdf-field-hiv",
            f.word("hiv-status", s.hiv_status.as_deref(), None),
        ),
        row(f, "pdf-field-on-art", f.yes_no(s.on_art)),
        row(f, "pdf-field-substances", {
            let mut v = f.words("substance", &s.substances);
            if let Some(o) = s.substances_other.as_deref().filter(|o| !o.is_empty()) {
                v = format!("{v} ({o})");
            }
            v
        }),
        row(f, "pdf-field-ost-client", f.yes_no(s.ost_client)),
        row(
            f,
            "pdf-field-harm-reduction",
            f.yes_no(s.harm_reduction_client),
        ),
        row(f, "pdf-field-sex-work", f.yes_no(s.sex_work)),
        row(f, "pdf-field-disability", f.yes_no(s.disability)),
        row(f, "pdf-field-homeless", f.yes_no(s.homeless)),
        row(
            f,
            "pdf-field-previous-incidents",
            s.previous_incidents_count
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
    ]);
    c.heading(&f.msg("pdf-summary-who"), 2);
    c.fields(&who);

    let when = r
        .incidents
        .iter()
        .map(|i| incident_date(f, i))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let where_ = r
        .incidents
        .iter()
        .map(|i| {
            let p = place(f, &i.settlement, &i.region, &i.country);
            let t = f.word(
                "location-type",
                i.location_type.as_deref(),
                i.location_type_other.as_deref(),
            );
            [p, t]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" — ")
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let what = r
        .act_types()
        .into_iter()
        .map(|a| f.word("act-type", Some(a), None))
        .collect::<Vec<_>>()
        .join(", ");
    let agencies = r
        .agencies()
        .into_iter()
        .map(|a| f.word("agency", Some(a), None))
        .collect::<Vec<_>>()
        .join(", ");
    let intake = r.intake.clone().unwrap_or_default();
    c.heading(&f.msg("pdf-summary-case"), 2);
    c.fields(&[
        row(f, "pdf-field-when", when),
        row(f, "pdf-field-where", where_),
        row(f, "pdf-field-what", what),
        row(f, "pdf-field-by-whom", agencies),
        row(
            f,
            "pdf-field-status",
            f.word("status", r.status.as_deref(), None),
        ),
        row(
            f,
            "pdf-field-intake-date",
            f.date_text(intake.date.as_deref()),
        ),
        row(
            f,
            "pdf-field-intake-channel",
            f.word(
                "intake-channel",
                intake.channel.as_deref(),
                intake.channel_other.as_deref(),
            ),
        ),
        row(
            f,
            "pdf-field-source",
            f.word(
                "source-reliability",
                r.source_reliability.as_deref(),
                r.source_reliability_other.as_deref(),
            ),
        ),
        row(f, "pdf-field-tags", r.tags.join(", ")),
        row(f, "pdf-field-notes", opt(&r.notes)),
    ]);

    // Open deadlines: complaints still waiting for an answer, follow-ups not done.
    let mut deadlines: Vec<(String, String)> = Vec::new();
    if let Some(resp) = &r.responses {
        for cpl in &resp.complaints {
            let waiting = matches!(
                cpl.response.as_deref(),
                None | Some("pending") | Some("no-response")
            );
            if let (true, Some(dl)) = (waiting, cpl.deadline.as_deref()) {
                deadlines.push((
                    dl.to_owned(),
                    f.msg_args(
                        "pdf-deadline-complaint",
                        &[(
                            "body",
                            &f.word(
                                "complaint-body",
                                cpl.body.as_deref(),
                                cpl.body_other.as_deref(),
                            ),
                        )],
                    ),
                ));
            }
        }
        for fu in &resp.follow_ups {
            if let (None, Some(due)) = (fu.date.as_deref(), fu.due.as_deref()) {
                deadlines.push((due.to_owned(), opt(&fu.note)));
            }
        }
    }
    deadlines.sort();
    c.heading(&f.msg("pdf-summary-deadlines"), 2);
    if deadlines.is_empty() {
        c.paragraph(&f.msg("pdf-none"), TEXT, 0.0);
    } else {
        let rows: Vec<Vec<String>> = deadlines
            .into_iter()
            .map(|(d, what)| vec![f.date_text(Some(&d)), what])
            .collect();
        c.table(
            Some(&[f.msg("pdf-col-due"), f.msg("pdf-col-what")]),
            &[
                Col {
                    width: 0.3,
                    style: TEXT,
                },
                Col {
                    width: 0.7,
                    style: TEXT,
                },
            ],
            &rows,
        );
    }
}

fn chronology(c: &mut Composer<'_>, f: &Fmt<'_>, d: &CaseFileData) {
    let r = &d.record;
    c.heading(&f.msg("pdf-section-chronology"), 1);
    if r.incidents.is_empty() {
        c.paragraph(&f.msg("pdf-none"), TEXT, 0.0);
    }
    for (n, i) in r.incidents.iter().enumerate() {
        let date = incident_date(f, i);
        c.heading(
            &f.msg_args(
                "pdf-incident-title",
                &[("n", &(n + 1).to_string()), ("date", &date)],
            ),
            2,
        );
        let tod = match i.time_of_day.as_deref() {
            Some(t) if vocab::is_known("time-of-day", t) => f.word("time-of-day", Some(t), None),
            other => other.unwrap_or_default().to_owned(),
        };
        let mut rows = vec![
            row(f, "pdf-field-date", date.clone()),
            row(
                f,
                "pdf-field-date-precision",
                f.word("date-precision", i.date_precision.as_deref(), None),
            ),
            row(f, "pdf-field-time-of-day", tod),
            row(
                f,
                "pdf-field-place",
                place(f, &i.settlement, &i.region, &i.country),
            ),
            row(
                f,
                "pdf-field-location-type",
                f.word(
                    "location-type",
                    i.location_type.as_deref(),
                    i.location_type_other.as_deref(),
                ),
            ),
        ];
        if let Some(det) = &i.detention {
            rows.extend([
                row(f, "pdf-field-detained", f.yes_no(det.detained)),
                row(
                    f,
                    "pdf-field-detention-hours",
                    det.duration_hours
                        .map(|h| f.msg_args("pdf-hours", &[("n", &h.to_string())]))
                        .unwrap_or_default(),
                ),
                row(
                    f,
                    "pdf-field-protocol",
                    f.word("tri-state", det.protocol_drawn_up.as_deref(), None),
                ),
                row(f, "pdf-field-released-how", opt(&det.released_how)),
            ]);
        }
        c.fields(&rows);
        if let Some(text) = i.narrative.as_deref().filter(|t| !t.trim().is_empty()) {
            c.gap(4.0);
            c.paragraph(&f.msg("pdf-narrative-original"), LABEL, 0.0);
            c.paragraph(text, TEXT, 10.0);
        }
        if let Some(text) = i
            .narrative_translation
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            c.gap(4.0);
            c.paragraph(&f.msg("pdf-narrative-translation"), LABEL, 0.0);
            c.paragraph(text, TEXT, 10.0);
        }
        if !i.witnesses.is_empty() {
            c.gap(6.0);
            c.paragraph(&f.msg("pdf-witnesses"), LABEL, 0.0);
            c.gap(2.0);
            let rows: Vec<Vec<String>> = i
                .witnesses
                .iter()
                .map(|w| {
                    vec![
                        withheld(f, d, &w.pseudonym),
                        w.contact.clone().unwrap_or_else(|| f.msg("pdf-withheld")),
                        f.yes_no(w.willing_to_testify),
                    ]
                })
                .collect();
            c.table(
                Some(&[
                    f.msg("pdf-col-pseudonym"),
                    f.msg("pdf-col-contact"),
                    f.msg("pdf-col-willing"),
                ]),
                &[
                    Col {
                        width: 0.35,
                        style: TEXT,
                    },
                    Col {
                        width: 0.4,
                        style: TEXT,
                    },
                    Col {
                        width: 0.25,
                        style: TEXT,
                    },
                ],
                &rows,
            );
        }
    }
}

fn perpetrator_label(f: &Fmt<'_>, p: &Perpetrator) -> String {
    let mut parts = vec![f.word("agency", p.agency.as_deref(), p.agency_other.as_deref())];
    for s in [&p.rank, &p.name] {
        if let Some(s) = s.as_deref().filter(|s| !s.is_empty()) {
            parts.push(s.to_owned());
        }
    }
    let head = parts
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    match p.reference.as_deref() {
        Some(r) => format!("{r}: {head}"),
        None => head,
    }
}

fn rights_text(f: &Fmt<'_>, rs: &[Right]) -> String {
    rs.iter().map(|r| f.right(r)).collect::<Vec<_>>().join("; ")
}

fn act_block(c: &mut Composer<'_>, f: &Fmt<'_>, r: &CaseRecord, n: usize, a: &Act) {
    let name = f.word(
        "act-type",
        a.act_type.as_deref(),
        a.act_type_other.as_deref(),
    );
    let perps = a
        .perpetrators
        .iter()
        .map(|p| match r.perpetrator(p) {
            Some(p) => perpetrator_label(f, p),
            None => p.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    let rights = rights::rights_for(a.act_type.as_deref().unwrap_or_default());
    c.heading(
        &f.msg_args("pdf-act-title", &[("n", &n.to_string()), ("act", &name)]),
        2,
    );
    c.fields(&[
        row(
            f,
            "pdf-field-act-group",
            a.act_type
                .as_deref()
                .and_then(vocab::act_group)
                .map(|g| f.word("act-group", Some(g), None))
                .unwrap_or_default(),
        ),
        row(
            f,
            "pdf-field-intent",
            f.word("intent", a.intent.as_deref(), a.intent_other.as_deref()),
        ),
        row(f, "pdf-field-physical", opt(&a.physical_consequences)),
        row(
            f,
            "pdf-field-psychological",
            opt(&a.psychological_consequences),
        ),
        row(
            f,
            "pdf-field-medical-attention",
            f.word(
                "medical-attention",
                a.medical_attention.as_deref(),
                a.medical_attention_other.as_deref(),
            ),
        ),
        row(f, "pdf-field-perpetrators", perps),
        row(f, "pdf-field-rights", rights_text(f, rights)),
    ]);
}

fn acts(c: &mut Composer<'_>, f: &Fmt<'_>, r: &CaseRecord) {
    c.heading(&f.msg("pdf-section-acts"), 1);
    c.paragraph(&f.msg("pdf-acts-intro"), MUTED, 0.0);
    let mut n = 0;
    for (k, i) in r.incidents.iter().enumerate() {
        if r.incidents.len() > 1 && !i.acts.is_empty() {
            c.gap(4.0);
            c.paragraph(
                &f.msg_args(
                    "pdf-acts-of-incident",
                    &[("n", &(k + 1).to_string()), ("date", &incident_date(f, i))],
                ),
                Style::new(Weight::Bold, 10.0).color(0.35, 0.35, 0.4),
                0.0,
            );
        }
        for a in &i.acts {
            n += 1;
            act_block(c, f, r, n, a);
        }
    }
    // The union: what the lawyer argues under, instrument by instrument.
    let all = rights::rights_for_all(r.act_types());
    if !all.is_empty() {
        c.heading(&f.msg("pdf-rights-summary"), 2);
        let mut rows: Vec<Vec<String>> = Vec::new();
        for inst in rights::Instrument::ALL {
            let arts: Vec<String> = all
                .iter()
                .filter(|x| x.instrument == *inst)
                .map(|x| x.article.to_owned())
                .collect();
            if arts.is_empty() {
                continue;
            }
            let acts: Vec<String> = r
                .act_types()
                .into_iter()
                .filter(|a| rights::rights_for(a).iter().any(|x| x.instrument == *inst))
                .map(|a| f.word("act-type", Some(a), None))
                .collect();
            rows.push(vec![
                f.msg(&format!("pdf-instrument-name-{}", inst.code())),
                arts.join(", "),
                acts.join(", "),
            ]);
        }
        c.table(
            Some(&[
                f.msg("pdf-col-instrument"),
                f.msg("pdf-col-provisions"),
                f.msg("pdf-col-acts"),
            ]),
            &[
                Col {
                    width: 0.4,
                    style: TEXT,
                },
                Col {
                    width: 0.18,
                    style: TEXT,
                },
                Col {
                    width: 0.42,
                    style: TEXT,
                },
            ],
            &rows,
        );
    }
}

fn perpetrators(c: &mut Composer<'_>, f: &Fmt<'_>, d: &CaseFileData) {
    let r = &d.record;
    c.heading(&f.msg("pdf-section-perpetrators"), 1);
    if r.perpetrators.is_empty() {
        c.paragraph(&f.msg("pdf-none"), TEXT, 0.0);
    }
    for (n, p) in r.perpetrators.iter().enumerate() {
        let title = match p.reference.as_deref() {
            Some(rf) => f.msg_args(
                "pdf-perpetrator-title-ref",
                &[("n", &(n + 1).to_string()), ("ref", rf)],
            ),
            None => f.msg_args("pdf-perpetrator-title", &[("n", &(n + 1).to_string())]),
        };
        c.heading(&title, 2);
        let name = match (&p.name, d.profile) {
            (Some(n), _) if !n.is_empty() => n.clone(),
            (_, "pseudonymised") => f.msg("pdf-withheld"),
            _ => String::new(),
        };
        c.fields(&[
            row(
                f,
                "pdf-field-agency",
                f.word("agency", p.agency.as_deref(), p.agency_other.as_deref()),
            ),
            row(f, "pdf-field-unit", opt(&p.unit)),
            row(f, "pdf-field-rank", opt(&p.rank)),
            row(f, "pdf-field-name", name),
            row(f, "pdf-field-badge", opt(&p.badge_number)),
            row(
                f,
                "pdf-field-uniformed",
                f.word("tri-state", p.uniformed.as_deref(), None),
            ),
            row(f, "pdf-field-vehicle", opt(&p.vehicle_plate)),
            row(
                f,
                "pdf-field-count",
                p.count.map(|n| n.to_string()).unwrap_or_default(),
            ),
            row(f, "pdf-field-identifiable", f.yes_no(p.identifiable_again)),
            row(
                f,
                "pdf-field-involvement",
                f.word(
                    "involvement",
                    p.involvement.as_deref(),
                    p.involvement_other.as_deref(),
                ),
            ),
        ]);
    }
}

fn evidence(c: &mut Composer<'_>, f: &Fmt<'_>, d: &CaseFileData, views: &[AttachmentView]) {
    let r = &d.record;
    c.heading(&f.msg("pdf-section-evidence"), 1);
    let ev = r.evidence.clone().unwrap_or_default();
    c.heading(&f.msg("pdf-medical"), 2);
    if ev.medical_documentation.is_empty() {
        c.paragraph(&f.msg("pdf-none"), TEXT, 0.0);
    }
    for m in &ev.medical_documentation {
        c.fields(&[
            row(f, "pdf-field-exam-date", f.date_text(m.date.as_deref())),
            row(f, "pdf-field-examiner", opt(&m.examiner)),
            row(f, "pdf-field-institution", opt(&m.institution)),
            row(f, "pdf-field-findings", opt(&m.findings)),
            row(
                f,
                "pdf-field-consistency",
                f.word("consistency", m.consistency.as_deref(), None),
            ),
        ]);
        if !m.body_marks.is_empty() {
            let rows: Vec<Vec<String>> = m
                .body_marks
                .iter()
                .map(|b| {
                    vec![
                        f.word(
                            "body-region",
                            b.region.as_deref(),
                            b.region_other.as_deref(),
                        ),
                        opt(&b.description),
                    ]
                })
                .collect();
            c.table(
                Some(&[f.msg("pdf-col-body-region"), f.msg("pdf-col-description")]),
                &[
                    Col {
                        width: 0.35,
                        style: TEXT,
                    },
                    Col {
                        width: 0.65,
                        style: TEXT,
                    },
                ],
                &rows,
            );
        }
        c.gap(6.0);
    }

    c.heading(&f.msg("pdf-attachments"), 2);
    if ev.attachments.is_empty() {
        c.paragraph(&f.msg("pdf-none"), TEXT, 0.0);
        return;
    }
    let small = Style::new(Weight::Regular, 7.5);
    let rows: Vec<Vec<String>> = ev
        .attachments
        .iter()
        .enumerate()
        .map(|(n, a)| {
            let kind = a
                .media_type
                .as_deref()
                .map(|m| {
                    format!(
                        "{} ({m})",
                        f.word("media-kind", Some(vocab::media_kind(m)), None)
                    )
                })
                .unwrap_or_default();
            let mut name = withheld(f, d, &a.file_name);
            if let Some(desc) = a.description.as_deref().filter(|d| !d.is_empty()) {
                name = format!("{name}\n{desc}");
            }
            if let Some(note) = views.get(n).and_then(|v| v.note) {
                name = format!("{name}\n{}", f.msg(note));
            }
            let times = [
                a.captured_at
                    .as_deref()
                    .map(|t| f.msg_args("pdf-captured", &[("time", &f.date_text(Some(t)))])),
                a.received_at
                    .as_deref()
                    .map(|t| f.msg_args("pdf-received", &[("time", &f.date_text(Some(t)))])),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n");
            vec![
                (n + 1).to_string(),
                name,
                format!("{kind}\n{}", a.size.map(|s| f.size(s)).unwrap_or_default()),
                opt(&a.sha256),
                times,
                opt(&a.received_by),
            ]
        })
        .collect();
    c.table(
        Some(&[
            "#".to_owned(),
            f.msg("pdf-col-file"),
            f.msg("pdf-col-type-size"),
            "SHA-256".to_owned(),
            f.msg("pdf-col-times"),
            f.msg("pdf-col-received-by"),
        ]),
        &[
            Col {
                width: 0.05,
                style: small,
            },
            Col {
                width: 0.22,
                style: small,
            },
            Col {
                width: 0.15,
                style: small,
            },
            Col {
                width: 0.2,
                style: small,
            },
            Col {
                width: 0.24,
                style: small,
            },
            Col {
                width: 0.14,
                style: small,
            },
        ],
        &rows,
    );

    let mut shown = 0;
    for (n, (a, v)) in ev.attachments.iter().zip(views).enumerate() {
        let Some(p) = &v.photo else { continue };
        if shown == 0 {
            // Keep the heading with the first photo.
            c.need(340.0);
            c.heading(&f.msg("pdf-photos"), 2);
        }
        shown += 1;
        let (w, h) = p.display_size();
        let mut caption = f.msg_args(
            "pdf-photo-caption",
            &[
                ("n", &(n + 1).to_string()),
                ("file", a.file_name.as_deref().unwrap_or_default()),
            ],
        );
        if let Some(desc) = a.description.as_deref().filter(|d| !d.is_empty()) {
            caption = format!("{caption} — {desc}");
        }
        c.image(n, w, h, &caption);
    }
}

fn responses(c: &mut Composer<'_>, f: &Fmt<'_>, r: &CaseRecord) {
    c.heading(&f.msg("pdf-section-responses"), 1);
    let resp = r.responses.clone().unwrap_or_default();
    let mut services = f.words("service", &resp.services);
    if let Some(o) = resp.services_other.as_deref().filter(|o| !o.is_empty()) {
        services = format!("{services} ({o})");
    }
    c.fields(&[row(f, "pdf-field-services", services)]);
    let t = |w: f32| Col {
        width: w,
        style: TEXT,
    };
    if !resp.referrals.is_empty() {
        c.heading(&f.msg("pdf-referrals"), 2);
        let rows: Vec<Vec<String>> = resp
            .referrals
            .iter()
            .map(|x| {
                vec![
                    opt(&x.to),
                    f.date_text(x.date.as_deref()),
                    f.yes_no(x.consent_given),
                    opt(&x.outcome),
                ]
            })
            .collect();
        c.table(
            Some(&[
                f.msg("pdf-col-to"),
                f.msg("pdf-col-date"),
                f.msg("pdf-col-consent"),
                f.msg("pdf-col-outcome"),
            ]),
            &[t(0.3), t(0.2), t(0.15), t(0.35)],
            &rows,
        );
    }
    if !resp.complaints.is_empty() {
        c.heading(&f.msg("pdf-complaints"), 2);
        let rows: Vec<Vec<String>> = resp
            .complaints
            .iter()
            .map(|x| {
                vec![
                    f.word("complaint-body", x.body.as_deref(), x.body_other.as_deref()),
                    f.date_text(x.date_filed.as_deref()),
                    opt(&x.reference_number),
                    f.date_text(x.deadline.as_deref()),
                    f.word(
                        "complaint-response",
                        x.response.as_deref(),
                        x.response_other.as_deref(),
                    ),
                    f.word(
                        "complaint-outcome",
                        x.outcome.as_deref(),
                        x.outcome_other.as_deref(),
                    ),
                ]
            })
            .collect();
        c.table(
            Some(&[
                f.msg("pdf-col-body"),
                f.msg("pdf-col-filed"),
                f.msg("pdf-col-reference"),
                f.msg("pdf-col-deadline"),
                f.msg("pdf-col-response"),
                f.msg("pdf-col-outcome"),
            ]),
            &[t(0.2), t(0.15), t(0.15), t(0.15), t(0.15), t(0.2)],
            &rows,
        );
    }
    if !resp.follow_ups.is_empty() {
        c.heading(&f.msg("pdf-follow-ups"), 2);
        let rows: Vec<Vec<String>> = resp
            .follow_ups
            .iter()
            .map(|x| {
                vec![
                    f.date_text(x.date.as_deref()),
                    f.date_text(x.due.as_deref()),
                    opt(&x.note),
                ]
            })
            .collect();
        c.table(
            Some(&[
                f.msg("pdf-col-done"),
                f.msg("pdf-col-due"),
                f.msg("pdf-col-note"),
            ]),
            &[t(0.2), t(0.2), t(0.6)],
            &rows,
        );
    }
}

fn consent(c: &mut Composer<'_>, f: &Fmt<'_>, r: &CaseRecord) {
    c.heading(&f.msg("pdf-section-consent"), 1);
    c.paragraph(&f.msg("pdf-consent-intro"), MUTED, 0.0);
    c.gap(4.0);
    let t = |w: f32| Col {
        width: w,
        style: TEXT,
    };
    let rows: Vec<Vec<String>> = r
        .consents
        .iter()
        .map(|x| {
            vec![
                f.word("consent-destination", x.destination.as_deref(), None),
                f.yes_no(x.given),
                f.word(
                    "named-or-anonymised",
                    x.named_or_anonymised.as_deref(),
                    None,
                ),
                f.date_text(x.date.as_deref()),
                opt(&x.obtained_by),
                f.date_text(x.revoked_at.as_deref()),
            ]
        })
        .collect();
    c.table(
        Some(&[
            f.msg("pdf-col-destination"),
            f.msg("pdf-col-given"),
            f.msg("pdf-col-named"),
            f.msg("pdf-col-date"),
            f.msg("pdf-col-obtained-by"),
            f.msg("pdf-col-revoked"),
        ]),
        &[t(0.25), t(0.09), t(0.16), t(0.18), t(0.17), t(0.15)],
        &rows,
    );
}

/// A tag is not a revision id and is not called one.
fn revision_label(d: &CaseFileData) -> &'static str {
    if d.revision_tagged() {
        "pdf-field-revision-tag"
    } else {
        "pdf-field-revision"
    }
}

fn integrity(c: &mut Composer<'_>, f: &Fmt<'_>, d: &CaseFileData, data_hash: &str) {
    c.new_page();
    c.heading(&f.msg("pdf-section-integrity"), 1);
    let intro = if d.revision_tagged() {
        "pdf-integrity-intro-tagged"
    } else {
        "pdf-integrity-intro"
    };
    c.paragraph(&f.msg(intro), TEXT, 0.0);
    c.gap(6.0);
    let mono = Style::new(Weight::Regular, 8.5);
    let audit = d
        .audit_head
        .as_ref()
        .map(|a| format!("#{} {}", a.seq, a.hash))
        .unwrap_or_default();
    c.table(
        None,
        &[
            Col {
                width: 0.32,
                style: LABEL,
            },
            Col {
                width: 0.68,
                style: mono,
            },
        ],
        &[
            vec![f.msg("pdf-field-case-id"), d.case_id.clone()],
            vec![f.msg(revision_label(d)), d.revision.clone()],
            vec![f.msg("pdf-field-audit-head"), audit],
            vec![f.msg("pdf-field-data-hash"), data_hash.to_owned()],
        ],
    );
    c.gap(6.0);
    c.heading(&f.msg("pdf-history"), 2);
    let small = Style::new(Weight::Regular, 8.0);
    let rows: Vec<Vec<String>> = d
        .history
        .iter()
        .map(|h| {
            vec![
                f.date_text(Some(&h.created_at)),
                h.author.clone(),
                f.msg(&format!("pdf-revision-kind-{}", h.kind)),
                h.reason.clone().unwrap_or_default(),
                h.id.clone(),
            ]
        })
        .collect();
    c.table(
        Some(&[
            f.msg("pdf-col-time"),
            f.msg("pdf-col-author"),
            f.msg("pdf-col-kind"),
            f.msg("pdf-col-reason"),
            f.msg(if d.revision_tagged() {
                "pdf-col-revision-tag"
            } else {
                "pdf-col-revision"
            }),
        ]),
        &[
            Col {
                width: 0.2,
                style: small,
            },
            Col {
                width: 0.14,
                style: small,
            },
            Col {
                width: 0.13,
                style: small,
            },
            Col {
                width: 0.19,
                style: small,
            },
            Col {
                width: 0.34,
                style: small,
            },
        ],
        &rows,
    );
    c.gap(8.0);
    c.paragraph(&f.msg("pdf-integrity-how"), MUTED, 0.0);
}
