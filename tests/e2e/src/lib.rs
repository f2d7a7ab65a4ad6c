//! Harness for driving the built desktop program: each launch starts its own
//! `tauri-driver` on free ports, points it at the binary with a private vault and
//! settings directory, and stops it with SIGTERM (a killed tauri-driver orphans
//! `WebKitWebDriver`, which then keeps the test run hanging).
//!
//! Missing prerequisites (binary, `tauri-driver`, `DISPLAY`) fail the tests with a
//! message saying what to do, unless `CASEBOOK_E2E=skip` is set.

use std::future::Future;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use casebook_store::{RecoveryKey, Secret, StoreError, UnlockSecret, Vault, VaultOptions};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

pub use fantoccini;

mod traces;
pub use traces::{journal_hits, sentinel, sentinel_hits};

/// How long to wait for an element or a state change in the UI. Argon2 in a debug
/// build under a loaded machine can take a few seconds.
pub const UI_TIMEOUT: Duration = Duration::from_secs(30);

/// The passphrase of the vaults that the tests create.
pub const PASSPHRASE: &str = "correct horse battery";

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One program window at a time: two cores, and WebKit is not small.
static SERIAL: Mutex<()> = Mutex::new(());

/// What a test needs to launch the program.
#[derive(Debug, Clone)]
pub struct Env {
    pub app: PathBuf,
    pub driver: PathBuf,
}

/// `Ok(None)` means "skip" (only when `CASEBOOK_E2E=skip`); `Err` says what is missing.
pub fn preflight() -> Result<Option<Env>, String> {
    if std::env::var("CASEBOOK_E2E").is_ok_and(|v| v == "skip") {
        eprintln!("CASEBOOK_E2E=skip: desktop end-to-end test skipped");
        return Ok(None);
    }
    let root = workspace_root();
    let app = match std::env::var_os("CASEBOOK_APP") {
        Some(p) => PathBuf::from(p),
        None => root.join("target/debug/casebook-desktop"),
    };
    let mut missing = vec![];
    if !app.is_file() {
        missing.push(format!(
            "the desktop binary {} does not exist: run scripts/build-desktop.sh (or set CASEBOOK_APP)",
            app.display()
        ));
    }
    let driver = find_tauri_driver();
    if driver.is_none() {
        missing.push(
            "tauri-driver is not installed: cargo install tauri-driver --version ^2 --locked"
                .to_owned(),
        );
    }
    if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
        missing.push("DISPLAY is not set: run scripts/e2e.sh, which starts Xvfb".to_owned());
    }
    match driver {
        Some(driver) if missing.is_empty() => Ok(Some(Env { app, driver })),
        _ => Err(format!(
            "desktop end-to-end tests cannot run (set CASEBOOK_E2E=skip to skip them):\n  - {}",
            missing.join("\n  - ")
        )),
    }
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn find_tauri_driver() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    dirs.into_iter()
        .map(|d| d.join("tauri-driver"))
        .find(|p| p.is_file())
}

/// Runs one end-to-end scenario on its own runtime, one at a time.
pub fn run<F: Future<Output = Result<()>>>(scenario: F) -> Result<()> {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?
        .block_on(scenario)
}

/// A private vault and settings directory that outlives restarts of the program.
#[derive(Debug)]
pub struct Profile {
    root: tempfile::TempDir,
}

