//! The recovery secret shared among colleagues: the split in Settings, opening with
//! shares on the unlock screen. Thin: shares, slots and cards are
//! `casebook_store`'s and `casebook_pdf`'s. The program keeps no share: the UI holds
//! the typed ones only until the vault opens.

use casebook_pdf::SplitWritten;
use casebook_store::{Secret, SplitPlan, UnlockSecret, Vault, VaultOptions};
use tauri::{AppHandle, Manager as _, State};

use crate::dialog::{self, title, Look};
use crate::error::{payload, Reply};
use crate::session::{off_main, replace_vault, vault_dir, with_vault, Activity};
use crate::Session;

fn shares(texts: Vec<String>) -> UnlockSecret {
    UnlockSecret::Shares(texts.into_iter().map(Secret::new).collect())
}

/// The vault's short fingerprint, shown on the unlock screen to compare with the
/// cards before anyone types a share.
#[tauri::command]
pub fn vault_fingerprint(session: State<'_, Session>) -> Reply<String> {
    Vault::fingerprint_of(&vault_dir(&session)?).map_err(payload)
}

/// Checks typed shares without opening the vault: a damaged, foreign, revoked or
/// repeated share is named before the person chooses a new passphrase.
#[tauri::command(async)]
pub fn vault_shares_check(session: State<'_, Session>, shares: Vec<String>) -> Reply<()> {
    let dir = vault_dir(&session)?;
    Vault::check_secret(&dir, &self::shares(shares)).map_err(payload)
}

/// Opens with the shares and sets the new passphrase in the same step.
#[tauri::command(async)]
pub fn vault_unlock_shares(
    session: State<'_, Session>,
    activity: State<'_, Activity>,
    shares: Vec<String>,
    new: String,
) -> Reply<()> {
    let dir = vault_dir(&session)?;
    let texts = shares.into_iter().map(Secret::new).collect();
    let new = Secret::new(new);
    replace_vault(&session, || {
        let mut vault = Vault::open_with_shares(&dir, texts, &new, &VaultOptions::default())?;
        // As every unlock: an outreach vault seals what a crash left unsealed first.
        casebook_bundle::outreach::seal_leftovers(&mut vault)?;
        Ok::<_, casebook_bundle::BundleError>(Some(vault))
    })?;
    activity.touch();
    Ok(())
}

/// Splits anew, K of N, after the passphrase is typed again. The person chooses
/// where the first card goes (a USB stick, say); every card and share file goes
/// beside it. `None`: the dialog was cancelled and nothing changed.
#[tauri::command]
pub async fn recovery_split(
    app: AppHandle,
    current: String,
    threshold: u32,
    shares: u32,
) -> Reply<Option<SplitWritten>> {
    let plan = SplitPlan::new(threshold, shares).map_err(payload)?;
    let current = UnlockSecret::Passphrase(Secret::new(current));
    let session = app.state::<Session>();
    // A wrong passphrase is said before a dialog opens.
    Vault::check_secret(&vault_dir(&session)?, &current).map_err(payload)?;
    let look = Look {
        title: title(&session, "dialog-title-shares-save"),
        filter: Some(("PDF".to_owned(), &["pdf"])),
    };
    let first = casebook_pdf::share_file_stem(1, plan.shares()) + ".pdf";
    let Some(dest) = dialog::save_file(&app, &first, look).await else {
        return Ok(None);
    };
    app.state::<Activity>().touch();
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let lang = session.settings().language;
    off_main(&app, move |v, _| {
        casebook_pdf::write_split(v, &current, plan, lang, &dir)
    })
    .await
    .map(Some)
}

/// Reads a share file the person picks (from a colleague's USB stick, say) into the
/// unlock screen's field, without its note; `None` when cancelled.
#[tauri::command]
pub async fn recovery_share_open(app: AppHandle) -> Reply<Option<String>> {
    let look = Look::titled(&app.state::<Session>(), "dialog-title-share-open");
    let Some(path) = dialog::pick_file(&app, look).await else {
        return Ok(None);
    };
    let share = casebook_store::read_share_file(&path).map_err(payload)?;
    Ok(Some(share.expose().to_owned()))
}

/// Removes the split; false when there was none.
#[tauri::command]
pub fn recovery_revoke(session: State<'_, Session>) -> Reply<bool> {
    with_vault(&session, |v| v.revoke_split())
}
