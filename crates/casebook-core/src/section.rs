//! The sections of the case view, each edited on its own: what a section is made of
//! and how saving one takes only its part of an edited copy into the case as it is
//! now. The names are the ones the desktop program's UI sends (`consent`, …); any
//! other name is refused, never read as "the whole record".

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::{CaseRecord, Evidence};

/// One section of the case view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// Consents and the intake block (who documented, when, how).
    Consent,
    Survivor,
    /// Incidents with their acts, and the perpetrators an act may add.
    Incidents,
    Perpetrators,
    /// Medical documentation; attachments are added outside the section.
    Evidence,
    Responses,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Consent,
        Section::Survivor,
        Section::Incidents,
        Section::Perpetrators,
        Section::Evidence,
        Section::Responses,
    ];

    /// The name on the wire and in the vault's drafts.
    pub fn code(self) -> &'static str {
        match self {
            Section::Consent => "consent",
            Section::Survivor => "survivor",
            Section::Incidents => "incidents",
            Section::Perpetrators => "perpetrators",
            Section::Evidence => "evidence",
            Section::Responses => "responses",
        }
    }

    /// The case as it is now (`head`) with this section taken from an edited copy.
    /// Saving a section this way never undoes what was saved meanwhile in another
    /// section (a status change, a seal, an edit from another device). Evidence keeps
    /// the case's own attachments: they are added outside the section, so the
    /// edited copy's list may be stale.
    pub fn apply(self, head: &CaseRecord, edited: &CaseRecord) -> CaseRecord {
        let mut out = head.clone();
        match self {
            Section::Consent => {
                out.consents = edited.consents.clone();
                out.intake = edited.intake.clone();
            }
            Section::Survivor => out.survivor = edited.survivor.clone(),
            Section::Incidents => {
                out.incidents = edited.incidents.clone();
                out.perpetrators = edited.perpetrators.clone();
            }
            Section::Perpetrators => out.perpetrators = edited.perpetrators.clone(),
            Section::Evidence => {
                let attachments = head
                    .evidence
                    .as_ref()
                    .map(|e| e.attachments.clone())
                    .unwrap_or_default();
                out.evidence = edited.evidence.clone();
                if let Some(e) = out.evidence.as_mut() {
                    e.attachments = attachments;
                } else if !attachments.is_empty() {
                    out.evidence = Some(Evidence {
                        attachments,
                        ..Default::default()
                    });
                }
            }
            Section::Responses => out.responses = edited.responses.clone(),
        }
        out
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A section name that is none of [`Section::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown section of the case view: {0:?}")]
pub struct UnknownSection(pub String);

impl FromStr for Section {
    type Err = UnknownSection;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Section::ALL
            .into_iter()
            .find(|x| x.code() == s)
            .ok_or_else(|| UnknownSection(s.to_owned()))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const PARTS: [&str; 7] = [
        "consents",
        "intake",
        "survivor",
        "incidents",
        "perpetrators",
        "evidence",
        "responses",
    ];

    fn head() -> CaseRecord {
        serde_json::from_value(json!({
            "code": "KZ-1",
            "status": "open",
            "notes": "head notes",
            "tags": ["head"],
            "intake": {"documenter": "Head"},
            "consents": [{"destination": "internal-database", "given": true}],
            "survivor": {"pseudonym": "Head"},
            "incidents": [{"narrative": "head"}],
            "perpetrators": [{"ref": "p1", "unit": "head"}],
            "evidence": {
                "attachments": [{"sha256": "aa", "file_name": "head.jpg"}],
                "medical_documentation": [{"findings": "head"}]
            },
            "responses": {"services": ["legal"]}
        }))
        .unwrap()
    }

    fn edited() -> CaseRecord {
        serde_json::from_value(json!({
            "code": "KZ-EDITED",
            "status": "closed",
            "notes": "edited notes",
            "tags": ["edited"],
            "intake": {"documenter": "Edited"},
            "consents": [{"destination": "internal-database", "given": false}],
            "survivor": {"pseudonym": "Edited"},
            "incidents": [{"narrative": "edited"}],
            "perpetrators": [{"ref": "p1", "unit": "edited"}],
            "evidence": {
                "attachments": [{"sha256": "bb", "file_name": "stale.jpg"}],
                "medical_documentation": [{"findings": "edited"}]
            },
            "responses": {"services": ["medical"]}
        }))
        .unwrap()
    }

    fn part(r: &CaseRecord, name: &str) -> Value {
        serde_json::to_value(r).unwrap()[name].clone()
    }

    /// Which parts of the record each section takes from the edited copy.
    fn takes(s: Section) -> &'static [&'static str] {
        match s {
            Section::Consent => &["consents", "intake"],
            Section::Survivor => &["survivor"],
            Section::Incidents => &["incidents", "perpetrators"],
            Section::Perpetrators => &["perpetrators"],
            Section::Evidence => &["evidence"],
            Section::Responses => &["responses"],
        }
    }

    #[test]
    fn each_section_takes_only_its_part() {
        let (head, edited) = (head(), edited());
        for s in Section::ALL {
            let out = s.apply(&head, &edited);
            for name in PARTS {
                let from = if takes(s).contains(&name) {
                    &edited
                } else {
                    &head
                };
                if s == Section::Evidence && name == "evidence" {
                    // The edited findings, the case's own attachments.
                    let e = part(&out, "evidence");
                    assert_eq!(
                        e["medical_documentation"],
                        part(&edited, name)["medical_documentation"]
                    );
                    assert_eq!(e["attachments"], part(&head, name)["attachments"]);
                    continue;
                }
                assert_eq!(part(&out, name), part(from, name), "{s}: {name}");
            }
            // Never the fields no section edits.
            for name in ["code", "status", "notes", "tags"] {
                assert_eq!(part(&out, name), part(&head, name), "{s}: {name}");
            }
        }
    }

    #[test]
    fn evidence_keeps_attachments_when_the_edit_dropped_the_block() {
        let mut edited = edited();
        edited.evidence = None;
        let out = Section::Evidence.apply(&head(), &edited);
        let e = out.evidence.unwrap();
        assert_eq!(e.attachments, head().evidence.unwrap().attachments);
        assert!(e.medical_documentation.is_empty());
    }

    #[test]
    fn the_names_are_the_uis_and_nothing_else_is_a_section() {
        for s in Section::ALL {
            assert_eq!(s.code().parse::<Section>().unwrap(), s);
            assert_eq!(serde_json::to_value(s).unwrap(), json!(s.code()));
            assert_eq!(
                serde_json::from_value::<Section>(json!(s.code())).unwrap(),
                s
            );
        }
        for bad in ["", "all", "Survivor", "survivor ", "acts", "record"] {
            assert_eq!(bad.parse::<Section>(), Err(UnknownSection(bad.to_owned())));
            assert!(serde_json::from_value::<Section>(json!(bad)).is_err());
        }
    }
}
