//! The only file the desktop shell writes outside the vault: `settings.txt` with the
//! interface language, one `key=value` a line. Never case data.

use std::fs;
use std::io::Write as _;
use std::path::Path;

use crate::DesktopError;

pub const FILE_NAME: &str = "settings.txt";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    pub language: &'static str,
}

impl Settings {
    /// Reads the settings, falling back to the system language (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`) and then English. A missing or odd file is not an error.
    pub fn load(config_dir: Option<&Path>) -> Settings {
        let from_file = config_dir
            .and_then(|d| fs::read_to_string(d.join(FILE_NAME)).ok())
            .and_then(|text| parse_language(&text));
        let language = from_file.unwrap_or_else(|| {
            let sys = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|k| std::env::var(k).ok())
                .find(|v| !v.is_empty())
                .unwrap_or_default();
            casebook_i18n::negotiate(&sys)
        });
        Settings { language }
    }

    /// Writes atomically (temp file in the same directory, fsync, rename).
    pub fn save(&self, config_dir: &Path) -> Result<(), DesktopError> {
        let err = |e: std::io::Error| DesktopError::SettingsNotSaved(e.to_string());
        fs::create_dir_all(config_dir).map_err(err)?;
        let tmp = config_dir.join(format!("{FILE_NAME}.new"));
        {
            let mut f = fs::File::create(&tmp).map_err(err)?;
            writeln!(f, "language={}", self.language).map_err(err)?;
            f.sync_all().map_err(err)?;
        }
        fs::rename(&tmp, config_dir.join(FILE_NAME)).map_err(err)?;
        Ok(())
    }
}

/// A shipped language code, or `None`.
pub fn shipped_language(code: &str) -> Option<&'static str> {
    casebook_i18n::SHIPPED.iter().copied().find(|l| *l == code)
}

fn parse_language(text: &str) -> Option<&'static str> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == "language")
        .and_then(|(_, v)| shipped_language(v.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        Settings { language: "uk" }.save(dir.path()).unwrap();
        assert_eq!(Settings::load(Some(dir.path())).language, "uk");
        Settings { language: "ru" }.save(dir.path()).unwrap();
        assert_eq!(Settings::load(Some(dir.path())).language, "ru");
    }

    #[test]
    fn unknown_language_in_file_is_ignored() {
        assert_eq!(parse_language("language=xx\n"), None);
        assert_eq!(parse_language("# c\nlanguage = ru\n"), Some("ru"));
    }
}
