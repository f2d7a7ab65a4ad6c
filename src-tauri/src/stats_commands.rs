//! The statistics screen: counts, the files that carry them, chart and map
//! images. Thin: counting and hiding are `casebook_stats`'s, every file goes through
//! `casebook_stats::write_output` (atomic, recorded in the audit log). Where a file
//! goes the person chooses in a native save dialog; the UI never names a path.

use casebook_core::Coded;
use casebook_i18n::Localizer;
use casebook_pdf::BriefOptions;
use casebook_stats::label::StatsView;
use casebook_stats::{FileFormat, FilterText, Scope, StatsError, StatsQuery, StatsRequest};
use casebook_store::Vault;
use serde::Serialize;
use tauri::{AppHandle, Manager as _, State};

use crate::dialog::{self, title, Look};
use crate::error::Reply;
use crate::session::{off_main, Activity};
use crate::Session;

fn localizer(session: &Session) -> Localizer {
    Localizer::for_locale(session.settings().language)
}

/// Counting 100k cases takes tens of milliseconds, reading their facts after a
/// write a few hundred: off the main thread, with the interface language's words.
async fn on_vault<T: Send + 'static, E: Coded>(
    app: &AppHandle,
    f: impl FnOnce(&mut Vault, &Localizer) -> Result<T, E> + Send + 'static,
) -> Reply<T> {
    off_main(app, move |v, app| f(v, &localizer(&app.state::<Session>()))).await
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct DimensionChoice {
    pub code: &'static str,
    pub label: String,
    pub multi_valued: bool,
    /// Only offered when counting the network (by centre).
    pub network_only: bool,
}

/// Every dimension, named in the interface language.
#[tauri::command]
pub fn stats_dimensions(session: State<'_, Session>) -> Vec<DimensionChoice> {
    casebook_stats::label::dimensions(&localizer(&session))
        .into_iter()
        .map(|(d, label)| DimensionChoice {
            code: d.code(),
            label,
            multi_valued: d.is_multi_valued(),
            network_only: d.is_network_only(),
        })
        .collect()
}

/// The table the query asks for, small cells already hidden, with its words in
/// `lang` (the screen's language, which can change while the count is on its way).
#[tauri::command]
pub async fn stats_count(app: AppHandle, request: StatsRequest, lang: String) -> Reply<StatsView> {
    // Refused before the vault is touched; made again on the worker (not Send).
    Localizer::new(&lang).map_err(|e| e.payload())?;
    on_vault(&app, move |v, screen| {
        let t = request.scope.count(v, &request.query()?)?;
        Ok::<_, StatsError>(match Localizer::new(&lang) {
            Ok(l) => casebook_stats::label::view(&l, t),
            Err(_) => casebook_stats::label::view(screen, t),
        })
    })
    .await
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct StatsSaved {
    pub file_name: String,
    pub sha256: String,
}

/// `stats-<dims>-<lang>.<ext>`: what the table is, nothing of where or whom.
fn suggested_name(query: &StatsQuery, lang: &str, ext: &str) -> String {
    let by: Vec<&str> = query.by.iter().map(|d| d.code()).collect();
    format!("stats-{}-{lang}.{ext}", by.join("-"))
}

/// Checks `query` (a bad k or period is refused before a dialog opens), asks where
/// to save with `name` suggested, then has `write` make the file there and say its
/// SHA-256. `None`: cancelled.
async fn save<E: Coded>(
    app: &AppHandle,
    session: &Session,
    scope: Scope,
    query: StatsQuery,
    name: String,
    ext: &'static str,
    write: impl FnOnce(&Vault, StatsQuery, &Localizer, &std::path::Path) -> Result<String, E>
        + Send
        + 'static,
) -> Reply<Option<StatsSaved>> {
    let checked = query.clone();
    on_vault(app, move |v, _| scope.count(v, &checked).map(|_| ())).await?;
    let look = Look {
        title: title(session, "dialog-title-stats-save"),
        filter: Some((ext.to_uppercase(), ext_filter(ext))),
    };
    let Some(dest) = dialog::save_file(app, &name, look).await else {
        return Ok(None);
    };
    app.state::<Activity>().touch();
    let before = session.erasures();
    let file = dest.clone();
    let sha = on_vault(app, move |v, l| write(v, query, l, &dest)).await?;
    session.unless_erased(before, &file)?;
    Ok(Some(StatsSaved {
        file_name: crate::casework::file_name(&file),
        sha256: sha,
    }))
}

/// Saves the table the request counts, written by `write`.
async fn save_table_file(
    app: &AppHandle,
    session: &Session,
    request: StatsRequest,
    ext: &'static str,
    write: impl FnOnce(
            &Vault,
            &casebook_stats::StatsTable,
            &Localizer,
            &std::path::Path,
        ) -> Result<String, StatsError>
        + Send
        + 'static,
) -> Reply<Option<StatsSaved>> {
    let query = request.query().map_err(|e| e.payload())?;
    let name = suggested_name(&query, session.settings().language, ext);
    let scope = request.scope;
    save(
        app,
        session,
        scope,
        query,
        name,
        ext,
        move |v, query, l, dest| {
            let t = scope.count(v, &query)?;
            write(v, &t, l, dest)
        },
    )
    .await
}

fn ext_filter(ext: &str) -> &'static [&'static str] {
    match ext {
        "csv" => &["csv"],
        "xlsx" => &["xlsx"],
        "json" => &["json"],
        "svg" => &["svg"],
        "pdf" => &["pdf"],
        _ => &["png"],
    }
}

/// Asks where to save and writes the table as CSV or XLSX. `None`: cancelled.
#[tauri::command]
pub async fn stats_save_table(
    app: AppHandle,
    session: State<'_, Session>,
    request: StatsRequest,
    format: FileFormat,
) -> Reply<Option<StatsSaved>> {
    let ext = format.code();
    save_table_file(&app, &session, request, ext, move |v, t, l, dest| {
        casebook_stats::write_table(v, t, format, l, dest)
    })
    .await
}

/// A chart or the map as the screen drew it from the (already suppressed) table:
/// SVG text or PNG bytes. `None`: cancelled.
#[tauri::command]
pub async fn stats_save_image(
    app: AppHandle,
    session: State<'_, Session>,
    request: StatsRequest,
    kind: String,
    svg: Option<String>,
    png: Option<Vec<u8>>,
) -> Reply<Option<StatsSaved>> {
    let (ext, bytes, what): (&'static str, Vec<u8>, &'static str) = match (kind.as_str(), svg, png)
    {
        ("chart", Some(s), _) => ("svg", s.into_bytes(), "chart-svg"),
        ("map", Some(s), _) => ("svg", s.into_bytes(), "map-svg"),
        ("chart", None, Some(p)) => ("png", p, "chart-png"),
        ("map", None, Some(p)) => ("png", p, "map-png"),
        _ => return Err(StatsError::UnknownFormat.payload()),
    };
    save_table_file(&app, &session, request, ext, move |v, t, _, dest| {
        casebook_stats::write_output(v, t, what, &bytes, dest)
    })
    .await
}

/// Asks where to save and writes the advocacy brief (PDF) of the cases the filter
/// lets through, with the same k as the screen. `None`: cancelled.
#[tauri::command]
pub async fn stats_save_brief(
    app: AppHandle,
    session: State<'_, Session>,
    filter: FilterText,
    min_cell: u32,
    organisation: Option<String>,
    scope: Option<Scope>,
) -> Reply<Option<StatsSaved>> {
    let lang = session.settings().language;
    let scope = scope.unwrap_or_default();
    let opts = BriefOptions {
        lang: lang.to_string(),
        filter: filter.filter().map_err(|e| e.payload())?,
        min_cell,
        organisation: organisation
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty()),
        generated: None,
        scope,
    };
    // The brief's own tables are counted with this filter and k.
    let query = StatsQuery {
        by: vec![casebook_stats::Dimension::Country],
        filter: opts.filter.clone(),
        min_cell,
    };
    let name = format!("brief-{lang}.pdf");
    save(
        &app,
        &session,
        scope,
        query,
        name,
        "pdf",
        move |v, _, _, dest| casebook_pdf::write_brief(v, &opts, dest).map(|w| w.sha256),
    )
    .await
}

