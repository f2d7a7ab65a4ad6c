//! Sync by hand: this device's contact card, contacts, export, import and conflicts.
//! Thin: each command calls one `casebook-bundle` (or `casebook-store`) function.
//!
//! Files are named only through native dialogs run here; the UI never names a path.
//! Export and import run on a blocking thread (the UI stays responsive) and report
//! progress through a channel the UI passes in. They hold the vault for their whole
//! run, so that a lock or another command waits instead of seeing half an import.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use casebook_bundle::{
    BundleError, CardProblem, ContactCard, DeviceKeys, ExportOptions, ExportPlan, ExportReport,
    ImportOptions, ImportSummary, Phase, Progress, Recipients, SecretString, Selection,
};
use casebook_store::{CaseQuery, ConflictInfo, Contact, ContactRole, Take, Vault};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager as _, State};
use zeroize::Zeroizing;

use crate::dialog::{self, Look};
use crate::error::{payload, Reply};
use crate::session::{off_main, with_vault, Activity};
use crate::Session;

// Every command that opens the vault runs off the main thread (`async`): while an
// export or import holds the vault, a quick look at the contacts waits for it
// instead of freezing the window.

/// A contact card file is a few hundred bytes; anything far larger is not one.
const CARD_FILE_LIMIT: u64 = 64 * 1024;

/// How often progress reaches the UI at most (besides phase changes and the end).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// An exchange job off the main thread; it tells `Activity` it is still busy.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&mut Vault, &Activity) -> Result<T, BundleError> + Send + 'static,
) -> Reply<T> {
    off_main(&app, move |v, app| f(v, &app.state::<Activity>())).await
}

/// Who is recorded for imports and resolutions: the name the person gave on the
/// exchange screen, by the same rule as case work.
fn author(name: &str) -> String {
    casebook_core::author::author_or_placeholder(Some(name))
}

/// Progress to the UI, thinned out. While it flows the person is watching a
/// progress bar they started, so it also counts as activity for the idle lock.
fn reporter<'a>(
    channel: &'a Channel<Progress>,
    activity: &'a Activity,
) -> impl FnMut(Progress) + 'a {
    let mut last: Option<(Progress, Instant)> = None;
    move |p: Progress| {
        let due = match &last {
            None => true,
            Some((prev, at)) => {
                prev.phase != p.phase
                    || (p.total > 0 && p.done >= p.total)
                    || at.elapsed() >= PROGRESS_EVERY
            }
        };
        if due {
            activity.touch();
            // A closed window has nobody to tell; the operation goes on regardless.
            let _ = channel.send(p);
            last = Some((p, Instant::now()));
        }
    }
}

/// A bundle passphrase as it crosses IPC: wiped from memory when dropped, never
/// printed.
#[derive(Deserialize)]
#[serde(from = "String")]
pub struct BundlePassphrase(Zeroizing<String>);

impl From<String> for BundlePassphrase {
    fn from(s: String) -> Self {
        BundlePassphrase(Zeroizing::new(s))
    }
}

impl std::fmt::Debug for BundlePassphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BundlePassphrase(<redacted>)")
    }
}

impl BundlePassphrase {
    fn secret(&self) -> SecretString {
        SecretString::from(self.0.as_str())
    }
}

// ---- Contacts ----------------------------------------------------------------

/// This device's card: the text to hand over and the words to compare by phone.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct MyCard {
    pub text: String,
    pub fingerprint: String,
}

#[tauri::command(async)]
pub fn contact_me(session: State<'_, Session>, name: String) -> Reply<MyCard> {
    with_vault::<_, BundleError>(&session, |v| {
        let card = DeviceKeys::of(v)?.card(&name);
        Ok(MyCard {
            text: card.to_text(),
            fingerprint: card.fingerprint,
        })
    })
}

/// Writes this device's card where the person chooses. False: the dialog was cancelled.
#[tauri::command(async)]
pub async fn contact_me_save(
    app: AppHandle,
    session: State<'_, Session>,
    name: String,
    file_name: String,
) -> Reply<bool> {
    let look = Look::titled(&session, "dialog-title-card-save");
    let card = contact_me(session, name)?;
    let Some(path) = dialog::save_file(&app, &file_name, look).await else {
        return Ok(false);
    };
    casebook_store::file_out::write_atomically(&path, |w| w.write_all(card.text.as_bytes()))
        .map_err(|e| payload(BundleError::Write(e)))
        .map(|()| true)
}

/// Reads a card file the person chooses; its text, for them to check before adding.
#[tauri::command(async)]
pub async fn contact_card_choose(app: AppHandle) -> Reply<Option<String>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-card-open");
    let Some(path) = dialog::pick_file(&app, look).await else {
        return Ok(None);
    };
    let not_a_card = |problem| payload(BundleError::BadCard { problem });
    let file = std::fs::File::open(&path).map_err(|_| not_a_card(CardProblem::File))?;
    let mut bytes = vec![];
    file.take(CARD_FILE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| not_a_card(CardProblem::File))?;
    if bytes.len() as u64 > CARD_FILE_LIMIT {
        return Err(not_a_card(CardProblem::TooLarge));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| not_a_card(CardProblem::NotText))
}

