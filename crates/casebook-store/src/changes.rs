//! What each revision of a case changed, field by field, for the case view's history.

use casebook_core::diff::{diff, Change};
use casebook_core::CaseRecord;
use serde::Serialize;

use crate::revision::RevisionInfo;
use crate::{StoreError, Vault};

/// One revision with the fields it changed against its (first) parent. A case's
/// first revision lists every field it was created with; a tombstone lists none.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct RevisionChanges {
    #[serde(flatten)]
    pub info: RevisionInfo,
    pub changes: Vec<Change>,
}

fn encode_err(e: casebook_core::JsonError) -> StoreError {
    StoreError::Io(std::io::Error::other(e))
}

impl Vault {
    /// Every revision of a case, oldest first, each with what it changed.
    pub fn history_changes(&self, id_or_code: &str) -> Result<Vec<RevisionChanges>, StoreError> {
        let mut out = vec![];
        for info in self.history(id_or_code)? {
            let changes = match self.record_at(&info.id)? {
                None => vec![],
                Some(record) => {
                    let before = match info.parents.first() {
                        Some(p) => self.record_at(p)?.unwrap_or_default(),
                        None => CaseRecord::default(),
                    };
                    diff(&before, &record).map_err(encode_err)?
                }
            };
            out.push(RevisionChanges { info, changes });
        }
        Ok(out)
    }

    /// Streams an attachment that a draft cites (the draft's twin of
    /// [`Vault::read_case_attachment`]).
    pub fn read_draft_attachment(
        &self,
        draft_id: &str,
        sha256: &str,
        out: &mut dyn std::io::Write,
    ) -> Result<u64, StoreError> {
        let draft = self.load_draft(draft_id)?;
        let cited = draft.record.evidence.as_ref().is_some_and(|e| {
            e.attachments
                .iter()
                .any(|a| a.sha256.as_deref() == Some(sha256))
        });
        if !cited {
            return Err(StoreError::AttachmentNotFound(sha256.to_owned()));
        }
        self.read_attachment(sha256, out)
    }
}
