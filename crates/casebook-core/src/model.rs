//! The case record: the canonical interchange shape of one case, exactly as
//! `example-case.json` writes it (snake_case keys, ISO dates as strings, vocabulary
//! codes as strings).
//!
//! Vocabulary-valued fields are plain strings on purpose: an unknown code must reach
//! [`CaseRecord::validate`](crate::validate) and come back as an error that names the
//! field, not fail deep inside a parser with a line and column nobody can act on.
//! For the same reason every struct fills missing keys with defaults, so a record
//! without `code` parses and is then refused by validation as "required".
//!
//! Absent, `null`, and empty lists all mean "not recorded"; serialisation leaves them
//! out, so parse → serialise gives back the input minus its `null` keys.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::canonical::JsonError;

/// One case. `id` and revision metadata are kept by the store, outside the record;
/// use [`CaseEnvelope`] to read or write them alongside. Keys this version does not
/// know (including `id` and `revision`) are ignored when parsing a bare record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseRecord {
    /// Human-readable reference, unique per vault (`KZ-ALM-2026-0042`). Required.
    pub code: String,
    /// `status` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intake: Option<Intake>,
    /// `source-reliability` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_reliability: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_reliability_other: Option<String>,
    /// Free tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    pub survivor: Survivor,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub perpetrators: Vec<Perpetrator>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub incidents: Vec<Incident>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responses: Option<Responses>,
    /// At most one entry per destination.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<Consent>,
    /// Free notes of the documenter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl CaseRecord {
    /// Parses interchange JSON. Structural problems (a number where text belongs) are
    /// errors here; everything about content is left to [`CaseRecord::validate`].
    pub fn from_json_str(json: &str) -> Result<Self, JsonError> {
        serde_json::from_str(json).map_err(JsonError::Parse)
    }

    pub fn from_json_value(value: serde_json::Value) -> Result<Self, JsonError> {
        serde_json::from_value(value).map_err(JsonError::Parse)
    }

    pub fn to_json_value(&self) -> Result<serde_json::Value, JsonError> {
        serde_json::to_value(self).map_err(JsonError::Encode)
    }

    /// Pretty JSON for people and files; use [`crate::canonical`] for hashing.
    pub fn to_json_pretty(&self) -> Result<String, JsonError> {
        serde_json::to_string_pretty(self).map_err(JsonError::Encode)
    }

    /// The perpetrator with this `ref`.
    pub fn perpetrator(&self, reference: &str) -> Option<&Perpetrator> {
        self.perpetrators
            .iter()
            .find(|p| p.reference.as_deref() == Some(reference))
    }

    /// The consent entry for a destination, if one was recorded.
    pub fn consent_entry(&self, destination: &str) -> Option<&Consent> {
        self.consents
            .iter()
            .find(|c| c.destination.as_deref() == Some(destination))
    }

    /// What the survivor agreed to for one destination. Every output asks this before
    /// it produces anything.
    pub fn consent_for(&self, destination: &str) -> ConsentState {
        match self.consent_entry(destination) {
            None => ConsentState::Missing,
            Some(c)
                if c.revoked_at
                    .as_deref()
                    .is_some_and(|r| !r.trim().is_empty()) =>
            {
                ConsentState::Revoked
            }
            Some(c) => match c.given {
                Some(true) => ConsentState::Given {
                    // An unanswered named/anonymised question must not expose her name.
                    named: c.named_or_anonymised.as_deref() == Some("named"),
                },
                Some(false) => ConsentState::Refused,
                None => ConsentState::Missing,
            },
        }
    }
}

/// The answer to "may this case go to that destination?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsentState {
    /// Given and not revoked; `named` is false unless she agreed to be named.
    Given { named: bool },
    /// Asked and refused.
    Refused,
    /// Given once, later revoked.
    Revoked,
    /// Never asked, or the answer was not recorded.
    Missing,
}

impl ConsentState {
    pub fn is_given(self) -> bool {
        matches!(self, ConsentState::Given { .. })
    }
}

