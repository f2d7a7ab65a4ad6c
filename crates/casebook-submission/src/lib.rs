//! Drafts of UN submissions a lawyer finishes and signs.
//!
//! ```text
//! let w = casebook_submission::write_submission(&vault, "KZ-ALM-2026-0007",
//!     &SubmissionOptions { mechanism: Mechanism::SrTorture, lang: "en".into(), ..Default::default() },
//!     Path::new("draft.docx"))?;
//! let a = casebook_submission::write_annex(&vault, &AnnexOptions { .. }, Path::new("annex.docx"))?;
//! ```
//!
//! A communication needs her `un-special-procedures` consent, and is made without
//! her identity unless she agreed to be named; an annex summarises only cases with
//! `un-treaty-bodies` consent. Both are one [`casebook_pdf::Document`] written as
//! Word ([`docx`]) or PDF, atomically, with a `submission-drafted` audit entry that
//! holds no content. Every word comes from `locales/<lang>/submission.ftl` (and the
//! case file's `pdf.ftl` and `vocab.ftl` for field labels and vocabularies).

mod annex;
mod communication;
mod docx;
mod error;
mod mechanism;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use casebook_core::ConsentState;
use casebook_i18n::Localizer;
use casebook_pdf::{Block, Document, Fmt};
use casebook_store::{Organisation, StoredCase, Vault};
use chrono::NaiveDate;
use sha2::{Digest, Sha256};

pub use annex::{country_code, MAX_SUMMARIES};
pub use communication::Identity;
pub use error::SubmissionError;
pub use mechanism::{
    draft_language, DraftFormat, Mechanism, Section, Thematic, DRAFT_LANGUAGES, SPECIAL_PROCEDURES,
    TREATY_BODIES,
};

use communication::{Body, Communication, Writer};

/// What to draft for one case.
#[derive(Debug, Clone)]
pub struct SubmissionOptions {
    pub mechanism: Mechanism,
    /// `en`, `ru` or `uk`.
    pub lang: String,
    /// The date the draft says it was prepared; today when `None`.
    pub generated: Option<NaiveDate>,
}

impl Default for SubmissionOptions {
    fn default() -> Self {
        SubmissionOptions {
            mechanism: Mechanism::SrTorture,
            lang: "en".into(),
            generated: None,
        }
    }
}

/// What a draft will be, checked before anyone chooses where to save it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct SubmissionPlan {
    pub case_id: String,
    pub case_code: String,
    pub mechanism: Mechanism,
    pub lang: String,
    /// Whether the draft names her (her consent is `named`).
    pub named: bool,
    /// What the case lacks for this mechanism, in the draft's language: each is a
    /// "[to be completed: …]" marker in the text and a line of the checklist.
    pub missing: Vec<String>,
    /// A neutral name for the save dialog: `draft-<mechanism>-<lang>.docx`.
    pub file_name: String,
}

/// A draft on disk.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct SubmissionWritten {
    pub path: PathBuf,
    pub file_name: String,
    pub format: DraftFormat,
    pub missing: usize,
    pub words: usize,
    #[ts(type = "number")]
    pub bytes: u64,
    pub sha256: String,
    #[ts(type = "number")]
    pub audit_seq: i64,
}

fn localizer(lang: &str) -> Result<Localizer, SubmissionError> {
    let lang = draft_language(lang)?;
    Localizer::new(lang).map_err(|_| SubmissionError::UnknownLanguage(lang.to_owned()))
}

/// How the draft may treat her identity, or why no draft can be made.
pub fn identity_for(
    record: &casebook_core::CaseRecord,
    mechanism: Mechanism,
) -> Result<Identity, SubmissionError> {
    let state = match record.consent_for(SPECIAL_PROCEDURES) {
        ConsentState::Given { named: true } => return Ok(Identity::Named),
        ConsentState::Given { named: false } if mechanism.needs_named() => {
            return Err(SubmissionError::NeedsNamed {
                mechanism: mechanism.code(),
                destination: SPECIAL_PROCEDURES,
            })
        }
        ConsentState::Given { named: false } => return Ok(Identity::Anonymised),
        ConsentState::Missing => "missing",
        ConsentState::Refused => "refused",
        ConsentState::Revoked => "revoked",
    };
    Err(SubmissionError::Consent {
        destination: SPECIAL_PROCEDURES,
        state,
    })
}

fn live_case(vault: &Vault, case: &str) -> Result<StoredCase, SubmissionError> {
    let stored = vault.get_case(case)?;
    if stored.deleted {
        return Err(casebook_store::StoreError::CaseDeleted(stored.code).into());
    }
    Ok(stored)
}

/// The page label with `{n}`/`{m}` left for the renderer.
fn page_label(l: &Localizer) -> String {
    l.msg("pdf-page-n-of-m", &[("n", "{n}"), ("m", "{m}")])
}

