//! `contact`, `export`, `import`, `conflicts`, `resolve`: a few lines each over
//! `casebook-bundle`.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use age::secrecy::SecretString;
use casebook_bundle::{
    ContactCard, DeviceKeys, ExportOptions, ImportOptions, Progress, Recipients, RefusalReason,
    Selection,
};
use casebook_store::{CaseQuery, ContactRole, Take};
use clap::Subcommand;

use super::{json_out, open, out, secret, CliError, Ctx};

#[derive(Subcommand, Debug)]
pub(crate) enum ContactCommand {
    /// Print (or write) this device's contact card.
    Me {
        #[arg(long)]
        out: Option<PathBuf>,
        /// Name shown to the people who add the card.
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Add a contact from a card file or the card's text. The role is yours to give,
    /// never the card's: network (no case records) unless you say otherwise.
    Add {
        card: String,
        #[arg(long)]
        name: Option<String>,
        /// own-device, centre-hub, lawyer, outreach or network.
        #[arg(long, default_value = "network")]
        role: String,
        /// The six fingerprint words, as your contact read them to you; needed for
        /// own-device, centre-hub and outreach.
        #[arg(long)]
        fingerprint: Option<String>,
    },
    /// Give a contact another role (own-device, centre-hub and outreach need
    /// --fingerprint).
    Role {
        name: String,
        role: String,
        #[arg(long)]
        fingerprint: Option<String>,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Rename {
        name: String,
        new_name: String,
    },
    Remove {
        name: String,
    },
}

#[derive(clap::Args, Debug)]
pub(crate) struct ExportArgs {
    #[arg(long)]
    out: PathBuf,
    /// Contact names to encrypt to.
    #[arg(long, num_args = 1..)]
    to: Vec<String>,
    /// A statistics bundle for the network's hub instead of cases: one
    /// de-identified record per case with network-statistics consent.
    #[arg(long, conflicts_with_all = ["passphrase", "cases", "since_last", "filter", "dry_run", "no_attachments"])]
    aggregate: bool,
    /// With --aggregate, at a hub: send on the newest snapshot of every centre.
    #[arg(long, requires = "aggregate")]
    network: bool,
    /// Encrypt to a passphrase ($CASEBOOK_BUNDLE_PASSPHRASE or a prompt).
    #[arg(long, conflicts_with = "to")]
    passphrase: bool,
    /// With --passphrase: whose rules apply (default own-device).
    #[arg(long, default_value = "own-device", requires = "passphrase")]
    role: String,
    /// Case ids or codes.
    #[arg(long, num_args = 1.., conflicts_with_all = ["since_last", "filter"])]
    cases: Vec<String>,
    /// Only cases changed since the last export to these contacts.
    #[arg(long, conflicts_with = "filter")]
    since_last: bool,
    /// Full-text filter, or a JSON case query (`{"status":"open","country":"KZ"}`).
    #[arg(long)]
    filter: Option<String>,
    #[arg(long)]
    no_attachments: bool,
    /// Only list which cases would go and which may not (and why); write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Sender name shown to the recipient.
    #[arg(long, default_value = "")]
    name: String,
    #[arg(long)]
    json: bool,
    /// scrypt work factor (log2 N) for --passphrase; tests lower it.
    #[arg(long, hide = true, default_value_t = casebook_bundle::SCRYPT_LOG_N)]
    work_factor: u8,
}

fn role(s: &str) -> Result<ContactRole, CliError> {
    Ok(ContactRole::from_code(s).map_err(casebook_bundle::BundleError::from)?)
}

/// The phase is named in the person's language, never by its Rust name.
fn progress_printer(l: &casebook_i18n::Localizer) -> impl FnMut(Progress) {
    let tty = io::stderr().is_terminal();
    let words: Vec<(casebook_bundle::Phase, String)> = casebook_bundle::Phase::ALL
        .iter()
        .map(|&ph| (ph, l.msg(ph.message_id(), &[])))
        .collect();
    move |p: Progress| {
        if tty && p.total > 0 {
            let pct = p.done.saturating_mul(100) / p.total;
            let mut e = io::stderr().lock();
            let word = words
                .iter()
                .find(|(ph, _)| *ph == p.phase)
                .map_or("", |(_, w)| w.as_str());
            let _ = write!(e, "\r{word} {pct:>3}%");
            if p.done >= p.total {
                let _ = writeln!(e);
            }
        }
    }
}

fn bundle_secret(ctx: &Ctx) -> Result<SecretString, CliError> {
    let s = secret(
        ctx,
        "CASEBOOK_BUNDLE_PASSPHRASE",
        "sync-cli-prompt-bundle-passphrase",
    )?;
    Ok(SecretString::from(s.expose().to_owned()))
}

pub(crate) fn contact(ctx: &Ctx, c: ContactCommand) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    let mut vault = open(ctx)?;
    match c {
        ContactCommand::Me { out: file, name } => {
            let card = DeviceKeys::of(&vault)?.card(&name);
            match file {
                Some(f) => casebook_store::file_out::write_atomically(&f, |w| {
                    w.write_all(card.to_text().as_bytes())
                })
                .map_err(CliError::Output)?,
                None => out(card.to_text().trim_end())?,
            }
        }
        ContactCommand::Add {
            card,
            name,
            role: r,
            fingerprint,
        } => {
            let text = match std::fs::read_to_string(&card) {
                Ok(t) => t,
                Err(_) => card.replace("\\n", "\n"),
            };
            let parsed = ContactCard::parse(&text)?;
            let c = casebook_bundle::add_contact(
                &mut vault,
                &parsed,
                name.as_deref(),
                role(&r)?,
                fingerprint.as_deref(),
            )?;
            out(&l.msg(
                "sync-cli-contact-added",
                &[
                    ("name", &c.name),
                    ("role", c.role.code()),
                    ("fingerprint", &c.fingerprint),
                ],
            ))?;
        }
        ContactCommand::Role {
            name,
            role: r,
            fingerprint,
        } => {
            let c = vault
                .set_contact_role(&name, role(&r)?, fingerprint.as_deref())
                .map_err(casebook_bundle::BundleError::from)?;
            out(&l.msg(
                "sync-cli-contact-line",
                &[
                    ("name", &c.name),
                    ("role", c.role.code()),
                    ("fingerprint", &c.fingerprint),
                ],
            ))?;
        }
        ContactCommand::List { json } => {
            let list = vault
                .contacts()
                .map_err(casebook_bundle::BundleError::from)?;
            if json {
                json_out(&list)?;
            } else if list.is_empty() {
                out(&l.msg("sync-cli-contacts-none", &[]))?;
            } else {
                for c in list {
                    out(&l.msg(
                        "sync-cli-contact-line",
                        &[
                            ("name", &c.name),
                            ("role", c.role.code()),
                            ("fingerprint", &c.fingerprint),
                        ],
                    ))?;
                }
            }
        }
        ContactCommand::Rename { name, new_name } => {
            vault
                .rename_contact(&name, &new_name)
                .map_err(casebook_bundle::BundleError::from)?;
        }
        ContactCommand::Remove { name } => {
            vault
                .remove_contact(&name)
                .map_err(casebook_bundle::BundleError::from)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn export(ctx: &Ctx, a: ExportArgs) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    if a.aggregate {
        return export_aggregate(ctx, a);
    }
    let recipients = if a.passphrase {
        Recipients::Passphrase {
            passphrase: bundle_secret(ctx)?,
            role: role(&a.role)?,
        }
    } else {
        Recipients::Contacts(a.to.clone())
    };
    let selection = if !a.cases.is_empty() {
        Selection::Cases(a.cases.clone())
    } else if a.since_last {
        Selection::SinceLastExport
    } else if let Some(f) = &a.filter {
        let q: CaseQuery = if f.trim_start().starts_with('{') {
            serde_json::from_str(f).map_err(|e| CliError::BadJson {
                path: "--filter".into(),
                detail: e.to_string(),
            })?
        } else {
            CaseQuery {
                text: Some(f.clone()),
                ..Default::default()
            }
        };
        Selection::Filter(Box::new(q))
    } else {
        Selection::All
    };
    let mut vault = open(ctx)?;
    // Sealed cases leave an outreach laptop only through `outbox export`.
    super::outreach::refuse_reading(&vault)?;
    let mut opts = ExportOptions::new(selection, recipients);
    opts.include_attachments = !a.no_attachments;
    opts.sender_name = a.name.clone();
    opts.scrypt_log_n = a.work_factor;
    if a.dry_run {
        let plan = casebook_bundle::plan_export(&vault, &opts, &mut progress_printer(&ctx.l10n))?;
        if a.json {
            json_out(&plan)?;
        } else {
            for r in &plan.refused {
                refused_line(ctx, r)?;
            }
            out(&l.msg(
                "sync-cli-export-plan",
                &[
                    ("cases", &plan.cases.len().to_string()),
                    ("attachments", &plan.attachments.to_string()),
                    ("refused", &plan.refused.len().to_string()),
                ],
            ))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let report =
        casebook_bundle::export(&mut vault, &a.out, &opts, &mut progress_printer(&ctx.l10n))?;
    if a.json {
        json_out(&report)?;
    } else {
        for r in &report.refused {
            refused_line(ctx, r)?;
        }
        match &report.path {
            Some(p) => out(&l.msg(
                "sync-cli-export-done",
                &[
                    ("path", &p.display().to_string()),
                    ("cases", &report.cases.len().to_string()),
                    ("attachments", &report.attachments.to_string()),
                ],
            ))?,
            None => out(&l.msg("sync-cli-export-nothing", &[]))?,
        }
    }
    Ok(if report.path.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn export_aggregate(ctx: &Ctx, a: ExportArgs) -> Result<ExitCode, CliError> {
    let mut vault = open(ctx)?;
    let report = casebook_bundle::export_aggregate(
        &mut vault,
        &a.out,
        &casebook_bundle::AggregateOptions {
            to: a.to.clone(),
            network: a.network,
            sender_name: a.name.clone(),
        },
    )?;
    if a.json {
        json_out(&report)?;
    } else {
        out(&ctx.l10n.msg(
            "sync-cli-export-stats-done",
            &[
                ("path", &report.path.display().to_string()),
                ("centres", &report.snapshots.len().to_string()),
                ("records", &report.records.to_string()),
            ],
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn refused_line(ctx: &Ctx, r: &casebook_bundle::RefusedCase) -> Result<(), CliError> {
    let l = &ctx.l10n;
    let reason = match &r.reason {
        RefusalReason::ConsentMissing {
            role,
            destination,
            state,
        } => l.msg(
            r.reason.message_id(),
            &[
                ("role", role),
                ("destination", destination),
                ("state", state),
            ],
        ),
        RefusalReason::RoleGetsNoRecords { role } => {
            l.msg(r.reason.message_id(), &[("role", role)])
        }
        RefusalReason::Unreadable => l.msg(r.reason.message_id(), &[]),
    };
    out(&l.msg(
        "sync-cli-export-refused",
        &[("code", &r.code), ("reason", &reason)],
    ))
}

pub(crate) fn import(
    ctx: &Ctx,
    file: PathBuf,
    trust: Option<String>,
    trust_role: &str,
    json: bool,
) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    let mut vault = open(ctx)?;
    let mut opts = ImportOptions {
        trust_fingerprint: trust,
        trust_role: role(trust_role)?,
        ..Default::default()
    };
    if let Ok(p) = std::env::var("CASEBOOK_BUNDLE_PASSPHRASE") {
        if !p.is_empty() {
            opts.passphrase = Some(SecretString::from(p));
        }
    }
    let mut progress = progress_printer(&ctx.l10n);
    let mut result =
        casebook_bundle::import_file(&mut vault, &file, &opts, &ctx.author, &mut progress);
    if matches!(result, Err(casebook_bundle::BundleError::PassphraseNeeded))
        && io::stdin().is_terminal()
    {
        opts.passphrase = Some(bundle_secret(ctx)?);
        result = casebook_bundle::import_file(&mut vault, &file, &opts, &ctx.author, &mut progress);
    }
    let s = match result {
        Ok(s) => s,
        Err(e) => {
            if let casebook_bundle::BundleError::UnknownSigner { fingerprint, .. } = &e {
                eprintln!(
                    "{}",
                    l.msg("sync-cli-trust-hint", &[("fingerprint", fingerprint)])
                );
            }
            return Err(e.into());
        }
    };
    if json {
        json_out(&s)?;
    } else if s.kind == casebook_bundle::format::BundleKind::Statistics {
        for o in &s.snapshots {
            out(&l.msg(
                "sync-cli-import-snapshot",
                &[
                    ("centre", &o.name),
                    ("seq", &o.seq.to_string()),
                    ("records", &o.records.to_string()),
                    ("standing", standing_code(o.standing)),
                ],
            ))?;
        }
        out(&l.msg(
            "sync-cli-import-stats-summary",
            &[
                (
                    "signer",
                    s.signer.contact.as_deref().unwrap_or(&s.signer.name),
                ),
                ("fingerprint", &s.signer.fingerprint),
                ("centres", &s.snapshots.len().to_string()),
            ],
        ))?;
    } else {
        out(&l.msg(
            "sync-cli-import-summary",
            &[
                (
                    "signer",
                    s.signer.contact.as_deref().unwrap_or(&s.signer.name),
                ),
                ("fingerprint", &s.signer.fingerprint),
                ("role", s.signer.role.code()),
                ("added", &s.added.to_string()),
                ("updated", &s.updated.to_string()),
                ("conflicts", &s.conflicts.to_string()),
                ("skipped", &s.skipped.to_string()),
                ("rejected", &s.rejected.len().to_string()),
            ],
        ))?;
        for r in &s.rejected {
            out(&l.msg(
                "sync-cli-import-rejected",
                &[("case", &r.case_id), ("reason", &r.reason)],
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn standing_code(s: casebook_bundle::SnapshotStanding) -> &'static str {
    match s {
        casebook_bundle::SnapshotStanding::New => "new",
        casebook_bundle::SnapshotStanding::Replaced => "replaced",
        casebook_bundle::SnapshotStanding::Older => "older",
        casebook_bundle::SnapshotStanding::Same => "same",
    }
}

pub(crate) fn conflicts(ctx: &Ctx, json: bool) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    let vault = open(ctx)?;
    let list = vault
        .open_conflicts(None)
        .map_err(casebook_bundle::BundleError::from)?;
    if json {
        return json_out(&list).map(|_| ExitCode::SUCCESS);
    }
    if list.is_empty() {
        out(&l.msg("sync-cli-conflicts-none", &[]))?;
    }
    let show = |v: &Option<serde_json::Value>| match v {
        Some(v) => v.to_string(),
        None => l.msg("sync-cli-deleted-value", &[]),
    };
    for c in &list {
        out(&l.msg(
            "sync-cli-conflict-line",
            &[
                ("code", &c.code),
                ("path", if c.path.is_empty() { "*" } else { &c.path }),
                ("ours", &show(&c.ours)),
                ("ours_author", &c.ours_author),
                ("ours_at", &c.ours_at),
                ("theirs", &show(&c.theirs)),
                ("theirs_author", &c.theirs_author),
                ("theirs_at", &c.theirs_at),
            ],
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn resolve(
    ctx: &Ctx,
    case: String,
    field: String,
    take: String,
) -> Result<ExitCode, CliError> {
    let mut vault = open(ctx)?;
    let field = if field == "*" { String::new() } else { field };
    let choice = match take.as_str() {
        "ours" => Take::Ours,
        "theirs" => Take::Theirs,
        v => Take::Typed(v.to_owned()),
    };
    casebook_store::sync::resolve(&mut vault, &case, &field, choice, &ctx.author)?;
    let code = vault.get_case(&case)?.code;
    out(&ctx
        .l10n
        .msg("sync-cli-resolved", &[("path", &field), ("code", &code)]))?;
    Ok(ExitCode::SUCCESS)
}