impl Profile {
    pub fn new() -> Result<Self> {
        Ok(Profile {
            root: tempfile::Builder::new().prefix("casebook-e2e-").tempdir()?,
        })
    }
    pub fn vault_dir(&self) -> PathBuf {
        self.root.path().join("vault")
    }
    pub fn config_dir(&self) -> PathBuf {
        self.root.path().join("config")
    }
    /// The program's home folder (`HOME` and the XDG folders below it), so that a
    /// test can list everything the program left outside the vault.
    pub fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }
    /// Every file under the program's home folder whose name or content holds
    /// `needle`.
    pub fn files_in_home_mentioning(&self, needle: &str) -> Vec<PathBuf> {
        fn walk(dir: &Path, needle: &str, out: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, needle, out);
                } else if p.to_string_lossy().contains(needle)
                    || std::fs::read(&p)
                        .is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
                {
                    out.push(p);
                }
            }
        }
        let mut out = vec![];
        walk(&self.home(), needle, &mut out);
        out
    }
    fn log_path(&self, n: u32) -> PathBuf {
        self.root.path().join(format!("tauri-driver-{n}.log"))
    }

    /// Creates the vault with [`PASSPHRASE`]; returns it open (dropping it locks
    /// it, so that the program can open it) with its recovery key.
    pub fn create_vault(&self) -> Result<(Vault, RecoveryKey)> {
        Ok(Vault::create(
            &self.vault_dir(),
            &Secret::new(PASSPHRASE.to_owned()),
            &VaultOptions::default(),
        )?)
    }

    /// Opens the vault with the store library once the program has let go of it (a
    /// program that was just closed or killed may hold its file lock for a moment).
    pub fn open_vault(&self) -> Result<Vault> {
        self.open_vault_with(PASSPHRASE)
    }

    /// Whether no program holds the vault open now (it opens with [`PASSPHRASE`]).
    pub fn vault_released(&self) -> bool {
        Vault::open(
            &self.vault_dir(),
            &UnlockSecret::Passphrase(Secret::new(PASSPHRASE.to_owned())),
        )
        .is_ok()
    }

    /// [`Profile::open_vault`] with another passphrase.
    pub fn open_vault_with(&self, passphrase: &str) -> Result<Vault> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match Vault::open(
                &self.vault_dir(),
                &UnlockSecret::Passphrase(Secret::new(passphrase.to_owned())),
            ) {
                Ok(v) => return Ok(v),
                Err(StoreError::LockedElsewhere) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}

/// A running program with its WebDriver session.
#[derive(Debug)]
pub struct App {
    pub client: Client,
    driver: Driver,
}

#[derive(Debug)]
struct Driver {
    child: Option<Child>,
    /// The vault path on the program's command line, to find the program if
    /// ending the session did not end it.
    vault: PathBuf,
}

