// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // WebKitGTK's accelerated compositing doubles the web process's memory (150 MB
    // instead of 75 MB at the unlock screen) and is a known cause of blank windows
    // on older Linux graphics stacks; a program of forms and lists does not need it.
    // Set before any thread starts (the web process inherits it), and only when the
    // person has not chosen otherwise.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    casebook_desktop::run()
}
