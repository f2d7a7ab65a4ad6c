//! Native file dialogs (GTK on Linux), created on the main thread as GTK requires.
//! Every dialog names its look: a window has a title in the interface language, so
//! a person knows what the dialog is for (and the end-to-end tests find it by it).

use std::path::PathBuf;

use tauri::{AppHandle, Manager as _};

use crate::Session;

enum Mode {
    Open,
    Save(String),
}

/// A window title and the file type offered, e.g. `("PDF", &["pdf"])`.
#[derive(Debug, Default)]
pub struct Look {
    pub title: Option<String>,
    pub filter: Option<(String, &'static [&'static str])>,
}

impl Look {
    /// A dialog titled by message `id`, offering every file type.
    pub fn titled(session: &Session, id: &str) -> Look {
        Look {
            title: title(session, id),
            filter: None,
        }
    }
}

/// A window title for a native dialog, in the interface language.
pub fn title(session: &Session, id: &str) -> Option<String> {
    casebook_i18n::Localizer::new(session.settings().language)
        .ok()
        .map(|l| l.msg(id, &[]))
}

async fn run(app: &AppHandle, mode: Mode, look: Look) -> Option<PathBuf> {
    let (tx, mut rx) = tauri::async_runtime::channel::<Option<PathBuf>>(1);
    let window = app.get_webview_window("main");
    let started = app.run_on_main_thread(move || {
        let mut d = rfd::AsyncFileDialog::new();
        if let Some(w) = &window {
            d = d.set_parent(w);
        }
        if let Some(title) = look.title {
            d = d.set_title(title);
        }
        if let Some((name, extensions)) = look.filter {
            d = d.add_filter(name, extensions);
        }
        let send = move |p: Option<PathBuf>| {
            let _ = tx.blocking_send(p);
        };
        match mode {
            Mode::Open => {
                let future = d.pick_file();
                std::thread::spawn(move || {
                    let picked = tauri::async_runtime::block_on(future);
                    send(picked.map(|h| h.path().to_path_buf()));
                });
            }
            Mode::Save(name) => {
                let future = d.set_file_name(name).save_file();
                std::thread::spawn(move || {
                    let picked = tauri::async_runtime::block_on(future);
                    send(picked.map(|h| h.path().to_path_buf()));
                });
            }
        }
    });
    if started.is_err() {
        return None;
    }
    let chosen = rx.recv().await.flatten();
    if let Some(path) = chosen.clone() {
        // GTK is told not to keep a recent-files list (traces.rs); this takes
        // the chosen file back out should a desktop have kept it anyway.
        let _ = app.run_on_main_thread(move || crate::traces::forget_recent_files(&[&path]));
    }
    chosen
}

pub async fn pick_file(app: &AppHandle, look: Look) -> Option<PathBuf> {
    run(app, Mode::Open, look).await
}

pub async fn save_file(app: &AppHandle, name: &str, look: Look) -> Option<PathBuf> {
    run(app, Mode::Save(name.to_owned()), look).await
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    /// The message id of every dialog's title. The end-to-end tests find a dialog by its
    /// title and list the same ids (tests/e2e/src/lib.rs).
    const TITLES: &[&str] = &[
        "cf-save-title",
        "cf-verify-title",
        "dialog-title-attach",
        "dialog-title-attachment-export",
        "dialog-title-bundle-open",
        "dialog-title-bundle-save",
        "dialog-title-card-open",
        "dialog-title-card-save",
        "dialog-title-share-open",
        "dialog-title-shares-save",
        "dialog-title-stats-save",
        "dialog-title-stats-send",
        "dialog-title-submission",
        "dialog-title-annex",
        "dialog-title-outbox-save",
        "dialog-title-receipt-open",
        "dialog-title-receipt-save",
    ];

    #[test]
    fn dialog_titles_exist_in_every_language() {
        for lang in casebook_i18n::SHIPPED {
            let l10n = casebook_i18n::Localizer::new(lang).unwrap();
            for id in TITLES {
                assert!(l10n.has(id), "locales/{lang} lacks {id}");
            }
        }
    }

    /// Every dialog the program opens names its title among `TITLES` (the helpers
    /// without a look are gone; this keeps a new dialog from slipping past the list).
    #[test]
    fn every_dialog_in_the_source_uses_a_listed_title() {
        let src = concat!(
            include_str!("casework.rs"),
            include_str!("pdf_commands.rs"),
            include_str!("exchange_commands.rs"),
            include_str!("recovery_commands.rs"),
            include_str!("stats_commands.rs"),
            include_str!("submission_commands.rs"),
            include_str!("outreach_commands.rs")
        );
        let opened =
            src.matches("dialog::pick_file(").count() + src.matches("dialog::save_file(").count();
        let titled: usize = TITLES
            .iter()
            .map(|id| src.matches(&format!("\"{id}\")")).count())
            .sum();
        assert_eq!(opened, 17);
        assert_eq!(titled, opened, "a dialog without a listed title");
    }
}
