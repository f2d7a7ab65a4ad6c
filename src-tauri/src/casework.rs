//! Case work: intake drafts, the case view, its history and attachments. Thin: each
//! command calls one `casebook-store` function.
//!
//! Files reach the vault only from paths the person chose: the native open dialog
//! (run on the Rust side, dialog.rs) or a drop on the window (Tauri's drag-drop event,
//! caught here). The UI gets a token per dropped file, never a way to name a path
//! itself.
//! Attachments are shown from bytes sent over IPC (the UI makes a Blob URL) and
//! written to disk only by "export", through a native save dialog.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Mutex;

use casebook_core::author::author_or_placeholder;
use casebook_core::due::DueItem;
use casebook_core::model::Attachment;
use casebook_core::{CaseRecord, ErrorPayload, FieldError};
use casebook_store::{
    CaseEdit, Draft, DraftInfo, DraftSaved, RevisionChanges, StoreError, StoredCase, Vault,
};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, DragDropEvent, Emitter as _, Manager as _, State, Window, WindowEvent};

use crate::dialog::{self, Look};
use crate::error::{payload, Reply};
use crate::session::with_vault;
use crate::Session;

/// The event the UI hears when files are dropped on the window: `[{token, name}]`.
pub const FILES_DROPPED_EVENT: &str = "files-dropped";

/// Largest attachment the UI may ask to see inside the program.
pub const VIEW_LIMIT: u64 = 64 * 1024 * 1024;

/// Paths the person dropped on the window, by token, until the UI attaches them.
#[derive(Debug, Default)]
pub struct Dropped {
    paths: Mutex<HashMap<String, PathBuf>>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct DroppedFile {
    pub token: String,
    pub name: String,
}

impl Dropped {
    /// Takes the files of one drop (folders and vanished paths are left out) and
    /// gives each a token. Only the latest drop counts: older tokens expire, so a
    /// token kept by the UI cannot reach a file the person dropped long ago.
    pub fn receive(&self, paths: &[PathBuf]) -> Vec<DroppedFile> {
        let mut map = self.paths.lock().unwrap_or_else(|p| p.into_inner());
        map.clear();
        paths
            .iter()
            .filter(|p| p.is_file())
            .map(|p| {
                let token = uuid_like();
                map.insert(token.clone(), p.clone());
                DroppedFile {
                    token,
                    name: file_name(p),
                }
            })
            .collect()
    }

    /// The path a token stands for, once: attaching the same drop twice needs a
    /// new drop. An unknown token is `AttachmentNotFound`.
    pub fn take(&self, token: &str) -> Result<PathBuf, StoreError> {
        self.paths
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(token)
            .ok_or_else(|| StoreError::AttachmentNotFound(token.to_owned()))
    }
}

/// Window events: a drop hands its paths to [`Dropped`] and tells the UI.
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
        let files = window.state::<Dropped>().receive(paths);
        let _ = window.emit(FILES_DROPPED_EVENT, files);
    }
}

pub(crate) fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{nanos:x}-{}", N.fetch_add(1, Ordering::Relaxed))
}

