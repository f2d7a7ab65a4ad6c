//! Outreach mode on the command line: `init --outreach --centre CARD`, `case add`
//! that seals at once, and `outbox list|export|confirm|receipt`. A few lines over
//! `casebook_bundle::outreach`.

use std::path::{Path, PathBuf};

use casebook_bundle::{outreach, ContactCard};
use casebook_store::Vault;

use super::{open, out, CliError, Ctx};

#[derive(clap::Subcommand, Debug)]
pub enum OutboxCommand {
    /// Sealed cases: receipt code, when sealed, whether the centre confirmed it.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Write every sealed case not yet confirmed into one bundle for the centre.
    Export {
        #[arg(long)]
        out: PathBuf,
    },
    /// Take the centre's receipt: confirmed cases' sealed copies are dropped.
    Confirm { file: PathBuf },
    /// At the centre: the receipt for an outreach contact, listing what was taken in.
    Receipt {
        #[arg(long)]
        from: String,
        #[arg(long)]
        out: PathBuf,
    },
}

/// A contact card from a file, or the card's text itself.
pub fn read_card(card: &str) -> Result<ContactCard, CliError> {
    let text = match std::fs::read_to_string(card) {
        Ok(t) => t,
        Err(_) => card.replace("\\n", "\n"),
    };
    Ok(ContactCard::parse(&text)?)
}

/// After `init --outreach`: the centre becomes the only key cases are sealed to.
pub fn set_up(ctx: &Ctx, vault: &mut Vault, card: &str) -> Result<(), CliError> {
    let card = read_card(card)?;
    let centre = outreach::set_up(vault, &card)?;
    out(&ctx.l10n.msg(
        "cli-outreach-ready",
        &[("centre", &centre.name), ("fingerprint", &card.fingerprint)],
    ))
}

/// In an outreach vault a case is sealed the moment it is added (one a crash left
/// unsealed was sealed when the vault was opened).
pub fn seal_new(ctx: &Ctx, vault: &mut Vault, case_id: &str) -> Result<(), CliError> {
    let receipt = outreach::seal_case(vault, case_id)?;
    out(&ctx
        .l10n
        .msg("cli-outreach-sealed", &[("receipt", &receipt)]))
}

/// Refuses to read cases in an outreach vault, saying why.
pub fn refuse_reading(vault: &Vault) -> Result<(), CliError> {
    if vault.is_outreach()? {
        return Err(CliError::OutreachNoCases);
    }
    Ok(())
}

pub fn outbox(ctx: &Ctx, c: OutboxCommand) -> Result<(), CliError> {
    let l = &ctx.l10n;
    let mut vault = open(ctx)?;
    match c {
        OutboxCommand::List { json } => {
            if !vault.is_outreach()? {
                return Err(casebook_bundle::BundleError::NotOutreach.into());
            }
            let items = vault.outbox()?;
            if json {
                return out(&serde_json::to_string_pretty(&items).map_err(|_| CliError::Encode)?);
            }
            for i in &items {
                let state = match &i.confirmed_at {
                    Some(at) => l.msg("cli-outbox-confirmed", &[("at", at)]),
                    None => l.msg("cli-outbox-waiting", &[]),
                };
                out(&format!("{}  {}  {state}", i.receipt, i.sealed_at))?;
            }
            out(&l.msg("cli-outbox-total", &[("count", &items.len().to_string())]))
        }
        OutboxCommand::Export { out: path } => {
            let e = outreach::export_outbox(&mut vault, &path)?;
            out(&l.msg(
                "cli-outbox-exported",
                &[
                    ("path", &e.path.display().to_string()),
                    ("count", &e.receipts.len().to_string()),
                ],
            ))
        }
        OutboxCommand::Confirm { file } => {
            let n = outreach::confirm_receipt(&mut vault, Path::new(&file))?;
            out(&l.msg("cli-outbox-confirmed-now", &[("count", &n.to_string())]))
        }
        OutboxCommand::Receipt { from, out: path } => {
            let r = outreach::write_receipt(&vault, &from, &path)?;
            out(&l.msg(
                "cli-outbox-receipt-written",
                &[
                    ("path", &r.path.display().to_string()),
                    ("count", &r.receipts.to_string()),
                ],
            ))
        }
    }
}
