//! Outreach mode in the desktop: setting a field laptop up for its centre, the home
//! screen's status, finishing a report (sealed at once), the outbox's export and the
//! centre's receipt; and at the centre, the receipt for an outreach laptop. Thin:
//! each command calls one `casebook_bundle::outreach` function.

use casebook_bundle::outreach::{self, OutboxExport, OutreachStatus, ReceiptWritten};
use casebook_bundle::{BundleError, ContactCard};
use casebook_store::{Secret, VaultOptions};
use tauri::{AppHandle, Manager as _, State};

use crate::casework::author;
use crate::dialog::{self, Look};
use crate::error::Reply;
use crate::session::{off_main, replace_vault, vault_dir, with_vault};
use crate::Session;

/// Creates the vault as an outreach vault for the centre on `card`, once the six
/// words typed match the card's; leaves it unlocked and returns the recovery key.
#[tauri::command(async)]
pub fn outreach_create(
    session: State<'_, Session>,
    passphrase: String,
    card: String,
    typed_fingerprint: String,
) -> Reply<String> {
    let dir = vault_dir(&session)?;
    let passphrase = Secret::new(passphrase);
    let mut recovery = None;
    replace_vault(&session, || {
        let card = ContactCard::parse(&card)?;
        let (vault, key, _) = outreach::create(
            &dir,
            &passphrase,
            &VaultOptions::default(),
            &card,
            &typed_fingerprint,
        )?;
        recovery = Some(key.display());
        Ok::<_, BundleError>(Some(vault))
    })?;
    recovery.ok_or_else(crate::error::unexpected)
}

/// The outreach home screen's content; `None` in an ordinary vault.
#[tauri::command(async)]
pub fn outreach_status(session: State<'_, Session>) -> Reply<Option<OutreachStatus>> {
    with_vault(&session, |v| outreach::status(v, chrono::Utc::now()))
}

/// Finishes the draft and seals it for the centre; returns the receipt code.
#[tauri::command(async)]
pub fn outreach_finish(session: State<'_, Session>, id: String) -> Reply<String> {
    with_vault(&session, |v| {
        let who = author(&v.load_draft(&id)?.record);
        outreach::finish_draft(v, &id, &who)
    })
}

/// Asks where to save, then writes every sealed report not yet confirmed into one
/// bundle for the centre. `None`: the dialog was cancelled.
#[tauri::command]
pub async fn outbox_export(app: AppHandle, file_name: String) -> Reply<Option<OutboxExport>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-outbox-save");
    let Some(path) = dialog::save_file(&app, &file_name, look).await else {
        return Ok(None);
    };
    let before = app.state::<Session>().erasures();
    let dest = path.clone();
    let written = off_main(&app, move |v, _| outreach::export_outbox(v, &dest)).await?;
    app.state::<Session>().unless_erased(before, &path)?;
    Ok(Some(written))
}

/// Asks for the centre's receipt file and takes it: the reports it confirms lose
/// their sealed copies. `None`: the dialog was cancelled.
#[tauri::command]
pub async fn outbox_confirm(app: AppHandle) -> Reply<Option<usize>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-receipt-open");
    let Some(path) = dialog::pick_file(&app, look).await else {
        return Ok(None);
    };
    off_main(&app, move |v, _| outreach::confirm_receipt(v, &path))
        .await
        .map(Some)
}

/// At the centre: asks where to save, then writes the receipt for the outreach
/// contact `name`. `None`: the dialog was cancelled.
#[tauri::command]
pub async fn outreach_receipt_save(
    app: AppHandle,
    name: String,
    file_name: String,
) -> Reply<Option<ReceiptWritten>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-receipt-save");
    let Some(path) = dialog::save_file(&app, &file_name, look).await else {
        return Ok(None);
    };
    off_main(&app, move |v, _| outreach::write_receipt(v, &name, &path))
        .await
        .map(Some)
}
