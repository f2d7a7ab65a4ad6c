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

/// Whether this process (and what it starts) can reach the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum NetworkLock {
    /// `socket()` fails for the internet and raw packet families, here and in every
    /// process started from here.
    Locked,
    /// The kernel refused the filter (or this is no Linux): the program runs without it.
    Unavailable,
    /// A debug build driven by WebDriver, whose automation reaches the program over
    /// loopback TCP: left open on purpose. Release builds never leave it open.
    Automation,
}

/// The socket families that reach another machine: IPv4, IPv6 and raw packets.
#[cfg(target_os = "linux")]
const FORBIDDEN_FAMILIES: [i32; 3] = [libc::AF_INET, libc::AF_INET6, libc::AF_PACKET];

/// Makes `socket()` fail with EACCES for IPv4, IPv6 and raw packets, in every thread
/// of this process and in every process it starts later (a seccomp filter is
/// inherited across fork and exec and cannot be removed), so that not even a
/// compromised web view can open a connection. Unix sockets, which WebKit's own
/// processes and the display use, keep working. `io_uring_setup` fails too: an
/// io_uring could open sockets without the `socket` system call the filter sees.
///
/// Call it before the web view starts its helper processes. The filter also sets
/// "no new privileges": a program started from here cannot gain rights through a
/// set-user-id file, which nothing here needs.
pub fn forbid_network() -> Result<(), StoreError> {
    #[cfg(target_os = "linux")]
    {
        use seccompiler::{
            BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition,
            SeccompFilter, SeccompRule,
        };
        let refused = |e: &dyn std::fmt::Display| StoreError::NetworkLockUnavailable(e.to_string());
        let mut socket_rules = vec![];
        for family in FORBIDDEN_FAMILIES {
            let family = u64::try_from(family).map_err(|e| refused(&e))?;
            let cond = SeccompCondition::new(0, SeccompCmpArgLen::Dword, SeccompCmpOp::Eq, family)
                .map_err(|e| refused(&e))?;
            socket_rules.push(SeccompRule::new(vec![cond]).map_err(|e| refused(&e))?);
        }
        let rules = [
            (libc::SYS_socket, socket_rules),
            // An empty rule list matches every call.
            (libc::SYS_io_uring_setup, vec![]),
        ]
        .into_iter()
        .collect();
        let arch = std::env::consts::ARCH
            .try_into()
            .map_err(|e: seccompiler::BackendError| refused(&e))?;
        let filter = SeccompFilter::new(
            rules,
            SeccompAction::Allow,
            SeccompAction::Errno(u32::try_from(libc::EACCES).map_err(|e| refused(&e))?),
            arch,
        )
        .map_err(|e| refused(&e))?;
        let program: BpfProgram = filter
            .try_into()
            .map_err(|e: seccompiler::BackendError| refused(&e))?;
        seccompiler::apply_filter_all_threads(&program).map_err(|e| refused(&e))?;
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    Err(StoreError::NetworkLockUnavailable("not Linux".into()))
}
