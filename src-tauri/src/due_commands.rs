//! Deadlines across cases: the list (`Vault::due_items`, by the one rule of
//! `casebook_core::due`) and marking a follow-up done. Nothing goes to the
//! desktop's notifications: they would leave the vault.

use casebook_store::CaseDue;
use tauri::{AppHandle, State};

use crate::error::Reply;
use crate::session::{off_main, with_vault};
use crate::Session;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Every open item due within `within` days (all when `None`), overdue first. Off
/// the main thread: the whole list reads every case with an open item.
#[tauri::command]
pub async fn due_list(app: AppHandle, within: Option<u32>) -> Reply<Vec<CaseDue>> {
    off_main(&app, move |v, _| v.due_items(today(), within)).await
}

/// Records today as the day follow-up `index` of the case was done.
#[tauri::command]
pub async fn due_follow_up_done(app: AppHandle, case_id: String, index: usize) -> Reply<()> {
    off_main(&app, move |v, _| {
        let who = crate::casework::author(&v.get_case(&case_id)?.record);
        v.follow_up_done(&case_id, index, today(), &who).map(|_| ())
    })
    .await
}

/// How many days after an incident the forensic examination is due, in this vault.
#[tauri::command]
pub fn due_forensic_window(session: State<'_, Session>) -> Reply<u32> {
    with_vault(&session, |v| v.due_rule().map(|r| r.forensic_window_days))
}

/// Sets the forensic window; every case's next due day follows at once.
#[tauri::command]
pub async fn due_forensic_window_set(app: AppHandle, days: u32) -> Reply<()> {
    off_main(&app, move |v, _| v.set_forensic_window(days)).await
}
