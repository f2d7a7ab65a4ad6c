//! Deadlines across cases: the list (`Vault::due_items`, by the one rule of
//! `casebook_core::due`) and marking a follow-up done. Nothing goes to the
//! desktop's notifications: they would leave the vault.

use casebook_store::CaseDue;
use tauri::State;

use crate::error::Reply;
use crate::session::with_vault;
use crate::Session;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Every open item due within `within` days (all when `None`), overdue first.
#[tauri::command]
pub fn due_list(session: State<'_, Session>, within: Option<u32>) -> Reply<Vec<CaseDue>> {
    with_vault(&session, |v| v.due_items(today(), within))
}

/// Records today as the day follow-up `index` of the case was done.
#[tauri::command]
pub fn due_follow_up_done(session: State<'_, Session>, case_id: String, index: usize) -> Reply<()> {
    with_vault(&session, |v| {
        let who = crate::casework::author(&v.get_case(&case_id)?.record);
        v.follow_up_done(&case_id, index, today(), &who).map(|_| ())
    })
}
