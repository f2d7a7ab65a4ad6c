use std::collections::BTreeMap;

use casebook_core::Coded;
use casebook_store::StoreError;

/// Everything that can stop a case file from being made or checked. Messages live
/// in `locales/<lang>/pdf.ftl` (and `errors.ftl` for errors passed through from the
/// store).
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The `lawyer` consent is missing, refused or revoked.
    #[error("no consent for {destination}: {state}")]
    Consent {
        destination: &'static str,
        /// `missing`, `refused` or `revoked`.
        state: &'static str,
    },
    /// The full profile names her, but she agreed to be shared anonymised only.
    #[error("consent for {destination} is anonymised only")]
    ConsentAnonymisedOnly { destination: &'static str },
    #[error("language {0} is not shipped")]
    UnknownLanguage(String),
    #[error("unknown redaction profile {0}")]
    UnknownProfile(String),
    #[error("embedded font {0} cannot be read")]
    Font(String),
    #[error("the case data cannot be encoded")]
    Encode,
    #[error("the PDF could not be written: {0}")]
    Write(#[source] std::io::Error),
    /// verify-pdf: the file to check could not be read.
    #[error("the PDF could not be read: {0}")]
    Read(#[source] std::io::Error),
    /// verify-pdf: the file carries no Casebook integrity data.
    #[error("not a Casebook case file")]
    NotACaseFile,
    /// verify-pdf: the file was made in a data format newer than this program knows.
    #[error("case file data format {format} is not known to this version")]
    NewerFormat { format: i64 },
    /// verify-pdf: the file names a case or revision this vault does not hold.
    #[error("revision {revision} is not in this vault")]
    NotInVault { revision: String },
    /// verify-pdf: a pseudonymised file's revision tag matches no revision of the
    /// case under this vault's secret: another vault made it, or it was altered.
    #[error("revision tag {tag} matches no revision of this case in this vault")]
    UnknownRevisionTag { tag: String },
    /// verify-pdf: the file names an audit entry number no vault can hold (zero,
    /// negative): its integrity data was made by something else or altered.
    #[error("the case file names audit entry {seq}, which cannot exist")]
    BadAuditSeq { seq: i64 },
    /// The brief's statistics were refused (a floor outside 3 to 10...) or their
    /// file could not be written.
    #[error(transparent)]
    Stats(casebook_stats::StatsError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PdfError {
    /// One error of every variant (the store's among them), with made-up arguments.
    pub fn examples() -> Vec<PdfError> {
        let mut all = vec![];
        for state in ["missing", "refused", "revoked"] {
            all.push(PdfError::Consent {
                destination: "lawyer",
                state,
            });
        }
        all.extend([
            PdfError::ConsentAnonymisedOnly {
                destination: "lawyer",
            },
            PdfError::UnknownLanguage("xx".into()),
            PdfError::UnknownProfile("x".into()),
            PdfError::Font("f".into()),
            PdfError::Encode,
            PdfError::Write(std::io::Error::other("x")),
            PdfError::Read(std::io::Error::other("x")),
            PdfError::NotACaseFile,
            PdfError::NewerFormat { format: 3 },
            PdfError::NotInVault {
                revision: "r".into(),
            },
            PdfError::UnknownRevisionTag { tag: "t".into() },
            PdfError::BadAuditSeq { seq: 0 },
        ]);
        all.extend(StoreError::examples().into_iter().map(PdfError::Store));
        all.extend(
            casebook_stats::StatsError::examples()
                .into_iter()
                .map(PdfError::Stats),
        );
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                PdfError::Consent { .. }
                | PdfError::ConsentAnonymisedOnly { .. }
                | PdfError::UnknownLanguage(_)
                | PdfError::UnknownProfile(_)
                | PdfError::Font(_)
                | PdfError::Encode
                | PdfError::Write(_)
                | PdfError::Read(_)
                | PdfError::NotACaseFile
                | PdfError::NewerFormat { .. }
                | PdfError::NotInVault { .. }
                | PdfError::UnknownRevisionTag { .. }
                | PdfError::BadAuditSeq { .. }
                | PdfError::Stats(_)
                | PdfError::Store(_) => {}
            }
        }
        all
    }

    /// Every message id a variant may carry, the store's included.
    pub fn message_ids() -> Vec<&'static str> {
        casebook_store::message_ids_of(&PdfError::examples())
    }
}

impl Coded for PdfError {
    fn code(&self) -> &'static str {
        match self {
            PdfError::Consent { .. } => "pdf-consent-missing",
            PdfError::ConsentAnonymisedOnly { .. } => "pdf-consent-anonymised-only",
            PdfError::UnknownLanguage(_) => "pdf-unknown-language",
            PdfError::UnknownProfile(_) => "pdf-unknown-profile",
            PdfError::Font(_) => "pdf-font",
            PdfError::Encode => "pdf-encode",
            PdfError::Write(_) => "pdf-write",
            PdfError::Read(_) => "pdf-read",
            PdfError::NotACaseFile => "pdf-not-a-case-file",
            PdfError::NewerFormat { .. } => "pdf-newer-format",
            PdfError::NotInVault { .. } => "pdf-not-in-vault",
            PdfError::UnknownRevisionTag { .. } => "pdf-unknown-revision-tag",
            PdfError::BadAuditSeq { .. } => "pdf-bad-audit-seq",
            PdfError::Stats(e) => e.code(),
            PdfError::Store(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            PdfError::Consent { .. } => "pdf-error-consent",
            PdfError::ConsentAnonymisedOnly { .. } => "pdf-error-consent-anonymised-only",
            PdfError::UnknownLanguage(_) => "pdf-error-unknown-language",
            PdfError::UnknownProfile(_) => "pdf-error-unknown-profile",
            PdfError::Font(_) => "pdf-error-font",
            PdfError::Encode => "pdf-error-encode",
            PdfError::Write(_) => "pdf-error-write",
            PdfError::Read(_) => "pdf-error-read",
            PdfError::NotACaseFile => "pdf-error-not-a-case-file",
            PdfError::NewerFormat { .. } => "pdf-error-newer-format",
            PdfError::NotInVault { .. } => "pdf-error-not-in-vault",
            PdfError::UnknownRevisionTag { .. } => "pdf-error-unknown-revision-tag",
            PdfError::BadAuditSeq { .. } => "pdf-error-bad-audit-seq",
            PdfError::Stats(e) => e.message_id(),
            PdfError::Store(e) => e.message_id(),
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            PdfError::Consent { destination, state } => vec![
                ("consent", (*destination).to_owned()),
                ("state", (*state).to_owned()),
            ],
            PdfError::ConsentAnonymisedOnly { destination } => {
                vec![("consent", (*destination).to_owned())]
            }
            PdfError::UnknownLanguage(l) => vec![("lang", l.clone())],
            PdfError::UnknownProfile(p) => vec![("profile", p.clone())],
            PdfError::Font(f) => vec![("font", f.clone())],
            PdfError::Write(e) | PdfError::Read(e) => vec![("detail", e.to_string())],
            PdfError::NotInVault { revision } => vec![("revision", revision.clone())],
            PdfError::UnknownRevisionTag { tag } => vec![("tag", tag.clone())],
            PdfError::NewerFormat { format } => vec![("format", format.to_string())],
            PdfError::BadAuditSeq { seq } => vec![("seq", seq.to_string())],
            PdfError::Stats(e) => return e.args(),
            PdfError::Store(e) => return e.args(),
            PdfError::Encode | PdfError::NotACaseFile => vec![],
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_formats_in_every_language_with_its_arguments() {
        let examples = PdfError::examples();
        let problems =
            casebook_i18n::error_message_problems(examples.iter().map(|e| e as &dyn Coded));
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_consent_message_names_the_consent() {
        let e = PdfError::Consent {
            destination: "lawyer",
            state: "revoked",
        };
        let en = casebook_i18n::Localizer::new("en").unwrap().error(&e);
        assert!(en.contains("lawyer"), "{en}");
        assert!(en.contains("revoked"), "{en}");
        let ru = casebook_i18n::Localizer::new("ru").unwrap().error(&e);
        assert!(ru.contains("юрист"), "{ru}");
        assert!(ru.contains("отозвано"), "{ru}");
    }
}
