//! Every controlled vocabulary of the data model, as data.
//!
//! Codes are stable machine identifiers: once shipped they never change, because
//! records, bundles and statistics from older versions keep using them. The words a
//! person reads live in `locales/<lang>/vocab.ftl` under [`message_id`]; the list
//! names under [`list_message_id`].
//!
//! Lists that describe the world (agencies, places, acts...) contain `other`, which a
//! record pairs with a free-text `<field>_other` note. Lists that drive program logic
//! (status, consent destinations, date precision, tri-state...) are closed on purpose:
//! an `other` there would have no defined behaviour.

/// One controlled vocabulary: its list name (kebab-case, as used in Fluent ids) and
/// its codes in the order forms should offer them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vocabulary {
    pub name: &'static str,
    pub codes: &'static [&'static str],
}

impl Vocabulary {
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains(&code)
    }

    /// Whether the list accepts `other` with a free-text note.
    pub fn is_open(&self) -> bool {
        self.contains(OTHER)
    }
}

/// The code every open list uses for "something not on this list".
pub const OTHER: &str = "other";

pub const STATUS: Vocabulary = Vocabulary {
    name: "status",
    codes: &["draft", "open", "referred", "closed", "sealed"],
};

pub const INTAKE_CHANNEL: Vocabulary = Vocabulary {
    name: "intake-channel",
    codes: &[
        "drop-in",
        "outreach",
        "hotline",
        "lawyer",
        "peer-report",
        "self-report",
        "other",
    ],
};

pub const SOURCE_RELIABILITY: Vocabulary = Vocabulary {
    name: "source-reliability",
    codes: &["first-hand", "witness", "second-hand", "unknown", "other"],
};

pub const AGE_BAND: Vocabulary = Vocabulary {
    name: "age-band",
    codes: &["under-18", "18-24", "25-34", "35-44", "45-54", "55+"],
};

pub const GENDER: Vocabulary = Vocabulary {
    name: "gender",
    codes: &["woman", "trans-woman", "non-binary", "other"],
};

pub const HIV_STATUS: Vocabulary = Vocabulary {
    name: "hiv-status",
    codes: &["positive", "negative", "unknown", "not-disclosed"],
};

pub const SUBSTANCE: Vocabulary = Vocabulary {
    name: "substance",
    codes: &[
        "opioids",
        "stimulants",
        "methadone-buprenorphine-ost",
        "new-psychoactive-substances",
        "alcohol",
        "other",
    ],
};

pub const CHILD_CUSTODY_STATUS: Vocabulary = Vocabulary {
    name: "child-custody-status",
    codes: &[
        "with-survivor",
        "with-relatives",
        "state-care",
        "removed",
        "not-applicable",
        "other",
    ],
};

pub const LOCATION_TYPE: Vocabulary = Vocabulary {
    name: "location-type",
    codes: &[
        "street",
        "home",
        "police-vehicle",
        "police-station",
        "temporary-detention",
        "pre-trial-detention",
        "harm-reduction-site",
        "ost-site",
        "pharmacy",
        "hospital",
        "court",
        "other",
    ],
};

/// Coarse time of day; a record may instead give an exact `HH:MM`.
pub const TIME_OF_DAY: Vocabulary = Vocabulary {
    name: "time-of-day",
    codes: &["morning", "day", "evening", "night"],
};

pub const DATE_PRECISION: Vocabulary = Vocabulary {
    name: "date-precision",
    codes: &["exact", "month", "year", "range"],
};

/// Yes / no / unknown answers (`uniformed`, `protocol_drawn_up`): "unknown" is an
/// answer in its own right, distinct from a skipped question.
pub const TRI_STATE: Vocabulary = Vocabulary {
    name: "tri-state",
    codes: &["yes", "no", "unknown"],
};