/// Reads a card's text without adding it: name and fingerprint to show.
#[tauri::command]
pub fn contact_card_read(text: String) -> Reply<ContactCard> {
    ContactCard::parse(&text).map_err(payload)
}

#[tauri::command(async)]
pub fn contact_add(
    session: State<'_, Session>,
    card: String,
    name: String,
    role: ContactRole,
    typed_fingerprint: Option<String>,
) -> Reply<Contact> {
    with_vault(&session, |v| {
        let card = ContactCard::parse(&card)?;
        casebook_bundle::add_contact(v, &card, Some(&name), role, typed_fingerprint.as_deref())
    })
}

#[tauri::command(async)]
pub fn contact_list(session: State<'_, Session>) -> Reply<Vec<Contact>> {
    with_vault::<_, BundleError>(&session, |v| Ok(v.contacts()?))
}

#[tauri::command(async)]
pub fn contact_rename(
    session: State<'_, Session>,
    name: String,
    new_name: String,
) -> Reply<Contact> {
    with_vault::<_, BundleError>(&session, |v| Ok(v.rename_contact(&name, new_name.trim())?))
}

#[tauri::command(async)]
pub fn contact_remove(session: State<'_, Session>, name: String) -> Reply<()> {
    with_vault::<_, BundleError>(&session, |v| Ok(v.remove_contact(&name)?))
}

// ---- Export ------------------------------------------------------------------

/// Which cases, as the exchange screen offers them.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CaseChoice {
    All,
    SinceLast,
    Cases { ids: Vec<String> },
    Filter { query: Box<CaseQuery> },
}

#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RecipientChoice {
    Contacts {
        names: Vec<String>,
    },
    Passphrase {
        #[ts(type = "string")]
        passphrase: BundlePassphrase,
        role: ContactRole,
    },
}

#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ExportRequest {
    pub cases: CaseChoice,
    pub recipients: RecipientChoice,
    pub include_attachments: bool,
    pub sender_name: String,
}

impl ExportRequest {
    fn options(&self) -> ExportOptions {
        let selection = match &self.cases {
            CaseChoice::All => Selection::All,
            CaseChoice::SinceLast => Selection::SinceLastExport,
            CaseChoice::Cases { ids } => Selection::Cases(ids.clone()),
            CaseChoice::Filter { query } => Selection::Filter(query.clone()),
        };
        let recipients = match &self.recipients {
            RecipientChoice::Contacts { names } => Recipients::Contacts(names.clone()),
            RecipientChoice::Passphrase { passphrase, role } => Recipients::Passphrase {
                passphrase: passphrase.secret(),
                role: *role,
            },
        };
        let mut opts = ExportOptions::new(selection, recipients);
        opts.include_attachments = self.include_attachments;
        opts.sender_name = self.sender_name.trim().to_owned();
        opts
    }
}

/// What the export would carry and what it would leave out, before anything is written.
#[tauri::command]
pub async fn export_plan(
    app: AppHandle,
    request: ExportRequest,
    progress: Channel<Progress>,
) -> Reply<ExportPlan> {
    blocking(app, move |v, activity| {
        casebook_bundle::plan_export(v, &request.options(), &mut reporter(&progress, activity))
    })
    .await
}

/// Asks where to save, then writes the bundle. `None`: the dialog was cancelled.
#[tauri::command]
pub async fn bundle_export(
    app: AppHandle,
    request: ExportRequest,
    file_name: String,
    progress: Channel<Progress>,
) -> Reply<Option<ExportReport>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-bundle-save");
    let Some(path) = dialog::save_file(&app, &file_name, look).await else {
        return Ok(None);
    };
    let before = app.state::<Session>().erasures();
    let dest = path.clone();
    let report = blocking(app.clone(), move |v, activity| {
        casebook_bundle::export(
            v,
            &dest,
            &request.options(),
            &mut reporter(&progress, activity),
        )
    })
    .await?;
    app.state::<Session>().unless_erased(before, &path)?;
    Ok(Some(report))
}

// ---- Import ------------------------------------------------------------------

/// Bundle files the person chose, by token, so that asking for a passphrase or a
/// confirmation does not mean choosing the file again.
#[derive(Debug, Default)]
pub struct ChosenBundles {
    paths: Mutex<HashMap<String, PathBuf>>,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ChosenBundle {
    pub token: String,
    pub name: String,
}

#[tauri::command(async)]
pub async fn bundle_choose(
    app: AppHandle,
    chosen: State<'_, ChosenBundles>,
) -> Reply<Option<ChosenBundle>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-bundle-open");
    let Some(path) = dialog::pick_file(&app, look).await else {
        return Ok(None);
    };
    let token = crate::casework::uuid_like();
    let name = crate::casework::file_name(&path);
    let mut paths = chosen.paths.lock().unwrap_or_else(|p| p.into_inner());
    // Only the latest choice counts.
    paths.clear();
    paths.insert(token.clone(), path);
    Ok(Some(ChosenBundle { token, name }))
}

