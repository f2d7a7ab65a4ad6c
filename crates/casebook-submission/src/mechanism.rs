//! The UN mechanisms a draft can be addressed to, and what each one's questionnaire
//! asks for, in its order.

use std::str::FromStr;

use crate::SubmissionError;

/// The consent a Special Procedures draft is made under.
pub const SPECIAL_PROCEDURES: &str = "un-special-procedures";
/// The consent a case needs to be summarised in a treaty-body or UPR annex.
pub const TREATY_BODIES: &str = "un-treaty-bodies";
/// Languages drafts are written in: English for what goes to the Special
/// Procedures, Russian for the treaty bodies (CEDAW takes it) and internal review,
/// Ukrainian for internal review.
pub const DRAFT_LANGUAGES: &[&str] = &["en", "ru", "uk"];

/// Checks a draft language.
pub fn draft_language(lang: &str) -> Result<&'static str, SubmissionError> {
    DRAFT_LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == lang)
        .ok_or_else(|| SubmissionError::UnknownLanguage(lang.to_owned()))
}

/// A Special Procedure that takes individual communications.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum Mechanism {
    SrTorture,
    SrVaw,
    Wgad,
    SrHealth,
}

/// One part of a communication; each mechanism lists them in its questionnaire's
/// order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Source,
    Victim,
    State,
    Facts,
    Acts,
    Perpetrators,
    Arrest,
    Detention,
    Arbitrary,
    Health,
    Medical,
    Evidence,
    Remedies,
    Rights,
    Consent,
}

impl Section {
    pub fn title_id(self) -> &'static str {
        match self {
            Section::Source => "sub-sec-source",
            Section::Victim => "sub-sec-victim",
            Section::State => "sub-sec-state",
            Section::Facts => "sub-sec-facts",
            Section::Acts => "sub-sec-acts",
            Section::Perpetrators => "sub-sec-perpetrators",
            Section::Arrest => "sub-sec-arrest",
            Section::Detention => "sub-sec-detention",
            Section::Arbitrary => "sub-sec-arbitrary",
            Section::Health => "sub-sec-health",
            Section::Medical => "sub-sec-medical",
            Section::Evidence => "sub-sec-evidence",
            Section::Remedies => "sub-sec-remedies",
            Section::Rights => "sub-sec-rights",
            Section::Consent => "sub-sec-consent",
        }
    }
}

impl Mechanism {
    pub const ALL: [Mechanism; 4] = [
        Mechanism::SrTorture,
        Mechanism::SrVaw,
        Mechanism::Wgad,
        Mechanism::SrHealth,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Mechanism::SrTorture => "sr-torture",
            Mechanism::SrVaw => "sr-vaw",
            Mechanism::Wgad => "wgad",
            Mechanism::SrHealth => "sr-health",
        }
    }

    /// Whether the mechanism transmits her identity to the State and so cannot act
    /// on an anonymised communication.
    pub fn needs_named(self) -> bool {
        matches!(self, Mechanism::Wgad)
    }

    /// The questionnaire's parts, in its order.
    pub fn sections(self) -> &'static [Section] {
        use Section::*;
        match self {
            // Identity; circumstances (when, where, who, what, consequences);
            // remedies; the author.
            Mechanism::SrTorture => &[
                Victim,
                State,
                Facts,
                Acts,
                Perpetrators,
                Detention,
                Medical,
                Evidence,
                Remedies,
                Rights,
                Consent,
                Source,
            ],
            // The woman; the violence, its form and consequences; the State's
            // response; the source.
            Mechanism::SrVaw => &[
                Victim,
                State,
                Facts,
                Acts,
                Perpetrators,
                Medical,
                Remedies,
                Rights,
                Evidence,
                Consent,
                Source,
            ],
            // The model questionnaire: identity, arrest, detention, circumstances
            // and why arbitrary, internal steps, the source.
            Mechanism::Wgad => &[
                Victim, State, Arrest, Detention, Facts, Arbitrary, Acts, Remedies, Rights,
                Evidence, Consent, Source,
            ],
            Mechanism::SrHealth => &[
                Victim,
                State,
                Facts,
                Health,
                Acts,
                Perpetrators,
                Medical,
                Remedies,
                Rights,
                Evidence,
                Consent,
                Source,
            ],
        }
    }
}

impl FromStr for Mechanism {
    type Err = SubmissionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Mechanism::ALL
            .into_iter()
            .find(|m| m.code() == s)
            .ok_or_else(|| SubmissionError::UnknownMechanism(s.to_owned()))
    }
}

/// A report many cases feed, for one country's review.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum Thematic {
    Cedaw,
    Upr,
}

impl Thematic {
    pub const ALL: [Thematic; 2] = [Thematic::Cedaw, Thematic::Upr];

    pub fn code(self) -> &'static str {
        match self {
            Thematic::Cedaw => "cedaw",
            Thematic::Upr => "upr",
        }
    }

    /// The word limit the draft is held to. UPR: OHCHR's technical guidelines for
    /// stakeholders (2,815 words for one organisation, 5,630 for a joint
    /// submission). CEDAW: the Committee's NGO information note (reports of one
    /// organisation kept to about 6,600 words); the draft tells the person to
    /// check the current note.
    pub fn word_limit(self) -> usize {
        match self {
            Thematic::Upr => 2_815,
            Thematic::Cedaw => 6_600,
        }
    }
}

impl FromStr for Thematic {
    type Err = SubmissionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Thematic::ALL
            .into_iter()
            .find(|m| m.code() == s)
            .ok_or_else(|| SubmissionError::UnknownThematic(s.to_owned()))
    }
}

/// The file a draft is written as, from the destination's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DraftFormat {
    Docx,
    Pdf,
}

impl DraftFormat {
    pub fn code(self) -> &'static str {
        match self {
            DraftFormat::Docx => "docx",
            DraftFormat::Pdf => "pdf",
        }
    }

    pub fn of_path(path: &std::path::Path) -> Result<Self, SubmissionError> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("docx") => Ok(DraftFormat::Docx),
            Some("pdf") => Ok(DraftFormat::Pdf),
            _ => Err(SubmissionError::Format(
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            )),
        }
    }
}
