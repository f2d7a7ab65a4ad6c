//! `casebook recovery split|revoke`, and reading colleagues' share files for
//! `--shares FILE...`.

use std::io::Read;
use std::path::PathBuf;

use casebook_store::{Secret, SplitPlan, UnlockSecret, Vault};
use clap::Subcommand;

use crate::{out, secret, CliError, Ctx};

/// A share file is a note line and 95 characters; anything far larger is not one.
const MAX_SHARE_FILE: u64 = 4096;

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
    let mut shares = Vec::with_capacity(paths.len());
    for path in paths {
        let read = || -> std::io::Result<String> {
            let mut text = String::new();
            std::fs::File::open(path)?
                .take(MAX_SHARE_FILE)
                .read_to_string(&mut text)?;
            Ok(text)
        };
        let text = read().map_err(|source| CliError::ReadFile {
            path: path.clone(),
            source,
        })?;
        shares.push(Secret::new(text));
    }
    Ok(UnlockSecret::Shares(shares))
}