/// Act types grouped as the data model groups them. The flat [`ACT_TYPE`] list is
/// checked against this table by a unit test so the two can never drift apart.
pub const ACT_TYPE_GROUPS: &[(&str, &[&str])] = &[
    (
        "physical",
        &[
            "beating",
            "asphyxiation",
            "electric-shock",
            "stress-positions",
            "burns",
            "use-of-weapon",
            "other-physical",
        ],
    ),
    (
        "sexual",
        &[
            "rape",
            "sexual-assault",
            "sex-for-release",
            "forced-undressing",
            "search-by-male-officers",
            "sexual-harassment",
        ],
    ),
    (
        "psychological",
        &[
            "threats",
            "humiliation",
            "threat-child-custody",
            "threat-disclose-hiv-status",
            "threat-disclose-drug-use",
            "insults",
        ],
    ),
    (
        "liberty",
        &[
            "detention-without-protocol",
            "detention-beyond-limit",
            "arrest-for-syringes",
            "planted-drugs",
            "fabricated-charges",
        ],
    ),
    (
        "coercion",
        &[
            "forced-confession",
            "forced-testimony",
            "informant-recruitment",
            "pressure-against-partner",
        ],
    ),
    (
        "economic",
        &[
            "extortion-bribe",
            "confiscation-money",
            "confiscation-phone",
            "confiscation-syringes",
            "confiscation-naloxone",
            "confiscation-ost-medicine",
        ],
    ),
    (
        "health",
        &[
            "ost-denied-in-custody",
            "withdrawal-as-coercion",
            "medical-care-refused",
            "forced-drug-test",
            "forced-hiv-test",
            "forced-narcological-registration",
            "hiv-status-disclosed",
        ],
    ),
    (
        "procedure",
        &[
            "lawyer-refused",
            "rights-not-read",
            "relatives-not-notified",
            "forced-signature",
            "signed-without-understanding",
            "interpreter-refused",
        ],
    ),
    ("custody", &["child-removed", "child-removal-threatened"]),
    ("death-in-custody", &["death-in-custody"]),
    ("other", &["other"]),
];

pub const ACT_GROUP: Vocabulary = Vocabulary {
    name: "act-group",
    codes: &[
        "physical",
        "sexual",
        "psychological",
        "liberty",
        "coercion",
        "economic",
        "health",
        "procedure",
        "custody",
        "death-in-custody",
        "other",
    ],
};

pub const ACT_TYPE: Vocabulary = Vocabulary {
    name: "act-type",
    codes: &[
        "beating",
        "asphyxiation",
        "electric-shock",
        "stress-positions",
        "burns",
        "use-of-weapon",
        "other-physical",
        "rape",
        "sexual-assault",
        "sex-for-release",
        "forced-undressing",
        "search-by-male-officers",
        "sexual-harassment",
        "threats",
        "humiliation",
        "threat-child-custody",
        "threat-disclose-hiv-status",
        "threat-disclose-drug-use",
        "insults",
        "detention-without-protocol",
        "detention-beyond-limit",
        "arrest-for-syringes",
        "planted-drugs",
        "fabricated-charges",
        "forced-confession",
        "forced-testimony",
        "informant-recruitment",
        "pressure-against-partner",
        "extortion-bribe",
        "confiscation-money",
        "confiscation-phone",
        "confiscation-syringes",
        "confiscation-naloxone",
        "confiscation-ost-medicine",
        "ost-denied-in-custody",
        "withdrawal-as-coercion",
        "medical-care-refused",
        "forced-drug-test",
        "forced-hiv-test",
        "forced-narcological-registration",
        "hiv-status-disclosed",
        "lawyer-refused",
        "rights-not-read",
        "relatives-not-notified",
        "forced-signature",
        "signed-without-understanding",
        "interpreter-refused",
        "child-removed",
        "child-removal-threatened",
        "death-in-custody",
        "other",
    ],
};

pub const INTENT: Vocabulary = Vocabulary {
    name: "intent",
    codes: &[
        "information",
        "confession",
        "intimidation",
        "punishment",
        "extortion",
        "sexual-gratification",
        "unknown",
        "other",
    ],
};

pub const MEDICAL_ATTENTION: Vocabulary = Vocabulary {
    name: "medical-attention",
    codes: &[
        "none",
        "refused",
        "first-aid",
        "hospital",
        "forensic-exam",
        "other",
    ],
};

