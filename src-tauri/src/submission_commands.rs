//! Drafts of UN submissions: what a draft will lack, the submitting organisation,
//! the cases an annex may summarise, and writing either draft. Thin: each command
//! calls one `casebook_submission` function, the same as `casebook submission`.
//! Where the file goes the person chooses in a native save dialog.

use casebook_store::{CaseSummary, Organisation, Vault};
use casebook_submission::{
    AnnexOptions, AnnexWritten, DraftFormat, Mechanism, SubmissionError, SubmissionOptions,
    SubmissionPlan, SubmissionWritten, Thematic,
};
use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager as _, State};

use crate::dialog::{self, title, Look};
use crate::error::Reply;
use crate::session::{off_main, Activity};
use crate::Session;

async fn on_vault<T: Send + 'static>(
    app: &AppHandle,
    f: impl FnOnce(&mut Vault) -> Result<T, SubmissionError> + Send + 'static,
) -> Reply<T> {
    off_main(app, move |v, _| f(v)).await
}

fn filter_of(format: DraftFormat) -> (String, &'static [&'static str]) {
    match format {
        DraftFormat::Pdf => ("PDF".into(), &["pdf"]),
        DraftFormat::Docx => ("Word".into(), &["docx"]),
    }
}

/// Writes to the `dest` the person chose, off the main thread, keeping the idle
/// lock away meanwhile; an erase while writing removes the file again.
async fn write_chosen<T: Send + 'static>(
    app: &AppHandle,
    session: &Session,
    dest: PathBuf,
    write: impl FnOnce(&mut Vault, &Path) -> Result<T, SubmissionError> + Send + 'static,
) -> Reply<Option<T>> {
    app.state::<Activity>().touch();
    let before = session.erasures();
    let file = dest.clone();
    let written = on_vault(app, move |v| write(v, &dest)).await?;
    session.unless_erased(before, &file)?;
    app.state::<Activity>().touch();
    Ok(Some(written))
}

/// Whether a draft can be made (consent, language, case) and what it will lack.
#[tauri::command]
pub async fn submission_plan(
    app: AppHandle,
    case_id: String,
    mechanism: Mechanism,
    lang: String,
) -> Reply<SubmissionPlan> {
    let opts = SubmissionOptions {
        mechanism,
        lang,
        generated: None,
    };
    on_vault(&app, move |v| {
        casebook_submission::plan_submission(v, &case_id, &opts)
    })
    .await
}

#[tauri::command]
pub async fn organisation_get(app: AppHandle) -> Reply<Organisation> {
    on_vault(&app, |v| Ok(v.organisation()?)).await
}

#[tauri::command]
pub async fn organisation_set(app: AppHandle, organisation: Organisation) -> Reply<Organisation> {
    on_vault(&app, move |v| {
        v.set_organisation(&organisation)?;
        Ok(v.organisation()?)
    })
    .await
}

/// Asks where to save, writes the draft there and records it. `None`: cancelled.
#[tauri::command]
pub async fn submission_save(
    app: AppHandle,
    session: State<'_, Session>,
    case_id: String,
    mechanism: Mechanism,
    lang: String,
    format: DraftFormat,
) -> Reply<Option<SubmissionWritten>> {
    let opts = SubmissionOptions {
        mechanism,
        lang,
        generated: None,
    };
    let plan = {
        let (id, o) = (case_id.clone(), opts.clone());
        on_vault(&app, move |v| {
            casebook_submission::plan_submission(v, &id, &o)
        })
        .await?
    };
    let name = casebook_submission::file_name(opts.mechanism.code(), &opts.lang, format);
    let look = Look {
        title: title(&session, "dialog-title-submission"),
        filter: Some(filter_of(format)),
    };
    let Some(dest) = dialog::save_file(&app, &name, look).await else {
        return Ok(None);
    };
    write_chosen(&app, &session, dest, move |v, dest| {
        casebook_submission::write_submission(v, &plan.case_id, &opts, dest)
    })
    .await
}

/// A case the annex may summarise: it has `un-treaty-bodies` consent and happened
/// in the country. Shown inside the vault only.
#[tauri::command]
pub async fn annex_candidates(app: AppHandle, country: String) -> Reply<Vec<CaseSummary>> {
    on_vault(&app, move |v| {
        let country = casebook_submission::country_code(&country)?;
        casebook_submission::annex_candidates(v, &country)
    })
    .await
}

#[allow(clippy::too_many_arguments)]
#[tauri::command]
pub async fn annex_save(
    app: AppHandle,
    session: State<'_, Session>,
    report: Thematic,
    country: String,
    from: Option<String>,
    to: Option<String>,
    cases: Vec<String>,
    min_cell: u32,
    lang: String,
    format: DraftFormat,
) -> Reply<Option<AnnexWritten>> {
    let opts = AnnexOptions {
        report,
        country,
        from: from.filter(|s| !s.trim().is_empty()),
        to: to.filter(|s| !s.trim().is_empty()),
        cases,
        min_cell,
        lang,
        generated: None,
    };
    // Refusals (consent, country, period) come before the dialog.
    {
        let o = opts.clone();
        on_vault(&app, move |v| {
            casebook_submission::draft_annex(v, &o).map(|_| ())
        })
        .await?;
    }
    let name = casebook_submission::file_name(opts.report.code(), &opts.lang, format);
    let look = Look {
        title: title(&session, "dialog-title-annex"),
        filter: Some(filter_of(format)),
    };
    let Some(dest) = dialog::save_file(&app, &name, look).await else {
        return Ok(None);
    };
    write_chosen(&app, &session, dest, move |v, dest| {
        casebook_submission::write_annex(v, &opts, dest)
    })
    .await
}
