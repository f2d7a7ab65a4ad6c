//! Checks a [`CaseRecord`] and reports every problem at once, each with the path of
//! the field (`incidents[0].acts[2].perpetrators[0]`) so a form can mark it.
//!
//! Only `code` and `survivor.pseudonym` are required; everything else is checked only
//! when present. Empty strings count as "not recorded", because form widgets send `""`
//! for an untouched select.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

use crate::date::{self, DateError, PartialDate};
use crate::error::Coded;
use crate::model::{CaseRecord, Incident, Perpetrator, Survivor};
use crate::vocab::{self, Vocabulary};

/// Every Fluent message id this crate's errors use (`locales/<lang>/validation.ftl`),
/// for the i18n completeness test.
pub const VALIDATION_MESSAGE_IDS: &[&str] = &[
    "validation-failed",
    "validation-required",
    "validation-unknown-code",
    "validation-invalid-date",
    "validation-missing-date-end",
    "validation-date-end-without-range",
    "validation-date-end-before-start",
    "validation-invalid-timestamp",
    "validation-invalid-time",
    "validation-unknown-reference",
    "validation-duplicate-reference",
    "validation-duplicate-consent",
    "validation-out-of-range",
    "validation-invalid-country",
    "validation-invalid-region",
    "validation-region-country-mismatch",
    "validation-age-band-mismatch",
    "validation-invalid-hash",
    "validation-invalid-json",
    "validation-json-encoding",
    "validation-invalid-path",
];

/// Bounds of the numbers a record holds; outside them the number is a typing mistake.
pub const AGE_RANGE: (i64, i64) = (0, 120);
pub const COUNT_RANGE: (i64, i64) = (0, 1000);
/// Ten years: long pre-trial detention is real, a longer figure is not.
pub const DURATION_HOURS_RANGE: (i64, i64) = (0, 87_600);

/// One problem in one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldError {
    /// JSON path of the field, e.g. `incidents[0].acts[2].perpetrators[0]`.
    pub path: String,
    /// Stable machine code, e.g. `unknown-code`.
    pub code: &'static str,
    /// Fluent id in `validation.ftl`, e.g. `validation-unknown-code`.
    pub message_id: &'static str,
    /// Message arguments; always includes `field` (= `path`).
    pub args: BTreeMap<String, String>,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.code)?;
        if let Some(v) = self.args.get("value") {
            write!(f, " ({v:?})")?;
        }
        Ok(())
    }
}

/// Every problem found in a record, in document order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationErrors {
    pub errors: Vec<FieldError>,
}

impl ValidationErrors {
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.errors.iter()
    }

    /// Errors of one field.
    pub fn at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a FieldError> + 'a {
        self.errors.iter().filter(move |e| e.path == path)
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a FieldError;
    type IntoIter = std::slice::Iter<'a, FieldError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the case record has {} problem(s)", self.errors.len())?;
        for e in &self.errors {
            write!(f, "; {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl Coded for ValidationErrors {
    fn code(&self) -> &'static str {
        "invalid-case"
    }

    fn message_id(&self) -> &'static str {
        "validation-failed"
    }

    fn args(&self) -> BTreeMap<String, String> {
        let mut args = BTreeMap::from([("count".to_owned(), self.errors.len().to_string())]);
        if let Some(first) = self.errors.first() {
            args.insert("field".to_owned(), first.path.clone());
            args.insert("first_code".to_owned(), first.code.to_owned());
        }
        args
    }
}

impl CaseRecord {
    /// Checks the whole record; `Err` lists every problem found.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.record(self);
        if c.errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors { errors: c.errors })
        }
    }
}

fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|s| !s.trim().is_empty())
}

