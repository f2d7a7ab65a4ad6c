//! Thin commands: each resolves the session, calls one `casebook-store` function and
//! turns its error into an `ErrorPayload`. No domain logic lives here.

use casebook_store::{Secret, UnlockSecret, Vault, VaultOptions};
use serde::Serialize;
use tauri::State;

use crate::error::{payload, Reply};
use crate::session::{replace_vault, with_vault};
use crate::settings::shipped_language;
use crate::{DesktopError, Session, Settings};

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct AppInfo {
    /// Shown so a person can tell which vault they are opening; never case data.
    pub vault_path: Option<String>,
    pub exists: bool,
    pub unlocked: bool,
    pub language: &'static str,
    pub languages: &'static [&'static str],
    /// Languages no native speaker has reviewed yet (locales/STATUS.md): Settings
    /// says so beside them.
    pub awaiting_review: &'static [&'static str],
    /// `unavailable`: the kernel refused the network lock; the first screen says so.
    pub network: casebook_store::process::NetworkLock,
}

#[tauri::command]
pub fn app_info(session: State<'_, Session>) -> Reply<AppInfo> {
    let dir = session.launch.vault_dir.as_deref();
    Ok(AppInfo {
        vault_path: dir.map(|d| d.display().to_string()),
        exists: dir.is_some_and(Vault::exists),
        unlocked: session.vault().is_some(),
        language: session.settings().language,
        languages: casebook_i18n::SHIPPED,
        awaiting_review: casebook_i18n::AWAITING_REVIEW,
        network: session.network,
    })
}

/// Creates the vault, leaves it unlocked and returns the printable recovery key,
/// which is shown once and never stored in plain text.
#[tauri::command(async)]
pub fn vault_create(session: State<'_, Session>, passphrase: String) -> Reply<String> {
    let dir = session
        .launch
        .vault_dir
        .clone()
        .ok_or_else(|| payload(DesktopError::NoVaultDir))?;
    let passphrase = Secret::new(passphrase);
    let mut recovery = None;
    replace_vault(&session, || {
        let (vault, key) = Vault::create(&dir, &passphrase, &VaultOptions::default())?;
        recovery = Some(key.display());
        Ok::<_, casebook_store::StoreError>(Some(vault))
    })?;
    recovery.ok_or_else(crate::error::unexpected)
}

#[tauri::command(async)]
pub fn vault_unlock(session: State<'_, Session>, passphrase: String) -> Reply<()> {
    let dir = session
        .launch
        .vault_dir
        .clone()
        .ok_or_else(|| payload(DesktopError::NoVaultDir))?;
    let secret = UnlockSecret::Passphrase(Secret::new(passphrase));
    replace_vault(&session, || {
        casebook_bundle::outreach::open(&dir, &secret).map(Some)
    })
}

// Off the main thread: an export or import holds the vault until it ends, and the
// window must not freeze meanwhile (the UI has already left every case screen).
#[tauri::command(async)]
pub fn vault_lock(session: State<'_, Session>) -> Reply<()> {
    // Dropping the vault wipes its key and closes the database.
    replace_vault(&session, || Ok::<_, DesktopError>(None))
}

#[tauri::command]
pub fn case_count(session: State<'_, Session>) -> Reply<u64> {
    with_vault(&session, |v| v.case_count())
}

#[tauri::command]
pub fn settings_get(session: State<'_, Session>) -> Reply<Settings> {
    Ok(session.settings().clone())
}

/// Applies at once and is remembered in `settings.txt` for the next start.
#[tauri::command]
pub fn settings_set_language(session: State<'_, Session>, language: String) -> Reply<Settings> {
    let language = shipped_language(&language)
        .ok_or_else(|| payload(DesktopError::UnknownLanguage(language.clone())))?;
    let mut settings = session.settings();
    let updated = Settings {
        language,
        ..settings.clone()
    };
    if let Some(dir) = &session.launch.config_dir {
        updated.save(dir).map_err(payload)?;
    }
    *settings = updated.clone();
    Ok(updated)
}
