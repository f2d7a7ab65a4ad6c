//! Safety around the unlocked session: auto-lock after idle time (enforced here, not
//! in the web view), quick exit, unlocking with the recovery key, passphrase changes
//! that ask for the current passphrase again, emergency erase and the window title.
//! Thin: every decision about keys and files is `casebook-store`'s.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use casebook_core::Coded;
use casebook_store::{Secret, UnlockSecret, Vault};
use serde::Serialize;
use tauri::{AppHandle, Emitter as _, Manager as _, State};

use crate::error::{payload, Reply};
use crate::settings::IDLE_LOCK_RANGE;
use crate::{DesktopError, Session, Settings};

/// The event the UI listens for: the vault was locked without the UI asking
/// (idle time ran out). Its payload is the reason, `"idle"`.
pub const LOCKED_EVENT: &str = "vault-locked";
/// Sent `LOCK_GRACE` before an idle lock, so that the UI can save an open draft.
pub const LOCKING_EVENT: &str = "vault-locking";
const LOCK_GRACE: Duration = Duration::from_millis(800);
/// How long the person must have left the window alone before the vault catches up
/// on work that saves leave for later (search index, log copy).
const IDLE_WORK_AFTER: Duration = Duration::from_secs(2);

/// The neutral title is the default; the real name only when the person asks for it.
pub const NEUTRAL_TITLE: &str = "Notes";
pub const REAL_TITLE: &str = "Casebook";

/// When the person last did something in the window.
#[derive(Debug)]
pub struct Activity {
    last: Mutex<Instant>,
}

impl Activity {
    pub fn new() -> Self {
        Activity {
            last: Mutex::new(Instant::now()),
        }
    }

    pub fn touch(&self) {
        *self.last.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
    }

    fn idle_for(&self) -> Duration {
        self.last
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .elapsed()
    }
}

impl Default for Activity {
    fn default() -> Self {
        Activity::new()
    }
}

/// Starts the thread that locks the vault once the idle time has passed, and that
/// lets the vault catch up on deferred work after a short pause. It also
/// restarts the clock whenever it sees the vault newly unlocked, so time spent on
/// the unlock screen never counts.
pub fn start_idle_lock(app: AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("idle-lock".into())
        .spawn(move || {
            let mut was_unlocked = false;
            loop {
                std::thread::sleep(Duration::from_millis(250));
                let session = app.state::<Session>();
                let activity = app.state::<Activity>();
                let limit = Duration::from_secs(u64::from(session.settings().idle_lock_secs));
                let unlocked = session.vault().is_some();
                if unlocked && !was_unlocked {
                    activity.touch();
                }
                was_unlocked = unlocked;
                // Deferred work runs in short rounds (a large backlog after an import
                // takes many), one after another while the person stays away; between
                // rounds any command waiting for the vault gets it first. Derived data
                // only: a failure loses nothing, and the next search catches up. The
                // idle lock comes first: rounds stop once its time is up.
                while activity.idle_for() >= IDLE_WORK_AFTER && activity.idle_for() < limit {
                    let vault = session.vault();
                    match vault.as_ref().filter(|v| v.has_idle_work()) {
                        Some(v) if v.idle_work().is_ok() => {}
                        _ => break,
                    }
                    drop(vault);
                    std::thread::sleep(Duration::from_millis(5));
                }
                if unlocked && activity.idle_for() >= limit {
                    // A moment for the UI to save what is typed but not saved yet.
                    let _ = app.emit(LOCKING_EVENT, "idle");
                    std::thread::sleep(LOCK_GRACE);
                    if activity.idle_for() < limit {
                        continue; // the person came back meanwhile
                    }
                    let mut vault = session.vault();
                    // Dropping the vault wipes its key and closes the database.
                    *vault = None;
                    was_unlocked = false;
                    drop(vault);
                    let _ = app.emit(LOCKED_EVENT, "idle");
                }
            }
        });
    if spawned.is_err() {
        // Without the timer the vault would never lock itself: refuse to go on.
        eprintln!("the idle lock could not be started");
        std::process::exit(1);
    }
}

/// Sets the window title from the settings.
pub fn apply_title(app: &AppHandle, settings: &Settings) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.set_title(if settings.show_name {
            REAL_TITLE
        } else {
            NEUTRAL_TITLE
        });
    }
}