pub const AGENCY: Vocabulary = Vocabulary {
    name: "agency",
    codes: &[
        "patrol-police",
        "criminal-investigation",
        "drug-control-unit",
        "traffic-police",
        "special-forces",
        "pre-trial-detention-staff",
        "prison-staff",
        "prosecutor",
        "narcology-staff",
        "medical-staff",
        "other",
    ],
};

pub const INVOLVEMENT: Vocabulary = Vocabulary {
    name: "involvement",
    codes: &[
        "perpetrated",
        "ordered",
        "present",
        "failed-to-intervene",
        "other",
    ],
};

/// Istanbul Protocol grading of how far findings match the account; closed because
/// the grades have fixed legal meanings.
pub const CONSISTENCY: Vocabulary = Vocabulary {
    name: "consistency",
    codes: &[
        "not-consistent",
        "consistent",
        "highly-consistent",
        "typical",
        "diagnostic",
    ],
};

pub const BODY_REGION: Vocabulary = Vocabulary {
    name: "body-region",
    codes: &[
        "head",
        "face",
        "neck",
        "chest",
        "abdomen",
        "upper-back",
        "lower-back",
        "left-arm",
        "right-arm",
        "left-hand",
        "right-hand",
        "genitals",
        "buttocks",
        "left-leg",
        "right-leg",
        "feet",
        "other",
    ],
};

pub const SERVICE: Vocabulary = Vocabulary {
    name: "service",
    codes: &[
        "legal-consultation",
        "legal-representation",
        "medical",
        "psychosocial",
        "shelter",
        "ost-continuity",
        "harm-reduction-supplies",
        "peer-support",
        "other",
    ],
};

pub const COMPLAINT_BODY: Vocabulary = Vocabulary {
    name: "complaint-body",
    codes: &[
        "police-internal-affairs",
        "prosecutor",
        "ombudsman",
        "court",
        "un-special-procedure",
        "un-treaty-body",
        "other",
    ],
};

pub const COMPLAINT_RESPONSE: Vocabulary = Vocabulary {
    name: "complaint-response",
    codes: &["favourable", "rejected", "no-response", "pending", "other"],
};

pub const COMPLAINT_OUTCOME: Vocabulary = Vocabulary {
    name: "complaint-outcome",
    codes: &[
        "criminal-case-opened",
        "refused-to-open",
        "disciplinary-action",
        "compensation",
        "none",
        "other",
    ],
};

/// Where a case may go. Closed: every output checks consent for exactly one of these.
pub const CONSENT_DESTINATION: Vocabulary = Vocabulary {
    name: "consent-destination",
    codes: &[
        "documentation",
        "lawyer",
        "organisation-network-stats",
        "national-bodies",
        "un-special-procedures",
        "un-treaty-bodies",
        "media-advocacy-anonymised",
    ],
};

pub const NAMED_OR_ANONYMISED: Vocabulary = Vocabulary {
    name: "named-or-anonymised",
    codes: &["named", "anonymised"],
};

pub const REDACTION_PROFILE: Vocabulary = Vocabulary {
    name: "redaction-profile",
    codes: &["full", "pseudonymised", "aggregate"],
};

/// Coarse kind of an attachment, derived from its media type by [`media_kind`].
pub const MEDIA_KIND: Vocabulary = Vocabulary {
    name: "media-kind",
    codes: &["photo", "scan", "audio", "video", "document", "other"],
};

/// Every vocabulary, for UIs (drop-downs) and the i18n completeness test.
pub const ALL: &[Vocabulary] = &[
    STATUS,
    INTAKE_CHANNEL,
    SOURCE_RELIABILITY,
    AGE_BAND,
    GENDER,
    HIV_STATUS,
    SUBSTANCE,
    CHILD_CUSTODY_STATUS,
    LOCATION_TYPE,
    TIME_OF_DAY,
    DATE_PRECISION,
    TRI_STATE,
    ACT_TYPE,
    ACT_GROUP,
    INTENT,
    MEDICAL_ATTENTION,
    AGENCY,
    INVOLVEMENT,
    CONSISTENCY,
    BODY_REGION,
    SERVICE,
    COMPLAINT_BODY,
    COMPLAINT_RESPONSE,
    COMPLAINT_OUTCOME,
    CONSENT_DESTINATION,
    NAMED_OR_ANONYMISED,
    REDACTION_PROFILE,
    MEDIA_KIND,
];

