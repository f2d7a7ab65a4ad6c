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
    ]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
