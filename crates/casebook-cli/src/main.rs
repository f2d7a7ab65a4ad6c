//! `casebook`: the vault from a terminal. Each subcommand is a few lines over the
//! library crates; the words it prints come from `locales/<lang>/cli.ftl`.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use casebook_core::{CaseRecord, Coded};
use casebook_i18n::Localizer;
use casebook_store::{CaseQuery, Secret, StoreError, UnlockSecret, Vault, VaultOptions};
use clap::{Parser, Subcommand};

mod outreach;
mod pdf;
mod recovery;
mod stats;
mod submission;
mod sync;

/// clap's help has no translations; a person reading it learns that everything
/// else speaks their language.
const HELP_LANGUAGE: &str = "Messages follow --lang, else $LC_ALL or $LANG (en, ru, uk, az, \
be, hy, ka, kk, ky, ro, tg, uz); this --help text itself is in English only.";

#[derive(Parser, Debug)]
#[command(
    name = "casebook",
    version,
    about = "Casebook vault command line",
    after_help = HELP_LANGUAGE
)]
struct Cli {
    /// Vault directory (default: $CASEBOOK_VAULT, else the OS data directory).
    #[arg(long, global = true)]
    vault: Option<PathBuf>,
    /// Language of messages: en, ru, uk, az, be, hy, ka, kk, ky, ro, tg, uz (default:
    /// from $LANG).
    #[arg(long, global = true)]
    lang: Option<String>,
    /// Name (pseudonym) recorded as the author of changes.
    #[arg(long, global = true, env = "CASEBOOK_AUTHOR", default_value = "cli")]
    author: String,
    /// Files of colleagues' recovery shares (at least K), in place of a passphrase.
    /// With `recovery split`: how many shares to make.
    #[arg(long, global = true, num_args = 1.., value_name = "FILE")]
    shares: Vec<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create a vault; prints the recovery key once. With --outreach --centre CARD:
    /// a field laptop's vault, whose finished cases are sealed to that centre.
    Init {
        #[arg(long, requires = "centre")]
        outreach: bool,
        /// The centre's contact card (a file, or the card's text).
        #[arg(long, requires = "outreach")]
        centre: Option<String>,
    },
    /// An outreach laptop's sealed cases, and (at the centre) receipts for them.
    #[command(subcommand)]
    Outbox(outreach::OutboxCommand),
    /// Write a case's legal case file (PDF) in the language of --lang.
    Pdf(pdf::PdfArgs),
    /// Check a case file against this vault.
    VerifyPdf(pdf::VerifyPdfArgs),
    /// Count consented cases by one or two dimensions; numbers under --min-cell
    /// are shown as "<K".
    Stats(stats::StatsArgs),
    /// Write the advocacy brief (PDF: key figures, charts, map, tables, method) in
    /// the language of --lang; no case-level data.
    Brief(stats::BriefArgs),
    /// Draft a UN submission (.docx or .pdf) in the language of --lang (en, ru,
    /// uk): CASE --to sr-torture|sr-vaw|wgad|sr-health, or --thematic cedaw|upr
    /// --country CC for an annex of figures and chosen case summaries.
    Submission(submission::SubmissionArgs),
    /// Show, or set, the organisation UN drafts name as the submitting source
    /// (kept in the vault).
    Organisation {
        #[arg(long)]
        name: Option<String>,
        /// E-mail or postal address for the UN mechanisms.
        #[arg(long)]
        contact: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Work with cases.
    #[command(subcommand)]
    Case(CaseCommand),
    /// At a hub: the centres whose statistics it holds.
    #[command(subcommand)]
    Network(stats::NetworkCommand),
    /// This device's contact card, and the contacts bundles go to.
    #[command(subcommand)]
    Contact(sync::ContactCommand),
    /// Write an encrypted, signed bundle of cases for contacts or a passphrase.
    Export(sync::ExportArgs),
    /// Verify a bundle and merge it into the vault, all or nothing.
    Import {
        file: PathBuf,
        /// Fingerprint of an unknown sender, confirmed with them.
        #[arg(long)]
        trust: Option<String>,
        /// With --trust: the role whose rights this sender's bundle has (own-device,
        /// centre-hub, lawyer, network). The least privileged, network, by default.
        #[arg(long, requires = "trust", default_value = "network")]
        role: String,
        #[arg(long)]
        json: bool,
    },
    /// List conflicts left by merges.
    Conflicts {
        #[arg(long)]
        json: bool,
    },
    /// Settle a conflict: --take ours, theirs or a value (JSON or text).
    Resolve {
        case: String,
        field: String,
        #[arg(long)]
        take: String,
    },
    /// Full-text search (substrings, any script).
    Search {
        query: String,
        #[arg(long)]
        json: bool,
    },
    /// Add a file to a case's evidence.
    Attach {
        case: String,
        file: PathBuf,
        #[arg(long)]
        description: Option<String>,
    },
    /// Read attachments back.
    #[command(subcommand)]
    Attachment(AttachmentCommand),
    /// Recompute the audit chain, every revision id and the database checks.
    Verify,
    /// Everything due across cases (follow-ups, complaint deadlines, forensic
    /// windows), overdue first.
    Due {
        /// Only what falls due within this many days (overdue items always).
        #[arg(long)]
        within: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Show, or set to DAYS (1 to 60), how many days after an incident with physical
    /// violence the forensic examination is due (14 unless set).
    ForensicWindow { days: Option<u32> },
    /// Add, change or remove a passphrase, or print a suggested one (five random
    /// words; `suggest` needs no vault).
    Passphrase {
        #[arg(value_parser = ["add", "change", "remove", "suggest"])]
        action: String,
        /// With remove: also give the vault a new key (see `rekey`), keeping the
        /// passphrase from CASEBOOK_KEEP_PASSPHRASE or a prompt.
        #[arg(long)]
        rekey: bool,
    },
    /// Give the vault a new key: old copies of the key file open nothing. Keeps only
    /// the passphrase typed (or a new one) and prints a new recovery key once.
    Rekey {
        /// Also replace the passphrase (from CASEBOOK_NEW_PASSPHRASE or a prompt).
        #[arg(long)]
        new_passphrase: bool,
    },
    /// Split a recovery secret among colleagues (any K of N open the vault), or
    /// revoke the split.
    #[command(subcommand)]
    Recovery(recovery::RecoveryCommand),
    /// Exit 0 if and only if the secret (or --shares FILE...) opens the vault.
    UnlockCheck {
        #[arg(long)]
        recovery_key: bool,
    },
    /// Destroy every key slot and the database. No secret needed.
    Erase {
        #[arg(long)]
        yes: bool,
    },
    /// Write the man page (casebook.1) and bash, zsh and fish completions into DIR;
    /// the package build uses it. Needs no vault.
    #[command(hide = true)]
    GenerateDocs { dir: PathBuf },
    /// Fill the vault with synthetic cases (benchmarks, screenshots).
    DemoData {
        #[arg(long)]
        cases: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Subcommand, Debug)]
enum CaseCommand {
    Add {
        file: PathBuf,
    },
    Edit {
        case: String,
        file: PathBuf,
        #[arg(long)]
        reason: Option<String>,
    },
    List {
        #[arg(long)]
        json: bool,
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 0)]
        offset: u64,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    Show {
        case: String,
        #[arg(long)]
        json: bool,
    },
    History {
        case: String,
        #[arg(long)]
        json: bool,
    },
    Delete {
        case: String,
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
enum AttachmentCommand {
    Get {
        case: String,
        sha256: String,
        #[arg(long)]
        out: PathBuf,
    },
}

/// Errors of the command line itself; library errors pass through unchanged.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no vault directory")]
    NoVaultDir,
    #[error("cannot read {path}")]
    ReadFile { path: String, source: io::Error },
    #[error("not a case file")]
    BadJson { path: String, detail: String },
    #[error("passphrases differ")]
    PassphraseMismatch,
    #[error("no passphrase given")]
    NoSecret,
    #[error("erase needs --yes")]
    EraseNeedsYes,
    #[error("output failed")]
    Output(io::Error),
    /// What was to be printed as JSON could not be encoded (a bug, not the terminal).
    #[error("the output could not be encoded")]
    Encode,
    #[error(transparent)]
    Bundle(#[from] casebook_bundle::BundleError),
    #[error(transparent)]
    Sync(#[from] casebook_store::SyncError),
    #[error(transparent)]
    Pdf(#[from] casebook_pdf::PdfError),
    #[error(transparent)]
    Submission(#[from] casebook_submission::SubmissionError),
    /// `recovery split` takes how many shares to make from `--shares N`.
    #[error("recovery split needs --shares N")]
    SharesCount,
    /// Reading cases in an outreach vault: it holds none it can read.
    #[error("an outreach vault holds no readable case")]
    OutreachNoCases,
}

impl Coded for CliError {
    fn code(&self) -> &'static str {
        match self {
            CliError::Store(e) => e.code(),
            CliError::NoVaultDir => "no-vault-dir",
            CliError::ReadFile { .. } => "read-file",
            CliError::BadJson { .. } => "bad-json",
            CliError::PassphraseMismatch => "passphrase-mismatch",
            CliError::NoSecret => "no-secret",
            CliError::EraseNeedsYes => "erase-needs-yes",
            CliError::Output(_) => "output",
            CliError::Encode => "encode",
            CliError::Bundle(e) => e.code(),
            CliError::Sync(e) => e.code(),
            CliError::Pdf(e) => e.code(),
            CliError::Submission(e) => e.code(),
            CliError::SharesCount => "shares-count",
            CliError::OutreachNoCases => "outreach-no-cases",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            CliError::Store(e) => e.message_id(),
            CliError::NoVaultDir => "cli-error-no-vault-dir",
            CliError::ReadFile { .. } => "cli-error-read-file",
            CliError::BadJson { .. } => "cli-error-bad-json",
            CliError::PassphraseMismatch => "cli-error-passphrase-mismatch",
            CliError::NoSecret => "cli-error-no-secret",
            CliError::EraseNeedsYes => "cli-error-erase-needs-yes",
            CliError::Output(_) => "cli-error-output",
            CliError::Encode => "cli-error-encode",
            CliError::Bundle(e) => e.message_id(),
            CliError::Sync(e) => e.message_id(),
            CliError::Pdf(e) => e.message_id(),
            CliError::Submission(e) => e.message_id(),
            CliError::SharesCount => "cli-error-shares-count",
            CliError::OutreachNoCases => "cli-error-outreach-no-cases",
        }
    }
    fn args(&self) -> BTreeMap<String, String> {
        match self {
            CliError::Store(e) => e.args(),
            CliError::ReadFile { path, source } => BTreeMap::from([
                ("path".into(), path.clone()),
                ("detail".into(), source.to_string()),
            ]),
            CliError::BadJson { path, detail } => BTreeMap::from([
                ("path".into(), path.clone()),
                ("detail".into(), detail.clone()),
            ]),
            CliError::Output(e) => BTreeMap::from([("detail".into(), e.to_string())]),
            CliError::Bundle(e) => e.args(),
            CliError::Sync(e) => e.args(),
            CliError::Pdf(e) => e.args(),
            CliError::Submission(e) => e.args(),
            _ => BTreeMap::new(),
        }
    }
}

impl From<casebook_core::ValidationErrors> for CliError {
    fn from(e: casebook_core::ValidationErrors) -> Self {
        CliError::Store(StoreError::from(e))
    }
}

struct Ctx {
    dir: PathBuf,
    l10n: Localizer,
    author: String,
    /// `--shares`: share files to open with, or (recovery split) how many to make.
    shares: Vec<String>,
}

fn main() -> ExitCode {
    // Before anything else: no core dumps of an unlocked vault (reported once the
    // language of messages is known).
    let hardened = casebook_store::process::harden();
    // The command line never needs the network either.
    let network = casebook_store::process::forbid_network();
    let cli = Cli::parse();
    let lang = cli
        .lang
        .clone()
        .or_else(|| std::env::var("LC_ALL").ok().filter(|v| !v.is_empty()))
        .or_else(|| std::env::var("LANG").ok())
        .unwrap_or_default();
    let l10n = Localizer::for_locale(&lang);
    if let Err(e) = hardened {
        return fail(&l10n, &e.into());
    }
    if let Err(e) = network {
        // Said once; the command goes on without the lock.
        eprintln!(
            "casebook: {} [{}]",
            l10n.error(&e),
            casebook_core::Coded::code(&e)
        );
    }
    let dir = match cli.vault.clone().or_else(Vault::default_dir) {
        Some(d) => d,
        None => return fail(&l10n, &CliError::NoVaultDir),
    };
    let ctx = Ctx {
        dir,
        l10n,
        author: casebook_core::author::author_or_placeholder(Some(&cli.author)),
        shares: cli.shares.clone(),
    };
    match run(&ctx, cli.command) {
        Ok(code) => code,
        Err(e) => fail(&ctx.l10n, &e),
    }
}

fn fail(l10n: &Localizer, e: &CliError) -> ExitCode {
    eprintln!("casebook: {} [{}]", l10n.error(e), e.code());
    ExitCode::FAILURE
}

fn out(text: &str) -> Result<(), CliError> {
    let mut o = io::stdout().lock();
    writeln!(o, "{text}").map_err(CliError::Output)
}

/// `overdue  2026-03-05  UA-1  Complaint deadline: Prosecutor, N-7`
fn due_line(l: &Localizer, d: &casebook_store::CaseDue) -> String {
    use casebook_core::due::{DueKind, DueState};
    let state = match d.item.state {
        DueState::Overdue => "cli-due-overdue",
        DueState::Today => "cli-due-today",
        _ => "cli-due-later",
    };
    let kind = match d.item.kind {
        DueKind::FollowUp => "cli-due-follow-up",
        DueKind::ComplaintDeadline => "cli-due-complaint-deadline",
        DueKind::ForensicWindow => "cli-due-forensic-window",
    };
    let body = d
        .body
        .as_deref()
        .map(|b| l.msg(&casebook_core::vocab::message_id("complaint-body", b), &[]));
    let what: Vec<String> = body
        .into_iter()
        .chain((!d.note.is_empty()).then(|| d.note.clone()))
        .collect();
    let kind = l.msg(kind, &[]);
    let text = if what.is_empty() {
        kind
    } else {
        format!("{kind}: {}", what.join(", "))
    };
    format!(
        "{:<10} {}  {}  {text}",
        l.msg(state, &[]),
        d.item.due,
        d.case
    )
}

fn json_out(v: &impl serde::Serialize) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(v).map_err(|_| CliError::Encode)?;
    out(&text)
}

/// Secrets come from the environment (for scripts) or a no-echo prompt, never argv.
fn secret(ctx: &Ctx, env: &str, prompt_id: &str) -> Result<Secret, CliError> {
    if let Ok(v) = std::env::var(env) {
        if !v.is_empty() {
            return Ok(Secret::new(v));
        }
    }
    if !io::stdin().is_terminal() {
        return Err(CliError::NoSecret);
    }
    let prompt = format!("{}: ", ctx.l10n.msg(prompt_id, &[]));
    rpassword::prompt_password(prompt)
        .map(Secret::new)
        .map_err(|_| CliError::NoSecret)
}

fn new_secret(ctx: &Ctx, env: &str) -> Result<Secret, CliError> {
    if let Ok(v) = std::env::var(env) {
        if !v.is_empty() {
            return Ok(Secret::new(v));
        }
    }
    let first = secret(ctx, "", "cli-prompt-new-passphrase")?;
    let again = secret(ctx, "", "cli-prompt-repeat-passphrase")?;
    if first.expose() != again.expose() {
        return Err(CliError::PassphraseMismatch);
    }
    Ok(first)
}

/// Opens the vault; an outreach vault first seals a case a crash left unsealed.
fn open(ctx: &Ctx) -> Result<Vault, CliError> {
    Ok(casebook_bundle::outreach::open(
        &ctx.dir,
        &unlock_secret(ctx)?,
    )?)
}

/// Colleagues' shares when `--shares` names files, else the passphrase.
fn unlock_secret(ctx: &Ctx) -> Result<UnlockSecret, CliError> {
    if ctx.shares.is_empty() {
        let pass = secret(ctx, "CASEBOOK_PASSPHRASE", "cli-prompt-passphrase")?;
        return Ok(UnlockSecret::Passphrase(pass));
    }
    recovery::read_shares(&ctx.shares)
}

fn read_case(path: &Path) -> Result<CaseRecord, CliError> {
    let text = std::fs::read_to_string(path).map_err(|source| CliError::ReadFile {
        path: path.display().to_string(),
        source,
    })?;
    CaseRecord::from_json_str(&text).map_err(|e| CliError::BadJson {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

fn run(ctx: &Ctx, command: Command) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    match command {
        Command::Init {
            outreach: field,
            centre,
        } => {
            // The card is read before anything is created: a bad card leaves no vault.
            if let Some(card) = &centre {
                outreach::read_card(card)?;
            }
            let pass = new_secret(ctx, "CASEBOOK_PASSPHRASE")?;
            let (mut vault, recovery) = Vault::create(&ctx.dir, &pass, &VaultOptions::default())?;
            out(&l.msg("cli-init-done", &[("path", &ctx.dir.display().to_string())]))?;
            if let (true, Some(card)) = (field, &centre) {
                outreach::set_up(ctx, &mut vault, card)?;
            }
            out(&l.msg("cli-recovery-key-intro", &[]))?;
            out(&recovery.display())?;
        }
        Command::Outbox(c) => outreach::outbox(ctx, c)?,
        Command::Case(c) => return case(ctx, c),
        Command::Contact(c) => return sync::contact(ctx, c),
        Command::Export(a) => return sync::export(ctx, a),
        Command::Import {
            file,
            trust,
            role,
            json,
        } => return sync::import(ctx, file, trust, &role, json),
        Command::Conflicts { json } => return sync::conflicts(ctx, json),
        Command::Resolve { case, field, take } => return sync::resolve(ctx, case, field, take),
        Command::Pdf(a) => return Ok(pdf::generate(ctx, a)),
        Command::VerifyPdf(a) => return Ok(pdf::verify(ctx, a)),
        Command::Stats(a) => return Ok(stats::stats(ctx, a)),
        Command::Brief(a) => return Ok(stats::brief(ctx, a)),
        Command::Submission(a) => submission::submission(ctx, a)?,
        Command::Organisation {
            name,
            contact,
            json,
        } => {
            let vault = open(ctx)?;
            let mut org = vault.organisation()?;
            if name.is_some() || contact.is_some() {
                org.name = name.unwrap_or(org.name);
                org.contact = contact.unwrap_or(org.contact);
                vault.set_organisation(&org)?;
                org = vault.organisation()?;
            }
            if json {
                out(&serde_json::to_string_pretty(&org).map_err(|_| CliError::Encode)?)?;
            } else {
                out(&l.msg(
                    "cli-organisation",
                    &[("name", &org.name), ("contact", &org.contact)],
                ))?;
            }
        }
        Command::Network(c) => return Ok(stats::network(ctx, c)),
        Command::Search { query, json } => {
            let vault = open(ctx)?;
            outreach::refuse_reading(&vault)?;
            let page = vault.list_cases(&CaseQuery {
                text: Some(query),
                ..Default::default()
            })?;
            print_page(ctx, &page, json)?;
        }
        Command::Attach {
            case,
            file,
            description,
        } => {
            let mut vault = open(ctx)?;
            let a = vault.attach_file(&case, &file, description.as_deref(), &ctx.author)?;
            out(a.sha256.as_deref().unwrap_or_default())?;
        }
        Command::Attachment(AttachmentCommand::Get {
            case,
            sha256,
            out: dest,
        }) => {
            let vault = open(ctx)?;
            casebook_store::file_out::write_atomically(&dest, |w| {
                vault.read_case_attachment(&case, &sha256, w).map(|_| ())
            })?;
        }
        Command::Due { within, json } => {
            let vault = open(ctx)?;
            let items = vault.due_items(chrono::Local::now().date_naive(), within)?;
            if json {
                json_out(&items)?;
            } else if items.is_empty() {
                out(&l.msg("cli-due-none", &[]))?;
            } else {
                for d in &items {
                    out(&due_line(l, d))?;
                }
            }
        }
        Command::Verify => {
            let vault = open(ctx)?;
            let report = vault.verify()?;
            let audit = report.audit_entries.to_string();
            let revs = report.revisions_checked.to_string();
            if report.is_ok() {
                out(&l.msg("cli-verify-ok", &[("audit", &audit), ("revisions", &revs)]))?;
            } else {
                if let Some(seq) = report.audit_first_broken {
                    out(&l.msg("cli-verify-audit-broken", &[("seq", &seq.to_string())]))?;
                }
                for r in &report.bad_revisions {
                    out(&l.msg("cli-verify-bad-revision", &[("revision", r)]))?;
                }
                for p in &report.integrity {
                    out(&l.msg("cli-verify-integrity", &[("detail", p)]))?;
                }
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Passphrase { action, .. } if action == "suggest" => {
            out(casebook_store::suggest_passphrase().expose())?;
        }
        Command::Passphrase { action, rekey } => {
            let current = secret(ctx, "CASEBOOK_PASSPHRASE", "cli-prompt-passphrase")?;
            let mut vault = Vault::open(&ctx.dir, &UnlockSecret::Passphrase(current.clone()))?;
            if rekey && action == "remove" {
                let keep = secret(
                    ctx,
                    "CASEBOOK_KEEP_PASSPHRASE",
                    "cli-prompt-keep-passphrase",
                )?;
                let done = vault.remove_passphrase_and_rekey(&current, &keep)?;
                return print_rekeyed(ctx, &done);
            }
            match action.as_str() {
                "add" => {
                    let new = new_secret(ctx, "CASEBOOK_NEW_PASSPHRASE")?;
                    vault.add_passphrase(&UnlockSecret::Passphrase(current), &new)?;
                }
                "change" => {
                    let new = new_secret(ctx, "CASEBOOK_NEW_PASSPHRASE")?;
                    vault.change_passphrase(&current, &new)?;
                }
                _ => vault.remove_passphrase(&current)?,
            }
            out(&l.msg("cli-passphrase-done", &[]))?;
        }
        Command::Rekey { new_passphrase } => {
            let current = secret(ctx, "CASEBOOK_PASSPHRASE", "cli-prompt-passphrase")?;
            let mut vault = Vault::open(&ctx.dir, &UnlockSecret::Passphrase(current.clone()))?;
            let replacement = match new_passphrase {
                true => Some(new_secret(ctx, "CASEBOOK_NEW_PASSPHRASE")?),
                false => None,
            };
            let done = vault.rekey(&current, replacement.as_ref())?;
            return print_rekeyed(ctx, &done);
        }
        Command::Recovery(c) => return recovery::run(ctx, c),
        Command::GenerateDocs { dir } => generate_docs(&dir)?,
        Command::ForensicWindow { days } => {
            let mut vault = open(ctx)?;
            if let Some(d) = days {
                vault.set_forensic_window(d)?;
            }
            let now = vault.due_rule()?.forensic_window_days.to_string();
            out(&l.msg("cli-forensic-window", &[("days", &now)]))?;
        }
        Command::UnlockCheck { recovery_key } => {
            let s = if !ctx.shares.is_empty() {
                recovery::read_shares(&ctx.shares)?
            } else if recovery_key {
                UnlockSecret::RecoveryKey(secret(
                    ctx,
                    "CASEBOOK_RECOVERY_KEY",
                    "cli-prompt-recovery-key",
                )?)
            } else {
                UnlockSecret::Passphrase(secret(
                    ctx,
                    "CASEBOOK_PASSPHRASE",
                    "cli-prompt-passphrase",
                )?)
            };
            Vault::check_secret(&ctx.dir, &s)?;
            out(&l.msg("cli-unlock-ok", &[]))?;
        }
        Command::Erase { yes } => {
            if !yes {
                return Err(CliError::EraseNeedsYes);
            }
            casebook_store::erase(&ctx.dir)?;
            out(&l.msg("cli-erased", &[]))?;
        }
        Command::DemoData { cases, seed } => {
            let mut vault = open(ctx)?;
            let n = vault.add_cases(casebook_demo::generate(seed, cases), &ctx.author)?;
            out(&l.msg("cli-demo-done", &[("count", &n.to_string())]))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The man page and shell completions, from the same definition the parser uses.
fn generate_docs(dir: &Path) -> Result<(), CliError> {
    use clap::CommandFactory as _;
    let io = |e: io::Error| CliError::Store(StoreError::from(e));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(io)?;
    std::fs::write(dir.join("casebook.1"), page).map_err(io)?;
    for (shell, name) in [
        (clap_complete::Shell::Bash, "casebook.bash"),
        (clap_complete::Shell::Zsh, "_casebook"),
        (clap_complete::Shell::Fish, "casebook.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "casebook", &mut out);
        std::fs::write(dir.join(name), out).map_err(io)?;
    }
    Ok(())
}

/// After a rekey: what stopped working, then the new recovery key, last (as `init`).
fn print_rekeyed(ctx: &Ctx, done: &casebook_store::Rekeyed) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    out(&l.msg("cli-rekey-done", &[]))?;
    if done.passphrases_dropped > 0 {
        let n = done.passphrases_dropped.to_string();
        out(&l.msg("cli-rekey-dropped", &[("count", &n)]))?;
    }
    if done.split_dropped {
        out(&l.msg("cli-rekey-split-dropped", &[]))?;
    }
    out(&l.msg("cli-recovery-key-intro", &[]))?;
    out(&done.recovery_key.display())?;
    Ok(ExitCode::SUCCESS)
}

fn case(ctx: &Ctx, c: CaseCommand) -> Result<ExitCode, CliError> {
    let l = &ctx.l10n;
    match c {
        CaseCommand::Add { file } => {
            let record = read_case(&file)?;
            let mut vault = open(ctx)?;
            let stored = vault.add_case(record, &ctx.author)?;
            if vault.is_outreach()? {
                outreach::seal_new(ctx, &mut vault, &stored.id)?;
            } else {
                out(&stored.id)?;
            }
        }
        CaseCommand::Edit { case, file, reason } => {
            let record = read_case(&file)?;
            let mut vault = open(ctx)?;
            let stored = vault.edit_case(&case, record, &ctx.author, reason.as_deref())?;
            out(&stored.head.id)?;
        }
        CaseCommand::List {
            json,
            status,
            offset,
            limit,
        } => {
            let vault = open(ctx)?;
            outreach::refuse_reading(&vault)?;
            let page = vault.list_cases(&CaseQuery {
                status,
                offset,
                limit,
                ..Default::default()
            })?;
            print_page(ctx, &page, json)?;
        }
        CaseCommand::Show { case, json } => {
            let vault = open(ctx)?;
            outreach::refuse_reading(&vault)?;
            let stored = vault.get_case(&case)?;
            if json {
                json_out(&casebook_core::CaseEnvelope {
                    id: stored.id.parse().ok(),
                    revision: Some(stored.head.id.clone()),
                    record: stored.record.clone(),
                })?;
            } else {
                let text = serde_json::to_string_pretty(&stored.record)
                    .map_err(|e| CliError::Output(io::Error::other(e)))?;
                out(&l.msg(
                    "cli-case-header",
                    &[
                        ("code", &stored.code),
                        ("id", &stored.id),
                        ("revision", &stored.head.id),
                    ],
                ))?;
                if stored.deleted {
                    out(&l.msg("cli-case-deleted", &[]))?;
                }
                out(&text)?;
            }
        }
        CaseCommand::History { case, json } => {
            let vault = open(ctx)?;
            outreach::refuse_reading(&vault)?;
            let history = vault.history(&case)?;
            if json {
                json_out(&history)?;
            } else {
                for r in history {
                    out(&l.msg(
                        "cli-history-line",
                        &[
                            ("time", &r.created_at),
                            ("kind", r.kind.code()),
                            ("author", &r.author),
                            ("revision", &r.id),
                            ("reason", r.reason.as_deref().unwrap_or("-")),
                        ],
                    ))?;
                }
            }
        }
        CaseCommand::Delete { case, reason } => {
            let mut vault = open(ctx)?;
            let rev = vault.delete_case(&case, &ctx.author, reason.as_deref())?;
            out(&rev.id)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_page(ctx: &Ctx, page: &casebook_store::CasePage, json: bool) -> Result<(), CliError> {
    if json {
        return json_out(page);
    }
    let l = &ctx.l10n;
    if page.items.is_empty() {
        return out(&l.msg("cli-list-empty", &[]));
    }
    for c in &page.items {
        out(&format!(
            "{}\t{}\t{}\t{}\t{}",
            c.code,
            c.pseudonym,
            c.incident_date.as_deref().unwrap_or("-"),
            c.status
                .as_deref()
                .map(|s| l.msg(&format!("vocab-status-{s}"), &[]))
                .unwrap_or_else(|| "-".into()),
            c.id
        ))?;
    }
    out(&l.msg(
        "cli-list-total",
        &[
            ("shown", &page.items.len().to_string()),
            ("total", &page.total.to_string()),
        ],
    ))?;
    match page.capped {
        Some(cap) => out(&l.msg("cli-search-capped", &[("cap", &cap.to_string())])),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_names_every_shipped_language() {
        use clap::CommandFactory;
        let help = Cli::command().render_long_help().to_string();
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        for lang in casebook_i18n::SHIPPED {
            let named = [" ", "("].iter().any(|a| {
                [",", ")"]
                    .iter()
                    .any(|b| flat.contains(&format!("{a}{lang}{b}")))
            });
            assert!(named, "--help does not name {lang}");
        }
    }

    #[test]
    fn every_cli_message_exists_in_every_language() {
        let mut errors = vec![
            CliError::NoVaultDir,
            CliError::ReadFile {
                path: "p".into(),
                source: io::Error::other("x"),
            },
            CliError::BadJson {
                path: "p".into(),
                detail: "d".into(),
            },
            CliError::PassphraseMismatch,
            CliError::NoSecret,
            CliError::EraseNeedsYes,
            CliError::Output(io::Error::other("x")),
            CliError::Encode,
            CliError::SharesCount,
            CliError::OutreachNoCases,
        ];
        errors.extend(
            casebook_pdf::PdfError::examples()
                .into_iter()
                .map(CliError::Pdf),
        );
        errors.extend(StoreError::examples().into_iter().map(CliError::Store));
        errors.extend(
            casebook_submission::SubmissionError::examples()
                .into_iter()
                .map(CliError::Submission),
        );
        errors.extend(
            casebook_store::SyncError::examples()
                .into_iter()
                .map(CliError::Sync),
        );
        errors.extend(
            casebook_bundle::BundleError::examples()
                .into_iter()
                .map(CliError::Bundle),
        );
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &errors {
            match e {
                CliError::Store(_)
                | CliError::NoVaultDir
                | CliError::ReadFile { .. }
                | CliError::BadJson { .. }
                | CliError::PassphraseMismatch
                | CliError::NoSecret
                | CliError::EraseNeedsYes
                | CliError::Output(_)
                | CliError::Encode
                | CliError::Sync(_)
                | CliError::Pdf(_)
                | CliError::Submission(_)
                | CliError::SharesCount
                | CliError::OutreachNoCases
                | CliError::Bundle(_) => {}
            }
        }
        let problems =
            casebook_i18n::error_message_problems(errors.iter().map(|e| e as &dyn Coded));
        assert!(problems.is_empty(), "{problems:#?}");
        for lang in casebook_i18n::SHIPPED {
            let l = Localizer::new(lang).unwrap();
            for e in &errors {
                assert!(l.has(e.message_id()), "{lang} lacks {}", e.message_id());
            }
            for id in [
                "cli-prompt-passphrase",
                "cli-prompt-new-passphrase",
                "cli-prompt-repeat-passphrase",
                "cli-prompt-recovery-key",
                "cli-init-done",
                "cli-recovery-key-intro",
                "cli-passphrase-done",
                "cli-prompt-keep-passphrase",
                "cli-rekey-done",
                "cli-rekey-dropped",
                "cli-unlock-ok",
                "cli-erased",
                "cli-demo-done",
                "cli-verify-ok",
                "cli-verify-audit-broken",
                "cli-verify-bad-revision",
                "cli-verify-integrity",
                "cli-case-header",
                "cli-case-deleted",
                "cli-history-line",
                "cli-list-empty",
                "cli-list-total",
                "cli-recovery-split-done",
                "cli-recovery-split-card",
                "cli-recovery-split-advice",
                "cli-recovery-revoked",
                "cli-recovery-none",
                "cli-rekey-split-dropped",
                "cli-forensic-window",
            ] {
                assert!(l.has(id), "{lang} lacks {id}");
            }
        }
    }
}
