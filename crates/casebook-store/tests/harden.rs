//! `process::harden` in a process of its own: it changes process-wide state, so this
//! file holds one test and nothing else.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(target_os = "linux")]

use rustix::process::{dumpable_behavior, getrlimit, setrlimit, DumpableBehavior, Resource};

#[test]
fn harden_turns_core_dumps_off_makes_the_process_undumpable_and_files_private() {
    // Start from the most permissive state this process may have, so that the test
    // sees the change even where the soft limit is already 0.
    let before = getrlimit(Resource::Core);
    let mut open = before;
    open.current = before.maximum;
    setrlimit(Resource::Core, open).unwrap();
    assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::Dumpable);
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o022));

    casebook_store::process::harden().unwrap();

    assert_eq!(dumpable_behavior().unwrap(), DumpableBehavior::NotDumpable);
    let after = getrlimit(Resource::Core);
    assert_eq!((after.current, after.maximum), (Some(0), Some(0)));
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    assert!(status.lines().any(|l| l == "Umask:\t0077"), "{status}");
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(
        core.split_whitespace().collect::<Vec<_>>()[4..6],
        ["0", "0"],
        "{core}"
    );
}
