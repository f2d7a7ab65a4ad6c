//! What a case file shows, as one serialisable value: the revision's record after the
//! redaction profile, the revision history up to it, the audit head, and the choices
//! (profile, language, time) the file was made with. Its canonical JSON hash is the
//! file's data hash; `verify-pdf` rebuilds the same value from the vault.

use casebook_core::CaseRecord;
use casebook_store::{RevisionInfo, Vault};
use serde::Serialize;
use serde_json::Value;

use crate::{PdfError, Profile};

/// Bumped when the shape of [`CaseFileData`] changes, so old files stay checkable.
pub const DATA_FORMAT: u32 = 1;

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
    pub revision: String,
    pub profile: &'static str,
    pub lang: String,
    pub generated_at: String,
    pub audit_head: Option<AuditHead>,
    pub history: Vec<RevisionSummary>,
    pub record: CaseRecord,
}

impl CaseFileData {
    pub fn hash(&self) -> Result<String, PdfError> {
        casebook_core::canonical::content_hash(self).map_err(|_| PdfError::Encode)
    }
}

/// The revisions up to and including `revision`, oldest first.
pub fn history_until(
    vault: &Vault,
    case_id: &str,
    revision: &str,
    scrub: &Scrubber,
) -> Result<Vec<RevisionSummary>, PdfError> {
    let mut out = Vec::new();
    for r in vault.history(case_id)? {
        let last = r.id == revision;
        out.push(summary(&r, scrub));
        if last {
            return Ok(out);
        }
    }
    Err(PdfError::NotInVault {
        revision: revision.to_owned(),
    })
}

fn summary(r: &RevisionInfo, scrub: &Scrubber) -> RevisionSummary {
    RevisionSummary {
        id: r.id.clone(),
        created_at: r.created_at.clone(),
        author: scrub.text(&r.author),
        kind: r.kind.code().to_owned(),
        reason: r.reason.as_deref().map(|t| scrub.text(t)),
    }
}

/// Removes identifying strings everywhere they may have been copied to (a narrative
/// naming her, a file called after her, a reason quoting a phone number).
#[derive(Debug, Default)]
pub struct Scrubber {
    needles: Vec<String>,
}

pub const REDACTED: &str = "[…]";

impl Scrubber {
    pub fn text(&self, s: &str) -> String {
        let mut out = s.to_owned();
        for n in &self.needles {
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

/// The record as a file with `profile` may show it, and the scrubber that goes with it.
pub fn apply_profile(
    record: &CaseRecord,
    profile: Profile,
) -> Result<(CaseRecord, Scrubber), PdfError> {
    if profile == Profile::Full {
        return Ok((record.clone(), Scrubber::default()));
    }
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
    // Longest first, so a name inside an address goes with the address.
    needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    needles.dedup();
    let scrub = Scrubber { needles };

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
