use std::collections::BTreeMap;

use casebook_core::Coded;
use casebook_pdf::PdfError;
use casebook_stats::StatsError;
use casebook_store::StoreError;

/// Everything that stops a draft from being made. Messages live in
/// `locales/<lang>/submission.ftl`; passed-through errors keep their own.
#[derive(Debug, thiserror::Error)]
pub enum SubmissionError {
    /// `un-special-procedures` is missing, refused or revoked.
    #[error("no consent for {destination}: {state}")]
    Consent {
        destination: &'static str,
        /// `missing`, `refused` or `revoked`.
        state: &'static str,
    },
    /// The mechanism transmits her identity to the State, and she agreed only
    /// anonymised.
    #[error("{mechanism} needs a named victim; consent {destination} is anonymised")]
    NeedsNamed {
        mechanism: &'static str,
        destination: &'static str,
    },
    #[error("unknown mechanism {0}")]
    UnknownMechanism(String),
    #[error("unknown thematic report {0}")]
    UnknownThematic(String),
    /// Drafts are made in en, ru or uk only.
    #[error("drafts are not made in {0}")]
    UnknownLanguage(String),
    /// The destination is neither `.docx` nor `.pdf`.
    #[error("unknown draft format for {0}")]
    Format(String),
    #[error("the Word file could not be made")]
    Docx,
    /// A case chosen for the annex lacks `un-treaty-bodies` consent.
    #[error("case {case} has no treaty-body consent: {state}")]
    CaseConsent { case: String, state: &'static str },
    /// A case chosen for the annex happened in another country.
    #[error("case {case} is not about {country}")]
    CaseCountry { case: String, country: String },
    #[error("at most {max} case summaries")]
    TooManyCases { max: usize },
    #[error("{0} is not a country code")]
    BadCountry(String),
    #[error(transparent)]
    Pdf(PdfError),
    #[error(transparent)]
    Stats(StatsError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<PdfError> for SubmissionError {
    fn from(e: PdfError) -> Self {
        match e {
            PdfError::Store(s) => SubmissionError::Store(s),
            other => SubmissionError::Pdf(other),
        }
    }
}

impl From<StatsError> for SubmissionError {
    fn from(e: StatsError) -> Self {
        SubmissionError::Stats(e)
    }
}

impl SubmissionError {
    /// One error of every variant, with made-up arguments (the passed-through ones
    /// are checked by their own crates).
    pub fn examples() -> Vec<SubmissionError> {
        let mut all = vec![];
        for state in ["missing", "refused", "revoked"] {
            all.push(SubmissionError::Consent {
                destination: "un-special-procedures",
                state,
            });
            all.push(SubmissionError::CaseConsent {
                case: "KZ-1".into(),
                state,
            });
        }
        all.extend([
            SubmissionError::NeedsNamed {
                mechanism: "wgad",
                destination: "un-special-procedures",
            },
            SubmissionError::UnknownMechanism("x".into()),
            SubmissionError::UnknownThematic("x".into()),
            SubmissionError::UnknownLanguage("xx".into()),
            SubmissionError::Format("draft.txt".into()),
            SubmissionError::Docx,
            SubmissionError::CaseCountry {
                case: "KZ-1".into(),
                country: "UA".into(),
            },
            SubmissionError::TooManyCases { max: 10 },
            SubmissionError::BadCountry("K".into()),
        ]);
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                SubmissionError::Consent { .. }
                | SubmissionError::NeedsNamed { .. }
                | SubmissionError::UnknownMechanism(_)
                | SubmissionError::UnknownThematic(_)
                | SubmissionError::UnknownLanguage(_)
                | SubmissionError::Format(_)
                | SubmissionError::Docx
                | SubmissionError::CaseConsent { .. }
                | SubmissionError::CaseCountry { .. }
                | SubmissionError::TooManyCases { .. }
                | SubmissionError::BadCountry(_)
                | SubmissionError::Pdf(_)
                | SubmissionError::Stats(_)
                | SubmissionError::Store(_) => {}
            }
        }
        all
    }
}

impl Coded for SubmissionError {
    fn code(&self) -> &'static str {
        match self {
            SubmissionError::Consent { .. } => "submission-consent",
            SubmissionError::NeedsNamed { .. } => "submission-needs-named",
            SubmissionError::UnknownMechanism(_) => "submission-unknown-mechanism",
            SubmissionError::UnknownThematic(_) => "submission-unknown-thematic",
            SubmissionError::UnknownLanguage(_) => "submission-unknown-language",
            SubmissionError::Format(_) => "submission-format",
            SubmissionError::Docx => "submission-docx",
            SubmissionError::CaseConsent { .. } => "submission-case-consent",
            SubmissionError::CaseCountry { .. } => "submission-case-country",
            SubmissionError::TooManyCases { .. } => "submission-too-many-cases",
            SubmissionError::BadCountry(_) => "submission-bad-country",
            SubmissionError::Pdf(e) => e.code(),
            SubmissionError::Stats(e) => e.code(),
            SubmissionError::Store(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            SubmissionError::Consent { .. } => "sub-error-consent",
            SubmissionError::NeedsNamed { .. } => "sub-error-needs-named",
            SubmissionError::UnknownMechanism(_) => "sub-error-unknown-mechanism",
            SubmissionError::UnknownThematic(_) => "sub-error-unknown-thematic",
            SubmissionError::UnknownLanguage(_) => "sub-error-unknown-language",
            SubmissionError::Format(_) => "sub-error-format",
            SubmissionError::Docx => "sub-error-docx",
            SubmissionError::CaseConsent { .. } => "sub-error-case-consent",
            SubmissionError::CaseCountry { .. } => "sub-error-case-country",
            SubmissionError::TooManyCases { .. } => "sub-error-too-many-cases",
            SubmissionError::BadCountry(_) => "sub-error-bad-country",
            SubmissionError::Pdf(e) => e.message_id(),
            SubmissionError::Stats(e) => e.message_id(),
            SubmissionError::Store(e) => e.message_id(),
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            SubmissionError::Consent { destination, state } => vec![
                ("consent", (*destination).to_owned()),
                ("state", (*state).to_owned()),
            ],
            SubmissionError::NeedsNamed { destination, .. } => {
                vec![("consent", (*destination).to_owned())]
            }
            SubmissionError::UnknownMechanism(m) => vec![("mechanism", m.clone())],
            SubmissionError::UnknownThematic(r) => vec![("report", r.clone())],
            SubmissionError::UnknownLanguage(l) => vec![("lang", l.clone())],
            SubmissionError::Format(n) => vec![("name", n.clone())],
            SubmissionError::CaseConsent { case, state } => {
                vec![("case", case.clone()), ("state", (*state).to_owned())]
            }
            SubmissionError::CaseCountry { case, country } => {
                vec![("case", case.clone()), ("country", country.clone())]
            }
            SubmissionError::TooManyCases { max } => vec![("max", max.to_string())],
            SubmissionError::BadCountry(c) => vec![("country", c.clone())],
            SubmissionError::Pdf(e) => return e.args(),
            SubmissionError::Stats(e) => return e.args(),
            SubmissionError::Store(e) => return e.args(),
            SubmissionError::Docx => vec![],
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_formats_in_every_language_with_its_arguments() {
        let examples = SubmissionError::examples();
        let problems =
            casebook_i18n::error_message_problems(examples.iter().map(|e| e as &dyn Coded));
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
