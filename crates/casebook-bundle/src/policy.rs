//! Who may receive what. A contact's role decides, per case, whether it may go and
//! how much of it:
//!
//! | role                      | needs consent                  | receives          |
//! |---------------------------|--------------------------------|-------------------|
//! | `own-device`, `centre-hub`| —                              | full record       |
//! | `lawyer`                  | `lawyer` given, not revoked    | full if she agreed to be named, else pseudonymised |
//! | `network`                 | —                              | no case records   |
//!
//! With several recipients a case goes only if every one of them may have it, at the
//! most protective redaction among them. Refused cases are listed with the reason.

use casebook_core::model::Identity;
use casebook_core::redact::Scrubber;
use casebook_core::{CaseRecord, ConsentState};
use casebook_store::ContactRole;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Redaction {
    Full,
    /// Identity block, witnesses' names and contacts, perpetrators' names, free notes
    /// and attachments removed; her name (any part, any form), phone and ID digits and
    /// birth date scrubbed from every remaining string and from revision reasons and
    /// authors ([`casebook_core::redact`]); dates and places kept.
    Pseudonymised,
}

impl Redaction {
    pub fn code(self) -> &'static str {
        match self {
            Redaction::Full => "full",
            Redaction::Pseudonymised => "pseudonymised",
        }
    }
}

/// Why a case was not put in a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case", tag = "reason")]
pub enum RefusalReason {
    /// The consent a role needs is not given (missing, refused or revoked).
    ConsentMissing {
        role: String,
        destination: String,
        state: String,
    },
    /// The role receives no case records at all: a network gets de-identified
    /// statistics, never cases (`organisation-network-stats` is aggregate only).
    RoleGetsNoRecords { role: String },
    /// The case's content could not be read.
    Unreadable,
}

impl RefusalReason {
    /// Fluent id of the sentence explaining it.
    pub fn message_id(&self) -> &'static str {
        match self {
            RefusalReason::ConsentMissing { .. } => "bundle-refused-consent",
            RefusalReason::RoleGetsNoRecords { .. } => "bundle-refused-role",
            RefusalReason::Unreadable => "bundle-refused-unreadable",
        }
    }
}

fn state_code(s: ConsentState) -> &'static str {
    match s {
        ConsentState::Given { .. } => "given",
        ConsentState::Refused => "refused",
        ConsentState::Revoked => "revoked",
        ConsentState::Missing => "missing",
    }
}

/// What one role may receive of one case.
pub fn decide(role: ContactRole, record: &CaseRecord) -> Result<Redaction, RefusalReason> {
    let needs = |destination: &str| {
        let state = record.consent_for(destination);
        match state {
            ConsentState::Given { named } => Ok(named),
            other => Err(RefusalReason::ConsentMissing {
                role: role.code().to_owned(),
                destination: destination.to_owned(),
                state: state_code(other).to_owned(),
            }),
        }
    };
    match role {
        ContactRole::OwnDevice | ContactRole::CentreHub => Ok(Redaction::Full),
        ContactRole::Lawyer => Ok(if needs("lawyer")? {
            Redaction::Full
        } else {
            Redaction::Pseudonymised
        }),
        ContactRole::Network | ContactRole::Outreach => Err(RefusalReason::RoleGetsNoRecords {
            role: role.code().to_owned(),
        }),
    }
}

/// The decision for a set of recipients: every one must be allowed; the strictest
/// redaction wins.
pub fn decide_all(roles: &[ContactRole], record: &CaseRecord) -> Result<Redaction, RefusalReason> {
    let mut out = Redaction::Full;
    for r in roles {
        out = out.max(decide(*r, record)?);
    }
    Ok(out)
}

fn remove(v: &mut Value, pointer: &str, key: &str) {
    if let Some(o) = v.pointer_mut(pointer).and_then(Value::as_object_mut) {
        o.remove(key);
    }
}

/// The scrubber for a pseudonymised history: what identifies people in any of its
/// revisions (a phone number replaced later may still be quoted in an older
/// narrative or reason).
pub fn history_scrubber<'a>(contents: impl IntoIterator<Item = &'a Value>) -> Scrubber {
    let mut scrub = Scrubber::default();
    for c in contents {
        let record = CaseRecord::deserialize(c).unwrap_or_else(|_| {
            // A revision this version cannot read whole: at least her identity.
            let mut r = CaseRecord::default();
            r.survivor.identity = c
                .pointer("/survivor/identity")
                .and_then(|i| Identity::deserialize(i).ok());
            r
        });
        scrub.add_record(&record);
    }
    scrub
}

