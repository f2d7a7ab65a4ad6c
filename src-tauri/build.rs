//! Declares the app's own commands so that Tauri generates one `allow-<command>`
//! permission each; capabilities/default.json grants exactly those, nothing else.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_info",
        "vault_create",
        "vault_unlock",
        "vault_lock",
        "case_count",
        "list_cases",
        "settings_get",
        "settings_set_language",
        "cases_query",
        "case_filter_choices",
        "session_activity",
        "vault_unlock_recovery",
        "quick_exit",
        "vault_erase",
        "vault_slots",
        "passphrase_add",
        "passphrase_change",
        "passphrase_remove",
        "recovery_key_replace",
        "settings_set_idle_lock",
        "settings_set_show_name",
        "draft_save",
        "draft_list",
        "draft_load",
        "draft_discard",
        "draft_finish",
        "case_check",
        "case_get",
        "case_save",
        "case_history",
        "attach_choose",
        "attach_dropped",
        "attach_path_for_tests",
        "attachment_bytes",
        "attachment_export",
        "vocab_lists",
    ]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