pub(crate) fn vault_dir(session: &Session) -> Reply<std::path::PathBuf> {
    session
        .launch
        .vault_dir
        .clone()
        .ok_or_else(|| payload(DesktopError::NoVaultDir))
}

/// The UI calls this (throttled) while the person types, clicks or scrolls.
#[tauri::command]
pub fn session_activity(activity: State<'_, Activity>) -> Reply<()> {
    activity.touch();
    Ok(())
}

#[tauri::command(async)]
pub fn vault_unlock_recovery(
    session: State<'_, Session>,
    activity: State<'_, Activity>,
    key: String,
) -> Reply<()> {
    let dir = vault_dir(&session)?;
    let secret = UnlockSecret::RecoveryKey(Secret::new(key));
    replace_vault(&session, || {
        casebook_bundle::outreach::open(&dir, &secret).map(Some)
    })?;
    activity.touch();
    Ok(())
}

/// Quick exit: the window disappears first, then the vault locks, then the program
/// ends, so nothing of the session is left in memory. Starting it again shows the
/// unlock screen.
#[tauri::command]
pub fn quick_exit(app: AppHandle) {
    quick_exit_now(&app);
}

/// Two presses of Escape within this time leave at once; the UI's listener
/// (`ui/src/lib/safety.ts`) uses the same second.
pub const QUICK_EXIT_WINDOW: Duration = Duration::from_millis(1000);

/// Quick exit from the window's own key handler too: GTK hands every key press to
/// the window before the web view, so a web view that hangs (a runaway script, a
/// stuck web process) still hides and locks.
#[cfg(target_os = "linux")]
pub fn bind_quick_exit_key(app: &AppHandle, window: &tauri::WebviewWindow) {
    use gtk::prelude::WidgetExt as _;
    let Ok(gtk_window) = window.gtk_window() else {
        return;
    };
    let app = app.clone();
    let last = std::cell::Cell::new(None::<Instant>);
    gtk_window.connect_key_press_event(move |_, event| {
        if event.keyval() == gtk::gdk::keys::constants::Escape {
            let now = Instant::now();
            match last.get() {
                Some(t) if now.duration_since(t) <= QUICK_EXIT_WINDOW => {
                    last.set(None);
                    quick_exit_now(&app);
                }
                _ => last.set(Some(now)),
            }
        }
        gtk::glib::Propagation::Proceed
    });
}

fn quick_exit_now(app: &AppHandle) {
    let session = app.state::<Session>();
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.hide();
    }
    // A long task (a case file, an import) may be holding the vault. Waiting for it
    // would block the event loop and leave the window on screen; the process ending
    // closes the vault anyway, and an unfinished import's transaction rolls back.
    match session.vault.try_lock() {
        Ok(mut vault) => *vault = None,
        Err(std::sync::TryLockError::Poisoned(p)) => *p.into_inner() = None,
        Err(std::sync::TryLockError::WouldBlock) => {}
    }
    app.exit(0);
}

/// Emergency erase: locks, then destroys the key slots and the database files. Asks
/// for no secret on purpose (the person may be under duress); the UI asks for a typed
/// confirmation word.
#[tauri::command(async)]
pub fn vault_erase(app: AppHandle, session: State<'_, Session>) -> Reply<()> {
    let dir = vault_dir(&session)?;
    // The key slots go first, without waiting for the vault: an export, import or
    // case file may hold it for minutes, and erase is for when there are none. A job
    // still running goes on over files that no key opens any more.
    casebook_store::erase(&dir).map_err(payload)?;
    session
        .erasures
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    match session.vault.try_lock() {
        Ok(mut guard) => *guard = None,
        Err(std::sync::TryLockError::Poisoned(p)) => *p.into_inner() = None,
        Err(std::sync::TryLockError::WouldBlock) => {
            // Dropped as soon as the job lets go of it.
            let app = app.clone();
            std::thread::spawn(move || *app.state::<Session>().vault() = None);
        }
    }
    crate::traces::remove_vault_folder(&dir);
    crate::traces::remove_settings(session.launch.config_dir.as_deref());
    let _ = app.run_on_main_thread(|| crate::traces::forget_recent_files(&[]));
    Ok(())
}