#[derive(Default)]
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn push(
        &mut self,
        path: String,
        code: &'static str,
        message_id: &'static str,
        args: &[(&str, String)],
    ) {
        let mut map: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        map.insert("field".to_owned(), path.clone());
        self.errors.push(FieldError {
            path,
            code,
            message_id,
            args: map,
        });
    }

    fn required(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "required", "validation-required", &[]);
        }
    }

    fn code(&mut self, path: String, list: &Vocabulary, value: &Option<String>) {
        if let Some(v) = present(value) {
            self.code_str(path, list, v);
        }
    }

    fn code_str(&mut self, path: String, list: &Vocabulary, value: &str) {
        if !list.contains(value) {
            self.push(
                path,
                "unknown-code",
                "validation-unknown-code",
                &[("list", list.name.to_owned()), ("value", value.to_owned())],
            );
        }
    }

    fn codes(&mut self, path: &str, list: &Vocabulary, values: &[String]) {
        for (i, v) in values.iter().enumerate() {
            self.code_str(format!("{path}[{i}]"), list, v);
        }
    }

    fn date(&mut self, path: String, value: &Option<String>) {
        if let Some(v) = present(value) {
            if date::parse_iso_date(v).is_none() {
                self.push(
                    path,
                    "invalid-date",
                    "validation-invalid-date",
                    &[("value", v.to_owned()), ("precision", "exact".to_owned())],
                );
            }
        }
    }

    fn timestamp(&mut self, path: String, value: &Option<String>) {
        if let Some(v) = present(value) {
            if !date::is_valid_timestamp(v) {
                self.push(
                    path,
                    "invalid-timestamp",
                    "validation-invalid-timestamp",
                    &[("value", v.to_owned())],
                );
            }
        }
    }

    fn range(&mut self, path: String, value: Option<i64>, (min, max): (i64, i64)) {
        if let Some(v) = value {
            if !(min..=max).contains(&v) {
                self.push(
                    path,
                    "out-of-range",
                    "validation-out-of-range",
                    &[
                        ("value", v.to_string()),
                        ("min", min.to_string()),
                        ("max", max.to_string()),
                    ],
                );
            }
        }
    }

    fn country(&mut self, path: String, value: &Option<String>) -> Option<String> {
        let v = present(value)?;
        if v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(v.to_owned())
        } else {
            self.push(
                path,
                "invalid-country",
                "validation-invalid-country",
                &[("value", v.to_owned())],
            );
            None
        }
    }

    /// ISO 3166-2 shape (`KZ-75`, `RU-MOW`, `KG-C`); which regions exist is the
    /// gazetteer's business, not the core's.
    fn region(&mut self, path: String, value: &Option<String>, country: Option<&str>) {
        let Some(v) = present(value) else { return };
        let well_formed = v.split_once('-').is_some_and(|(cc, sub)| {
            cc.len() == 2
                && cc.bytes().all(|b| b.is_ascii_uppercase())
                && (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
        if !well_formed {
            self.push(
                path,
                "invalid-region",
                "validation-invalid-region",
                &[("value", v.to_owned())],
            );
        } else if let Some(cc) = country {
            if !v.starts_with(cc) {
                self.push(
                    path,
                    "region-country-mismatch",
                    "validation-region-country-mismatch",
                    &[("value", v.to_owned()), ("country", cc.to_owned())],
                );
            }
        }
    }

    fn record(&mut self, r: &CaseRecord) {
        self.required("code".into(), &r.code);
        self.code("status".into(), &vocab::STATUS, &r.status);
        if let Some(intake) = &r.intake {
            self.date("intake.date".into(), &intake.date);
            self.code(
                "intake.channel".into(),
                &vocab::INTAKE_CHANNEL,
                &intake.channel,
            );
        }
        self.code(
            "source_reliability".into(),
            &vocab::SOURCE_RELIABILITY,
            &r.source_reliability,
        );
        self.survivor(&r.survivor);

        let perpetrator_refs =
            self.unique_refs("perpetrators", r.perpetrators.iter().map(|p| &p.reference));
        for (i, p) in r.perpetrators.iter().enumerate() {
            self.perpetrator(&format!("perpetrators[{i}]"), p);
        }
        self.unique_refs("incidents", r.incidents.iter().map(|i| &i.reference));
        for (i, inc) in r.incidents.iter().enumerate() {
            self.incident(&format!("incidents[{i}]"), inc, &perpetrator_refs);
        }

        if let Some(ev) = &r.evidence {
            for (i, a) in ev.attachments.iter().enumerate() {
                let p = format!("evidence.attachments[{i}]");
                if let Some(h) = present(&a.sha256) {
                    if h.len() != 64
                        || !h
                            .bytes()
                            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                    {
                        self.push(
                            format!("{p}.sha256"),
                            "invalid-hash",
                            "validation-invalid-hash",
                            &[("value", h.to_owned())],
                        );
                    }
                }
                self.timestamp(format!("{p}.captured_at"), &a.captured_at);
                self.timestamp(format!("{p}.received_at"), &a.received_at);
            }
            for (i, m) in ev.medical_documentation.iter().enumerate() {
                let p = format!("evidence.medical_documentation[{i}]");
                self.date(format!("{p}.date"), &m.date);
                self.code(
                    format!("{p}.consistency"),
                    &vocab::CONSISTENCY,
                    &m.consistency,
                );
                for (j, mark) in m.body_marks.iter().enumerate() {
                    self.code(
                        format!("{p}.body_marks[{j}].region"),
                        &vocab::BODY_REGION,
                        &mark.region,
                    );
                }
            }
        }

        if let Some(resp) = &r.responses {
            self.codes("responses.services", &vocab::SERVICE, &resp.services);
            for (i, x) in resp.referrals.iter().enumerate() {
                self.date(format!("responses.referrals[{i}].date"), &x.date);
            }
            for (i, x) in resp.complaints.iter().enumerate() {
                let p = format!("responses.complaints[{i}]");
                self.code(format!("{p}.body"), &vocab::COMPLAINT_BODY, &x.body);
                self.date(format!("{p}.date_filed"), &x.date_filed);
                self.date(format!("{p}.deadline"), &x.deadline);
                self.code(
                    format!("{p}.response"),
                    &vocab::COMPLAINT_RESPONSE,
                    &x.response,
                );
                self.code(
                    format!("{p}.outcome"),
                    &vocab::COMPLAINT_OUTCOME,
                    &x.outcome,
                );
            }
            for (i, x) in resp.follow_ups.iter().enumerate() {
                self.date(format!("responses.follow_ups[{i}].date"), &x.date);
                self.date(format!("responses.follow_ups[{i}].due"), &x.due);
            }
        }

        let mut destinations = BTreeSet::new();
        for (i, c) in r.consents.iter().enumerate() {
            let p = format!("consents[{i}]");
            // A consent entry that names no destination cannot be checked by any output.
            self.required(
                format!("{p}.destination"),
                c.destination.as_deref().unwrap_or(""),
            );
            if let Some(d) = present(&c.destination) {
                self.code_str(format!("{p}.destination"), &vocab::CONSENT_DESTINATION, d);
                if !destinations.insert(d) {
                    self.push(
                        format!("{p}.destination"),
                        "duplicate-consent",
                        "validation-duplicate-consent",
                        &[("value", d.to_owned())],
                    );
                }
            }
            self.code(
                format!("{p}.named_or_anonymised"),
                &vocab::NAMED_OR_ANONYMISED,
                &c.named_or_anonymised,
            );
            self.date(format!("{p}.date"), &c.date);
            self.timestamp(format!("{p}.revoked_at"), &c.revoked_at);
        }
    }

    fn survivor(&mut self, s: &Survivor) {
        self.required("survivor.pseudonym".into(), &s.pseudonym);
        if let Some(id) = &s.identity {
            self.date("survivor.identity.date_of_birth".into(), &id.date_of_birth);
        }
        self.code("survivor.age_band".into(), &vocab::AGE_BAND, &s.age_band);
        self.range("survivor.age".into(), s.age, AGE_RANGE);
        if let (Some(age), Some(band)) = (s.age, present(&s.age_band)) {
            if let Some((lo, hi)) = age_band_bounds(band) {
                if (AGE_RANGE.0..=AGE_RANGE.1).contains(&age) && !(lo..=hi).contains(&age) {
                    self.push(
                        "survivor.age_band".into(),
                        "age-band-mismatch",
                        "validation-age-band-mismatch",
                        &[("value", band.to_owned()), ("age", age.to_string())],
                    );
                }
            }
        }
        self.code("survivor.gender".into(), &vocab::GENDER, &s.gender);
        let cc = self.country("survivor.country".into(), &s.country);
        self.region("survivor.region".into(), &s.region, cc.as_deref());
        self.country("survivor.citizenship".into(), &s.citizenship);
        self.code(
            "survivor.child_custody_status".into(),
            &vocab::CHILD_CUSTODY_STATUS,
            &s.child_custody_status,
        );
        self.code(
            "survivor.hiv_status".into(),
            &vocab::HIV_STATUS,
            &s.hiv_status,
        );
        self.codes("survivor.substances", &vocab::SUBSTANCE, &s.substances);
        self.range(
            "survivor.previous_incidents_count".into(),
            s.previous_incidents_count,
            COUNT_RANGE,
        );
    }

    fn perpetrator(&mut self, p: &str, x: &Perpetrator) {
        self.code(format!("{p}.agency"), &vocab::AGENCY, &x.agency);
        self.code(format!("{p}.uniformed"), &vocab::TRI_STATE, &x.uniformed);
        self.range(format!("{p}.count"), x.count, COUNT_RANGE);
        self.code(
            format!("{p}.involvement"),
            &vocab::INVOLVEMENT,
            &x.involvement,
        );
    }

    fn incident(&mut self, p: &str, inc: &Incident, perpetrator_refs: &BTreeSet<String>) {
        self.incident_date(p, inc);
        if let Some(t) = present(&inc.time_of_day) {
            if !vocab::TIME_OF_DAY.contains(t) && date::parse_time_of_day(t).is_none() {
                self.push(
                    format!("{p}.time_of_day"),
                    "invalid-time",
                    "validation-invalid-time",
                    &[("value", t.to_owned())],
                );
            }
        }
        let cc = self.country(format!("{p}.country"), &inc.country);
        self.region(format!("{p}.region"), &inc.region, cc.as_deref());
        self.code(
            format!("{p}.location_type"),
            &vocab::LOCATION_TYPE,
            &inc.location_type,
        );
        if let Some(d) = &inc.detention {
            self.range(
                format!("{p}.detention.duration_hours"),
                d.duration_hours,
                DURATION_HOURS_RANGE,
            );
            self.code(
                format!("{p}.detention.protocol_drawn_up"),
                &vocab::TRI_STATE,
                &d.protocol_drawn_up,
            );
        }
        for (i, act) in inc.acts.iter().enumerate() {
            let a = format!("{p}.acts[{i}]");
            self.code(format!("{a}.act_type"), &vocab::ACT_TYPE, &act.act_type);
            for (j, r) in act.perpetrators.iter().enumerate() {
                if !perpetrator_refs.contains(r) {
                    self.push(
                        format!("{a}.perpetrators[{j}]"),
                        "unknown-reference",
                        "validation-unknown-reference",
                        &[("value", r.clone())],
                    );
                }
            }
            self.code(format!("{a}.intent"), &vocab::INTENT, &act.intent);
            self.code(
                format!("{a}.medical_attention"),
                &vocab::MEDICAL_ATTENTION,
                &act.medical_attention,
            );
        }
    }

    fn incident_date(&mut self, p: &str, inc: &Incident) {
        let precision = present(&inc.date_precision);
        if let Some(code) = precision {
            self.code_str(format!("{p}.date_precision"), &vocab::DATE_PRECISION, code);
        }
        let end = present(&inc.date_end);
        let Some(d) = present(&inc.date) else {
            if end.is_some() {
                self.push(
                    format!("{p}.date_end"),
                    "date-end-without-range",
                    "validation-date-end-without-range",
                    &[],
                );
            }
            return;
        };
        // An unknown precision is already reported above; read the date by its shape.
        let precision = precision.filter(|c| vocab::DATE_PRECISION.contains(c));
        if let Err(e) = PartialDate::parse(d, precision, end) {
            let field = match &e {
                DateError::Invalid { value, .. } if Some(value.as_str()) == end && value != d => {
                    "date_end"
                }
                DateError::Invalid { .. } | DateError::UnknownPrecision(_) => "date",
                DateError::MissingEnd
                | DateError::EndWithoutRange
                | DateError::EndBeforeStart { .. } => "date_end",
            };
            let args = e.args();
            let args: Vec<(&str, String)> =
                args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            self.push(format!("{p}.{field}"), e.code(), e.message_id(), &args);
        }
    }

    /// Reports repeated `ref`s and returns the set of refs present.
    fn unique_refs<'a>(
        &mut self,
        list: &str,
        refs: impl Iterator<Item = &'a Option<String>>,
    ) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for (i, r) in refs.enumerate() {
            if let Some(r) = present(r) {
                if !seen.insert(r.to_owned()) {
                    self.push(
                        format!("{list}[{i}].ref"),
                        "duplicate-reference",
                        "validation-duplicate-reference",
                        &[("value", r.to_owned())],
                    );
                }
            }
        }
        seen
    }
}

