//! Where the vault and the settings file live: `--vault DIR` / `--config DIR` on the
//! command line, else the environment, else the platform defaults.

use std::ffi::OsString;
use std::path::PathBuf;

pub const VAULT_ENV: &str = "CASEBOOK_VAULT";
pub const CONFIG_ENV: &str = "CASEBOOK_CONFIG";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaunchOptions {
    /// `None` only when the platform has no data directory and none was given.
    pub vault_dir: Option<PathBuf>,
    /// Where `settings.txt` lives; `None` means the platform's app config dir.
    pub config_dir: Option<PathBuf>,
}

impl LaunchOptions {
    pub fn from_args_and_env(args: &[String], env: impl Fn(&str) -> Option<OsString>) -> Self {
        let vault_dir = flag(args, "--vault")
            .or_else(|| non_empty(env(VAULT_ENV)))
            .or_else(casebook_store::Vault::default_dir);
        let config_dir = flag(args, "--config").or_else(|| non_empty(env(CONFIG_ENV)));
        LaunchOptions {
            vault_dir,
            config_dir,
        }
    }
}

fn non_empty(v: Option<OsString>) -> Option<PathBuf> {
    v.filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// Accepts `--name DIR` and `--name=DIR`; the last one wins.
fn flag(args: &[String], name: &str) -> Option<PathBuf> {
    let mut found = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == name {
            if let Some(v) = it.next() {
                found = Some(PathBuf::from(v));
            }
        } else if let Some(v) = a.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            found = Some(PathBuf::from(v));
        }
    }
    found.filter(|p| !p.as_os_str().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn command_line_beats_environment() {
        let o = LaunchOptions::from_args_and_env(&args(&["--vault", "/a", "--config=/c"]), |_| {
            Some("/env".into())
        });
        assert_eq!(o.vault_dir, Some(PathBuf::from("/a")));
        assert_eq!(o.config_dir, Some(PathBuf::from("/c")));
    }

    #[test]
    fn environment_beats_default() {
        let o = LaunchOptions::from_args_and_env(&args(&["--vault"]), |k| {
            (k == VAULT_ENV).then(|| "/env".into())
        });
        assert_eq!(o.vault_dir, Some(PathBuf::from("/env")));
        assert_eq!(o.config_dir, None);
    }

    #[test]
    fn unrelated_flags_are_ignored() {
        let o =
            LaunchOptions::from_args_and_env(&args(&["--vaultx", "/b", "--vault=/v"]), |_| None);
        assert_eq!(o.vault_dir, Some(PathBuf::from("/v")));
    }
}
