//! `casebook stats`: counts of consented cases, small cells hidden, as a table in
//! the reader's words, JSON or CSV, or a file (CSV, XLSX, JSON) recorded in the
//! audit log; `casebook brief`: the advocacy brief PDF. A few lines over
//! `casebook_stats` and `casebook_pdf`.

use std::path::PathBuf;
use std::process::ExitCode;

use casebook_core::Coded;
use casebook_stats::{
    export, parse_dimensions, write_table, FileFormat, Scope, StatsError, StatsFilter, StatsQuery,
    StatsTable, DEFAULT_MIN_CELL,
};

use super::{fail, open, out, Ctx};

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    /// One or two dimensions, comma-separated: act, act-group, agency, country,
    /// region, location-type, year, quarter, month, age-band, hiv-status, sex-work,
    /// substance, medical-attention, complaint-body, complaint-response,
    /// complaint-outcome, intake-channel, status; with --network also centre.
    #[arg(long)]
    by: String,
    /// At a hub: count the newest statistics snapshot of every centre instead of
    /// this vault's own cases.
    #[arg(long)]
    network: bool,
    #[command(flatten)]
    filter: FilterArgs,
    /// table (the reader's words), json or csv on standard output.
    #[arg(long, default_value = "table", value_parser = ["table", "json", "csv"])]
    format: String,
    /// Write a file instead: .csv, .xlsx or .json (recorded in the audit log).
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(clap::Subcommand, Debug)]
pub enum NetworkCommand {
    /// Every centre with its last snapshot's number, date and size, so a
    /// coordinator sees who has not reported.
    Centres {
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args, Debug)]
pub struct BriefArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// At a hub: the network's statistics instead of this vault's own cases.
    #[arg(long)]
    network: bool,
    /// Where to write the PDF.
    #[arg(long)]
    out: PathBuf,
    /// Shown on the title page ("Prepared by: ...").
    #[arg(long)]
    organisation: Option<String>,
}

/// The filters `stats` and `brief` share.
#[derive(clap::Args, Debug)]
pub struct FilterArgs {
    /// First incident date counted: YYYY, YYYY-MM or YYYY-MM-DD (widened to months).
    #[arg(long)]
    from: Option<String>,
    /// Last incident date counted.
    #[arg(long)]
    to: Option<String>,
    /// Only these countries (ISO 3166-1 codes); repeat for several.
    #[arg(long)]
    country: Vec<String>,
    #[arg(long)]
    region: Option<String>,
    #[arg(long)]
    status: Option<String>,
    #[arg(long)]
    act: Option<String>,
    #[arg(long)]
    agency: Option<String>,
    /// Smallest number shown (3 to 10); smaller ones are shown as "<K".
    #[arg(long, default_value_t = DEFAULT_MIN_CELL)]
    min_cell: u32,
}

impl FilterArgs {
    pub fn filter(&self) -> Result<StatsFilter, StatsError> {
        casebook_stats::FilterText {
            from: self.from.clone(),
            to: self.to.clone(),
            countries: self.country.clone(),
            region: self.region.clone(),
            status: self.status.clone(),
            act: self.act.clone(),
            agency: self.agency.clone(),
        }
        .filter()
    }

    pub fn min_cell(&self) -> u32 {
        self.min_cell
    }
}

pub fn stats_fail(ctx: &Ctx, e: &StatsError) -> ExitCode {
    eprintln!("casebook: {} [{}]", ctx.l10n.error(e), e.code());
    ExitCode::FAILURE
}

/// The table the arguments ask for, from the vault.
pub fn table(
    ctx: &Ctx,
    by: &str,
    filter: &FilterArgs,
    scope: Scope,
) -> Result<(casebook_store::Vault, StatsTable), ExitCode> {
    let query = parse_dimensions(by)
        .and_then(|by| {
            Ok(StatsQuery {
                by,
                filter: filter.filter()?,
                min_cell: filter.min_cell(),
            })
        })
        .map_err(|e| stats_fail(ctx, &e))?;
    // Checked before asking for the passphrase: a typo costs nothing.
    if !casebook_stats::MIN_CELL_RANGE.contains(&query.min_cell) {
        return Err(stats_fail(ctx, &StatsError::BadMinCell(query.min_cell)));
    }
    scope
        .check(std::slice::from_ref(&query))
        .map_err(|e| stats_fail(ctx, &e))?;
    let vault = open(ctx).map_err(|e| fail(&ctx.l10n, &e))?;
    let t = scope
        .count(&vault, &query)
        .map_err(|e| stats_fail(ctx, &e))?;
    Ok((vault, t))
}