/// Inclusive ages an `age-band` code covers.
pub fn age_band_bounds(band: &str) -> Option<(i64, i64)> {
    match band {
        "under-18" => Some((0, 17)),
        "18-24" => Some((18, 24)),
        "25-34" => Some((25, 34)),
        "35-44" => Some((35, 44)),
        "45-54" => Some((45, 54)),
        "55+" => Some((55, AGE_RANGE.1)),
        _ => None,
    }
}

/// The `age-band` code an exact age falls in.
pub fn age_band_for(age: i64) -> Option<&'static str> {
    vocab::AGE_BAND
        .codes
        .iter()
        .copied()
        .find(|b| age_band_bounds(b).is_some_and(|(lo, hi)| (lo..=hi).contains(&age)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn minimal() -> CaseRecord {
        CaseRecord {
            code: "KZ-ALM-2026-0001".into(),
            survivor: Survivor {
                pseudonym: "Айгуль".into(),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn paths(r: &CaseRecord) -> Vec<(String, &'static str)> {
        r.validate()
            .err()
            .map(|e| e.errors.into_iter().map(|e| (e.path, e.code)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn minimal_record_is_valid() {
        assert_eq!(minimal().validate(), Ok(()));
    }

    #[test]
    fn required_fields() {
        let r = CaseRecord::default();
        assert_eq!(
            paths(&r),
            vec![
                ("code".into(), "required"),
                ("survivor.pseudonym".into(), "required")
            ]
        );
        let mut r = minimal();
        r.code = "  ".into();
        assert_eq!(paths(&r), vec![("code".into(), "required")]);
    }

    #[test]
    fn unknown_codes_name_their_field() {
        let mut r = minimal();
        r.status = Some("archived".into());
        r.survivor.substances = vec!["opioids".into(), "cannabis".into()];
        r.perpetrators.push(Perpetrator {
            reference: Some("p1".into()),
            agency: Some("kgb".into()),
            uniformed: Some("other".into()),
            ..Default::default()
        });
        let errs = r.validate().unwrap_err();
        let got: Vec<_> = errs.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            got,
            [
                "status",
                "survivor.substances[1]",
                "perpetrators[0].agency",
                "perpetrators[0].uniformed"
            ]
        );
        let e = &errs.errors[2];
        assert_eq!(e.message_id, "validation-unknown-code");
        assert_eq!(e.args["list"], "agency");
        assert_eq!(e.args["value"], "kgb");
        assert_eq!(e.args["field"], "perpetrators[0].agency");
    }

    #[test]
    fn other_is_accepted_on_open_lists_only() {
        let mut r = minimal();
        r.survivor.gender = Some("other".into());
        r.survivor.gender_other = Some("…".into());
        assert_eq!(r.validate(), Ok(()));
        r.status = Some("other".into());
        assert_eq!(paths(&r), vec![("status".into(), "unknown-code")]);
    }

    #[test]
    fn incident_dates() {
        let mut r = minimal();
        let inc = |date: &str, p: Option<&str>, end: Option<&str>| Incident {
            date: Some(date.into()),
            date_precision: p.map(Into::into),
            date_end: end.map(Into::into),
            ..Default::default()
        };
        r.incidents = vec![
            inc("2026-03-10", Some("exact"), None),
            inc("2026-03", Some("month"), None),
            inc("2026-03-10", Some("range"), Some("2026-03-12")),
            inc("2026-03-40", Some("exact"), None),
            inc("2026-03-10", Some("exact"), Some("2026-03-12")),
            inc("2026-03-10", Some("range"), Some("2026-03-01")),
            inc("2026-03-10", Some("range"), None),
            inc("2026", Some("fortnight"), None),
            inc("2026-03-10", Some("range"), Some("2026-3-12")),
        ];
        assert_eq!(
            paths(&r),
            vec![
                ("incidents[3].date".into(), "invalid-date"),
                ("incidents[4].date_end".into(), "date-end-without-range"),
                ("incidents[5].date_end".into(), "date-end-before-start"),
                ("incidents[6].date_end".into(), "missing-date-end"),
                ("incidents[7].date_precision".into(), "unknown-code"),
                ("incidents[8].date_end".into(), "invalid-date"),
            ]
        );
    }

    #[test]
    fn references_must_exist_and_be_unique() {
        let mut r = minimal();
        let perp = |r: &str| Perpetrator {
            reference: Some(r.into()),
            ..Default::default()
        };
        r.perpetrators = vec![perp("p1"), perp("p2"), perp("p1")];
        r.incidents = vec![
            Incident {
                reference: Some("i1".into()),
                acts: vec![
                    Act::default(),
                    Act::default(),
                    Act {
                        perpetrators: vec!["p9".into(), "p2".into()],
                        ..Default::default()
                    },
                ],
                ..Default::default()
            },
            Incident {
                reference: Some("i1".into()),
                ..Default::default()
            },
        ];
        assert_eq!(
            paths(&r),
            vec![
                ("perpetrators[2].ref".into(), "duplicate-reference"),
                ("incidents[1].ref".into(), "duplicate-reference"),
                (
                    "incidents[0].acts[2].perpetrators[0]".into(),
                    "unknown-reference"
                ),
            ]
        );
    }

    #[test]
    fn numbers_places_times_hashes() {
        let mut r = minimal();
        r.survivor.age = Some(130);
        r.survivor.previous_incidents_count = Some(-1);
        r.survivor.country = Some("kz".into());
        r.survivor.region = Some("UA-30".into());
        r.perpetrators.push(Perpetrator {
            count: Some(-2),
            ..Default::default()
        });
        r.incidents.push(Incident {
            time_of_day: Some("25:00".into()),
            country: Some("KZ".into()),
            region: Some("UA-30".into()),
            detention: Some(Detention {
                duration_hours: Some(-5),
                ..Default::default()
            }),
            ..Default::default()
        });
        r.evidence = Some(Evidence {
            attachments: vec![Attachment {
                sha256: Some("ABC".into()),
                received_at: Some("yesterday".into()),
                ..Default::default()
            }],
            ..Default::default()
        });
        assert_eq!(
            paths(&r),
            vec![
                ("survivor.age".into(), "out-of-range"),
                ("survivor.country".into(), "invalid-country"),
                ("survivor.previous_incidents_count".into(), "out-of-range"),
                ("perpetrators[0].count".into(), "out-of-range"),
                ("incidents[0].time_of_day".into(), "invalid-time"),
                ("incidents[0].region".into(), "region-country-mismatch"),
                (
                    "incidents[0].detention.duration_hours".into(),
                    "out-of-range"
                ),
                ("evidence.attachments[0].sha256".into(), "invalid-hash"),
                (
                    "evidence.attachments[0].received_at".into(),
                    "invalid-timestamp"
                ),
            ]
        );
    }

    #[test]
    fn age_and_band_must_agree() {
        let mut r = minimal();
        r.survivor.age = Some(40);
        r.survivor.age_band = Some("35-44".into());
        assert_eq!(r.validate(), Ok(()));
        r.survivor.age_band = Some("18-24".into());
        assert_eq!(
            paths(&r),
            vec![("survivor.age_band".into(), "age-band-mismatch")]
        );
        assert_eq!(age_band_for(17), Some("under-18"));
        assert_eq!(age_band_for(80), Some("55+"));
    }

    #[test]
    fn consents_unique_per_destination() {
        let mut r = minimal();
        let c = |d: Option<&str>| Consent {
            destination: d.map(Into::into),
            given: Some(true),
            ..Default::default()
        };
        r.consents = vec![
            c(Some("lawyer")),
            c(Some("press")),
            c(Some("lawyer")),
            c(None),
        ];
        assert_eq!(
            paths(&r),
            vec![
                ("consents[1].destination".into(), "unknown-code"),
                ("consents[2].destination".into(), "duplicate-consent"),
                ("consents[3].destination".into(), "required"),
            ]
        );
    }

    #[test]
    fn coded_payload() {
        let err = CaseRecord::default().validate().unwrap_err();
        let payload = err.payload();
        assert_eq!(payload.code, "invalid-case");
        assert_eq!(payload.message_id, "validation-failed");
        assert_eq!(payload.args["count"], "2");
        assert_eq!(payload.args["field"], "code");
        assert!(err.to_string().contains("survivor.pseudonym"));
    }

    #[test]
    fn every_used_message_id_is_listed() {
        let src = include_str!("validate.rs");
        let date_src = include_str!("date.rs");
        let canon_src = include_str!("canonical.rs");
        let path_src = include_str!("path.rs");
        for text in [src, date_src, canon_src, path_src] {
            for (i, _) in text.match_indices("\"validation-") {
                let rest = &text[i + 1..];
                let id = &rest[..rest.find('"').unwrap()];
                if id.ends_with('-') || id.contains(' ') {
                    continue;
                }
                assert!(
                    VALIDATION_MESSAGE_IDS.contains(&id),
                    "{id} missing from VALIDATION_MESSAGE_IDS"
                );
            }
        }
    }
}