fn markers(l: &Localizer) -> docx::Markers {
    let probe = l.msg("sub-missing", &[("what", "\u{1}")]);
    let (open, close) = probe.split_once('\u{1}').unwrap_or((probe.as_str(), ""));
    docx::Markers {
        open: open.to_owned(),
        close: close.to_owned(),
    }
}

fn today(d: Option<NaiveDate>) -> NaiveDate {
    d.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// A draft ready to be written.
#[derive(Debug)]
pub struct Draft {
    pub document: Document,
    pub missing: Vec<String>,
    markers: docx::Markers,
}

impl Draft {
    pub fn bytes(&self, format: DraftFormat) -> Result<Vec<u8>, SubmissionError> {
        match format {
            DraftFormat::Docx => docx::render_docx(&self.document, &self.markers),
            DraftFormat::Pdf => Ok(casebook_pdf::render_document(&self.document)?.0),
        }
    }
}

/// The frame every draft opens with: banner, title, what it is, the checklist.
fn frame(
    l: &Localizer,
    title: String,
    made: String,
    intro: Vec<Block>,
    body: Body,
    date: NaiveDate,
) -> Draft {
    let fmt = Fmt { l };
    let mut blocks = vec![
        Block::Banner(l.msg("sub-banner", &[])),
        Block::Title(title.clone()),
        Block::Note(made),
    ];
    blocks.extend(intro);
    blocks.push(Block::Heading {
        text: l.msg("sub-checklist", &[]),
        level: 1,
    });
    if body.missing.is_empty() {
        blocks.push(Block::Paragraph(l.msg("sub-checklist-none", &[])));
    } else {
        blocks.push(Block::Note(l.msg("sub-checklist-intro", &[])));
        blocks.push(Block::Bullets(body.missing.clone()));
    }
    blocks.push(Block::Paragraph(l.msg("sub-checklist-always", &[])));
    blocks.extend(body.blocks);
    Draft {
        document: Document {
            title,
            running_head: l.msg("sub-running-head", &[]),
            footer: l.msg("sub-footer", &[]),
            date: fmt.partial_date(&casebook_core::PartialDate::Exact(date)),
            page_label: page_label(l),
            blocks,
        },
        missing: body.missing,
        markers: markers(l),
    }
}

/// Builds the draft communication for `record` (no vault needed: tests, previews).
pub fn draft_communication(
    record: &casebook_core::CaseRecord,
    code: &str,
    org: &Organisation,
    opts: &SubmissionOptions,
) -> Result<Draft, SubmissionError> {
    let l = localizer(&opts.lang)?;
    let identity = identity_for(record, opts.mechanism)?;
    let date = today(opts.generated);
    let fmt = Fmt { l: &l };
    let date_text = fmt.partial_date(&casebook_core::PartialDate::Exact(date));
    let lang = draft_language(&opts.lang)?;
    let body = Communication::new(
        Writer::new(Fmt { l: &l }, lang),
        record,
        opts.mechanism,
        identity,
        org,
    )
    .build();
    let m = opts.mechanism.code();
    let mechanism = l.msg(&format!("sub-mechanism-{m}"), &[]);
    let title = l.msg("sub-title-communication", &[("mechanism", &mechanism)]);
    // The case code names the city (`KZ-ALM-…`): an anonymised draft does not
    // carry it.
    let made = match identity {
        Identity::Named => l.msg("sub-made", &[("case", code), ("date", &date_text)]),
        Identity::Anonymised => l.msg("sub-made-thematic", &[("date", &date_text)]),
    };
    let mut intro = vec![Block::Paragraph(l.msg(&format!("sub-kind-{m}"), &[]))];
    if lang != "en" {
        intro.push(Block::Note(l.msg("sub-language-note", &[])));
    }
    intro.push(Block::Note(l.msg(&format!("sub-intro-{m}"), &[])));
    Ok(frame(&l, title, made, intro, body, date))
}

/// A neutral file name: it is seen in folder listings and on USB sticks.
pub fn file_name(mechanism: &str, lang: &str, format: DraftFormat) -> String {
    format!("draft-{mechanism}-{lang}.{}", format.code())
}

/// Checks that a draft can be made and says what it will lack.
pub fn plan_submission(
    vault: &Vault,
    case: &str,
    opts: &SubmissionOptions,
) -> Result<SubmissionPlan, SubmissionError> {
    let stored = live_case(vault, case)?;
    let org = vault.organisation()?;
    let draft = draft_communication(&stored.record, &stored.code, &org, opts)?;
    Ok(SubmissionPlan {
        named: identity_for(&stored.record, opts.mechanism)? == Identity::Named,
        case_id: stored.id,
        case_code: stored.code,
        mechanism: opts.mechanism,
        lang: opts.lang.clone(),
        missing: draft.missing,
        file_name: file_name(opts.mechanism.code(), &opts.lang, DraftFormat::Docx),
    })
}

/// Writes `bytes` to `dest` (temporary file beside it, synced, audited, renamed:
/// a file under the chosen name is complete and has its audit entry).
fn write_out(
    vault: &Vault,
    case_id: Option<&str>,
    bytes: &[u8],
    detail: &mut serde_json::Map<String, serde_json::Value>,
    dest: &Path,
) -> Result<(String, i64), SubmissionError> {
    let io = |e| SubmissionError::Pdf(casebook_pdf::PdfError::Write(e));
    let mut out = casebook_store::file_out::OutputFile::create(dest).map_err(io)?;
    out.write_all(bytes).map_err(io)?;
    out.file().sync_all().map_err(io)?;
    let sha256 = hex::encode(Sha256::digest(bytes));
    detail.insert("sha256".into(), sha256.clone().into());
    let text = serde_json::Value::Object(detail.clone()).to_string();
    let entry = vault.record_submission_drafted(case_id, &text)?;
    out.commit().map_err(io)?;
    Ok((sha256, entry.seq))
}

fn written(
    dest: &Path,
    format: DraftFormat,
    draft: &Draft,
    bytes: &[u8],
    (sha256, audit_seq): (String, i64),
) -> SubmissionWritten {
    SubmissionWritten {
        path: dest.to_path_buf(),
        file_name: dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        format,
        missing: draft.missing.len(),
        words: draft.document.word_count(),
        bytes: bytes.len() as u64,
        sha256,
        audit_seq,
    }
}

/// Makes the draft communication for `case` and writes it to `dest` (`.docx` or
/// `.pdf`). Nothing is written when consent or anything else refuses.
pub fn write_submission(
    vault: &Vault,
    case: &str,
    opts: &SubmissionOptions,
    dest: &Path,
) -> Result<SubmissionWritten, SubmissionError> {
    let format = DraftFormat::of_path(dest)?;
    let stored = live_case(vault, case)?;
    let org = vault.organisation()?;
    let draft = draft_communication(&stored.record, &stored.code, &org, opts)?;
    let bytes = draft.bytes(format)?;
    let identity = identity_for(&stored.record, opts.mechanism)?;
    let mut detail = serde_json::Map::new();
    detail.insert("mechanism".into(), opts.mechanism.code().into());
    detail.insert("lang".into(), opts.lang.clone().into());
    detail.insert("consent".into(), SPECIAL_PROCEDURES.into());
    detail.insert(
        "identity".into(),
        match identity {
            Identity::Named => "named",
            Identity::Anonymised => "anonymised",
        }
        .into(),
    );
    detail.insert("format".into(), format.code().into());
    let out = write_out(vault, Some(&stored.id), &bytes, &mut detail, dest)?;
    Ok(written(dest, format, &draft, &bytes, out))
}

/// What to put in a thematic annex.
#[derive(Debug, Clone)]
pub struct AnnexOptions {
    pub report: Thematic,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as for `casebook stats`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Cases (codes or ids) to summarise; each needs `un-treaty-bodies` consent.
    pub cases: Vec<String>,
    pub min_cell: u32,
    pub lang: String,
    pub generated: Option<NaiveDate>,
}

impl Default for AnnexOptions {
    fn default() -> Self {
        AnnexOptions {
            report: Thematic::Upr,
            country: String::new(),
            from: None,
            to: None,
            cases: vec![],
            min_cell: casebook_stats::DEFAULT_MIN_CELL,
            lang: "en".into(),
            generated: None,
        }
    }
}

/// An annex on disk, with its length against the report's limit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct AnnexWritten {
    pub written: SubmissionWritten,
    pub limit: usize,
    pub over_limit: bool,
}