/// The pseudonymised form of a record's JSON: the named sensitive fields removed
/// (works on unknown fields too), then every remaining string run through `scrub`
/// (see [`history_scrubber`]).
pub fn pseudonymise(content: &Value, scrub: &Scrubber) -> Value {
    let mut v = content.clone();
    remove(&mut v, "/survivor", "identity");
    remove(&mut v, "", "notes");
    remove(&mut v, "/evidence", "attachments");
    if let Some(ps) = v.get_mut("perpetrators").and_then(Value::as_array_mut) {
        for p in ps.iter_mut().filter_map(Value::as_object_mut) {
            p.remove("name");
        }
    }
    if let Some(incidents) = v.get_mut("incidents").and_then(Value::as_array_mut) {
        for i in incidents {
            if let Some(ws) = i.get_mut("witnesses").and_then(Value::as_array_mut) {
                for w in ws.iter_mut().filter_map(Value::as_object_mut) {
                    w.remove("pseudonym");
                    w.remove("contact");
                }
            }
        }
    }
    if v.pointer("/evidence")
        .and_then(Value::as_object)
        .is_some_and(|o| o.is_empty())
    {
        remove(&mut v, "", "evidence");
    }
    scrub.value(&mut v);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(consents: Value) -> CaseRecord {
        CaseRecord::from_json_value(
            json!({"code": "K-1", "survivor": {"pseudonym": "A"}, "consents": consents}),
        )
        .unwrap()
    }

    #[test]
    fn roles_and_consent() {
        let none = record(json!([]));
        assert_eq!(decide(ContactRole::CentreHub, &none), Ok(Redaction::Full));
        assert_eq!(decide(ContactRole::OwnDevice, &none), Ok(Redaction::Full));
        assert!(decide(ContactRole::Lawyer, &none).is_err());
        assert!(decide(ContactRole::Network, &none).is_err());
        let everything = record(json!([
            {"destination": "organisation-network-stats", "given": true, "named_or_anonymised": "named"},
            {"destination": "lawyer", "given": true, "named_or_anonymised": "named"},
            {"destination": "documentation", "given": true, "named_or_anonymised": "named"}
        ]));
        assert_eq!(
            decide(ContactRole::Network, &everything),
            Err(RefusalReason::RoleGetsNoRecords {
                role: "network".into()
            }),
            "a network never receives case records, whatever she consented to"
        );
        let named = record(
            json!([{"destination": "lawyer", "given": true, "named_or_anonymised": "named"}]),
        );
        assert_eq!(decide(ContactRole::Lawyer, &named), Ok(Redaction::Full));
        let anon = record(json!([{"destination": "lawyer", "given": true}]));
        assert_eq!(
            decide(ContactRole::Lawyer, &anon),
            Ok(Redaction::Pseudonymised)
        );
        let revoked =
            record(json!([{"destination": "lawyer", "given": true, "revoked_at": "2026-01-01"}]));
        assert_eq!(
            decide(ContactRole::Lawyer, &revoked),
            Err(RefusalReason::ConsentMissing {
                role: "lawyer".into(),
                destination: "lawyer".into(),
                state: "revoked".into()
            })
        );
        let stats = record(
            json!([{"destination": "organisation-network-stats", "given": true, "named_or_anonymised": "named"}]),
        );
        assert!(decide(ContactRole::Network, &stats).is_err());
        assert!(decide_all(&[ContactRole::CentreHub, ContactRole::Network], &stats).is_err());
        assert!(decide_all(&[ContactRole::CentreHub, ContactRole::Lawyer], &stats).is_err());
    }

    #[test]
    fn pseudonymising_removes_identifying_fields() {
        let v = json!({
            "code": "K-1", "notes": "her sister's phone",
            "survivor": {"pseudonym": "A", "identity": {"legal_name": "X"}, "age": 30},
            "perpetrators": [{"ref": "p1", "name": "Ivanov", "rank": "captain"}],
            "incidents": [{"ref": "i1", "date": "2026-01-02", "witnesses": [{"pseudonym": "W", "contact": "+7", "willing_to_testify": true}]}],
            "evidence": {"attachments": [{"sha256": "aa"}]}
        });
        assert_eq!(
            pseudonymise(&v, &Scrubber::default()),
            json!({
                "code": "K-1",
                "survivor": {"pseudonym": "A", "age": 30},
                "perpetrators": [{"ref": "p1", "rank": "captain"}],
                "incidents": [{"ref": "i1", "date": "2026-01-02", "witnesses": [{"willing_to_testify": true}]}]
            })
        );
    }

    #[test]
    fn pseudonymising_scrubs_free_text_with_every_revision_identity() {
        let old = json!({
            "code": "K-1",
            "survivor": {"pseudonym": "A", "identity": {"phone": "+380 67 123 45 67"}},
        });
        let head = json!({
            "code": "K-1",
            "survivor": {"pseudonym": "A", "identity": {"legal_name": "Оксана Квітчаста", "date_of_birth": "1990-03-14"}},
            "perpetrators": [{"ref": "p1", "name": "Петренко"}],
            "incidents": [{"narrative": "Квітчастої не було; Оксану бив Петренка брат; тел. 067 123 45 67, нар. 14.03.1990"}],
            "evidence": {"medical_documentation": [{"findings": "у ОКСАНИ синці"}]}
        });
        let scrub = history_scrubber([&old, &head]);
        let out = pseudonymise(&head, &scrub);
        assert_eq!(
            out.pointer("/incidents/0/narrative"),
            Some(&json!("[…] не було; […] бив […] брат; тел. […], нар. […]"))
        );
        assert_eq!(
            out.pointer("/evidence/medical_documentation/0/findings"),
            Some(&json!("у […] синці"))
        );
        // A revision whose shape this version cannot read still gives her identity.
        let odd = json!({"code": 5, "survivor": {"identity": {"legal_name": "Мар'яна"}}});
        assert_eq!(history_scrubber([&odd]).text("Марʼяну"), "[…]");
    }
}