/// Every vocabulary, in the order forms and translators meet them.
pub fn vocabularies() -> &'static [Vocabulary] {
    ALL
}

/// Looks a vocabulary up by its list name (`"act-type"`).
pub fn vocabulary(name: &str) -> Option<&'static Vocabulary> {
    ALL.iter().find(|v| v.name == name)
}

/// Whether `code` belongs to the list called `list`.
pub fn is_known(list: &str, code: &str) -> bool {
    vocabulary(list).is_some_and(|v| v.contains(code))
}

/// The group an act type belongs to (`"beating"` → `"physical"`).
pub fn act_group(act_type: &str) -> Option<&'static str> {
    ACT_TYPE_GROUPS
        .iter()
        .find(|(_, codes)| codes.contains(&act_type))
        .map(|(group, _)| *group)
}

/// The act types of one group, in form order.
pub fn act_types_in(group: &str) -> &'static [&'static str] {
    ACT_TYPE_GROUPS
        .iter()
        .find(|(g, _)| *g == group)
        .map(|(_, codes)| *codes)
        .unwrap_or(&[])
}

/// Which vocabulary each coded field of a record takes its values from, by the
/// field's path with the indexes left out (`incidents.acts.act_type`). The
/// validator checks these fields against these lists (a test holds them together);
/// the UI asks here how to word a value instead of keeping its own table.
pub const FIELDS: &[(&str, &Vocabulary)] = &[
    ("status", &STATUS),
    ("intake.channel", &INTAKE_CHANNEL),
    ("source_reliability", &SOURCE_RELIABILITY),
    ("survivor.age_band", &AGE_BAND),
    ("survivor.gender", &GENDER),
    ("survivor.child_custody_status", &CHILD_CUSTODY_STATUS),
    ("survivor.hiv_status", &HIV_STATUS),
    ("survivor.substances", &SUBSTANCE),
    ("perpetrators.agency", &AGENCY),
    ("perpetrators.uniformed", &TRI_STATE),
    ("perpetrators.involvement", &INVOLVEMENT),
    ("incidents.date_precision", &DATE_PRECISION),
    ("incidents.time_of_day", &TIME_OF_DAY),
    ("incidents.location_type", &LOCATION_TYPE),
    ("incidents.detention.protocol_drawn_up", &TRI_STATE),
    ("incidents.acts.act_type", &ACT_TYPE),
    ("incidents.acts.intent", &INTENT),
    ("incidents.acts.medical_attention", &MEDICAL_ATTENTION),
    ("evidence.medical_documentation.consistency", &CONSISTENCY),
    (
        "evidence.medical_documentation.body_marks.region",
        &BODY_REGION,
    ),
    ("responses.services", &SERVICE),
    ("responses.complaints.body", &COMPLAINT_BODY),
    ("responses.complaints.response", &COMPLAINT_RESPONSE),
    ("responses.complaints.outcome", &COMPLAINT_OUTCOME),
    ("consents.destination", &CONSENT_DESTINATION),
    ("consents.named_or_anonymised", &NAMED_OR_ANONYMISED),
];

/// `incidents[0].acts[2].act_type` → `incidents.acts.act_type`.
pub fn field_of_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0u32;
    for c in path.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The vocabulary whose codes the field at `path` holds (`None`: free text, a
/// number, a date or a place).
pub fn vocabulary_of_path(path: &str) -> Option<&'static Vocabulary> {
    let field = field_of_path(path);
    FIELDS.iter().find(|(f, _)| *f == field).map(|(_, v)| *v)
}

/// Fluent message id for one code: `vocab-<list>-<code>`.
///
/// Fluent identifiers allow only `[a-zA-Z0-9_-]`, so the one code that carries
/// another character (`55+`) is spelled out: `vocab-age-band-55-plus`.
pub fn message_id(list: &str, code: &str) -> String {
    let mut id = String::with_capacity(7 + list.len() + code.len() + 5);
    id.push_str("vocab-");
    id.push_str(list);
    id.push('-');
    for c in code.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' => id.push(c),
            '+' => id.push_str("-plus"),
            _ => id.push('-'),
        }
    }
    id
}

