//! Errors the desktop shell raises itself; their messages live in `locales/*/ui.ftl`.

use std::collections::BTreeMap;

use casebook_core::{Coded, ErrorPayload};

/// What every command answers: its value, or an error the UI can word.
pub(crate) type Reply<T> = Result<T, ErrorPayload>;

#[derive(Debug, thiserror::Error)]
pub enum DesktopError {
    #[error("the vault is locked")]
    Locked,
    #[error("no place for the vault is known on this computer")]
    NoVaultDir,
    #[error("unknown language {0}")]
    UnknownLanguage(String),
    #[error("the settings could not be saved: {0}")]
    SettingsNotSaved(String),
    #[error("the setting {0} cannot take that value")]
    BadSetting(String),
    /// The vault was erased while a job was making a file from it: the file is
    /// removed, not handed out.
    #[error("the vault was erased while the file was being made")]
    ErasedMeanwhile,
    /// A file chosen in an earlier dialog is no longer known (the program forgets
    /// chosen paths after use or a lock): it must be chosen again.
    #[error("the chosen file is no longer known")]
    ChosenFileForgotten,
}

impl Coded for DesktopError {
    fn code(&self) -> &'static str {
        match self {
            DesktopError::Locked => "locked",
            DesktopError::NoVaultDir => "no-vault-dir",
            DesktopError::UnknownLanguage(_) => "unknown-language",
            DesktopError::SettingsNotSaved(_) => "settings-not-saved",
            DesktopError::BadSetting(_) => "bad-setting",
            DesktopError::ErasedMeanwhile => "erased-meanwhile",
            DesktopError::ChosenFileForgotten => "chosen-file-forgotten",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            DesktopError::Locked => "ui-error-locked",
            DesktopError::NoVaultDir => "ui-error-no-vault-dir",
            DesktopError::UnknownLanguage(_) => "ui-error-unknown-language",
            DesktopError::SettingsNotSaved(_) => "ui-error-settings-not-saved",
            DesktopError::BadSetting(_) => "settings-error-bad-setting",
            DesktopError::ErasedMeanwhile => "ui-error-erased-meanwhile",
            DesktopError::ChosenFileForgotten => "ui-error-chosen-file-forgotten",
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        match self {
            DesktopError::UnknownLanguage(l) => BTreeMap::from([("lang".into(), l.clone())]),
            DesktopError::SettingsNotSaved(d) => BTreeMap::from([("detail".into(), d.clone())]),
            _ => BTreeMap::new(),
        }
    }
}

impl DesktopError {
    /// One error of every variant, with made-up arguments.
    pub fn examples() -> Vec<DesktopError> {
        let all = vec![
            DesktopError::Locked,
            DesktopError::NoVaultDir,
            DesktopError::UnknownLanguage("xx".into()),
            DesktopError::SettingsNotSaved("d".into()),
            DesktopError::BadSetting("idle".into()),
            DesktopError::ErasedMeanwhile,
            DesktopError::ChosenFileForgotten,
        ];
        // No wildcard: a new variant does not compile until it is listed above too.
        for e in &all {
            match e {
                DesktopError::Locked
                | DesktopError::NoVaultDir
                | DesktopError::UnknownLanguage(_)
                | DesktopError::SettingsNotSaved(_)
                | DesktopError::BadSetting(_)
                | DesktopError::ErasedMeanwhile
                | DesktopError::ChosenFileForgotten => {}
            }
        }
        all
    }
}

/// Every error crosses IPC as its code, Fluent id and arguments, nothing more.
pub(crate) fn payload<E: Coded>(e: E) -> casebook_core::ErrorPayload {
    e.payload()
}

/// What a long job that panicked on its worker thread reports: in general terms,
/// never with its message (which might carry case data).
pub(crate) fn unexpected() -> casebook_core::ErrorPayload {
    casebook_core::ErrorPayload {
        code: "unexpected".to_owned(),
        message_id: "ui-error-unexpected".to_owned(),
        args: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_every_language() {
        let examples = DesktopError::examples();
        let problems =
            casebook_i18n::error_message_problems(examples.iter().map(|e| e as &dyn Coded));
        assert!(problems.is_empty(), "{problems:#?}");
        for lang in casebook_i18n::SHIPPED {
            let l10n = casebook_i18n::Localizer::new(lang).unwrap();
            // ui-error-unexpected is what the UI shows for anything that is not an
            // ErrorPayload (ui/src/backend/index.ts).
            assert!(l10n.has("ui-error-unexpected"), "locales/{lang} lacks it");
        }
    }
}
