//! The program off the network: started as a person starts it (no WebDriver, whose
//! automation needs loopback TCP), every process of it — the program and WebKit's
//! web and network processes — runs under the seccomp filter, and none holds an
//! internet or packet socket. Run with `scripts/e2e.sh --test offline`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casebook_e2e::{env, Profile, Result};

/// Every process whose parent chain reaches `root`, with `root`: pid → name.
fn family(root: u32) -> BTreeMap<u32, String> {
    let mut parent: BTreeMap<u32, (u32, String)> = BTreeMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // "pid (name) state ppid …": the name may hold spaces and parentheses.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let name = stat[open + 1..close].to_owned();
        let ppid = stat[close + 1..]
            .split_whitespace()
            .nth(1)
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        parent.insert(pid, (ppid, name));
    }
    let mut out = BTreeMap::new();
    for (&pid, (_, name)) in &parent {
        let mut p = pid;
        for _ in 0..64 {
            if p == root {
                out.insert(pid, name.clone());
                break;
            }
            match parent.get(&p) {
                Some((pp, _)) if *pp != 0 => p = *pp,
                _ => break,
            }
        }
    }
    out
}

/// Inodes of every internet, raw and packet socket on this machine.
fn network_socket_inodes() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for table in ["tcp", "tcp6", "udp", "udp6", "raw", "raw6", "packet"] {
        let Ok(text) = std::fs::read_to_string(format!("/proc/net/{table}")) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let inode = if table == "packet" {
                cols.last().copied()
            } else {
                cols.get(9).copied()
            };
            if let Some(i) = inode.filter(|i| *i != "0") {
                out.insert(i.to_owned());
            }
        }
    }
    out
}

/// How many seccomp filters a process runs under (`/proc/<pid>/status`).
fn seccomp_filters(status: &str) -> u32 {
    status
        .lines()
        .find_map(|l| l.strip_prefix("Seccomp_filters:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

/// The socket inodes a process holds open.
fn sockets_of(pid: u32) -> BTreeSet<String> {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .filter_map(|target| {
            let t = target.to_string_lossy().into_owned();
            t.strip_prefix("socket:[")
                .and_then(|r| r.strip_suffix(']'))
                .map(str::to_owned)
        })
        .collect()
}

#[test]
fn every_process_of_the_program_is_under_the_filter_and_holds_no_network_socket() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    let profile = Profile::new()?;
    drop(profile.create_vault()?);
    std::fs::create_dir_all(profile.home())?;
    let mut program = Command::new(&env.app)
        .arg("--vault")
        .arg(profile.vault_dir())
        .arg("--config")
        .arg(profile.config_dir())
        .env("HOME", profile.home())
        .env("XDG_DATA_HOME", profile.home().join(".local/share"))
        .env("XDG_CONFIG_HOME", profile.home().join(".config"))
        .env("XDG_CACHE_HOME", profile.home().join(".cache"))
        .env_remove("WEBKIT_INSPECTOR_SERVER")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let root = program.id();
    let result = (|| -> Result<()> {
        // Up once WebKit's web process runs (it is the one that loads the page).
        let deadline = Instant::now() + Duration::from_secs(60);
        let procs = loop {
            let procs = family(root);
            if procs.values().any(|n| n.starts_with("WebKitWebProc")) {
                break procs;
            }
            if Instant::now() > deadline {
                return Err(format!("WebKit did not start: {procs:?}").into());
            }
            std::thread::sleep(Duration::from_millis(200));
        };
        // Let the page load and settle.
        std::thread::sleep(Duration::from_secs(3));
        let procs = family(root)
            .into_iter()
            .chain(procs)
            .collect::<BTreeMap<_, _>>();
        let network = network_socket_inodes();
        // A container may run everything under filters of its own: the program's
        // must come on top of what this test runs under.
        let own = seccomp_filters(&std::fs::read_to_string("/proc/self/status")?);
        let mut unfiltered = vec![];
        let mut connected = vec![];
        for (pid, name) in &procs {
            let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
                continue; // ended meanwhile
            };
            if !status.lines().any(|l| l == "Seccomp:\t2") || seccomp_filters(&status) <= own {
                unfiltered.push(format!("{pid} {name}"));
            }
            let held: Vec<String> = sockets_of(*pid).intersection(&network).cloned().collect();
            if !held.is_empty() {
                connected.push(format!("{pid} {name}: {held:?}"));
            }
        }
        eprintln!("processes of the program: {procs:?}");
        assert!(procs.len() >= 2, "{procs:?}");
        assert!(unfiltered.is_empty(), "without the filter: {unfiltered:?}");
        assert!(connected.is_empty(), "network sockets held: {connected:?}");
        Ok(())
    })();
    let _ = program.kill();
    let _ = program.wait();
    result
}