/// A record together with the identity the store gives it, as the program writes a
/// case out (`id` + revision + the record's own keys, all at the top level).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEnvelope {
    /// UUID v7 made on the device that created the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Id of the revision this content is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    #[serde(flatten)]
    pub record: CaseRecord,
}

/// Who took the case in, when and how.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Intake {
    /// ISO date `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `intake-channel` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_other: Option<String>,
    /// Pseudonym of the paralegal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documenter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

/// The one survivor of a case. Only `pseudonym` is required: intake must never be blocked because a frightened person skips a question.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Survivor {
    /// Pseudonym or code name. Required.
    pub pseudonym: String,
    /// Real identity; excluded from every redacted output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    /// `age-band` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_band: Option<String>,
    /// Exact age in years, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// `gender` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender_other: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// ISO 3166-2 admin-1 code (gazetteer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settlement: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stateless: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pregnant_at_incident: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_children: Option<bool>,
    /// `child-custody-status` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_custody_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_custody_status_other: Option<String>,
    /// `hiv-status` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hiv_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_art: Option<bool>,
    /// `substance` codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub substances: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substances_other: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ost_client: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub harm_reduction_client: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex_work: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disability: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homeless: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_incidents_count: Option<i64>,
}

/// The sensitive identity block, kept apart from everything that may be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Identity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// ISO date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// ID document number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_document: Option<String>,
}

/// One perpetrator, or a group described together (`count`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Perpetrator {
    /// Short reference acts point to (`p1`).
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// `agency` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency_other: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<String>,
    /// Sensitive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub badge_number: Option<String>,
    /// `tri-state` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uniformed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vehicle_plate: Option<String>,
    /// How many people this entry describes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Could the survivor recognise them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifiable_again: Option<bool>,
    /// `involvement` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub involvement: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub involvement_other: Option<String>,
}

/// One incident; a case may hold several.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Incident {
    /// Short reference (`i1`).
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// ISO 8601 at `date_precision`; see [`PartialDate`](crate::PartialDate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `date-precision` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_precision: Option<String>,
    /// Only with precision `range`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_end: Option<String>,
    /// `time-of-day` code or exact `HH:MM`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_of_day: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settlement: Option<String>,
    /// `location-type` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_type_other: Option<String>,
    /// In the survivor's own words and language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative_translation: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub witnesses: Vec<Witness>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detention: Option<Detention>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<Act>,
}

/// Someone who saw the incident.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Witness {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    /// Sensitive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub willing_to_testify: Option<bool>,
}

/// Whether and how the survivor was held.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Detention {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detained: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_hours: Option<i64>,
    /// `tri-state` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol_drawn_up: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub released_how: Option<String>,
}

/// One thing that was done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Act {
    /// `act-type` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act_type_other: Option<String>,
    /// `ref`s of the case's perpetrators.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub perpetrators: Vec<String>,
    /// `intent` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent_other: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub physical_consequences: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub psychological_consequences: Option<String>,
    /// `medical-attention` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medical_attention: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medical_attention_other: Option<String>,
}

/// What documents the case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evidence {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub medical_documentation: Vec<MedicalDocumentation>,
}

/// Metadata of one attachment; the content lives encrypted in the vault, addressed by `sha256`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct Attachment {
    /// Lowercase hex SHA-256 of the plaintext.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(type = "number | null")]
    pub size: Option<u64>,
    /// MIME type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Original file name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Date or RFC 3339 timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captured_at: Option<String>,
    /// Date or RFC 3339 timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A medical examination (Istanbul Protocol).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MedicalDocumentation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub examiner: Option<String>,
    /// ISO date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body_marks: Vec<BodyMark>,
    /// `consistency` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consistency: Option<String>,
}

/// A mark on the body diagram.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BodyMark {
    /// `body-region` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_other: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// What was done for her.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Responses {
    /// `service` codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub services_other: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub referrals: Vec<Referral>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub complaints: Vec<Complaint>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
}

