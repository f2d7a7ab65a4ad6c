//! The desktop shell: resolves where the vault and the settings live, holds the
//! unlocked vault for the session and exposes thin commands over `casebook-store`.
//! Every word the person reads comes from `locales/`; every error crosses IPC as
//! `casebook_core::ErrorPayload`.

#[cfg(all(not(debug_assertions), not(feature = "custom-protocol")))]
compile_error!(
    "a release build must embed the UI (feature custom-protocol); without it the window \
     would load http://localhost:5173 with full access to the vault's commands"
);

mod casework;
mod commands;
mod dialog;
mod due_commands;
mod error;
mod exchange_commands;
mod launch;
mod list_commands;
mod outreach_commands;
mod pdf_commands;
mod recovery_commands;
mod session;
mod settings;
mod stats_commands;
mod submission_commands;
mod traces;
#[cfg(test)]
mod ts_types;

use std::process::ExitCode;
use std::sync::Mutex;

use casebook_store::process::NetworkLock;

pub use error::DesktopError;
pub use launch::{LaunchOptions, CONFIG_ENV, VAULT_ENV};
pub use settings::Settings;

/// Session state. `None` means locked; dropping the vault locks it.
#[derive(Debug)]
pub struct Session {
    pub launch: LaunchOptions,
    pub vault: Mutex<Option<casebook_store::Vault>>,
    pub settings: Mutex<Settings>,
    /// How many times the vault was erased in this run: a job that made a file
    /// while an erase happened removes its file (see `Session::unless_erased`).
    pub erasures: std::sync::atomic::AtomicU64,
    /// Whether the network lock holds (shown on the first screen when it does not).
    pub network: NetworkLock,
}