/// Asks where to save, then writes a statistics bundle for the hub `to` names:
/// this centre's snapshot, or at a hub (`network`) every centre's newest.
/// `None`: cancelled.
#[tauri::command]
pub async fn stats_send(
    app: AppHandle,
    session: State<'_, Session>,
    to: Vec<String>,
    network: bool,
    sender_name: String,
) -> Reply<Option<casebook_bundle::AggregateReport>> {
    let look = Look {
        title: title(&session, "dialog-title-stats-send"),
        filter: None,
    };
    let name = format!("statistics-{}.cbk", chrono::Local::now().format("%Y-%m-%d"));
    let Some(dest) = dialog::save_file(&app, &name, look).await else {
        return Ok(None);
    };
    app.state::<Activity>().touch();
    let before = session.erasures();
    let file = dest.clone();
    let opts = casebook_bundle::AggregateOptions {
        to,
        network,
        sender_name: sender_name.trim().to_owned(),
    };
    let report = on_vault(&app, move |v, _| {
        casebook_bundle::export_aggregate(v, &dest, &opts)
    })
    .await?;
    session.unless_erased(before, &file)?;
    Ok(Some(report))
}

/// A centre as the hub's table shows it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct NetworkCentre {
    pub centre: String,
    /// The hub's contact's name for it, else its own.
    pub name: String,
    /// Whether the hub has it as a contact (else it was heard of through a hub).
    pub contact: bool,
    #[ts(type = "number")]
    pub seq: u64,
    pub made_at: String,
    pub records: usize,
}

/// Every centre this vault holds statistics of, as a hub.
#[tauri::command]
pub async fn network_centres(app: AppHandle) -> Reply<Vec<NetworkCentre>> {
    on_vault(&app, |v, _| {
        Ok::<_, StatsError>(
            v.network_centres()?
                .into_iter()
                .map(|c| NetworkCentre {
                    name: c.shown_name().to_owned(),
                    contact: c.contact.is_some(),
                    centre: c.centre,
                    seq: c.seq,
                    made_at: c.made_at,
                    records: c.records,
                })
                .collect(),
        )
    })
    .await
}
