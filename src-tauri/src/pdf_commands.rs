//! The lawyer's case file: check, make and verify it. Thin: each command calls one
//! `casebook-pdf` function; the file is written and recorded in the audit log by
//! `casebook_pdf::write_case_file`, the same call as `casebook pdf`.
//!
//! Making a file with photos takes seconds, so it runs on a blocking thread (the
//! window stays responsive) and reports its stages on a channel the UI passes in,
//! as the exchange's jobs do.
//! Where the file goes, and which file is checked, the person chooses in a native
//! dialog; the UI never names a path.

use std::time::Instant;

use casebook_core::Coded;
use casebook_pdf::{CaseFilePlan, CaseFileWritten, PdfOptions, PdfVerification, Profile, Progress};
use casebook_store::Vault;
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager as _, State};

use crate::dialog::{self, title, Look};
use crate::error::Reply;
use crate::session::{off_main, Activity};
use crate::Session;

const PDF_FILTER: &[&str] = &["pdf"];

fn options(lang: String, profile: &str) -> Reply<PdfOptions> {
    Ok(PdfOptions {
        lang,
        profile: profile.parse::<Profile>().map_err(|e| e.payload())?,
        generated_at: None,
    })
}

/// The case file's jobs, off the main thread.
async fn on_vault<T: Send + 'static>(
    app: &AppHandle,
    f: impl FnOnce(&Vault) -> Result<T, casebook_pdf::PdfError> + Send + 'static,
) -> Reply<T> {
    off_main(app, move |v, _| f(v)).await
}

/// Whether a case file can be made with these choices (consent, language, case),
/// and the file name to suggest. The UI asks whenever the choices change.
#[tauri::command]
pub async fn case_file_plan(
    app: AppHandle,
    case_id: String,
    lang: String,
    profile: String,
) -> Reply<CaseFilePlan> {
    let opts = options(lang, &profile)?;
    on_vault(&app, move |v| {
        casebook_pdf::plan_case_file(v, &case_id, &opts)
    })
    .await
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CaseFileSaved {
    #[serde(flatten)]
    pub written: CaseFileWritten,
    /// From the save dialog's answer to the file being in place.
    #[ts(type = "number")]
    pub elapsed_ms: u64,
}

/// Checks the choices, asks where to save, makes the file there (progress on
/// `on_progress`, as the exchange's jobs report theirs) and records it in the audit
/// log. `None`: the dialog was cancelled.
#[tauri::command]
pub async fn case_file_save(
    app: AppHandle,
    session: State<'_, Session>,
    case_id: String,
    lang: String,
    profile: String,
    on_progress: Channel<Progress>,
) -> Reply<Option<CaseFileSaved>> {
    let opts = options(lang, &profile)?;
    let plan = {
        let (id, o) = (case_id.clone(), opts.clone());
        on_vault(&app, move |v| casebook_pdf::plan_case_file(v, &id, &o)).await?
    };
    let look = Look {
        title: title(&session, "cf-save-title"),
        filter: Some(("PDF".into(), PDF_FILTER)),
    };
    let Some(dest) = dialog::save_file(&app, &plan.file_name, look).await else {
        return Ok(None);
    };
    let started = Instant::now();
    // Waiting for the file is activity: the idle lock must not strike right after.
    app.state::<Activity>().touch();
    let before = session.erasures();
    let file = dest.clone();
    let written = on_vault(&app, move |v| {
        casebook_pdf::write_case_file(v, &plan.case_id, &opts, &dest, &mut |p: Progress| {
            let _ = on_progress.send(p);
        })
    })
    .await?;
    session.unless_erased(before, &file)?;
    app.state::<Activity>().touch();
    Ok(Some(CaseFileSaved {
        written,
        elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    }))
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CaseFileCheck {
    pub file_name: String,
    #[serde(flatten)]
    pub verification: PdfVerification,
    pub ok: bool,
}

/// Asks for a PDF and checks it against this vault (`casebook verify-pdf`).
/// `None`: the dialog was cancelled.
#[tauri::command]
pub async fn case_file_verify(
    app: AppHandle,
    session: State<'_, Session>,
) -> Reply<Option<CaseFileCheck>> {
    let look = Look {
        title: title(&session, "cf-verify-title"),
        filter: Some(("PDF".into(), PDF_FILTER)),
    };
    let Some(path) = dialog::pick_file(&app, look).await else {
        return Ok(None);
    };
    let file_name = crate::casework::file_name(&path);
    let verification = on_vault(&app, move |v| casebook_pdf::verify_pdf_file(v, &path)).await?;
    Ok(Some(CaseFileCheck {
        file_name,
        ok: verification.is_ok(),
        verification,
    }))
}
