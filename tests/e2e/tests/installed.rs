//! The package as people get it: after `apt-get install ./dist/casebook_*.deb`, the
//! installed CLI makes a vault in its default place, the installed desktop program
//! (the optimised build, whose network lock also refuses WebDriver's TCP, so it is
//! driven like a person would: keys typed into the window, the screen read back with
//! OCR) shows the unlock screen, unlocks and lists the case; every one of its
//! processes runs under the seccomp filter with no INET socket; nothing of the case
//! is left outside the vault; `apt-get remove` leaves the vault as it was.
//!
//! Ignored in the ordinary end-to-end run: `scripts/package-test.sh` builds and
//! installs the package, then runs it with `--ignored` (it needs root for apt-get).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use casebook_e2e::{journal_hits, msg, sentinel, sentinel_hits, Profile, Result, PASSPHRASE};

const EXAMPLE: &str =
    include_str!("../../../crates/casebook-core/tests/fixtures/example-case.json");
const CODE: &str = "KZ-ALM-2026-0007";
const CLI: &str = "/usr/bin/casebook";
const DESKTOP: &str = "/usr/lib/casebook/casebook-desktop";

/// The environment of a person's session: a home of her own, the default vault
/// below it, English.
fn session(cmd: &mut Command, home: &Path) {
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_STATE_HOME", home.join(".local/state"))
        .env("LANG", "C.UTF-8")
        .env_remove("CASEBOOK_VAULT")
        .env_remove("CASEBOOK_CONFIG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null());
}

fn cli(home: &Path, args: &[&str]) -> Result<String> {
    let mut cmd = Command::new(CLI);
    session(&mut cmd, home);
    let out = cmd
        .args(args)
        .env("CASEBOOK_PASSPHRASE", PASSPHRASE)
        .output()
        .map_err(|e| format!("{CLI}: {e} (is the package installed?)"))?;
    if !out.status.success() {
        return Err(format!(
            "casebook {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

fn tool(name: &str, args: &[&str]) -> Result<std::process::Output> {
    Command::new(name)
        .args(args)
        .output()
        .map_err(|e| format!("{name} is needed (scripts/package-test.sh installs it): {e}").into())
}

/// The desktop program's window, as the X server has it (GTK sets `_NET_WM_PID`).
fn window_of(pid: u32) -> Result<Option<String>> {
    let out = tool(
        "xdotool",
        &["search", "--onlyvisible", "--pid", &pid.to_string()],
    )?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(str::to_owned))
}

/// The window as PNG bytes, kept in memory: the screen shows the case, and a file
/// of it would be a trace of our own making.
fn capture(window: &str) -> Result<Vec<u8>> {
    Ok(tool("import", &["-window", window, "png:-"])?.stdout)
}

/// How far the pixels spread: 0 for a window WebKit has not painted (one colour);
/// a screen drawn to its end keeps its value (a blinking caret barely moves it).
fn deviation(png: &[u8]) -> Result<f64> {
    let mut child = Command::new("convert")
        .args(["png:-", "-format", "%[fx:standard_deviation]", "info:"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        std::io::Write::write_all(&mut stdin, png)?;
    }
    let out = child.wait_with_output()?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0.0))
}

fn ocr(png: &[u8]) -> Result<String> {
    let mut child = Command::new("tesseract")
        .args(["stdin", "stdout", "-l", "eng"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("tesseract is needed (scripts/package-test.sh installs it): {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        std::io::Write::write_all(&mut stdin, png)?;
    }
    Ok(String::from_utf8_lossy(&child.wait_with_output()?.stdout).into_owned())
}

/// Saves what the screen showed when `CASEBOOK_E2E_SHOTS` names a directory.
fn keep_shot(png: &[u8], name: &str) {
    if let Some(dir) = std::env::var_os("CASEBOOK_E2E_SHOTS") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(Path::new(&dir).join(format!("{name}.png")), png);
    }
}

struct Desktop {
    child: Child,
    started: Instant,
}

impl Desktop {
    fn start(home: &Path) -> Result<Desktop> {
        let mut cmd = Command::new(DESKTOP);
        session(&mut cmd, home);
        let started = Instant::now();
        let child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{DESKTOP}: {e} (is the package installed?)"))?;
        Ok(Desktop { child, started })
    }

    /// The window, once WebKit has painted something in it.
    fn first_paint(&mut self) -> Result<String> {
        Ok(self.frames(Duration::ZERO)?.0)
    }

    /// The window and the frames drawn in it (time since start, pixel deviation):
    /// from the first painted one on, for `settle` longer.
    fn frames(&mut self, settle: Duration) -> Result<(String, Vec<(Duration, f64)>)> {
        let deadline = self.started + Duration::from_secs(60);
        let mut frames: Vec<(Duration, f64)> = vec![];
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                return Err(format!("the installed program ended: {status}").into());
            }
            if let Some(window) = window_of(self.child.id())? {
                let deviation = deviation(&capture(&window)?)?;
                if deviation > 0.0 || !frames.is_empty() {
                    frames.push((self.started.elapsed(), deviation));
                }
                if frames
                    .first()
                    .is_some_and(|(t, _)| self.started.elapsed() >= *t + settle)
                {
                    return Ok((window, frames));
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!(
            "the installed program showed no window within 60 s (window: {:?})",
            window_of(self.child.id())
        )
        .into())
    }

    /// Reads the window until it shows every one of `texts`.
    fn wait_for(&self, window: &str, texts: &[&str], shot: &str) -> Result<String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let png = capture(window)?;
            let seen = ocr(&png)?;
            if texts.iter().all(|t| seen.contains(t)) {
                keep_shot(&png, shot);
                return Ok(seen);
            }
            if Instant::now() > deadline {
                keep_shot(&png, shot);
                return Err(format!("the window never showed {texts:?}; it read:\n{seen}").into());
            }
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    fn stop(mut self) -> Result<()> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.child.try_wait()?.is_none() {
            if Instant::now() > deadline {
                let _ = self.child.kill();
                return Err("the installed program did not end on SIGTERM".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The program and every process it started (WebKit's web and network processes).
fn process_tree(root: u32) -> Vec<u32> {
    let mut parents = BTreeMap::new();
    for e in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        if let Some(ppid) = status
            .lines()
            .find_map(|l| l.strip_prefix("PPid:"))
            .and_then(|p| p.trim().parse::<u32>().ok())
        {
            parents.insert(pid, ppid);
        }
    }
    let mut tree = vec![root];
    let mut grew = true;
    while grew {
        grew = false;
        for (pid, ppid) in &parents {
            if tree.contains(ppid) && !tree.contains(pid) {
                tree.push(*pid);
                grew = true;
            }
        }
    }
    tree
}

/// Socket inodes of every INET/INET6/raw/packet socket on the machine.
fn inet_inodes() -> Vec<String> {
    let mut inodes = vec![];
    for table in ["tcp", "tcp6", "udp", "udp6", "raw", "raw6", "packet"] {
        let text = std::fs::read_to_string(format!("/proc/net/{table}")).unwrap_or_default();
        let column = if table == "packet" { 8 } else { 9 };
        for line in text.lines().skip(1) {
            if let Some(inode) = line.split_whitespace().nth(column) {
                inodes.push(inode.to_owned());
            }
        }
    }
    inodes
}

/// (processes, processes under a seccomp filter, INET sockets they hold).
fn network_lock(root: u32) -> (usize, usize, usize) {
    let tree = process_tree(root);
    let inet = inet_inodes();
    let mut filtered = 0;
    let mut sockets = 0;
    for pid in &tree {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        if status
            .lines()
            .any(|l| l.starts_with("Seccomp:") && l.trim_end().ends_with('2'))
        {
            filtered += 1;
        }
        for fd in std::fs::read_dir(format!("/proc/{pid}/fd"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let target = std::fs::read_link(fd.path()).unwrap_or_default();
            let target = target.to_string_lossy();
            if let Some(inode) = target
                .strip_prefix("socket:[")
                .and_then(|t| t.strip_suffix(']'))
            {
                if inet.iter().any(|i| i == inode) {
                    sockets += 1;
                }
            }
        }
    }
    (tree.len(), filtered, sockets)
}

/// Every file of the vault with its SHA-256.
fn fingerprint(dir: &Path) -> Result<BTreeMap<PathBuf, String>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)?.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), casebook_core::sha256_hex(&std::fs::read(&p)?));
            }
        }
    }
    Ok(out)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[test]
#[ignore = "needs the package installed as root: scripts/package-test.sh"]
fn the_installed_package_runs_locked_down_and_leaves_the_vault_on_removal() -> Result<()> {
    if std::env::var_os("DISPLAY").is_none() {
        return Err("DISPLAY is not set (scripts/package-test.sh starts Xvfb)".into());
    }
    // What the package put where people and their shells look.
    let version = String::from_utf8(Command::new(CLI).arg("--version").output()?.stdout)?;
    assert_eq!(
        version.trim(),
        format!("casebook {}", env!("CARGO_PKG_VERSION"))
    );
    for file in [
        "/usr/share/man/man1/casebook.1",
        "/usr/share/bash-completion/completions/casebook",
        "/usr/share/applications/casebook-notes.desktop",
        "/usr/share/icons/hicolor/256x256/apps/casebook-notes.png",
    ] {
        assert!(Path::new(file).is_file(), "{file} is not installed");
    }
    let entry = std::fs::read_to_string("/usr/share/applications/casebook-notes.desktop")?;
    assert!(entry.contains("Name=Notes") && entry.contains(&format!("Exec={DESKTOP}")));
    let man = tool(
        "man",
        &["-l", "-P", "cat", "/usr/share/man/man1/casebook.1"],
    )?;
    assert!(String::from_utf8_lossy(&man.stdout).contains("casebook"));

    let profile = Profile::new()?;
    let home = profile.home();
    std::fs::create_dir_all(&home)?;
    let vault_dir = home.join(".local/share/notes/vault");
    let pseudonym = sentinel("P");
    let narrative = sentinel("N");
    let needles = vec![pseudonym.clone(), narrative.clone()];

    // A vault made by the installed CLI in its default place, with one case and no
    // deadlines (the list, not the deadline banner, is what the screen is read for).
    cli(&home, &["init"])?;
    assert!(
        vault_dir.join("vault.keys").is_file(),
        "init wrote no vault in {}",
        vault_dir.display()
    );
    {
        let mut case: serde_json::Value = serde_json::from_str(EXAMPLE)?;
        case["survivor"]["pseudonym"] = pseudonym.clone().into();
        case["incidents"][0]["narrative"] = format!("Её задержали. {narrative}").into();
        case["responses"]["follow_ups"] = serde_json::json!([]);
        case["responses"]["complaints"][0]["deadline"] = serde_json::Value::Null;
        let input = tempfile::tempdir()?;
        let file = input.path().join("case.json");
        std::fs::write(&file, serde_json::to_vec(&case)?)?;
        cli(&home, &["case", "add", &file.to_string_lossy()])?;
    }
    assert!(cli(&home, &["case", "list"])?.contains(CODE));

    // Start to the unlock screen, five times (the figure the issue asks for): the
    // first frame that looks like the screen it settles on, read back with OCR.
    let unlock_title = msg("en", "unlock-title", &[])?;
    let mut starts = vec![];
    for n in 0..5 {
        let mut desktop = Desktop::start(&home)?;
        let (window, frames) = desktop.frames(Duration::from_secs(3))?;
        desktop.wait_for(&window, &[&unlock_title], &format!("installed-unlock-{n}"))?;
        let settled = frames.last().map(|f| f.1).unwrap_or(0.0);
        let shown = frames
            .iter()
            .find(|(_, d)| (d - settled).abs() <= settled * 0.02)
            .map(|f| f.0)
            .ok_or("no frame of the unlock screen")?;
        starts.push(shown);
        desktop.stop()?;
    }
    eprintln!(
        "installed program, start to the unlock screen drawn: median {:?} of {:?}",
        median(starts.clone()),
        starts
    );

    // Unlock with the keyboard, as a person would; the list shows the case.
    let mut desktop = Desktop::start(&home)?;
    let window = desktop.first_paint()?;
    desktop.wait_for(&window, &[&unlock_title], "installed-unlock")?;
    tool("xdotool", &["windowfocus", "--sync", &window])?;
    tool("xdotool", &["type", "--delay", "15", PASSPHRASE])?;
    tool("xdotool", &["key", "Return"])?;
    let cases_title = msg("en", "cases-title", &[])?;
    // OCR reads the monospace code's digits unreliably ("0007" as "0907"): the
    // count line and the code's letters say the row is there.
    let found = msg("en", "list-found", &[("count", "1")])?;
    let code_letters = &CODE[..CODE.len() - 4];
    desktop.wait_for(
        &window,
        &[&cases_title, &found, code_letters],
        "installed-list",
    )?;

    let (processes, filtered, sockets) = network_lock(desktop.child.id());
    eprintln!(
        "installed program: {processes} processes, {filtered} under the seccomp filter, \
         {sockets} INET sockets"
    );
    assert!(processes >= 2, "WebKit's processes were not found");
    assert_eq!(
        filtered, processes,
        "a process runs without the network filter"
    );
    assert_eq!(sockets, 0, "an INET socket is open");

    // Quick exit (Escape twice) ends the program.
    tool("xdotool", &["key", "Escape", "Escape"])?;
    let deadline = Instant::now() + Duration::from_secs(15);
    while desktop.child.try_wait()?.is_none() {
        if Instant::now() > deadline {
            return Err("quick exit did not end the installed program".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(1));

    let places: Vec<PathBuf> = [home.clone()]
        .into_iter()
        .chain(["/tmp", "/var/tmp", "/dev/shm"].map(PathBuf::from))
        .collect();
    let found = sentinel_hits(&places, std::slice::from_ref(&vault_dir), &needles);
    assert!(found.is_empty(), "sentinels outside the vault: {found:#?}");
    let in_vault = sentinel_hits(std::slice::from_ref(&vault_dir), &[], &needles);
    assert!(
        in_vault.is_empty(),
        "sentinels in the clear in the vault: {in_vault:#?}"
    );
    let logged = journal_hits(&needles);
    assert!(logged.is_empty(), "sentinels in the journal: {logged:?}");

    // Removing the program leaves her vault exactly as it was, and still opens.
    let before = fingerprint(&vault_dir)?;
    let removed = Command::new("apt-get")
        .args(["remove", "-y", "-q", "casebook"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()?;
    assert!(
        removed.status.success(),
        "apt-get remove: {}",
        String::from_utf8_lossy(&removed.stderr)
    );
    assert!(!Path::new(CLI).exists() && !Path::new(DESKTOP).exists());
    assert_eq!(
        fingerprint(&vault_dir)?,
        before,
        "removing the package changed the vault"
    );
    let vault = casebook_store::Vault::open(
        &vault_dir,
        &casebook_store::UnlockSecret::Passphrase(casebook_store::Secret::new(
            PASSPHRASE.to_owned(),
        )),
    )?;
    let cases = vault.list_cases(&casebook_store::CaseQuery::default())?;
    assert_eq!(cases.items.len(), 1);
    Ok(())
}
