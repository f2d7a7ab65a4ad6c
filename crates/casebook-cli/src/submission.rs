//! `casebook submission`: a few lines over `casebook_submission`. One command for
//! both kinds of draft, as scripts call it: `submission CASE --to MECHANISM` and
//! `submission --thematic REPORT --country CC [--to DATE]`; `--to` is the
//! mechanism in the first and the end of the period in the second.

use std::path::PathBuf;

use casebook_submission::{AnnexOptions, SubmissionError, SubmissionOptions};

use super::{open, out, CliError, Ctx};

#[derive(clap::Args, Debug)]
pub struct SubmissionArgs {
    /// Case id or code (a communication to a Special Procedure).
    case: Option<String>,
    /// The mechanism (sr-torture, sr-vaw, wgad, sr-health); with --thematic, the
    /// last date of the period (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// An annex for a country's review: cedaw or upr.
    #[arg(long, conflicts_with = "case")]
    thematic: Option<String>,
    /// With --thematic: the country under review (two letters, e.g. KZ).
    #[arg(long, requires = "thematic")]
    country: Option<String>,
    /// With --thematic: the first date of the period.
    #[arg(long, requires = "thematic")]
    from: Option<String>,
    /// With --thematic: cases to summarise (each with un-treaty-bodies consent).
    #[arg(long, num_args = 1.., requires = "thematic")]
    cases: Vec<String>,
    /// With --thematic: counts under K are shown as "<K" (3 to 10).
    #[arg(long, default_value_t = casebook_stats::DEFAULT_MIN_CELL, requires = "thematic")]
    min_cell: u32,
    /// Where to write the draft: FILE.docx or FILE.pdf.
    #[arg(long)]
    out: PathBuf,
}

pub fn submission(ctx: &Ctx, args: SubmissionArgs) -> Result<(), CliError> {
    let vault = open(ctx)?;
    let lang = ctx.l10n.lang().to_owned();
    let l = &ctx.l10n;
    let line = match (&args.thematic, &args.case) {
        (Some(report), _) => {
            let opts = AnnexOptions {
                report: report.parse()?,
                country: args.country.clone().unwrap_or_default(),
                from: args.from.clone(),
                to: args.to.clone(),
                cases: args.cases.clone(),
                min_cell: args.min_cell,
                lang,
                generated: None,
            };
            let a = casebook_submission::write_annex(&vault, &opts, &args.out)?;
            if a.over_limit {
                let over = (a.written.words - a.limit).to_string();
                eprintln!(
                    "casebook: {}",
                    l.msg(
                        "sub-cli-over-limit",
                        &[("over", &over), ("limit", &a.limit.to_string())]
                    )
                );
            }
            l.msg(
                "sub-cli-annex-written",
                &[
                    ("path", &a.written.path.display().to_string()),
                    ("words", &a.written.words.to_string()),
                    ("limit", &a.limit.to_string()),
                    ("sha256", &a.written.sha256),
                ],
            )
        }
        (None, Some(case)) => {
            let opts = SubmissionOptions {
                mechanism: args.to.as_deref().unwrap_or_default().parse()?,
                lang,
                generated: None,
            };
            let w = casebook_submission::write_submission(&vault, case, &opts, &args.out)?;
            l.msg(
                "sub-cli-written",
                &[
                    ("path", &w.path.display().to_string()),
                    ("missing", &w.missing.to_string()),
                    ("sha256", &w.sha256),
                ],
            )
        }
        (None, None) => return Err(SubmissionError::UnknownMechanism(String::new()).into()),
    };
    out(&line)
}