/// The import summary, and the signer as a card the person may keep as a contact.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ImportReport {
    #[serde(flatten)]
    pub summary: ImportSummary,
    pub signer_card: String,
}

#[tauri::command]
pub async fn bundle_import(
    app: AppHandle,
    token: String,
    passphrase: Option<BundlePassphrase>,
    trust: Option<String>,
    trust_role: Option<ContactRole>,
    author_name: String,
    progress: Channel<Progress>,
) -> Reply<ImportReport> {
    let path = app
        .state::<ChosenBundles>()
        .paths
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&token)
        .cloned()
        .ok_or_else(|| payload(crate::error::DesktopError::ChosenFileForgotten))?;
    blocking(app, move |v, activity| {
        let opts = ImportOptions {
            passphrase: passphrase.as_ref().map(BundlePassphrase::secret),
            trust_fingerprint: trust,
            trust_role: trust_role.unwrap_or(ContactRole::LEAST_PRIVILEGED),
            ..Default::default()
        };
        let who = author(&author_name);
        let mut report = reporter(&progress, activity);
        // The library's first report comes after some megabytes; say at once what
        // is happening, so that the bar does not sit at "starting".
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        report(Progress::new(Phase::Reading, 0, size));
        let summary = casebook_bundle::import_file(v, &path, &opts, &who, &mut report)?;
        let signer_card = summary.signer.card().to_text();
        Ok(ImportReport {
            summary,
            signer_card,
        })
    })
    .await
}

// ---- Conflicts ---------------------------------------------------------------

#[tauri::command(async)]
pub fn conflict_list(session: State<'_, Session>) -> Reply<Vec<ConflictInfo>> {
    with_vault::<_, BundleError>(&session, |v| Ok(v.open_conflicts(None)?))
}

#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(tag = "take", content = "value", rename_all = "kebab-case")]
pub enum TakeChoice {
    Ours,
    Theirs,
    Typed(String),
}

#[tauri::command(async)]
pub fn conflict_resolve(
    session: State<'_, Session>,
    case_id: String,
    path: String,
    choice: TakeChoice,
    author_name: String,
) -> Reply<()> {
    let take = match choice {
        TakeChoice::Ours => Take::Ours,
        TakeChoice::Theirs => Take::Theirs,
        TakeChoice::Typed(text) => Take::Typed(text),
    };
    with_vault(&session, |v| {
        casebook_store::sync::resolve(v, &case_id, &path, take, &author(&author_name)).map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn requests_read_as_the_ui_sends_them_and_passphrases_never_print() {
        let request: ExportRequest = serde_json::from_value(json!({
            "cases": { "kind": "since-last" },
            "recipients": {
                "kind": "passphrase",
                "passphrase": "orchard lantern seven",
                "role": "lawyer"
            },
            "include_attachments": false,
            "sender_name": "  Centre Almaty ",
        }))
        .unwrap();
        assert!(!format!("{request:?}").contains("orchard"));
        let opts = request.options();
        assert!(!format!("{opts:?}").contains("orchard"));
        assert!(matches!(opts.selection, Selection::SinceLastExport));
        assert!(matches!(
            opts.recipients,
            Recipients::Passphrase {
                role: ContactRole::Lawyer,
                ..
            }
        ));
        assert!(!opts.include_attachments);
        assert_eq!(opts.sender_name, "Centre Almaty");

        let chosen: CaseChoice =
            serde_json::from_value(json!({ "kind": "cases", "ids": ["KZ-1"] })).unwrap();
        assert!(matches!(chosen, CaseChoice::Cases { ids } if ids == ["KZ-1"]));
        let filtered: CaseChoice = serde_json::from_value(
            json!({ "kind": "filter", "query": { "text": "Алматы", "offset": 0, "limit": 25 } }),
        )
        .unwrap();
        assert!(matches!(filtered, CaseChoice::Filter { .. }));

        let typed: TakeChoice =
            serde_json::from_value(json!({ "take": "typed", "value": "31" })).unwrap();
        assert!(matches!(typed, TakeChoice::Typed(v) if v == "31"));
        let ours: TakeChoice = serde_json::from_value(json!({ "take": "ours" })).unwrap();
        assert!(matches!(ours, TakeChoice::Ours));
    }

    #[test]
    fn the_author_falls_back_to_a_dash() {
        assert_eq!(author("  "), "—");
        assert_eq!(author(" Centre "), "Centre");
    }
}