/// Runs `f` on the unlocked vault on a blocking thread, so that a long job (an
/// export, a case file, counting 100k cases) never freezes the window; `app` gives
/// the job the program's state (activity, settings). A locked vault answers `Locked`.
pub(crate) async fn off_main<T: Send + 'static, E: Coded>(
    app: &AppHandle,
    f: impl FnOnce(&mut Vault, &AppHandle) -> Result<T, E> + Send + 'static,
) -> Reply<T> {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let session = app.state::<Session>();
        with_vault(&session, |v| f(v, &app))
    })
    .await
    // A panicked job's transaction rolled back with it.
    .unwrap_or_else(|_| Err(crate::error::unexpected()))
}

/// Puts a freshly opened vault in place of whatever was open (`None`: locks).
/// Dropping the old one wipes its key and closes its database first, since its
/// file lock would refuse the new one.
pub(crate) fn replace_vault<E: Coded>(
    session: &Session,
    open: impl FnOnce() -> Result<Option<Vault>, E>,
) -> Reply<()> {
    let mut guard = session.vault();
    *guard = None;
    *guard = open().map_err(payload)?;
    Ok(())
}

/// Runs `f` on the unlocked vault; a locked one answers `Locked`.
pub(crate) fn with_vault<T, E: Coded>(
    session: &Session,
    f: impl FnOnce(&mut Vault) -> Result<T, E>,
) -> Reply<T> {
    let mut guard = session.vault();
    let vault = guard
        .as_mut()
        .ok_or_else(|| payload(DesktopError::Locked))?;
    f(vault).map_err(payload)
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Slots {
    pub passphrases: usize,
    pub recovery_key: bool,
    /// K of N and when, if colleagues hold shares; never a share.
    pub split: Option<casebook_store::SplitInfo>,
    /// The vault's short fingerprint, as on the share cards.
    pub fingerprint: String,
}

#[tauri::command]
pub fn vault_slots(session: State<'_, Session>) -> Reply<Slots> {
    let (slots, split, fingerprint) = with_vault(&session, |v| {
        Ok::<_, casebook_store::StoreError>((v.slots()?, v.split_info()?, v.fingerprint()))
    })?;
    Ok(Slots {
        split,
        fingerprint,
        passphrases: slots
            .iter()
            .filter(|s| s.kind == casebook_store::SlotKind::Passphrase)
            .count(),
        recovery_key: slots
            .iter()
            .any(|s| s.kind == casebook_store::SlotKind::RecoveryKey),
    })
}

#[tauri::command(async)]
pub fn passphrase_add(session: State<'_, Session>, current: String, new: String) -> Reply<()> {
    let current = UnlockSecret::Passphrase(Secret::new(current));
    let new = Secret::new(new);
    with_vault(&session, |v| v.add_passphrase(&current, &new))
}

#[tauri::command(async)]
pub fn passphrase_change(session: State<'_, Session>, current: String, new: String) -> Reply<()> {
    let current = Secret::new(current);
    let new = Secret::new(new);
    with_vault(&session, |v| v.change_passphrase(&current, &new))
}

/// How a new passphrase being typed stands: whether the store will take it, and the
/// weak/fair/strong hint. The interface shows both and decides neither.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct PassphraseRating {
    pub accepted: bool,
    pub strength: casebook_core::passphrase::Strength,
    /// The rule's numbers, for the message when it is not accepted.
    pub min_chars: usize,
    pub min_words: usize,
}

/// Rates a new passphrase while it is typed (create, change, add, rekey, bundle).
#[tauri::command]
pub fn passphrase_rate(passphrase: String) -> PassphraseRating {
    use casebook_core::passphrase as rule;
    let passphrase = Secret::new(passphrase);
    PassphraseRating {
        accepted: rule::accepted(passphrase.expose()),
        strength: rule::strength(passphrase.expose()),
        min_chars: rule::MIN_CHARS,
        min_words: rule::MIN_WORDS,
    }
}

/// A passphrase of random words, shown in clear so that it can be written down.
#[tauri::command]
pub fn passphrase_suggest() -> String {
    casebook_store::suggest_passphrase().expose().to_owned()
}

