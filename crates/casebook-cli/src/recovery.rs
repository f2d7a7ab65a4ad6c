//! `casebook recovery split|revoke`, and reading colleagues' share files for
//! `--shares FILE...`.

use std::path::PathBuf;

use casebook_store::{SplitPlan, UnlockSecret, Vault};
use clap::Subcommand;

use crate::{out, secret, CliError, Ctx};

#[derive(Subcommand, Debug)]
pub enum RecoveryCommand {
    /// Split a new recovery secret: writes a card (PDF, in --lang) and a text file
    /// per share into --out; any --threshold of the --shares N shares open the
    /// vault. An earlier split stops working. Asks for the passphrase.
    Split {
        #[arg(long)]
        threshold: u32,
        #[arg(long)]
        out: PathBuf,
    },
    /// Remove the split: its shares open nothing any more.
    Revoke,
}

pub fn run(ctx: &Ctx, c: RecoveryCommand) -> Result<std::process::ExitCode, CliError> {
    let l = &ctx.l10n;
    match c {
        RecoveryCommand::Split {
            threshold,
            out: dir,
        } => {
            let [count] = ctx.shares.as_slice() else {
                return Err(CliError::SharesCount);
            };
            let count: u32 = count.parse().map_err(|_| CliError::SharesCount)?;
            let plan = SplitPlan::new(threshold, count)?;
            let current = UnlockSecret::Passphrase(secret(
                ctx,
                "CASEBOOK_PASSPHRASE",
                "cli-prompt-passphrase",
            )?);
            let mut vault = Vault::open(&ctx.dir, &current)?;
            // As `mkdir -p`: the folder on a stick may not exist yet.
            std::fs::create_dir_all(&dir).map_err(casebook_store::StoreError::from)?;
            let written = casebook_pdf::write_split(&mut vault, &current, plan, l.lang(), &dir)?;
            let k = written.threshold.to_string();
            let n = written.shares.to_string();
            out(&l.msg(
                "cli-recovery-split-done",
                &[("k", &k), ("n", &n), ("fingerprint", &written.fingerprint)],
            ))?;
            for card in &written.cards {
                out(&l.msg(
                    "cli-recovery-split-card",
                    &[
                        ("number", &card.number.to_string()),
                        ("card", &card.card.display().to_string()),
                        ("file", &card.file.display().to_string()),
                    ],
                ))?;
            }
            out(&l.msg("cli-recovery-split-advice", &[]))?;
        }
        RecoveryCommand::Revoke => {
            let mut vault = crate::open(ctx)?;
            let id = match vault.revoke_split()? {
                true => "cli-recovery-revoked",
                false => "cli-recovery-none",
            };
            out(&l.msg(id, &[]))?;
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Reads each share file named by `--shares`, in order (errors name a share by its
/// place in this order).
pub fn read_shares(paths: &[String]) -> Result<UnlockSecret, CliError> {
    let shares = paths
        .iter()
        .map(|p| {
            // A file that cannot be read is named, as every file the CLI reads.
            casebook_store::read_share_file(std::path::Path::new(p)).map_err(|e| match e {
                casebook_store::StoreError::Io(source) => CliError::ReadFile {
                    path: p.clone(),
                    source,
                },
                other => other.into(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(UnlockSecret::Shares(shares))
}