/// A referral to another service.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Referral {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// ISO date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_given: Option<bool>,
    /// Free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

/// A complaint filed with an authority.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Complaint {
    /// `complaint-body` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_other: Option<String>,
    /// ISO date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_filed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_number: Option<String>,
    /// ISO date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// `complaint-response` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_other: Option<String>,
    /// `complaint-outcome` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome_other: Option<String>,
}

/// A follow-up: done on `date`, or still due on `due` (drives reminders).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUp {
    /// ISO date it was done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// ISO date it is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Consent for one destination: dated, revocable, with who obtained it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Consent {
    /// `consent-destination` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given: Option<bool>,
    /// `named-or-anonymised` code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub named_or_anonymised: Option<String>,
    /// ISO date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obtained_by: Option<String>,
    /// Date or RFC 3339 timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<String>,
}
impl Incident {
    /// The incident date, parsed at its precision; `None` when no date was recorded.
    pub fn partial_date(&self) -> Option<Result<crate::PartialDate, crate::date::DateError>> {
        let date = self.date.as_deref().filter(|d| !d.is_empty())?;
        Some(crate::PartialDate::parse(
            date,
            self.date_precision.as_deref(),
            self.date_end.as_deref(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record_with_consents(consents: Vec<Consent>) -> CaseRecord {
        CaseRecord {
            code: "X-1".into(),
            consents,
            ..Default::default()
        }
    }

    fn consent(
        dest: &str,
        given: Option<bool>,
        named: Option<&str>,
        revoked: Option<&str>,
    ) -> Consent {
        Consent {
            destination: Some(dest.into()),
            given,
            named_or_anonymised: named.map(Into::into),
            revoked_at: revoked.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn consent_states() {
        let r = record_with_consents(vec![
            consent("lawyer", Some(true), Some("named"), None),
            consent("documentation", Some(true), None, None),
            consent(
                "national-bodies",
                Some(true),
                Some("named"),
                Some("2026-04-01"),
            ),
            consent("un-treaty-bodies", Some(false), None, None),
            consent("un-special-procedures", None, None, None),
        ]);
        assert_eq!(r.consent_for("lawyer"), ConsentState::Given { named: true });
        assert_eq!(
            r.consent_for("documentation"),
            ConsentState::Given { named: false }
        );
        assert_eq!(r.consent_for("national-bodies"), ConsentState::Revoked);
        assert_eq!(r.consent_for("un-treaty-bodies"), ConsentState::Refused);
        assert_eq!(
            r.consent_for("un-special-procedures"),
            ConsentState::Missing
        );
        assert_eq!(
            r.consent_for("media-advocacy-anonymised"),
            ConsentState::Missing
        );
        assert!(r.consent_for("lawyer").is_given());
    }

    #[test]
    fn missing_keys_default_and_unknown_keys_are_ignored() {
        let r: CaseRecord =
            serde_json::from_str(r#"{"id":"x","revision":"y","survivor":{"pseudonym":"A"}}"#)
                .unwrap();
        assert_eq!(r.code, "");
        assert_eq!(r.survivor.pseudonym, "A");
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"code": "", "survivor": {"pseudonym": "A"}})
        );
    }

    #[test]
    fn envelope_carries_id_and_revision() {
        let json = r#"{"id":"0190f5d2-7a3c-7cc1-8f00-000000000001","revision":"abc","code":"K-1","survivor":{"pseudonym":"A"}}"#;
        let env: CaseEnvelope = serde_json::from_str(json).unwrap();
        assert_eq!(env.revision.as_deref(), Some("abc"));
        assert_eq!(env.record.code, "K-1");
        let back: serde_json::Value = serde_json::to_value(&env).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
    }

    #[test]
    fn wrong_structure_is_a_parse_error() {
        let err = CaseRecord::from_json_str(r#"{"code": 5}"#).unwrap_err();
        assert!(matches!(err, JsonError::Parse(_)));
    }
}
