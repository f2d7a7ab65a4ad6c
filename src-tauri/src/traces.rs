//! What the program could leave outside the vault, and taking it back: GTK's list of
//! recently used files (`~/.local/share/recently-used.xbel`), which its file chooser
//! fills with every evidence photo, bundle and case file chosen, and the settings
//! file. A seized laptop must not list them; an erased vault must leave nothing.

use std::path::Path;

/// Asks GTK not to remember chosen files at all. Runs on the main thread before the
/// first dialog.
pub fn keep_out_of_recent_files() {
    #[cfg(target_os = "linux")]
    {
        use gtk::glib::prelude::ObjectExt as _;
        if let Some(settings) = gtk::Settings::default() {
            settings.set_property("gtk-recent-files-enabled", false);
            settings.set_property("gtk-recent-files-max-age", 0i32);
        }
    }
}

/// Removes from the recent-files list every entry this program added, and any entry
/// naming `paths`. Earlier versions, or a desktop that ignores the setting above,
/// may have written some. Runs on the main thread.
pub fn forget_recent_files(paths: &[&Path]) {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::RecentManagerExt as _;
        let Some(manager) = gtk::RecentManager::default() else {
            return;
        };
        let ours = [
            gtk::glib::application_name().map(|s| s.to_string()),
            gtk::glib::prgname().map(|s| s.to_string()),
        ];
        let uris: Vec<String> = paths
            .iter()
            .filter_map(|p| gtk::glib::filename_to_uri(p, None).ok())
            .map(|u| u.to_string())
            .collect();
        for item in manager.items() {
            let Some(uri) = item.uri().map(|u| u.to_string()) else {
                continue;
            };
            let added_here = ours.iter().flatten().any(|name| item.has_application(name));
            if added_here || uris.contains(&uri) {
                let _ = manager.remove_item(&uri);
            }
        }
        // The removals are written back when the main loop is next idle; erase and
        // quick exit do not wait for that.
        while gtk::events_pending() {
            gtk::main_iteration_do(false);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = paths;
}

/// The settings file and, when nothing else is in it, its folder.
pub fn remove_settings(config_dir: Option<&Path>) {
    if let Some(dir) = config_dir {
        let _ = std::fs::remove_file(dir.join(crate::settings::FILE_NAME));
        // Only removed when empty: the folder may be one the person chose.
        let _ = std::fs::remove_dir(dir);
    }
}

/// The vault's folder once erase has emptied it, and the program's folder above it
/// when that is empty too (`~/.local/share/notes`). Nothing is removed that holds
/// anything else.
pub fn remove_vault_folder(dir: &Path) {
    if std::fs::remove_dir(dir).is_ok() {
        if let Some(parent) = dir.parent() {
            let named_by_us = parent
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| casebook_store::Vault::FOLDER_NAMES.contains(&n));
            if named_by_us {
                let _ = std::fs::remove_dir(parent);
            }
        }
    }
}