/// Builds the annex from the vault's cases.
pub fn draft_annex(vault: &Vault, opts: &AnnexOptions) -> Result<Draft, SubmissionError> {
    let l = localizer(&opts.lang)?;
    let lang = draft_language(&opts.lang)?;
    let country = country_code(&opts.country)?;
    if opts.cases.len() > MAX_SUMMARIES {
        return Err(SubmissionError::TooManyCases { max: MAX_SUMMARIES });
    }
    let k = opts.min_cell;
    if !casebook_stats::MIN_CELL_RANGE.contains(&k) {
        return Err(casebook_stats::StatsError::BadMinCell(k).into());
    }
    let (from, to) = casebook_stats::parse_period(opts.from.as_deref(), opts.to.as_deref())?;
    let filter = casebook_stats::StatsFilter {
        from,
        to,
        countries: vec![country.clone()],
        ..Default::default()
    };
    let mut cases = vec![];
    for c in &opts.cases {
        let stored = live_case(vault, c)?;
        annex::check_summary_case(&stored.code, &stored.record, &country)?;
        cases.push(stored.record);
    }
    let tables = annex::tables(vault, &filter, k)?;
    let facts = casebook_stats::Scope::Cases.facts(vault)?;
    let input = annex::AnnexInput {
        report: opts.report,
        country: &country,
        filter,
        min_cell: k,
        cases,
    };
    let mut w = Writer::new(Fmt { l: &l }, lang);
    annex::build(&mut w, &input, &tables, &facts);
    let date = today(opts.generated);
    let fmt = Fmt { l: &l };
    let date_text = fmt.partial_date(&casebook_core::PartialDate::Exact(date));
    let report = l.msg(&format!("sub-thematic-{}", opts.report.code()), &[]);
    let title = l.msg("sub-title-thematic", &[("report", &report)]);
    let made = l.msg("sub-made-thematic", &[("date", &date_text)]);
    let limit = opts.report.word_limit();
    let body = Body {
        blocks: w.blocks,
        missing: w.missing,
    };
    let mut draft = frame(&l, title, made, vec![], body, date);
    // The length note counts the draft as it will be sent, the note included.
    let limit_note = Block::Note(l.msg(
        &format!("sub-limit-{}", opts.report.code()),
        &[("limit", &limit.to_string())],
    ));
    let at = draft.document.blocks.len().min(3);
    draft.document.blocks.insert(at, limit_note);
    let text = length_sentence(&l, draft.document.word_count(), limit);
    draft.document.blocks.insert(at + 1, Block::Paragraph(text));
    Ok(draft)
}

