//! Intake drafts: an interview saved on every change, inside the encrypted database,
//! so that nothing typed is lost to a crash, a lock or a closed window. A draft is a
//! case record that may still be incomplete; [`Vault::finish_draft`] checks it and
//! turns it into a case in one transaction.
//!
//! Attachments added during the interview are streamed into the vault at once (the
//! file never passes through memory whole) and cited by the draft's evidence; the
//! case made from the draft cites the same blobs.
//!
//! An edit of an existing case is kept the same way ([`Vault::save_case_edit`]): a
//! draft that names its case and the head revision the edit started from, one per
//! case, never listed with the interviews.

use std::io::Read;

use casebook_core::model::Attachment;
use casebook_core::{CaseRecord, FieldError, Section};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::attachments::{media_type_for, store_blob, AttachmentMeta};
use crate::backlog::SearchUpdate;
use crate::cases::{code_taken, insert_case, StoredCase};
use crate::chunks;
use crate::{StoreError, Vault};

/// Prefix of generated case codes when the survivor's place is not known.
pub const DEFAULT_CODE_PREFIX: &str = "CB";

/// One draft in the list of interviews to resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DraftInfo {
    pub id: String,
    /// The pseudonym typed so far ("" when none yet).
    pub pseudonym: String,
    /// Where the interview stopped (the UI's step name).
    pub step: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
}

/// A draft with its content and what is still wrong with it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Draft {
    pub info: DraftInfo,
    #[ts(type = "CaseRecord")]
    pub record: CaseRecord,
    /// Problems the record has now, with field paths (never blocking a save).
    pub problems: Vec<FieldError>,
}

/// What a save reports back: the draft's id (new on the first save) and the problems.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DraftSaved {
    pub id: String,
    pub updated_at: String,
    pub problems: Vec<FieldError>,
}

/// An edit of an existing case that was not saved yet.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CaseEdit {
    pub draft_id: String,
    pub case_id: String,
    /// The head revision the edit started from.
    pub base_revision: String,
    /// The case's head now: another revision when the case changed meanwhile.
    pub head_revision: String,
    pub case_changed: bool,
    /// The section of the case view being edited.
    pub section: Section,
    /// The reason typed for the edit so far.
    pub reason: String,
    #[ts(type = "CaseRecord")]
    pub record: CaseRecord,
    pub author: String,
    pub updated_at: String,
}

/// The case as it is now (`head`) with one section of the case view (by its name,
/// as the UI sends it) taken from an edited copy: [`Section::apply`]. A name that is
/// no section is refused ([`StoreError::UnknownSection`]) and changes nothing.
pub fn apply_section(
    head: &CaseRecord,
    edited: &CaseRecord,
    section: &str,
) -> Result<CaseRecord, StoreError> {
    Ok(section_named(section)?.apply(head, edited))
}

fn section_named(name: &str) -> Result<Section, StoreError> {
    name.parse::<Section>()
        .map_err(|e| StoreError::UnknownSection(e.0))
}

/// Problems of a draft. A missing case code is not one: finishing assigns it.
pub fn draft_problems(record: &CaseRecord) -> Vec<FieldError> {
    match record.validate() {
        Ok(()) => vec![],
        Err(e) => e
            .errors
            .into_iter()
            .filter(|f| !(f.path == "code" && record.code.trim().is_empty()))
            .collect(),
    }
}

fn encode(record: &CaseRecord) -> Result<String, StoreError> {
    let value = crate::cases::to_value(record)?;
    serde_json::to_string(&value).map_err(|_| StoreError::Encode)
}

fn decode(text: &str) -> Result<CaseRecord, StoreError> {
    serde_json::from_str(text).map_err(|_| StoreError::DatabaseDamaged)
}

fn row_info(r: &rusqlite::Row<'_>) -> rusqlite::Result<(DraftInfo, String)> {
    Ok((
        DraftInfo {
            id: r.get(0)?,
            pseudonym: String::new(),
            step: r.get(1)?,
            author: r.get(2)?,
            created_at: r.get(3)?,
            updated_at: r.get(4)?,
        },
        r.get(5)?,
    ))
}

const DRAFT_COLS: &str = "id, step, author, created_at, updated_at, content";

/// The prefix of a generated code: the survivor's (or first incident's) region or
/// country, e.g. `KZ-75`, else [`DEFAULT_CODE_PREFIX`].
pub fn code_prefix(record: &CaseRecord) -> String {
    let place = record
        .survivor
        .region
        .as_deref()
        .or(record.survivor.country.as_deref())
        .or_else(|| record.region())
        .or_else(|| record.country())
        .map(str::trim)
        .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    place.map_or_else(|| DEFAULT_CODE_PREFIX.to_owned(), str::to_ascii_uppercase)
}