/// Fluent message id for the name of a whole list: `vocab-list-<list>`.
pub fn list_message_id(list: &str) -> String {
    format!("vocab-list-{list}")
}

/// Every `vocab-…` message id a complete translation must define.
pub fn all_message_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for v in ALL {
        ids.push(list_message_id(v.name));
        ids.extend(v.codes.iter().map(|c| message_id(v.name, c)));
    }
    ids
}

/// Maps a MIME type onto [`MEDIA_KIND`]. Images are photos unless they are clearly
/// scans of paper (TIFF is what office scanners produce); PDFs are documents.
pub fn media_kind(media_type: &str) -> &'static str {
    let mt = media_type.trim().to_ascii_lowercase();
    let (top, sub) = mt.split_once('/').unwrap_or((mt.as_str(), ""));
    match top {
        "image" if sub == "tiff" => "scan",
        "image" => "photo",
        "audio" => "audio",
        "video" => "video",
        "text" => "document",
        "application"
            if sub == "pdf"
                || sub.starts_with("msword")
                || sub.starts_with("vnd.openxmlformats")
                || sub.starts_with("vnd.oasis.opendocument")
                || sub == "rtf" =>
        {
            "document"
        }
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn act_type_list_matches_groups() {
        let grouped: Vec<&str> = ACT_TYPE_GROUPS
            .iter()
            .flat_map(|(_, c)| c.iter().copied())
            .collect();
        assert_eq!(grouped, ACT_TYPE.codes);
        let groups: Vec<&str> = ACT_TYPE_GROUPS.iter().map(|(g, _)| *g).collect();
        assert_eq!(groups, ACT_GROUP.codes);
        assert_eq!(act_group("beating"), Some("physical"));
        assert_eq!(act_group("death-in-custody"), Some("death-in-custody"));
        assert_eq!(act_types_in("custody").len(), 2);
    }

    #[test]
    fn codes_are_unique_kebab_ascii_and_lists_unique() {
        let mut names = BTreeSet::new();
        for v in ALL {
            assert!(names.insert(v.name), "duplicate list {}", v.name);
            let mut seen = BTreeSet::new();
            for c in v.codes {
                assert!(seen.insert(*c), "duplicate code {c} in {}", v.name);
                assert!(
                    c.chars().all(|ch| ch.is_ascii_lowercase()
                        || ch.is_ascii_digit()
                        || "-+".contains(ch)),
                    "{c}"
                );
            }
        }
    }

    #[test]
    fn message_ids_are_fluent_identifiers() {
        for id in all_message_ids() {
            let mut chars = id.chars();
            assert!(chars.next().is_some_and(|c| c.is_ascii_alphabetic()));
            assert!(
                chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{id}"
            );
        }
        assert_eq!(message_id("act-type", "beating"), "vocab-act-type-beating");
        assert_eq!(
            message_id("agency", "patrol-police"),
            "vocab-agency-patrol-police"
        );
        assert_eq!(message_id("age-band", "55+"), "vocab-age-band-55-plus");
        assert_eq!(list_message_id("agency"), "vocab-list-agency");
    }

    #[test]
    fn media_kinds() {
        assert_eq!(media_kind("image/jpeg"), "photo");
        assert_eq!(media_kind("image/tiff"), "scan");
        assert_eq!(media_kind("audio/ogg"), "audio");
        assert_eq!(media_kind("video/mp4"), "video");
        assert_eq!(media_kind("application/pdf"), "document");
        assert_eq!(media_kind("application/zip"), "other");
        for k in ["image/png", "x", ""] {
            assert!(MEDIA_KIND.contains(media_kind(k)));
        }
    }

    #[test]
    fn lookup() {
        assert!(is_known("tri-state", "unknown"));
        assert!(!is_known("tri-state", "other"));
        assert!(!is_known("no-such-list", "x"));
        assert!(AGENCY.is_open());
        assert!(!STATUS.is_open());
    }
}
