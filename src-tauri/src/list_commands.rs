//! The case list: one page of a filtered, searched, sorted query at a time, and the
//! choices its filters offer. The query itself is `casebook_store::Vault::list_cases`.

use casebook_core::vocab;
use casebook_store::{CasePage, CaseQuery, PlaceCount, MAX_PAGE};
use serde::Serialize;
use tauri::State;

use crate::error::Reply;
use crate::session::with_vault;
use crate::Session;

/// One page of cases. `limit` is capped by the store; 0 means its default page.
#[tauri::command]
pub fn cases_query(session: State<'_, Session>, query: CaseQuery) -> Reply<CasePage> {
    let query = CaseQuery {
        limit: query.limit.min(MAX_PAGE),
        ..query
    };
    with_vault(&session, |v| v.list_cases(&query))
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ActGroup {
    pub group: &'static str,
    pub codes: &'static [&'static str],
}

/// Codes the filters offer; their words are `vocab-<list>-<code>` in `locales/`.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FilterChoices {
    pub status: &'static [&'static str],
    pub act_groups: Vec<ActGroup>,
    pub agency: &'static [&'static str],
    pub consent: &'static [&'static str],
    /// Only places that cases in this vault have.
    pub places: Vec<PlaceCount>,
}

#[tauri::command]
pub fn case_filter_choices(session: State<'_, Session>) -> Reply<FilterChoices> {
    let places = with_vault(&session, |v| v.case_places())?;
    Ok(FilterChoices {
        status: vocab::STATUS.codes,
        act_groups: vocab::ACT_TYPE_GROUPS
            .iter()
            .map(|(group, codes)| ActGroup { group, codes })
            .collect(),
        agency: vocab::AGENCY.codes,
        consent: vocab::CONSENT_DESTINATION.codes,
        places,
    })
}
