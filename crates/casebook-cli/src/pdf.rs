//! `casebook pdf` and `casebook verify-pdf`: a few lines over `casebook_pdf`.
//! The file's language is the global `--lang` (else the one taken from `$LANG`).

use std::path::PathBuf;
use std::process::ExitCode;

use casebook_core::Coded;
use casebook_pdf::{PdfError, PdfOptions, Profile};

use super::{fail, open, out, Ctx};

#[derive(clap::Args, Debug)]
pub struct PdfArgs {
    /// Case id or code.
    case: String,
    /// Where to write the PDF.
    #[arg(long)]
    out: PathBuf,
    /// full (everything, for her own lawyer) or pseudonymised.
    #[arg(long, default_value = "full", value_parser = ["full", "pseudonymised"])]
    profile: String,
}

#[derive(clap::Args, Debug)]
pub struct VerifyPdfArgs {
    file: PathBuf,
}

fn pdf_fail(ctx: &Ctx, e: &PdfError) -> ExitCode {
    eprintln!("casebook: {} [{}]", ctx.l10n.error(e), e.code());
    ExitCode::FAILURE
}

pub fn generate(ctx: &Ctx, args: PdfArgs) -> ExitCode {
    let vault = match open(ctx) {
        Ok(v) => v,
        Err(e) => return fail(&ctx.l10n, &e),
    };
    if let Err(e) = super::outreach::refuse_reading(&vault) {
        return fail(&ctx.l10n, &e);
    }
    let profile = match args.profile.parse::<Profile>() {
        Ok(p) => p,
        Err(e) => return pdf_fail(ctx, &e),
    };
    let opts = PdfOptions {
        lang: ctx.l10n.lang().to_owned(),
        profile,
        generated_at: None,
    };
    // The same call as the desktop's: atomic write and the `pdf-generated` entry.
    let written =
        match casebook_pdf::write_case_file(&vault, &args.case, &opts, &args.out, &mut |_| {}) {
            Ok(w) => w,
            Err(e) => return pdf_fail(ctx, &e),
        };
    match out(&written.path.display().to_string()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&ctx.l10n, &e),
    }
}

pub fn verify(ctx: &Ctx, args: VerifyPdfArgs) -> ExitCode {
    let vault = match open(ctx) {
        Ok(v) => v,
        Err(e) => return fail(&ctx.l10n, &e),
    };
    let report = match casebook_pdf::verify_pdf_file(&vault, &args.file) {
        Ok(r) => r,
        Err(e) => return pdf_fail(ctx, &e),
    };
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    if out(&text).is_err() {
        return ExitCode::FAILURE;
    }
    if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