impl Session {
    /// Locks the vault even if a previous command panicked while holding the mutex.
    pub(crate) fn vault(&self) -> std::sync::MutexGuard<'_, Option<casebook_store::Vault>> {
        self.vault.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn settings(&self) -> std::sync::MutexGuard<'_, Settings> {
        self.settings.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn erasures(&self) -> u64 {
        self.erasures.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// After a job that wrote `file` from the vault: if the vault was erased since
    /// `before`, the file goes too. An erase does not wait for such a job (it
    /// destroys the keys at once); this is how the job is cancelled.
    pub(crate) fn unless_erased(
        &self,
        before: u64,
        file: &std::path::Path,
    ) -> Result<(), casebook_core::ErrorPayload> {
        if self.erasures() == before {
            return Ok(());
        }
        let _ = std::fs::remove_file(file);
        Err(error::payload(DesktopError::ErasedMeanwhile))
    }
}

/// Release builds keep no cache, local storage or cookies on disk.
const INCOGNITO: bool = cfg!(not(debug_assertions));

/// Keeps the program and its web view off the network ([`forbid_network`]). A debug
/// build driven by WebDriver is left open: its automation reaches the program over
/// loopback TCP (`WEBKIT_INSPECTOR_SERVER`). A release build is always locked, or
/// says that it could not be.
///
/// [`forbid_network`]: casebook_store::process::forbid_network
fn lock_network() -> NetworkLock {
    if cfg!(debug_assertions) && std::env::var_os("WEBKIT_INSPECTOR_SERVER").is_some() {
        return NetworkLock::Automation;
    }
    match casebook_store::process::forbid_network() {
        Ok(()) => NetworkLock::Locked,
        Err(e) => {
            // Said once here, and on the first screen (`AppInfo::network`).
            eprintln!("casebook: {e}");
            NetworkLock::Unavailable
        }
    }
}

/// Starts the program; the exit code is non-zero if the window could not be opened.
pub fn run() -> ExitCode {
    // Before anything else: no core dumps of an unlocked vault.
    if let Err(e) = casebook_store::process::harden() {
        eprintln!("casebook: the process could not be protected: {e}");
        return ExitCode::FAILURE;
    }
    // Before GTK and WebKit start their threads and helper processes, which inherit it.
    let network = lock_network();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let launch = LaunchOptions::from_args_and_env(&args, |k| std::env::var_os(k));

    let result = tauri::Builder::default()
        .setup(move |app| {
            use tauri::Manager as _;
            let config_dir = match &launch.config_dir {
                Some(d) => Some(d.clone()),
                None => app.path().app_config_dir().ok(),
            };
            let launch = LaunchOptions {
                config_dir,
                ..launch.clone()
            };
            let settings = Settings::load(launch.config_dir.as_deref());
            app.manage(session::Activity::new());
            app.manage(casework::Dropped::default());
            app.manage(exchange_commands::ChosenBundles::default());
            app.manage(Session {
                launch,
                vault: Mutex::new(None),
                settings: Mutex::new(settings),
                erasures: Default::default(),
                network,
            });
            // The window is made here rather than from the config so that release
            // builds keep no web data on disk (incognito). WebKitWebDriver cannot
            // automate an ephemeral context, so debug builds (the e2e tests) are not.
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .cloned()
                .ok_or("tauri.conf.json has no main window")?;
            let window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
                .incognito(INCOGNITO)
                .build()?;
            #[cfg(target_os = "linux")]
            session::bind_quick_exit_key(app.handle(), &window);
            #[cfg(not(target_os = "linux"))]
            drop(window);
            // Setup runs on the main thread, where GTK's settings live.
            traces::keep_out_of_recent_files();
            traces::forget_recent_files(&[]);
            session::apply_title(app.handle(), &app.state::<Session>().settings());
            session::start_idle_lock(app.handle().clone());
            Ok(())
        })
        .on_window_event(casework::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::vault_create,
            commands::vault_unlock,
            commands::vault_lock,
            commands::case_count,
            commands::settings_get,
            commands::settings_set_language,
            list_commands::cases_query,
            list_commands::case_filter_choices,
            session::session_activity,
            session::vault_unlock_recovery,
            session::quick_exit,
            session::vault_erase,
            session::vault_slots,
            session::passphrase_add,
            session::passphrase_change,
            session::passphrase_remove,
            session::passphrase_rate,
            session::passphrase_suggest,
            session::recovery_key_replace,
            session::vault_rekey,
            session::settings_set_idle_lock,
            session::settings_set_show_name,
            casework::draft_save,
            casework::draft_list,
            casework::draft_load,
            casework::draft_discard,
            casework::draft_finish,
            casework::case_check,
            casework::case_due,
            casework::case_get,
            casework::case_save,
            casework::case_edit_save,
            casework::case_edit_get,
            casework::case_edit_discard,
            casework::case_edit_finish,
            casework::case_history,
            casework::attach_choose,
            casework::attach_dropped,
            casework::attachment_bytes,
            casework::attachment_export,
            casework::vocab_lists,
            pdf_commands::case_file_plan,
            pdf_commands::case_file_save,
            pdf_commands::case_file_verify,
            submission_commands::submission_plan,
            submission_commands::submission_save,
            submission_commands::organisation_get,
            submission_commands::organisation_set,
            submission_commands::annex_candidates,
            submission_commands::annex_save,
            outreach_commands::outreach_create,
            outreach_commands::outreach_status,
            outreach_commands::outreach_finish,
            outreach_commands::outbox_export,
            outreach_commands::outbox_confirm,
            outreach_commands::outreach_receipt_save,
            due_commands::due_list,
            due_commands::due_follow_up_done,
            due_commands::due_forensic_window,
            due_commands::due_forensic_window_set,
            stats_commands::stats_dimensions,
            stats_commands::stats_count,
            stats_commands::stats_save_table,
            stats_commands::stats_save_image,
            stats_commands::stats_save_brief,
            stats_commands::stats_send,
            stats_commands::network_centres,
            recovery_commands::vault_fingerprint,
            recovery_commands::vault_shares_check,
            recovery_commands::vault_unlock_shares,
            recovery_commands::recovery_split,
            recovery_commands::recovery_revoke,
            recovery_commands::recovery_share_open,
            exchange_commands::contact_me,
            exchange_commands::contact_me_save,
            exchange_commands::contact_card_choose,
            exchange_commands::contact_card_read,
            exchange_commands::contact_add,
            exchange_commands::contact_list,
            exchange_commands::contact_rename,
            exchange_commands::contact_remove,
            exchange_commands::export_plan,
            exchange_commands::bundle_export,
            exchange_commands::bundle_choose,
            exchange_commands::bundle_import,
            exchange_commands::conflict_list,
            exchange_commands::conflict_resolve,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Deliberately generic: no paths, no case data.
            eprintln!("the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_ui_is_embedded_not_loaded_from_a_dev_server() {
        // Tauri serves the UI from the binary only with custom-protocol; otherwise it
        // loads devUrl over the network.
        assert!(
            !tauri::is_dev(),
            "built without the custom-protocol feature"
        );
    }

    #[test]
    fn a_file_made_while_the_vault_was_erased_is_removed() {
        use casebook_core::Coded as _;
        let session = super::Session {
            launch: super::LaunchOptions::default(),
            vault: std::sync::Mutex::new(None),
            settings: std::sync::Mutex::new(super::Settings::load(None)),
            erasures: Default::default(),
            network: super::NetworkLock::Unavailable,
        };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("document-en.pdf");
        std::fs::write(&file, b"case file").unwrap();
        let before = session.erasures();
        assert!(session.unless_erased(before, &file).is_ok());
        assert!(file.exists());
        session
            .erasures
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let e = session.unless_erased(before, &file).unwrap_err();
        assert_eq!(e.code, super::DesktopError::ErasedMeanwhile.code());
        assert!(!file.exists());
    }
}
