//! The only file the desktop shell writes outside the vault: `settings.txt` with the
//! interface language, the idle time before the vault locks itself and whether the
//! window shows the program's real name; one `key=value` a line. Never case data.

use std::fs;
use std::io::Write as _;
use std::path::Path;

use crate::DesktopError;

pub const FILE_NAME: &str = "settings.txt";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Settings {
    pub language: &'static str,
    /// Seconds without activity before the vault locks itself.
    pub idle_lock_secs: u32,
    /// `false` (the default) titles the window with the neutral "Notes".
    pub show_name: bool,
}

/// Five minutes, unless the person chose otherwise.
pub const DEFAULT_IDLE_LOCK_SECS: u32 = 300;
/// The accepted range: a few seconds (tests) up to a working day.
pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 2..=8 * 3600;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: casebook_i18n::SHIPPED[0],
            idle_lock_secs: DEFAULT_IDLE_LOCK_SECS,
            show_name: false,
        }
    }
}

impl Settings {
    /// Reads the settings, falling back to the system language (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`) and then English. A missing or odd file is not an error.
    pub fn load(config_dir: Option<&Path>) -> Settings {
        let text = config_dir
            .and_then(|d| fs::read_to_string(d.join(FILE_NAME)).ok())
            .unwrap_or_default();
        let from_file = parse_language(&text);
        let language = from_file.unwrap_or_else(|| {
            let sys = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|k| std::env::var(k).ok())
                .find(|v| !v.is_empty())
                .unwrap_or_default();
            casebook_i18n::negotiate(&sys)
        });
        let idle_lock_secs = value(&text, "idle_lock_secs")
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|v| IDLE_LOCK_RANGE.contains(v))
            .unwrap_or(DEFAULT_IDLE_LOCK_SECS);
        let show_name = value(&text, "show_name") == Some("true");
        Settings {
            language,
            idle_lock_secs,
            show_name,
        }
    }

    /// Writes atomically (temp file in the same directory, fsync, rename). The folder
    /// is 0700 and the file 0600 whatever the umask: the title choice and language
    /// say something about who uses this laptop.
    pub fn save(&self, config_dir: &Path) -> Result<(), DesktopError> {
        let err = |e: std::io::Error| DesktopError::SettingsNotSaved(e.to_string());
        let mut dir = fs::DirBuilder::new();
        dir.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut dir, 0o700);
        dir.create(config_dir).map_err(err)?;
        // A folder that was there before; best effort, as on a file system without
        // Unix modes.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let _ = fs::set_permissions(config_dir, fs::Permissions::from_mode(0o700));
        }
        let tmp = config_dir.join(format!("{FILE_NAME}.new"));
        // A leftover of an interrupted save may have any mode; a new file gets 0600.
        match fs::remove_file(&tmp) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(err(e)),
            _ => {}
        }
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        {
            let mut f = opts.open(&tmp).map_err(err)?;
            writeln!(f, "language={}", self.language).map_err(err)?;
            writeln!(f, "idle_lock_secs={}", self.idle_lock_secs).map_err(err)?;
            writeln!(f, "show_name={}", self.show_name).map_err(err)?;
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

fn value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
}

fn parse_language(text: &str) -> Option<&'static str> {
    value(text, "language").and_then(shipped_language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let uk = Settings {
            language: "uk",
            ..Settings::default()
        };
        uk.save(dir.path()).unwrap();
        assert_eq!(Settings::load(Some(dir.path())), uk);
        let ru = Settings {
            language: "ru",
            idle_lock_secs: 60,
            show_name: true,
        };
        ru.save(dir.path()).unwrap();
        assert_eq!(Settings::load(Some(dir.path())), ru);
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_and_the_file_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("config").join("casebook");
        Settings::default().save(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join(FILE_NAME)), 0o600);
        // A folder that was there, open to others, and a leftover temp file.
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        let leftover = dir.join(format!("{FILE_NAME}.new"));
        fs::write(&leftover, "x").unwrap();
        fs::set_permissions(&leftover, fs::Permissions::from_mode(0o644)).unwrap();
        Settings::default().save(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join(FILE_NAME)), 0o600);
        assert!(!leftover.exists());
    }

    #[test]
    fn idle_lock_outside_the_range_falls_back_to_five_minutes() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join(FILE_NAME),
            "idle_lock_secs=0\nshow_name=yes\n",
        )
        .unwrap();
        let s = Settings::load(Some(dir.path()));
        assert_eq!(s.idle_lock_secs, DEFAULT_IDLE_LOCK_SECS);
        assert!(!s.show_name);
    }

    #[test]
    fn unknown_language_in_file_is_ignored() {
        assert_eq!(parse_language("language=xx\n"), None);
        assert_eq!(parse_language("# c\nlanguage = ru\n"), Some("ru"));
    }
}