/// Removes the passphrase `which` after checking `current` (they may be the same).
/// With `rekey`, also gives the vault a new key keeping only `current` (which must
/// then be another passphrase), and returns the new recovery key for display.
#[tauri::command(async)]
pub fn passphrase_remove(
    session: State<'_, Session>,
    current: String,
    which: String,
    rekey: bool,
) -> Reply<Option<String>> {
    let dir = vault_dir(&session)?;
    let which = Secret::new(which);
    let current = Secret::new(current);
    if rekey {
        return with_vault(&session, |v| {
            v.remove_passphrase_and_rekey(&which, &current)
        })
        .map(|done| Some(done.recovery_key.display()));
    }
    let current = UnlockSecret::Passphrase(current);
    with_vault(&session, |v| {
        Vault::check_secret(&dir, &current)?;
        v.remove_passphrase(&which)
    })
    .map(|()| None)
}

/// Issues a new recovery key (the old one stops working) and returns it for display.
/// With `rekey` (the interface's default), through a new vault key (see `vault_rekey`).
#[tauri::command(async)]
pub fn recovery_key_replace(
    session: State<'_, Session>,
    current: String,
    rekey: bool,
) -> Reply<String> {
    if rekey {
        let current = Secret::new(current);
        return with_vault(&session, |v| v.rekey(&current, None))
            .map(|done| done.recovery_key.display());
    }
    let current = UnlockSecret::Passphrase(Secret::new(current));
    with_vault(&session, |v| v.replace_recovery_key(&current)).map(|k| k.display())
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Rekeyed {
    pub recovery_key: String,
    pub passphrases_dropped: usize,
    /// Colleagues' shares open nothing after a rekey; the UI says so.
    pub split_dropped: bool,
}

/// "My passphrase may have been seen": a new vault key, `new` in place of `current`
/// (or `current` kept), and a new recovery key returned for display. Other
/// passphrases stop working; the interface says how many before.
#[tauri::command(async)]
pub fn vault_rekey(
    session: State<'_, Session>,
    current: String,
    new: Option<String>,
) -> Reply<Rekeyed> {
    let current = Secret::new(current);
    let new = new.map(Secret::new);
    with_vault(&session, |v| v.rekey(&current, new.as_ref())).map(|done| Rekeyed {
        recovery_key: done.recovery_key.display(),
        passphrases_dropped: done.passphrases_dropped,
        split_dropped: done.split_dropped,
    })
}

fn save_settings(session: &Session, updated: Settings) -> Reply<Settings> {
    let mut settings = session.settings();
    if let Some(dir) = &session.launch.config_dir {
        updated.save(dir).map_err(payload)?;
    }
    *settings = updated.clone();
    Ok(updated)
}

#[tauri::command]
pub fn settings_set_idle_lock(
    session: State<'_, Session>,
    activity: State<'_, Activity>,
    secs: u32,
) -> Reply<Settings> {
    if !IDLE_LOCK_RANGE.contains(&secs) {
        return Err(payload(DesktopError::BadSetting("idle_lock_secs".into())));
    }
    let updated = Settings {
        idle_lock_secs: secs,
        ..session.settings().clone()
    };
    activity.touch();
    save_settings(&session, updated)
}

#[tauri::command]
pub fn settings_set_show_name(
    app: AppHandle,
    session: State<'_, Session>,
    show: bool,
) -> Reply<Settings> {
    let updated = Settings {
        show_name: show,
        ..session.settings().clone()
    };
    let saved = save_settings(&session, updated)?;
    apply_title(&app, &saved);
    Ok(saved)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod passphrase_tests {
    use super::*;

    #[test]
    fn rating_reaches_the_ui_as_the_store_decides() {
        let short = serde_json::to_value(passphrase_rate("abcdefghijk".into())).unwrap();
        assert_eq!(
            short,
            serde_json::json!({"accepted": false, "strength": "weak", "min_chars": 12, "min_words": 4})
        );
        let four = passphrase_rate("correct horse battery staple".into());
        assert!(four.accepted);
        let suggested = passphrase_suggest();
        assert_eq!(
            suggested.split(' ').count(),
            casebook_store::SUGGESTED_WORDS
        );
        assert_eq!(
            passphrase_rate(suggested).strength,
            casebook_core::passphrase::Strength::Strong
        );
    }
}
