//! Process-wide protections for a program that opens a vault.

use crate::StoreError;

/// Keeps a crash or another program of the same user from copying the unlocked vault
/// out of memory: no core dumps (a crash would write decrypted cases and the data key
/// to a file, or hand them to a crash collector such as systemd-coredump or apport),
/// and the process is not dumpable (no ptrace attach, no `/proc/<pid>/mem` for other
/// processes of the same user). The umask becomes 0o077: every file the program
/// creates from then on (SQLite's own journals, case files, bundles, exported
/// attachments, settings) is its owner's alone.
///
/// Call it first thing in `main`: it covers every thread and child started after it
/// (the core size limit is inherited by the web view's processes too).
pub fn harden() -> Result<(), StoreError> {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{
            set_dumpable_behavior, setrlimit, DumpableBehavior, Resource, Rlimit,
        };
        // Both limits: a soft limit alone could be raised again by the process.
        setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        )
        .map_err(std::io::Error::from)?;
        set_dumpable_behavior(DumpableBehavior::NotDumpable).map_err(std::io::Error::from)?;
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
    Ok(())
}