pub(crate) fn file_name(p: &std::path::Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whose attachments: a draft's (during intake) or a case's.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum Target {
    Draft(String),
    Case(String),
}

/// Who is recorded as the author: the documenter named in the record.
pub(crate) fn author(record: &CaseRecord) -> String {
    author_or_placeholder(record.intake.as_ref().and_then(|i| i.documenter.as_deref()))
}

fn target_author(vault: &Vault, target: &Target) -> Result<String, StoreError> {
    Ok(match target {
        Target::Draft(id) => author(&vault.load_draft(id)?.record),
        Target::Case(id) => author(&vault.get_case(id)?.record),
    })
}

fn attach(
    session: &Session,
    target: &Target,
    path: &std::path::Path,
    description: Option<&str>,
) -> Reply<Attachment> {
    with_vault(session, |v| {
        let who = target_author(v, target)?;
        match target {
            Target::Draft(id) => v.attach_file_to_draft(id, path, description, &who),
            Target::Case(id) => v.attach_file(id, path, description, &who),
        }
    })
}

#[tauri::command]
pub fn draft_save(
    session: State<'_, Session>,
    id: Option<String>,
    record: CaseRecord,
    step: String,
) -> Reply<DraftSaved> {
    let who = author(&record);
    with_vault(&session, |v| {
        v.save_draft(id.as_deref(), &record, &step, &who)
    })
}

#[tauri::command]
pub fn draft_list(session: State<'_, Session>) -> Reply<Vec<DraftInfo>> {
    with_vault(&session, |v| v.list_drafts())
}

#[tauri::command]
pub fn draft_load(session: State<'_, Session>, id: String) -> Reply<Draft> {
    with_vault(&session, |v| v.load_draft(&id))
}

#[tauri::command]
pub fn draft_discard(session: State<'_, Session>, id: String) -> Reply<()> {
    with_vault(&session, |v| v.discard_draft(&id))
}

#[tauri::command]
pub fn draft_finish(session: State<'_, Session>, id: String) -> Reply<StoredCase> {
    with_vault(&session, |v| {
        let who = author(&v.load_draft(&id)?.record);
        v.finish_draft(&id, &who)
    })
}

/// Problems of a record, with field paths, for inline messages while editing.
#[tauri::command]
pub fn case_check(record: CaseRecord) -> Vec<FieldError> {
    casebook_store::draft_problems(&record)
}

/// A record's follow-ups and complaint deadlines with their state on the computer's
/// date (done, overdue, due today, later), by the rule the list's overdue filter
/// uses (`casebook_core::due`): the case view shows what this says and compares no
/// dates itself. Takes the record, not a case id, so that an edit not saved yet is
/// shown by the same rule.
#[tauri::command]
pub fn case_due(session: State<'_, Session>, record: CaseRecord) -> Reply<Vec<DueItem>> {
    let today = chrono::Local::now().date_naive();
    with_vault(&session, |v| {
        Ok::<_, casebook_store::StoreError>(casebook_core::due::items(
            &record,
            today,
            v.due_rule()?,
        ))
    })
}

#[tauri::command]
pub fn case_get(session: State<'_, Session>, id: String) -> Reply<StoredCase> {
    with_vault(&session, |v| v.get_case(&id))
}

/// Saves an edited case. A sealed case (or one being unsealed) needs `reason`.
#[tauri::command]
pub fn case_save(
    session: State<'_, Session>,
    id: String,
    record: CaseRecord,
    reason: Option<String>,
) -> Reply<StoredCase> {
    let who = author(&record);
    with_vault(&session, |v| {
        v.edit_case(&id, record, &who, reason.as_deref())
    })
}

/// Keeps the edit of one section typed so far (encrypted, in the vault), so that
/// it survives a crash, a lock or a closed window.
#[tauri::command]
pub fn case_edit_save(
    session: State<'_, Session>,
    id: String,
    base_revision: String,
    section: String,
    record: CaseRecord,
    reason: String,
) -> Reply<DraftSaved> {
    let who = author(&record);
    with_vault(&session, |v| {
        v.save_case_edit(&id, &base_revision, &section, &record, &reason, &who)
    })
}

/// The case's unsaved edit, to offer when the case is opened again.
#[tauri::command]
pub fn case_edit_get(session: State<'_, Session>, id: String) -> Reply<Option<CaseEdit>> {
    with_vault(&session, |v| v.case_edit(&id))
}

#[tauri::command]
pub fn case_edit_discard(session: State<'_, Session>, id: String) -> Reply<()> {
    with_vault(&session, |v| v.discard_case_edit(&id))
}

/// Saves an edited section onto the case as it is now (a new revision) and drops
/// its unsaved edit.
#[tauri::command]
pub fn case_edit_finish(
    session: State<'_, Session>,
    id: String,
    section: String,
    record: CaseRecord,
    reason: Option<String>,
) -> Reply<StoredCase> {
    let who = author(&record);
    with_vault(&session, |v| {
        v.save_edited_case(&id, &section, &record, &who, reason.as_deref())
    })
}

#[tauri::command]
pub fn case_history(session: State<'_, Session>, id: String) -> Reply<Vec<RevisionChanges>> {
    with_vault(&session, |v| v.history_changes(&id))
}

/// Opens the native file dialog and attaches what the person chose (`None`: cancelled).
#[tauri::command(async)]
pub async fn attach_choose(
    app: AppHandle,
    session: State<'_, Session>,
    target: Target,
) -> Reply<Option<Attachment>> {
    let look = Look::titled(&session, "dialog-title-attach");
    let Some(path) = dialog::pick_file(&app, look).await else {
        return Ok(None);
    };
    attach(&session, &target, &path, None).map(Some)
}

/// Attaches a file dropped on the window, by the token the drop event gave.
#[tauri::command]
pub fn attach_dropped(
    session: State<'_, Session>,
    dropped: State<'_, Dropped>,
    target: Target,
    token: String,
) -> Reply<Attachment> {
    let path = dropped.take(&token).map_err(payload)?;
    attach(&session, &target, &path, None)
}

fn read(
    v: &Vault,
    target: &Target,
    sha256: &str,
    out: &mut dyn std::io::Write,
) -> Result<u64, StoreError> {
    match target {
        Target::Draft(id) => v.read_draft_attachment(id, sha256, out),
        Target::Case(id) => v.read_case_attachment(id, sha256, out),
    }
}

/// The bytes of an attachment, to show inside the program (raw IPC body, no JSON).
/// Nothing is written to disk.
#[tauri::command]
pub fn attachment_bytes(
    session: State<'_, Session>,
    target: Target,
    sha256: String,
) -> Result<tauri::ipc::Response, ErrorPayload> {
    with_vault(&session, |v| {
        let size = v.attachment_size(&sha256)?;
        if size > VIEW_LIMIT {
            return Err(StoreError::AttachmentTooLarge { limit: VIEW_LIMIT });
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        read(v, &target, &sha256, &mut bytes)?;
        Ok(tauri::ipc::Response::new(bytes))
    })
}

/// Writes a copy of an attachment where the person chooses in a native save dialog.
/// Returns false when the dialog was cancelled.
#[tauri::command(async)]
pub async fn attachment_export(
    app: AppHandle,
    session: State<'_, Session>,
    target: Target,
    sha256: String,
    file_name: String,
) -> Reply<bool> {
    let look = Look::titled(&session, "dialog-title-attachment-export");
    let Some(path) = dialog::save_file(&app, &file_name, look).await else {
        return Ok(false);
    };
    with_vault::<_, StoreError>(&session, |v| {
        export_to(v, &target, &sha256, &path).map(|()| true)
    })
}

fn export_to(
    v: &Vault,
    target: &Target,
    sha256: &str,
    path: &std::path::Path,
) -> Result<(), StoreError> {
    casebook_store::file_out::write_atomically(path, |w| read(v, target, sha256, w).map(|_| ()))
}

/// Every controlled vocabulary (codes in form order) and the act-type groups, so the
/// forms offer exactly what the validator accepts; the Fluent id of every code
/// (`casebook_core::vocab::message_id`), and which vocabulary each coded field of a
/// record holds (`vocab::FIELDS`), so the UI words values without a table of its own.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct VocabLists {
    pub lists: BTreeMap<&'static str, &'static [&'static str]>,
    pub act_groups: Vec<(&'static str, &'static [&'static str])>,
    pub message_ids: BTreeMap<&'static str, BTreeMap<&'static str, String>>,
    /// `incidents.acts.act_type` → `act-type`.
    pub fields: BTreeMap<&'static str, &'static str>,
}

#[tauri::command]
pub fn vocab_lists() -> VocabLists {
    use casebook_core::vocab;
    VocabLists {
        lists: vocab::vocabularies()
            .iter()
            .map(|v| (v.name, v.codes))
            .collect(),
        act_groups: vocab::ACT_TYPE_GROUPS.to_vec(),
        message_ids: vocab::vocabularies()
            .iter()
            .map(|v| {
                let ids = v
                    .codes
                    .iter()
                    .map(|c| (*c, vocab::message_id(v.name, c)))
                    .collect();
                (v.name, ids)
            })
            .collect(),
        fields: vocab::FIELDS.iter().map(|(f, v)| (*f, v.name)).collect(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    // A real drag from another program cannot be made reliably under Xvfb (no window
    // manager, no XDND source to drive), so the Rust half of a drop is tested here:
    // what the window's drop event hands over, and what `attach_dropped` resolves.

    #[test]
    fn a_drop_gives_a_token_per_file_and_each_token_resolves_once() {
        let dir = tempfile::tempdir().unwrap();
        let photo = dir.path().join("синяк.png");
        let report = dir.path().join("report.pdf");
        std::fs::write(&photo, b"png").unwrap();
        std::fs::write(&report, b"pdf").unwrap();
        let dropped = Dropped::default();

        let files = dropped.receive(&[photo.clone(), dir.path().to_path_buf(), report.clone()]);
        let names: Vec<_> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["синяк.png", "report.pdf"],
            "a folder is no attachment"
        );
        assert_ne!(files[0].token, files[1].token);
        // The UI hears names and tokens only, never a path.
        let heard = serde_json::to_string(&files).unwrap();
        assert!(!heard.contains(&*dir.path().to_string_lossy()), "{heard}");

        assert_eq!(dropped.take(&files[1].token).unwrap(), report);
        assert_eq!(dropped.take(&files[0].token).unwrap(), photo);
        assert!(matches!(
            dropped.take(&files[0].token),
            Err(StoreError::AttachmentNotFound(_))
        ));
    }

    #[test]
    fn an_exported_attachment_leaves_the_files_beside_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let opts = casebook_store::VaultOptions {
            kdf: casebook_store::KdfParams::insecure_for_tests(),
            ..Default::default()
        };
        let pass = casebook_store::Secret::from("a long test passphrase");
        let (mut v, _) = Vault::create(&dir.path().join("vault"), &pass, &opts).unwrap();
        let record = casebook_core::CaseRecord::default();
        let draft = v.save_draft(None, &record, "intake", "t").unwrap().id;
        let meta = casebook_store::AttachmentMeta {
            file_name: "photo.jpg".into(),
            media_type: None,
            description: None,
            captured_at: None,
        };
        let a = v.attach_to_draft(&draft, &b"jpeg"[..], meta, "t").unwrap();
        let sha = a.sha256.unwrap();

        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let dest = out.join("photo.jpg");
        std::fs::write(out.join("photo.part"), b"someone else's").unwrap();
        export_to(&v, &Target::Draft(draft.clone()), &sha, &dest).unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"jpeg");
        assert_eq!(
            std::fs::read(out.join("photo.part")).unwrap(),
            b"someone else's"
        );
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 2);

        // A failed export leaves nothing behind.
        let gone = out.join("gone.jpg");
        assert!(export_to(&v, &Target::Draft(draft), &"0".repeat(64), &gone).is_err());
        assert!(!gone.exists());
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 2);
    }

    #[test]
    fn unknown_and_expired_tokens_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first.jpg");
        let second = dir.path().join("second.jpg");
        std::fs::write(&first, b"1").unwrap();
        std::fs::write(&second, b"2").unwrap();
        let dropped = Dropped::default();
        assert!(matches!(
            dropped.take("/etc/passwd"),
            Err(StoreError::AttachmentNotFound(_))
        ));

        let old = dropped.receive(std::slice::from_ref(&first));
        let new = dropped.receive(std::slice::from_ref(&second));
        // Only the latest drop counts.
        assert!(dropped.take(&old[0].token).is_err());
        assert_eq!(dropped.take(&new[0].token).unwrap(), second);
        assert!(dropped.receive(&[dir.path().join("gone.jpg")]).is_empty());
    }
}