impl Vault {
    /// Saves the interview so far. `id: None` starts a new draft; otherwise the draft
    /// is replaced (upsert: a draft removed meanwhile is saved again under its id, so
    /// a save racing a discard never loses what was typed).
    pub fn save_draft(
        &mut self,
        id: Option<&str>,
        record: &CaseRecord,
        step: &str,
        author: &str,
    ) -> Result<DraftSaved, StoreError> {
        let id = id
            .map(str::to_owned)
            .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
        let now = crate::now();
        let content = encode(record)?;
        self.conn.execute(
            "INSERT INTO drafts (id, content, step, author, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (id) DO UPDATE SET content = ?2, step = ?3, updated_at = ?5",
            params![id, content, step, author, now],
        )?;
        Ok(DraftSaved {
            id,
            updated_at: now,
            problems: draft_problems(record),
        })
    }

    /// Every intake interview not finished yet, most recently changed first (edits
    /// of existing cases are found through their case: [`Vault::case_edit`]).
    pub fn list_drafts(&self) -> Result<Vec<DraftInfo>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DRAFT_COLS} FROM drafts WHERE case_id IS NULL ORDER BY updated_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([], row_info)?;
        let mut out = vec![];
        for row in rows {
            let (mut info, content) = row?;
            info.pseudonym = decode(&content)?.survivor.pseudonym;
            out.push(info);
        }
        Ok(out)
    }

    pub fn load_draft(&self, id: &str) -> Result<Draft, StoreError> {
        let (mut info, content) = self
            .conn
            .query_row(
                &format!("SELECT {DRAFT_COLS} FROM drafts WHERE id = ?1"),
                params![id],
                row_info,
            )
            .optional()?
            .ok_or_else(|| StoreError::DraftNotFound(id.to_owned()))?;
        let record = decode(&content)?;
        info.pseudonym = record.survivor.pseudonym.clone();
        let problems = draft_problems(&record);
        Ok(Draft {
            info,
            record,
            problems,
        })
    }

    /// Removes a draft, and the files attached to it that nothing else cites (no
    /// case revision, no other draft), so a discarded interview leaves no evidence
    /// behind. Discarding one that is already gone is not an error.
    pub fn discard_draft(&mut self, id: &str) -> Result<(), StoreError> {
        let shas: Vec<String> = match self.load_draft(id) {
            Ok(d) => d
                .record
                .evidence
                .map(|e| e.attachments.into_iter().filter_map(|a| a.sha256).collect())
                .unwrap_or_default(),
            Err(StoreError::DraftNotFound(_)) => return Ok(()),
            Err(e) => return Err(e),
        };
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM drafts WHERE id = ?1", params![id])?;
        let gone = crate::attachments::drop_uncited(&tx, shas)?;
        tx.commit()?;
        // The bytes go after the row that made them visible (see `chunks`).
        let ctx = self.chunks.unchecked_transaction()?;
        for sha in &gone {
            chunks::remove(&ctx, sha)?;
        }
        ctx.commit()?;
        Ok(())
    }

    /// Streams a file into the vault and cites it in the draft's evidence, in one
    /// transaction. Adding the same content twice cites it once.
    pub fn attach_to_draft(
        &mut self,
        id: &str,
        reader: impl Read,
        meta: AttachmentMeta,
        author: &str,
    ) -> Result<Attachment, StoreError> {
        self.attach_stream_to_draft(id, reader, None, meta, author)
    }

    /// `expected`: the stream's SHA-256 when known beforehand (see `store_blob`).
    fn attach_stream_to_draft(
        &mut self,
        id: &str,
        mut reader: impl Read,
        expected: Option<&str>,
        meta: AttachmentMeta,
        author: &str,
    ) -> Result<Attachment, StoreError> {
        let mut draft = self.load_draft(id)?;
        let limit = self.options.attachment_limit;
        let tx = self.conn.transaction()?;
        let (sha, size) = store_blob(&tx, &self.chunks, &mut reader, limit, expected)?;
        let evidence = draft.record.evidence.get_or_insert_with(Default::default);
        if let Some(existing) = evidence
            .attachments
            .iter()
            .find(|a| a.sha256.as_deref() == Some(sha.as_str()))
        {
            let existing = existing.clone();
            tx.commit()?;
            return Ok(existing);
        }
        let attachment = Attachment {
            sha256: Some(sha),
            size: Some(size),
            media_type: Some(
                meta.media_type
                    .clone()
                    .unwrap_or_else(|| media_type_for(&meta.file_name).to_owned()),
            ),
            file_name: Some(meta.file_name.clone()),
            captured_at: meta.captured_at.clone(),
            received_at: Some(crate::now()),
            received_by: Some(author.to_owned()),
            description: meta.description.clone(),
        };
        evidence.attachments.push(attachment.clone());
        tx.execute(
            "UPDATE drafts SET content = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, encode(&draft.record)?, crate::now()],
        )?;
        tx.commit()?;
        Ok(attachment)
    }

    /// Like [`Vault::attach_to_draft`], reading the file from disk as it goes.
    pub fn attach_file_to_draft(
        &mut self,
        id: &str,
        path: &std::path::Path,
        description: Option<&str>,
        author: &str,
    ) -> Result<Attachment, StoreError> {
        let (file, sha, meta) =
            crate::attachments::open_hashed(path, description, self.options.attachment_limit)?;
        self.attach_stream_to_draft(id, file, Some(&sha), meta, author)
    }

    /// Checks the draft and makes it a case, in one transaction: the case is created
    /// and the draft removed together, or neither. Refuses without documentation
    /// consent. An empty code becomes `<prefix>-<year>-<NNNN>` (the first free number),
    /// an empty status `open`.
    pub fn finish_draft(&mut self, id: &str, author: &str) -> Result<StoredCase, StoreError> {
        self.finish(id, author, false)
    }

    /// Finishes a draft as [`Vault::finish_draft`] does, for an outreach vault that
    /// seals the case next: the draft is not removed but tied to the new case, and
    /// [`Vault::seal_case`] removes both in its one transaction. So a crash between
    /// the two leaves nothing readable that was not already readable as the draft,
    /// and the next unlock seals it.
    pub fn finish_draft_to_seal(
        &mut self,
        id: &str,
        author: &str,
    ) -> Result<StoredCase, StoreError> {
        self.finish(id, author, true)
    }

    fn finish(
        &mut self,
        id: &str,
        author: &str,
        keep_for_sealing: bool,
    ) -> Result<StoredCase, StoreError> {
        // An edit of an existing case must never become a second case.
        let is_edit: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM drafts WHERE id = ?1 AND case_id IS NOT NULL)",
            params![id],
            |r| r.get(0),
        )?;
        if is_edit {
            return Err(StoreError::DraftNotFound(id.to_owned()));
        }
        let draft = self.load_draft(id)?;
        let mut record = draft.record;
        if !record.consent_for("documentation").is_given() {
            return Err(StoreError::NoDocumentationConsent);
        }
        if record.status.as_deref().is_none_or(|s| s.trim().is_empty()) {
            record.status = Some("open".to_owned());
        }
        let tx = self.conn.transaction()?;
        if record.code.trim().is_empty() {
            let prefix = code_prefix(&record);
            let year = chrono::Utc::now().format("%Y");
            let mut n = 1u32;
            loop {
                let code = format!("{prefix}-{year}-{n:04}");
                if !code_taken(&tx, &code, None)? {
                    record.code = code;
                    break;
                }
                n += 1;
            }
        }
        let stored = insert_case(&tx, record, author, &self.device_id, SearchUpdate::Queue)?;
        let removed = if keep_for_sealing {
            tx.execute(
                "UPDATE drafts SET case_id = ?2 WHERE id = ?1",
                params![id, stored.id],
            )?
        } else {
            tx.execute("DELETE FROM drafts WHERE id = ?1", params![id])?
        };
        if removed != 1 {
            return Err(StoreError::DraftNotFound(id.to_owned()));
        }
        tx.commit()?;
        Ok(stored)
    }

    /// Keeps the edit of a case typed so far: `base_revision` is the head the edit
    /// started from, `section` what is being edited. Replaces the case's earlier
    /// unsaved edit, if any (one per case).
    pub fn save_case_edit(
        &mut self,
        case_id: &str,
        base_revision: &str,
        section: &str,
        record: &CaseRecord,
        reason: &str,
        author: &str,
    ) -> Result<DraftSaved, StoreError> {
        let section = section_named(section)?;
        let case_id = self.resolve_case(case_id)?;
        let tx = self.conn.transaction()?;
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM revisions WHERE id = ?1 AND case_id = ?2)",
            params![base_revision, case_id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(StoreError::RevisionNotFound(base_revision.to_owned()));
        }
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM drafts WHERE case_id = ?1",
                params![case_id],
                |r| r.get(0),
            )
            .optional()?;
        let id = existing.unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
        let now = crate::now();
        tx.execute(
            "INSERT INTO drafts (id, content, step, author, created_at, updated_at, case_id, base_revision, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8)
             ON CONFLICT (id) DO UPDATE SET content = ?2, step = ?3, author = ?4, updated_at = ?5,
                 base_revision = ?7, reason = ?8",
            params![id, encode(record)?, section.code(), author, now, case_id, base_revision, reason],
        )?;
        tx.commit()?;
        Ok(DraftSaved {
            id,
            updated_at: now,
            problems: draft_problems(record),
        })
    }

    /// The unsaved edit of a case, if there is one, its section applied to the case
    /// as it is now ([`apply_section`]). An edit that says what the case already
    /// says (typed and undone, or saved by a save that was cut short before it
    /// removed the draft) holds nothing to resume: it is removed instead.
    pub fn case_edit(&mut self, case_id: &str) -> Result<Option<CaseEdit>, StoreError> {
        let case = self.get_case(case_id)?;
        let row = self
            .conn
            .query_row(
                "SELECT id, content, step, author, updated_at, base_revision, reason
                 FROM drafts WHERE case_id = ?1",
                params![case.id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                },
            )
            .optional()?;
        let Some((draft_id, content, section, author, updated_at, base, reason)) = row else {
            return Ok(None);
        };
        // Only a known section was ever kept (save_case_edit checks it): any other
        // name was written by something else.
        let section: Section = section.parse().map_err(|_| StoreError::DatabaseDamaged)?;
        // What saving would store now: the edited section over the case as it is.
        let record = section.apply(&case.record, &decode(&content)?);
        let unchanged = crate::cases::to_value(&record)? == crate::cases::to_value(&case.record)?;
        if unchanged {
            self.conn
                .execute("DELETE FROM drafts WHERE id = ?1", params![draft_id])?;
            return Ok(None);
        }
        let base_revision = base.unwrap_or_default();
        Ok(Some(CaseEdit {
            draft_id,
            case_changed: base_revision != case.head.id,
            case_id: case.id,
            base_revision,
            head_revision: case.head.id,
            section,
            reason,
            record,
            author,
            updated_at,
        }))
    }

    /// Drops the unsaved edit of a case (nothing happens when there is none).
    pub fn discard_case_edit(&mut self, case_id: &str) -> Result<(), StoreError> {
        let case_id = self.resolve_case(case_id)?;
        self.conn
            .execute("DELETE FROM drafts WHERE case_id = ?1", params![case_id])?;
        Ok(())
    }

    /// Saves one edited section ([`apply_section`] onto the case as it is now, then
    /// [`Vault::edit_case`]) and drops the case's unsaved edit. Two steps: should the
    /// second be cut short, the edit left behind equals the case and
    /// [`Vault::case_edit`] removes it instead of offering it.
    pub fn save_edited_case(
        &mut self,
        case_id: &str,
        section: &str,
        edited: &CaseRecord,
        author: &str,
        reason: Option<&str>,
    ) -> Result<StoredCase, StoreError> {
        let section = section_named(section)?;
        let head = self.get_case(case_id)?;
        let record = section.apply(&head.record, edited);
        let stored = self.edit_case(&head.id, record, author, reason)?;
        self.conn
            .execute("DELETE FROM drafts WHERE case_id = ?1", params![stored.id])?;
        Ok(stored)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::vault::testing;

    /// A kept edit whose section is no section (written by something other than
    /// `save_case_edit`) is damage: it is not offered, and never taken whole.
    #[test]
    fn a_kept_edit_of_an_unknown_section_is_damage_not_the_whole_record() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = testing::create(dir.path());
        let case = v.add_case(testing::case("A-1", "a"), "t").unwrap();
        let mut whole = case.record.clone();
        whole.survivor.pseudonym = "b".into();
        whole.notes = Some("whole".into());
        v.save_case_edit(&case.id, &case.head.id, "survivor", &whole, "", "t")
            .unwrap();
        v.conn
            .execute(
                "UPDATE drafts SET step = 'everything' WHERE case_id = ?1",
                params![case.id],
            )
            .unwrap();
        assert!(matches!(
            v.case_edit(&case.id),
            Err(StoreError::DatabaseDamaged)
        ));
        assert_eq!(v.get_case(&case.id).unwrap().record, case.record);
    }
}