pub fn stats(ctx: &Ctx, args: StatsArgs) -> ExitCode {
    if let Some(dest) = &args.out {
        if FileFormat::of_path(dest).is_none() {
            return stats_fail(ctx, &StatsError::UnknownFormat);
        }
    }
    let scope = if args.network {
        Scope::Network
    } else {
        Scope::Cases
    };
    let (vault, t) = match table(ctx, &args.by, &args.filter, scope) {
        Ok(v) => v,
        Err(code) => return code,
    };
    if let Some(dest) = args.out {
        let Some(format) = FileFormat::of_path(&dest) else {
            return stats_fail(ctx, &StatsError::UnknownFormat);
        };
        return match write_table(&vault, &t, format, &ctx.l10n, &dest) {
            Ok(_) => match out(&dest.display().to_string()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&ctx.l10n, &e),
            },
            Err(e) => stats_fail(ctx, &e),
        };
    }
    let text = match args.format.as_str() {
        "json" => serde_json::to_string_pretty(&export::to_json(&t)).unwrap_or_default(),
        "csv" => match export::to_csv(&t, &ctx.l10n) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => return stats_fail(ctx, &e),
        },
        _ => export::to_text(&t, &ctx.l10n),
    };
    match out(text.trim_end()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&ctx.l10n, &e),
    }
}

pub fn brief(ctx: &Ctx, args: BriefArgs) -> ExitCode {
    let filter = match args.filter.filter() {
        Ok(f) => f,
        Err(e) => return stats_fail(ctx, &e),
    };
    // Checked before asking for the passphrase: a typo costs nothing.
    let min_cell = args.filter.min_cell();
    if !casebook_stats::MIN_CELL_RANGE.contains(&min_cell) {
        return stats_fail(ctx, &StatsError::BadMinCell(min_cell));
    }
    let vault = match open(ctx) {
        Ok(v) => v,
        Err(e) => return fail(&ctx.l10n, &e),
    };
    let opts = casebook_pdf::BriefOptions {
        lang: ctx.l10n.lang().to_owned(),
        filter,
        min_cell,
        organisation: args.organisation,
        generated: None,
        scope: if args.network {
            Scope::Network
        } else {
            Scope::Cases
        },
    };
    match casebook_pdf::write_brief(&vault, &opts, &args.out) {
        Ok(w) => match out(&w.path.display().to_string()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&ctx.l10n, &e),
        },
        Err(e) => {
            eprintln!("casebook: {} [{}]", ctx.l10n.error(&e), e.code());
            ExitCode::FAILURE
        }
    }
}

pub fn network(ctx: &Ctx, command: NetworkCommand) -> ExitCode {
    let NetworkCommand::Centres { json } = command;
    let vault = match open(ctx) {
        Ok(v) => v,
        Err(e) => return fail(&ctx.l10n, &e),
    };
    let centres = match vault.network_centres() {
        Ok(c) => c,
        Err(e) => return stats_fail(ctx, &StatsError::Store(e)),
    };
    let printed = if json {
        #[derive(serde::Serialize)]
        struct Line<'a> {
            #[serde(flatten)]
            centre: &'a casebook_core::network::CentreSummary,
            shown_name: &'a str,
        }
        let lines: Vec<Line<'_>> = centres
            .iter()
            .map(|c| Line {
                centre: c,
                shown_name: c.shown_name(),
            })
            .collect();
        out(&serde_json::to_string_pretty(&lines).unwrap_or_default())
    } else if centres.is_empty() {
        out(&ctx.l10n.msg("network-cli-no-centres", &[]))
    } else {
        centres.iter().try_for_each(|c| {
            out(&ctx.l10n.msg(
                "network-cli-centre",
                &[
                    ("name", c.shown_name()),
                    ("date", c.made_at.get(..10).unwrap_or(&c.made_at)),
                    ("seq", &c.seq.to_string()),
                    ("records", &c.records.to_string()),
                ],
            ))
        })
    };
    match printed {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&ctx.l10n, &e),
    }
}