impl Driver {
    fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        // SIGTERM lets tauri-driver take WebKitWebDriver down with it.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut exited = false;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                exited = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if !exited {
            let _ = child.kill();
            let _ = child.wait();
        }
        // Sometimes the program outlives its WebDriver session (always when a test
        // fails before quitting): end it, so that no window or vault lock is left.
        let deadline = Instant::now() + Duration::from_secs(3);
        while let Some(pid) = program_pid(&self.vault) {
            if Instant::now() > deadline {
                let _ = Command::new("kill")
                    .arg("-TERM")
                    .arg(pid.to_string())
                    .status();
                std::thread::sleep(Duration::from_millis(500));
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The desktop program started for the profile whose vault is `vault` (its
/// command line names it), if it is running.
pub fn program_pid(vault: &Path) -> Option<u32> {
    let needle = vault.to_string_lossy().into_owned();
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok()?;
        let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
        let running = exe.to_string_lossy().contains("casebook-desktop")
            && String::from_utf8_lossy(&cmd).contains(&needle);
        running.then_some(pid)
    })
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

static LAUNCHES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

impl App {
    /// Starts tauri-driver and the program on `profile`'s vault and settings.
    pub async fn launch(env: &Env, profile: &Profile) -> Result<App> {
        let port = free_port()?;
        let mut native_port = free_port()?;
        while native_port == port {
            native_port = free_port()?;
        }
        std::fs::create_dir_all(profile.home())?;
        let n = LAUNCHES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let log = std::fs::File::create(profile.log_path(n))?;
        let child = Command::new(&env.driver)
            .arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            // The program reads these too; --vault/--config below take precedence.
            .env("CASEBOOK_VAULT", profile.vault_dir())
            .env("CASEBOOK_CONFIG", profile.config_dir())
            // A home of its own: what the program (and GTK, WebKit) writes outside
            // the vault stays where a test can see it.
            .env("HOME", profile.home())
            .env("XDG_DATA_HOME", profile.home().join(".local/share"))
            .env("XDG_CONFIG_HOME", profile.home().join(".config"))
            .env("XDG_CACHE_HOME", profile.home().join(".cache"))
            .env("XDG_STATE_HOME", profile.home().join(".local/state"))
            // English unless a test switches: the system language must not leak in.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", env.driver.display()))?;
        let mut driver = Driver {
            child: Some(child),
            vault: profile.vault_dir(),
        };

        // Both tauri-driver and the WebKitWebDriver it starts must listen before the
        // first request, or the session request fails with a connection error.
        let deadline = Instant::now() + Duration::from_secs(15);
        for p in [port, native_port] {
            let addr = SocketAddr::from(([127, 0, 0, 1], p));
            while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
                if Instant::now() > deadline {
                    driver.stop();
                    return Err(format!(
                        "tauri-driver did not listen on port {p} (log: {})",
                        profile.log_path(n).display()
                    )
                    .into());
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }

        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({
                "application": env.app,
                "args": [
                    "--vault", profile.vault_dir(),
                    "--config", profile.config_dir(),
                ],
            }),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .map_err(|e| {
                format!(
                    "no WebDriver session (log: {}): {e}",
                    profile.log_path(n).display()
                )
            })?;
        Ok(App { client, driver })
    }

    /// Ends the session (closing the window) and stops tauri-driver.
    pub async fn quit(mut self) -> Result<()> {
        let closed = self.client.clone().close().await;
        self.driver.stop();
        closed?;
        Ok(())
    }

    /// Waits for an element matching `css` to exist.
    pub async fn find(&self, css: &str) -> Result<Element> {
        self.client
            .wait()
            .at_most(UI_TIMEOUT)
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("no element {css}: {e}").into())
    }

    pub async fn is_present(&self, css: &str) -> Result<bool> {
        Ok(!self.client.find_all(Locator::Css(css)).await?.is_empty())
    }

    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.find(css).await?.text().await?)
    }

    /// Waits until the element's text equals `expected`; errors with what it saw.
    pub async fn wait_text(&self, css: &str, expected: &str) -> Result<()> {
        let deadline = Instant::now() + UI_TIMEOUT;
        let mut seen = String::new();
        while Instant::now() < deadline {
            if let Ok(els) = self.client.find_all(Locator::Css(css)).await {
                if let Some(el) = els.first() {
                    seen = el.text().await.unwrap_or_default();
                    if seen.trim() == expected {
                        return Ok(());
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("{css}: expected {expected:?}, saw {seen:?}").into())
    }

    /// Waits until an element matching `css` has text containing `needle`; returns
    /// that text.
    pub async fn wait_contains(&self, css: &str, needle: &str) -> Result<String> {
        let deadline = Instant::now() + UI_TIMEOUT;
        let mut seen = String::new();
        while Instant::now() < deadline {
            if let Ok(els) = self.client.find_all(Locator::Css(css)).await {
                for el in els {
                    seen = el.text().await.unwrap_or_default();
                    if seen.contains(needle) {
                        return Ok(seen);
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("{css}: expected text containing {needle:?}, saw {seen:?}").into())
    }

    pub async fn count(&self, css: &str) -> Result<usize> {
        Ok(self.client.find_all(Locator::Css(css)).await?.len())
    }

    /// Waits until exactly `n` elements match `css`.
    pub async fn wait_count(&self, css: &str, n: usize) -> Result<()> {
        let deadline = Instant::now() + UI_TIMEOUT;
        let mut seen = 0;
        while Instant::now() < deadline {
            seen = self.count(css).await?;
            if seen == n {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("{css}: expected {n}, saw {seen}").into())
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) -> Result<()> {
        let deadline = Instant::now() + UI_TIMEOUT;
        while Instant::now() < deadline {
            if !self.is_present(css).await? {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("{css} is still shown").into())
    }

    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find(css).await?;
        el.clear().await?;
        el.send_keys(text).await?;
        Ok(())
    }

    pub async fn click(&self, css: &str) -> Result<()> {
        self.find(css).await?.click().await?;
        Ok(())
    }

    /// Chooses `value` in the `<select>` matching `css`.
    pub async fn select(&self, css: &str, value: &str) -> Result<()> {
        // Options often arrive after their <select> (vocabularies, app_info).
        self.find(&format!("{css} option[value=\"{value}\"]"))
            .await?;
        self.find(css).await?.select_by_value(value).await?;
        Ok(())
    }

    /// Opens the case `code` from the case list and waits for its view.
    pub async fn open_case(&self, code: &str) -> Result<()> {
        self.client
            .wait()
            .at_most(UI_TIMEOUT)
            .for_element(Locator::XPath(&format!(
                "//button[@data-testid='case-open' and normalize-space()='{code}']"
            )))
            .await?
            .click()
            .await?;
        self.wait_text("[data-testid=case-code]", code).await
    }

    /// Unlocks the vault from the unlock screen and waits for the case list.
    pub async fn unlock(&self, passphrase: &str) -> Result<()> {
        self.type_into("#passphrase", passphrase).await?;
        self.click("[data-testid=unlock]").await?;
        self.find("[data-testid=new-case]").await?;
        Ok(())
    }

    pub async fn choose_language(&self, lang: &str) -> Result<()> {
        // The menu lists only English until app_info has named the shipped
        // languages; choosing before then would find no such option.
        self.find(&format!("[data-testid=language] option[value=\"{lang}\"]"))
            .await?;
        self.find("[data-testid=language]")
            .await?
            .select_by_value(lang)
            .await?;
        Ok(())
    }

    pub async fn value(&self, css: &str) -> Result<String> {
        Ok(self
            .find(css)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default())
    }

    /// Saves a PNG of the page when `CASEBOOK_E2E_SHOTS` names a directory.
    /// Whether the page scrolls sideways: a layout that does not fit the window.
    pub async fn overflows(&self) -> Result<bool> {
        let v = self
            .client
            .execute(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;",
                vec![],
            )
            .await?;
        Ok(v.as_bool().unwrap_or(true))
    }

    /// What does not fit at the current size, one line per element: the page
    /// scrolling sideways, an element whose text is cut by its own box (overflow
    /// hidden or clipped, or a control narrower than its words), or one reaching
    /// past the window's right edge outside a container meant to scroll sideways
    /// (the tables' wrappers). Empty when everything fits.
    pub async fn misfits(&self) -> Result<Vec<String>> {
        let v = self
            .client
            .execute(
                r#"
const out = [];
const doc = document.documentElement;
if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
const scrolls = (el) => {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll') return true;
  }
  return false;
};
const name = (el) => el.tagName.toLowerCase()
  + (el.id ? '#' + el.id : '')
  + (el.dataset.testid ? `[${el.dataset.testid}]` : '')
  + ` "${(el.innerText || el.value || '').trim().slice(0, 40)}"`;
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('[hidden], dialog:not([open]), .visually-hidden, svg')) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  const cs = getComputedStyle(el);
  const control = /^(BUTTON|SELECT|LABEL|A|H1|H2|H3|TH|TD|LEGEND|SUMMARY)$/.test(el.tagName);
  const clipped = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || control;
  if (clipped && cs.overflowX !== 'auto' && cs.overflowX !== 'scroll'
      && el.scrollWidth > el.clientWidth + 2 && el.clientWidth > 0
      && cs.textOverflow !== 'ellipsis') {
    out.push(`cut: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
  }
  if (r.right > window.innerWidth + 1 && !scrolls(el)) {
    out.push(`past the edge: ${name(el)} right ${Math.round(r.right)} > ${window.innerWidth}`);
  }
}
return out.slice(0, 20);
"#,
                vec![],
            )
            .await?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_else(|| vec!["the layout check did not run".into()]))
    }

    /// Shows the page at each size, takes a screenshot `<name>-<w>x<h>` and fails
    /// if it scrolls sideways; ends at 1100×760.
    pub async fn check_layout(&self, name: &str) -> Result<()> {
        for (w, h) in [(640, 480), (1100, 760)] {
            self.client.set_window_size(w, h).await?;
            tokio::time::sleep(Duration::from_millis(200)).await;
            self.shot(&format!("{name}-{w}x{h}")).await?;
            if self.overflows().await? {
                return Err(format!("{name} scrolls sideways at {w}×{h}").into());
            }
        }
        Ok(())
    }

    pub async fn shot(&self, name: &str) -> Result<()> {
        if let Some(dir) = std::env::var_os("CASEBOOK_E2E_SHOTS") {
            // WebKit's snapshot waits for the next painted frame, and a page with
            // nothing moving (no caret, no animation) may paint none for minutes:
            // an invisible change every 50 ms keeps frames coming while it is taken.
            self.client
                .execute(
                    "window.__shotNudge = setInterval(() => { const s = document.body.style; \
                     s.opacity = s.opacity === '0.9999' ? '' : '0.9999'; }, 50);",
                    vec![],
                )
                .await?;
            let png = self.client.screenshot().await;
            self.client
                .execute(
                    "clearInterval(window.__shotNudge); document.body.style.opacity = '';",
                    vec![],
                )
                .await?;
            let png = png?;
            std::fs::create_dir_all(&dir)?;
            std::fs::write(Path::new(&dir).join(format!("{name}.png")), png)?;
        }
        Ok(())
    }

    /// Runs axe-core (from `ui/node_modules`, injected through WebDriver, never
    /// bundled into the program) over the whole page; returns one line per
    /// violation and node, empty when the page passes.
    pub async fn axe_violations(&self) -> Result<Vec<String>> {
        let path = workspace_root().join("ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{} is missing ({e}): run npm ci in ui/ (scripts/build-desktop.sh does)",
                path.display()
            )
        })?;
        let script = format!(
            "const done = arguments[arguments.length - 1];\n\
             if (!window.axe) {{ {source}\n; if (typeof axe !== 'undefined') window.axe = axe; }}\n\
             window.axe.run(document, {{ resultTypes: ['violations'] }})\n\
               .then((r) => done(r.violations.flatMap((v) => v.nodes.map((n) =>\n\
                 `${{v.id}} (${{v.impact}}): ${{n.target.join(' ')}}: ${{n.failureSummary}}`))))\n\
               .catch((e) => done(['axe failed: ' + e]));"
        );
        let value = self.client.execute_async(&script, vec![]).await?;
        Ok(serde_json::from_value(value)?)
    }

    /// Fails with every violation listed unless axe-core finds none.
    pub async fn assert_accessible(&self, screen: &str) -> Result<()> {
        let v = self.axe_violations().await?;
        if v.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{screen}: {} accessibility violations:\n{}",
                v.len(),
                v.join("\n")
            )
            .into())
        }
    }
}

/// `preflight` for a test: `None` only under `CASEBOOK_E2E=skip`; missing
/// prerequisites fail the test with the message printed.
pub fn env() -> Result<Option<Env>> {
    preflight().map_err(|message| {
        eprintln!("{message}");
        message.into()
    })
}

/// The text the person must see, from the same Fluent files the UI reads.
pub fn msg(lang: &str, id: &str, args: &[(&str, &str)]) -> Result<String> {
    let l10n = casebook_i18n::Localizer::new(lang)?;
    if !l10n.has(id) {
        return Err(format!("locales/{lang} has no message {id}").into());
    }
    Ok(l10n.msg(id, args))
}

/// Runs xdotool against the test display; `None` when it is not installed.
pub fn xdotool(args: &[&str]) -> Option<bool> {
    Command::new("xdotool")
        .args(args)
        .output()
        .ok()
        .map(|o| o.status.success())
}

/// Fails unless xdotool and xclip, which drive the native GTK dialogs, are installed
/// (scripts/setup.sh installs both; a missing one is a broken setup, not a skip).
pub fn require_dialog_tools() -> Result<()> {
    let xclip = Command::new("xclip").arg("-version").output().is_ok();
    if xdotool(&["version"]).is_none() || !xclip {
        return Err("xdotool and xclip are needed (scripts/setup.sh installs them)".into());
    }
    Ok(())
}

/// Saves a PNG of the whole display (native dialogs included) when
/// `CASEBOOK_E2E_SHOTS` names a directory.
pub fn screen_shot(name: &str) {
    if let Some(dir) = std::env::var_os("CASEBOOK_E2E_SHOTS") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = Command::new("import")
            .args(["-window", "root"])
            .arg(Path::new(&dir).join(format!("{name}.png")))
            .status();
    }
}

/// The titles a native file dialog of the program can have: rfd's GTK defaults, and
/// every dialog's own title (src-tauri/src/dialog.rs `TITLES`) in every language.
fn native_dialog_titles() -> Result<Vec<String>> {
    let mut titles = vec!["Open File".to_owned(), "Save File".to_owned()];
    for lang in ["en", "ru", "uk"] {
        for id in [
            "cf-save-title",
            "cf-verify-title",
            "dialog-title-attach",
            "dialog-title-attachment-export",
            "dialog-title-bundle-open",
            "dialog-title-bundle-save",
            "dialog-title-card-open",
            "dialog-title-card-save",
            "dialog-title-stats-save",
            "dialog-title-stats-send",
            "dialog-title-shares-save",
            "dialog-title-share-open",
            "dialog-title-submission",
            "dialog-title-annex",
            "dialog-title-outbox-save",
            "dialog-title-receipt-open",
            "dialog-title-receipt-save",
        ] {
            titles.push(msg(lang, id, &[])?);
        }
    }
    Ok(titles)
}

/// Waits until a native file dialog is on screen (a visible window with one of its
/// titles), instead of guessing how long GTK takes to show it.
pub async fn wait_native_dialog() -> Result<()> {
    let titles = native_dialog_titles()?;
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let ids = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "."])
            .output()
            .map_err(|e| format!("xdotool: {e}"))?;
        let shown = String::from_utf8_lossy(&ids.stdout)
            .split_whitespace()
            .any(|id| {
                Command::new("xdotool")
                    .args(["getwindowname", id])
                    .output()
                    .is_ok_and(|o| titles.iter().any(|t| o.stdout.trim_ascii() == t.as_bytes()))
            });
        if shown {
            // Mapped is not yet ready for keys: GTK sets up the focus just after.
            tokio::time::sleep(Duration::from_millis(300)).await;
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("no native file dialog appeared (titles {titles:?})").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Answers the native open or save dialog that is opening with `path`.
pub async fn native_dialog_answer(path: &Path, shot: &str) -> Result<()> {
    wait_native_dialog().await?;
    // No window manager under Xvfb: the keyboard goes to the window under the
    // pointer, and the dialog opens at the top left, over the program's window.
    xdotool(&["mousemove", "500", "300"]);
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["key", "ctrl+l"]);
    xdotool(&["key", "ctrl+a"]);
    // Pasted in one piece: typed character by character, GTK's inline completion
    // of the location entry would mix into the path.
    let clip = clipboard(&path.to_string_lossy())?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    xdotool(&["key", "ctrl+v"]);
    clip.done().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    screen_shot(shot);
    xdotool(&["key", "Return"]);
    Ok(())
}

/// Puts `text` on the clipboard with xclip; the returned process serves it until
/// the first paste.
pub fn clipboard(text: &str) -> Result<Clip> {
    let mut clip = Command::new("xclip")
        .args(["-selection", "clipboard", "-loops", "1"])
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| format!("xclip is needed with xdotool: {e}"))?;
    if let Some(mut stdin) = clip.stdin.take() {
        use std::io::Write as _;
        stdin.write_all(text.as_bytes())?;
    }
    Ok(Clip(clip))
}

/// The xclip serving the clipboard; ended if nothing pasted within a few seconds,
/// so that a paste that went astray fails the test instead of hanging it.
#[derive(Debug)]
pub struct Clip(Child);

impl Clip {
    pub async fn done(mut self) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Keyboard-only operation: keys go to whatever has the focus, as a person's would.
impl App {
    /// Sends `keys` (text or `fantoccini::key::Key`s; a modifier holds until the end)
    /// to the focused element.
    pub async fn press(&self, keys: &str) -> Result<()> {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    /// Whether the focused element matches `css`.
    pub async fn focus_is(&self, css: &str) -> Result<bool> {
        let v = self
            .client
            .execute(
                "const e = document.activeElement; return !!e && e.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await?;
        Ok(v.as_bool().unwrap_or(false))
    }

    /// A short description of the focused element, for messages.
    pub async fn focused(&self) -> Result<String> {
        let v = self
            .client
            .execute(
                "const e = document.activeElement; if (!e) return 'nothing'; \
                 return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + \
                   (e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : '') + \
                   ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"';",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or("?").to_owned())
    }

    /// Fails unless the focused element shows where the focus is (an outline, as
    /// `:focus-visible` draws it).
    pub async fn assert_focus_visible(&self) -> Result<()> {
        let v = self
            .client
            .execute(
                "const e = document.activeElement; if (!e || e === document.body) return false; \
                 const s = getComputedStyle(e); \
                 return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';",
                vec![],
            )
            .await?;
        if v.as_bool().unwrap_or(false) {
            Ok(())
        } else {
            Err(format!("no visible focus on {}", self.focused().await?).into())
        }
    }

    /// Presses Tab (Shift+Tab when `backwards`) until the focus is on `css`, at most
    /// `max` times; fails naming where the focus went. The element reached must show
    /// its focus.
    pub async fn tab_to(&self, css: &str, backwards: bool, max: usize) -> Result<()> {
        let key = if backwards {
            fantoccini::key::Key::Shift + &fantoccini::key::Key::Tab
        } else {
            fantoccini::key::Key::Tab.to_string()
        };
        let mut path = vec![];
        for _ in 0..max {
            if self.focus_is(css).await? {
                return self.assert_focus_visible().await;
            }
            self.press(&key).await?;
            path.push(self.focused().await?);
        }
        if self.focus_is(css).await? {
            return self.assert_focus_visible().await;
        }
        Err(format!(
            "{css} not reached with {max} presses of {}Tab; the focus went: {}",
            if backwards { "Shift+" } else { "" },
            path.join(" → ")
        )
        .into())
    }
}

/// The text of a PDF the program wrote, as poppler's pdftotext gives it (no-break
/// spaces as plain ones).
pub fn pdftotext(file: &Path) -> Result<String> {
    let out = std::process::Command::new("pdftotext")
        .arg(file)
        .arg("-")
        .output()
        .map_err(|e| format!("pdftotext (poppler-utils) is needed: {e}"))?;
    if !out.status.success() {
        return Err(format!("pdftotext: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8(out.stdout)?.replace('\u{a0}', " "))
}