/// "This annex has N words; the limit is L" (or how far over it is). The sentence
/// is part of what is counted; its own length does not depend on the number in it.
fn length_sentence(l: &Localizer, body_words: usize, limit: usize) -> String {
    let say = |words: usize| {
        if words > limit {
            l.msg(
                "sub-words-over",
                &[
                    ("n", &words.to_string()),
                    ("over", &(words - limit).to_string()),
                    ("limit", &limit.to_string()),
                ],
            )
        } else {
            l.msg(
                "sub-words",
                &[("n", &words.to_string()), ("limit", &limit.to_string())],
            )
        }
    };
    let own = say(body_words).split_whitespace().count();
    say(body_words + own)
}

/// Most cases offered for summaries: the person picks at most ten.
const CANDIDATES: u32 = casebook_store::MAX_PAGE;

/// The cases an annex for `country` may summarise: `un-treaty-bodies` consent
/// given, an incident in the country, not deleted; newest first.
pub fn annex_candidates(
    vault: &Vault,
    country: &str,
) -> Result<Vec<casebook_store::CaseSummary>, SubmissionError> {
    let page = vault.list_cases(&casebook_store::CaseQuery {
        country: Some(country.to_owned()),
        consent: Some(TREATY_BODIES.to_owned()),
        limit: CANDIDATES,
        ..Default::default()
    })?;
    let mut out = vec![];
    for c in page.items {
        let stored = vault.get_case(&c.id)?;
        if annex::check_summary_case(&stored.code, &stored.record, country).is_ok() {
            out.push(c);
        }
    }
    Ok(out)
}

/// Makes the annex and writes it to `dest` (`.docx` or `.pdf`).
pub fn write_annex(
    vault: &Vault,
    opts: &AnnexOptions,
    dest: &Path,
) -> Result<AnnexWritten, SubmissionError> {
    let format = DraftFormat::of_path(dest)?;
    let draft = draft_annex(vault, opts)?;
    let bytes = draft.bytes(format)?;
    let limit = opts.report.word_limit();
    let mut detail = serde_json::Map::new();
    detail.insert("report".into(), opts.report.code().into());
    detail.insert("country".into(), opts.country.to_ascii_uppercase().into());
    detail.insert("lang".into(), opts.lang.clone().into());
    detail.insert("consent".into(), TREATY_BODIES.into());
    detail.insert("summaries".into(), opts.cases.len().into());
    detail.insert("k".into(), opts.min_cell.into());
    detail.insert("format".into(), format.code().into());
    let out = write_out(vault, None, &bytes, &mut detail, dest)?;
    let written = written(dest, format, &draft, &bytes, out);
    Ok(AnnexWritten {
        over_limit: written.words > limit,
        limit,
        written,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_length_sentence_counts_itself_and_warns_when_over() {
        let l = Localizer::new("en").unwrap();
        let under = length_sentence(&l, 100, 2_815);
        let n = under.split_whitespace().count();
        assert_eq!(
            under,
            format!("This annex has {} words; the limit is 2815.", 100 + n)
        );
        let over = length_sentence(&l, 3_000, 2_815);
        assert!(over.contains("over the limit"), "{over}");
        assert!(over.contains("shorten it"), "{over}");
    }
}
