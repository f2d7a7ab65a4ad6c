//! What a case file shows, as one serialisable value: the revision's record after the
//! redaction profile, the revision history up to it, the audit head, and the choices
//! (profile, language, time) the file was made with. Its canonical JSON hash is the
//! file's data hash; `verify-pdf` rebuilds the same value from the vault.

use casebook_core::redact::{Scrubber, REDACTED};
use casebook_core::CaseRecord;
use casebook_store::{RevisionInfo, Vault};
use serde::Serialize;
use serde_json::Value;

use std::str::FromStr;

use crate::{PdfError, Profile};

/// Bumped when the shape of [`CaseFileData`] or the redaction that fills it changes,
/// so old files stay checkable: `verify_pdf` rebuilds a file's data in the format the
/// file names. 2: the pseudonymised profile uses `casebook_core::redact` (name parts,
/// numbers, birth date, file names) and drops witnesses' pseudonyms and attachment
/// file names. 3: a pseudonymised file shows revision tags
/// ([`Vault::revision_tag`]) instead of revision ids, here and in its history.
pub const DATA_FORMAT: u32 = 3;

/// First data format whose pseudonymised files carry revision tags.
pub const TAGGED_FROM: u32 = 3;

/// Whether a file of `profile` in data format `format` shows revision tags instead
/// of revision ids: a revision id hashes the unredacted record, so printed in a
/// pseudonymised file it would let anyone confirm a guessed name offline.
pub fn tagged(profile: Profile, format: u32) -> bool {
    profile == Profile::Pseudonymised && format >= TAGGED_FROM
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditHead {
    pub seq: i64,
    pub hash: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RevisionSummary {
    pub id: String,
    pub created_at: String,
    pub author: String,
    pub kind: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseFileData {
    pub format: u32,
    pub case_id: String,
    pub case_code: String,
    /// The revision id, or in a pseudonymised file (format 3 on) its tag; the
    /// history's ids likewise.
    pub revision: String,
    pub profile: &'static str,
    pub lang: String,
    pub generated_at: String,
    pub audit_head: Option<AuditHead>,
    pub history: Vec<RevisionSummary>,
    pub record: CaseRecord,
}

impl CaseFileData {
    /// Whether `revision` and the history's ids are revision tags.
    pub fn revision_tagged(&self) -> bool {
        Profile::from_str(self.profile).is_ok_and(|p| tagged(p, self.format))
    }

    pub fn hash(&self) -> Result<String, PdfError> {
        casebook_core::canonical::content_hash(self).map_err(|_| PdfError::Encode)
    }
}

/// How the strings of a file's data are scrubbed: as this version does, or as data
/// format 1 did (kept so that files made then still verify).
enum Scrub {
    None,
    Current(Scrubber),
    V1(v1::Needles),
}

impl Scrub {
    fn text(&self, s: &str) -> String {
        match self {
            Scrub::None => s.to_owned(),
            Scrub::Current(x) => x.text(s),
            Scrub::V1(x) => x.text(s),
        }
    }
}

/// The record of `revision` as a file with `profile` in data format `format` shows
/// it, and the history up to that revision (oldest first) with the same redaction,
/// its ids replaced by revision tags where [`tagged`].
pub fn redacted(
    vault: &Vault,
    case_id: &str,
    revision: &str,
    profile: Profile,
    format: u32,
) -> Result<(CaseRecord, Vec<RevisionSummary>), PdfError> {
    let not_in_vault = || PdfError::NotInVault {
        revision: revision.to_owned(),
    };
    let record = vault.record_at(revision)?.ok_or_else(not_in_vault)?;
    let mut infos = Vec::new();
    for r in vault.history(case_id)? {
        let last = r.id == revision;
        infos.push(r);
        if last {
            break;
        }
    }
    if infos.last().is_none_or(|r| r.id != revision) {
        return Err(not_in_vault());
    }
    let (record, scrub) = match (profile, format) {
        (Profile::Full, _) => (record, Scrub::None),
        (Profile::Pseudonymised, 1) => {
            let (r, needles) = v1::apply(&record)?;
            (r, Scrub::V1(needles))
        }
        (Profile::Pseudonymised, _) => {
            // Every revision's identity, not only this one's: a phone number changed
            // later may still be written in a narrative nobody edited since.
            let mut scrub = Scrubber::for_record(&record);
            for r in &infos {
                if r.id != revision {
                    if let Some(older) = vault.record_at(&r.id)? {
                        scrub.add_record(&older);
                    }
                }
            }
            (pseudonymise(&record, &scrub)?, Scrub::Current(scrub))
        }
    };
    let mut history: Vec<RevisionSummary> = infos.iter().map(|r| summary(r, &scrub)).collect();
    if tagged(profile, format) {
        let tags = vault.revision_tags(infos.iter().map(|r| r.id.as_str()))?;
        for (h, tag) in history.iter_mut().zip(tags) {
            h.id = tag;
        }
    }
    Ok((record, history))
}

fn summary(r: &RevisionInfo, scrub: &Scrub) -> RevisionSummary {
    RevisionSummary {
        id: r.id.clone(),
        created_at: r.created_at.clone(),
        author: scrub.text(&r.author),
        kind: r.kind.code().to_owned(),
        reason: r.reason.as_deref().map(|t| scrub.text(t)),
    }
}

/// The pseudonymised record: identity block, witnesses' pseudonyms and contacts,
/// perpetrators' names and attachment file names removed, every other string run
/// through the scrubber.
fn pseudonymise(record: &CaseRecord, scrub: &Scrubber) -> Result<CaseRecord, PdfError> {
    let mut r = record.clone();
    r.survivor.identity = None;
    for w in r.incidents.iter_mut().flat_map(|i| &mut i.witnesses) {
        w.pseudonym = None;
        w.contact = None;
    }
    for p in &mut r.perpetrators {
        p.name = None;
    }
    for a in r.evidence.iter_mut().flat_map(|e| &mut e.attachments) {
        a.file_name = None;
    }
    let mut v = r.to_json_value().map_err(|_| PdfError::Encode)?;
    scrub.value(&mut v);
    CaseRecord::from_json_value(v).map_err(|_| PdfError::Encode)
}

/// Data format 1's redaction: exact, case-sensitive replacement of whole identifying
/// strings. It let name parts, other spellings of numbers and file names through;
/// it stays only to rebuild the data of files made with it, for `verify_pdf`.
mod v1 {
    use super::*;

    #[derive(Debug, Default)]
    pub(super) struct Needles(Vec<String>);

    impl Needles {
        pub(super) fn text(&self, s: &str) -> String {
            let mut out = s.to_owned();
            for n in &self.0 {
                if out.contains(n.as_str()) {
                    out = out.replace(n.as_str(), REDACTED);
                }
            }
            out
        }

        fn value(&self, v: &mut Value) {
            match v {
                Value::String(s) => *s = self.text(s),
                Value::Array(a) => a.iter_mut().for_each(|x| self.value(x)),
                Value::Object(m) => m.values_mut().for_each(|x| self.value(x)),
                _ => {}
            }
        }
    }

    pub(super) fn apply(record: &CaseRecord) -> Result<(CaseRecord, Needles), PdfError> {
        let mut needles: Vec<String> = Vec::new();
        let mut add = |s: Option<&String>| {
            if let Some(s) = s.map(|s| s.trim()).filter(|s| s.chars().count() >= 3) {
                needles.push(s.to_owned());
            }
        };
        if let Some(id) = &record.survivor.identity {
            add(id.legal_name.as_ref());
            add(id.date_of_birth.as_ref());
            add(id.phone.as_ref());
            add(id.address.as_ref());
            add(id.id_document.as_ref());
        }
        for w in record.incidents.iter().flat_map(|i| &i.witnesses) {
            add(w.contact.as_ref());
        }
        for p in &record.perpetrators {
            add(p.name.as_ref());
        }
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        needles.dedup();
        let scrub = Needles(needles);

        let mut r = record.clone();
        r.survivor.identity = None;
        for i in &mut r.incidents {
            for w in &mut i.witnesses {
                w.contact = None;
            }
        }
        for p in &mut r.perpetrators {
            p.name = None;
        }
        let mut v = r.to_json_value().map_err(|_| PdfError::Encode)?;
        scrub.value(&mut v);
        let r = CaseRecord::from_json_value(v).map_err(|_| PdfError::Encode)?;
        Ok((r, scrub))
    }
}
