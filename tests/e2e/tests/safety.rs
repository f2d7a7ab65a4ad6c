//! The case list and the safety features, driven through tauri-driver: search by a
//! Cyrillic substring, filters, auto-lock, language switch, quick exit, emergency
//! erase, passphrase change, unlocking with the recovery key, and axe-core over
//! every screen. Run with scripts/e2e.sh.

use std::time::{Duration, Instant};

use casebook_e2e::{
    env, msg, require_dialog_tools, run, xdotool, App, Profile, Result, PASSPHRASE,
};
use casebook_store::{RecoveryKey, Vault};

const NEW_PASSPHRASE: &str = "purple kettle orchard";
const ESC: &str = "\u{e00c}";

fn example() -> Result<casebook_core::CaseRecord> {
    let text = std::fs::read_to_string(
        casebook_e2e::workspace_root()
            .join("crates/casebook-core/tests/fixtures/example-case.json"),
    )?;
    Ok(casebook_core::CaseRecord::from_json_str(&text)?)
}

/// The example case (Russian narrative, KZ-75, overdue follow-up) and 30 small
/// ones, half open and half closed. Returns the recovery key.
fn seed(profile: &Profile) -> Result<RecoveryKey> {
    let (mut vault, recovery) = profile.create_vault()?;
    vault.add_case(example()?, "e2e")?;
    for i in 0..30 {
        let record = casebook_core::CaseRecord::from_json_value(serde_json::json!({
            "code": format!("E2E-{i:04}"),
            "status": if i % 2 == 0 { "open" } else { "closed" },
            "survivor": { "pseudonym": format!("Person {i}") },
        }))?;
        vault.add_case(record, "e2e")?;
    }
    drop(vault); // locks it, so that the program can open it
    Ok(recovery)
}

/// Unlocks and waits for the seeded cases to be listed.
async fn unlock(app: &App, passphrase: &str) -> Result<()> {
    app.unlock(passphrase).await?;
    app.find("[data-testid=cases-table]").await?;
    Ok(())
}

/// Titles of this program's top-level windows on the X display (the native title
/// bar, which `document.title` does not show).
fn native_titles(profile: &Profile) -> Result<Vec<String>> {
    let pid = casebook_e2e::program_pid(&profile.vault_dir())
        .ok_or("the program's process is not running")?;
    let out = std::process::Command::new("xwininfo")
        .args(["-root", "-children"])
        .output()
        .map_err(|e| format!("xwininfo (x11-utils) is needed: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut titles = vec![];
    // Lines look like: 0x400007 "Notes": ("casebook-desktop" "Casebook-desktop")  1100x760+0+0
    for line in text.lines().filter(|l| l.contains("\"casebook-desktop\"")) {
        let (Some(id), Some(title)) = (line.split_whitespace().next(), line.split('"').nth(1))
        else {
            continue;
        };
        // GTK's hidden group-leader window is named after the binary.
        if title == "casebook-desktop" {
            continue;
        }
        let owner = std::process::Command::new("xprop")
            .args(["-id", id, "_NET_WM_PID"])
            .output()?;
        let owner = String::from_utf8_lossy(&owner.stdout);
        if owner.trim().ends_with(&format!("= {pid}")) {
            titles.push(title.to_owned());
        }
    }
    Ok(titles)
}

#[test]
fn search_by_cyrillic_substring_and_filters_narrow_the_list() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        app.find("#passphrase").await?;
        app.assert_accessible("unlock").await?;
        unlock(&app, PASSPHRASE).await?;
        let found = |n: &str| msg("en", "list-found", &[("count", n)]);
        app.wait_text("[data-testid=cases-found]", &found("31")?)
            .await?;
        app.shot("en-list").await?;
        app.assert_accessible("case list").await?;

        // A substring from the middle of a Russian word in the narrative (метадона).
        app.type_into("[data-testid=case-search]", "етадон").await?;
        app.wait_text("[data-testid=cases-found]", &found("1")?)
            .await?;
        let row = app.text("[data-testid=case-row]").await?;
        assert!(row.contains("KZ-ALM-2026-0007"), "{row}");
        assert!(row.contains("Айгуль"), "{row}");
        // Its follow-up (2026-04-18) is overdue, and says so in words.
        let due = app.text("[data-testid=case-due]").await?;
        assert!(due.contains(&msg("en", "list-overdue", &[])?), "{due}");
        app.shot("en-list-search").await?;

        // Part of the pseudonym works too.
        app.type_into("[data-testid=case-search]", "йгул").await?;
        app.wait_text("[data-testid=cases-found]", &found("1")?)
            .await?;

        // Nothing matches: the empty state offers to clear the filters.
        app.type_into("[data-testid=case-search]", "zzzqqq").await?;
        app.find("[data-testid=cases-no-match]").await?;
        app.shot("en-list-no-match").await?;
        app.assert_accessible("case list, no match").await?;
        // (WebDriver cannot type nothing; blanks are no search at all.)
        app.type_into("[data-testid=case-search]", " ").await?;
        app.wait_text("[data-testid=cases-found]", &found("31")?)
            .await?;

        // Filters narrow the list. They wait behind one button, so the list starts
        // on the first screen.
        assert!(
            !app.find("[data-testid=case-filters]")
                .await?
                .is_displayed()
                .await?
        );
        open_filters(&app).await?;
        app.find("[data-testid=filter-status]")
            .await?
            .select_by_value("closed")
            .await?;
        app.wait_text("[data-testid=cases-found]", &found("15")?)
            .await?;
        app.find("[data-testid=filter-status]")
            .await?
            .select_by_value("open")
            .await?;
        app.wait_text("[data-testid=cases-found]", &found("16")?)
            .await?;
        app.find("[data-testid=filter-place]")
            .await?
            .select_by_value("KZ/KZ-75")
            .await?;
        app.wait_text("[data-testid=cases-found]", &found("1")?)
            .await?;
        // The button says how many filters are set.
        app.wait_text(
            "[data-testid=filters-toggle]",
            &msg("en", "list-filters-toggle", &[("count", "2")])?,
        )
        .await?;
        app.click("[data-testid=filters-clear]").await?;
        app.wait_text("[data-testid=cases-found]", &found("31")?)
            .await?;
        app.wait_text(
            "[data-testid=filters-toggle]",
            &msg("en", "list-filters-toggle", &[("count", "0")])?,
        )
        .await?;
        app.find("[data-testid=filter-act]")
            .await?
            .select_by_value("beating")
            .await?;
        app.wait_text("[data-testid=cases-found]", &found("1")?)
            .await?;
        app.click("[data-testid=filters-clear]").await?;
        app.find("[data-testid=filter-due]")
            .await?
            .select_by_value("overdue")
            .await?;
        app.wait_text("[data-testid=cases-found]", &found("1")?)
            .await?;
        app.click("[data-testid=filters-clear]").await?;
        app.type_into("[data-testid=filter-from]", "2026-13")
            .await?;
        app.find("#filter-from-error").await?;
        app.type_into("[data-testid=filter-from]", "2026-03")
            .await?;
        app.type_into("[data-testid=filter-to]", "2026-03").await?;
        app.wait_text("[data-testid=cases-found]", &found("1")?)
            .await?;
        app.click("[data-testid=filters-clear]").await?;

        // Sorted by code; 31 cases make two pages of 25.
        app.find("[data-testid=case-sort]")
            .await?
            .select_by_value("code-asc")
            .await?;
        app.wait_text("[data-testid=case-row] [data-testid=case-open]", "E2E-0000")
            .await?;

        // Russian: the same list, the words from the same Fluent files.
        app.choose_language("ru").await?;
        app.wait_text(
            "[data-testid=cases-found]",
            &msg("ru", "list-found", &[("count", "31")])?,
        )
        .await?;
        open_filters(&app).await?;
        app.find("[data-testid=filter-status]")
            .await?
            .select_by_value("closed")
            .await?;
        app.shot("ru-list").await?;
        app.assert_accessible("case list, Russian").await?;

        // Nothing of the session is kept in the web view's storage.
        let stored = app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const dbs = indexedDB.databases ? indexedDB.databases() : Promise.resolve([]);
                 const cs = self.caches ? caches.keys() : Promise.resolve([]);
                 Promise.all([dbs, cs]).then(([d, c]) => done([
                   localStorage.length, sessionStorage.length, d.length, c.length,
                   document.cookie.length]))
                 .catch((e) => done(['failed ' + e]));",
                vec![],
            )
            .await?;
        assert_eq!(
            stored,
            serde_json::json!([0, 0, 0, 0, 0]),
            "web storage used"
        );
        app.quit().await
    })
}

#[test]
fn a_new_recovery_key_leaves_the_screen_with_the_idle_lock() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        std::fs::create_dir_all(profile.config_dir())?;
        std::fs::write(
            profile.config_dir().join("settings.txt"),
            "language=en\nidle_lock_secs=3\n",
        )?;
        let app = App::launch(&env, &profile).await?;
        app.type_into("#new-passphrase", PASSPHRASE).await?;
        app.type_into("#repeat-passphrase", PASSPHRASE).await?;
        app.click("[data-testid=create]").await?;
        let key = app.text("[data-testid=recovery-key]").await?;
        assert!(key.trim().len() >= 20, "{key:?}");

        // Nobody writes it down; the Rust side locks and the key goes.
        app.find("[data-testid=recovery-cleared]").await?;
        app.find("#passphrase").await?;
        let source = app.client.source().await?;
        let first_group = key.split_whitespace().next().unwrap_or(&key);
        assert!(
            !source.contains(key.trim()) && !source.contains(first_group),
            "the recovery key is still in the page after the idle lock"
        );
        assert!(profile.vault_released(), "the vault is still held open");
        app.quit().await
    })
}

#[test]
fn auto_lock_after_idle_time_clears_the_page() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        std::fs::create_dir_all(profile.config_dir())?;
        std::fs::write(
            profile.config_dir().join("settings.txt"),
            "language=en\nidle_lock_secs=3\n",
        )?;
        let app = App::launch(&env, &profile).await?;
        unlock(&app, PASSPHRASE).await?;
        assert!(app.client.source().await?.contains("Person 29"));
        let unlocked_at = Instant::now();

        // Nobody touches anything: the Rust side locks and the UI follows.
        app.find("[data-testid=locked-notice]").await?;
        let after = unlocked_at.elapsed();
        assert!(
            after >= Duration::from_secs(2),
            "locked too early: {after:?}"
        );
        app.find("#passphrase").await?;
        let source = app.client.source().await?;
        for needle in ["E2E-0029", "Person 29", "E2E-0010", "Person 1"] {
            assert!(
                !source.contains(needle),
                "{needle} still in the page after the idle lock"
            );
        }
        assert!(!app.is_present("[data-testid=lock]").await?);
        // The program really let go of the vault.
        assert!(profile.vault_released(), "the vault is still held open");
        app.shot("en-idle-locked").await?;

        // The idle time shows in the settings and can be changed there.
        unlock(&app, PASSPHRASE).await?;
        app.click("[data-testid=open-settings]").await?;
        assert_eq!(app.value("[data-testid=idle-lock]").await?, "3");
        app.find("[data-testid=idle-lock]")
            .await?
            .select_by_value("600")
            .await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let saved = std::fs::read_to_string(profile.config_dir().join("settings.txt"))?;
            if saved.lines().any(|l| l == "idle_lock_secs=600") {
                break;
            }
            assert!(Instant::now() < deadline, "not remembered: {saved}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // Still unlocked after the old three seconds.
        tokio::time::sleep(Duration::from_secs(4)).await;
        assert!(app.is_present("[data-testid=settings]").await?);
        app.quit().await
    })
}

#[test]
fn settings_language_passphrase_change_and_recovery_key() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        let old_recovery = seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        unlock(&app, PASSPHRASE).await?;
        app.click("[data-testid=open-settings]").await?;
        app.find("[data-testid=settings]").await?;
        app.shot("en-settings").await?;
        app.assert_accessible("settings").await?;
        assert!(app
            .text("[data-testid=quick-exit-help]")
            .await?
            .contains("Esc"));

        // Language applies at once and is remembered.
        app.click("[data-testid=settings-lang-ru]").await?;
        app.wait_text("#settings-title", &msg("ru", "settings-title", &[])?)
            .await?;
        assert_eq!(app.value("[data-testid=language]").await?, "ru");
        app.shot("ru-settings").await?;
        app.assert_accessible("settings, Russian").await?;
        let saved = std::fs::read_to_string(profile.config_dir().join("settings.txt"))?;
        assert!(saved.lines().any(|l| l == "language=ru"), "{saved}");
        app.click("[data-testid=settings-lang-en]").await?;
        app.wait_text("#settings-title", &msg("en", "settings-title", &[])?)
            .await?;

        // Neutral title by default; the real name only when asked for.
        assert_eq!(app.client.title().await?, "Notes");
        assert_eq!(native_titles(&profile)?, vec!["Notes".to_owned()]);
        app.click("[data-testid=show-name]").await?;
        app.wait_text(".app-name", "Casebook").await?;
        assert_eq!(app.client.title().await?, "Casebook");
        assert_eq!(native_titles(&profile)?, vec!["Casebook".to_owned()]);
        let saved = std::fs::read_to_string(profile.config_dir().join("settings.txt"))?;
        assert!(saved.lines().any(|l| l == "show_name=true"), "{saved}");
        app.click("[data-testid=show-name]").await?;
        app.wait_text(".app-name", "Notes").await?;
        assert_eq!(native_titles(&profile)?, vec!["Notes".to_owned()]);

        // A wrong current passphrase changes nothing.
        app.click("[data-testid=action-change]").await?;
        app.type_into("#current-passphrase", "not the passphrase")
            .await?;
        app.type_into("#next-passphrase", NEW_PASSPHRASE).await?;
        app.type_into("#next-repeat", NEW_PASSPHRASE).await?;
        app.click("[data-testid=action-submit]").await?;
        app.find("[data-testid=action-error]").await?;
        app.shot("en-settings-wrong-current").await?;
        app.assert_accessible("settings, wrong passphrase").await?;

        app.type_into("#current-passphrase", PASSPHRASE).await?;
        app.type_into("#next-passphrase", NEW_PASSPHRASE).await?;
        app.type_into("#next-repeat", NEW_PASSPHRASE).await?;
        app.click("[data-testid=action-submit]").await?;
        app.wait_text(
            "[data-testid=settings-done]",
            &msg("en", "settings-done-change", &[])?,
        )
        .await?;

        // A new recovery key, after the current passphrase again.
        app.click("[data-testid=action-recovery]").await?;
        app.type_into("#current-passphrase", NEW_PASSPHRASE).await?;
        app.click("[data-testid=action-submit]").await?;
        let key = app.text("[data-testid=recovery-key]").await?;
        assert_ne!(key.trim(), old_recovery.display());
        app.shot("en-settings-new-recovery").await?;
        app.click("[data-testid=recovery-done]").await?;
        app.wait_gone("[data-testid=recovery-key]").await?;

        // The old passphrase no longer works; the new one does.
        app.click("[data-testid=lock]").await?;
        app.type_into("#passphrase", PASSPHRASE).await?;
        app.click("[data-testid=unlock]").await?;
        app.find("[data-testid=form-error]").await?;
        unlock(&app, NEW_PASSPHRASE).await?;

        // The new recovery key opens it from the unlock screen; the old one does not.
        app.click("[data-testid=lock]").await?;
        app.click("[data-testid=unlock-mode]").await?;
        app.type_into("[data-testid=unlock-recovery-key]", &old_recovery.display())
            .await?;
        app.click("[data-testid=unlock]").await?;
        app.find("[data-testid=form-error]").await?;
        app.shot("en-unlock-recovery-wrong").await?;
        app.assert_accessible("unlock with recovery key").await?;
        app.type_into("[data-testid=unlock-recovery-key]", key.trim())
            .await?;
        app.click("[data-testid=unlock]").await?;
        app.find("[data-testid=cases-table]").await?;
        app.quit().await
    })
}

#[test]
fn quick_exit_hides_the_window_and_locks() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        unlock(&app, PASSPHRASE).await?;
        assert!(
            !profile.vault_released(),
            "the program should hold the vault"
        );

        // One Esc does nothing.
        app.find("[data-testid=case-search]")
            .await?
            .send_keys(ESC)
            .await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(app.is_present("[data-testid=cases-table]").await?);

        // Esc twice within a second: the window goes and the vault locks.
        // The program may end before WebDriver answers; the checks below tell.
        let _ = app
            .find("[data-testid=case-search]")
            .await?
            .send_keys(&ESC.repeat(2))
            .await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while !profile.vault_released() {
            assert!(Instant::now() < deadline, "the vault was not locked");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // The program has ended, so the window is gone: the session cannot reach it.
        let reachable = tokio::time::timeout(Duration::from_secs(10), app.client.source()).await;
        assert!(
            !matches!(reachable, Ok(Ok(ref s)) if s.contains("Person 29")),
            "the cases are still reachable after quick exit"
        );
        let _ = app.quit().await;

        // Starting it again shows the unlock screen.
        let app = App::launch(&env, &profile).await?;
        app.find("#passphrase").await?;
        assert!(!app.client.source().await?.contains("Person 29"));
        app.quit().await
    })
}

#[test]
fn quick_exit_works_even_when_the_page_hangs() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        unlock(&app, PASSPHRASE).await?;
        app.find("[data-testid=cases-table]").await?;
        // A script that never ends: the page handles no key any more.
        // WebDriver's answer goes through the page too, so it may never come back.
        let client = app.client.clone();
        let hang = tokio::spawn(async move {
            let _ = client
                .execute("setTimeout(() => { for (;;) {} }, 0); return 1;", vec![])
                .await;
        });
        let _ = tokio::time::timeout(Duration::from_secs(3), hang).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        // Real key presses (XTEST): no window manager, so the pointer picks the window.
        xdotool(&["mousemove", "500", "300"]);
        tokio::time::sleep(Duration::from_millis(200)).await;
        xdotool(&["key", "Escape"]);
        tokio::time::sleep(Duration::from_millis(200)).await;
        xdotool(&["key", "Escape"]);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !profile.vault_released() {
            assert!(
                Instant::now() < deadline,
                "the vault was not locked with the page hung"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), app.quit()).await;
        Ok(())
    })
}

#[test]
fn erase_from_the_unlock_screen_needs_no_passphrase_and_leaves_nothing() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        std::fs::create_dir_all(profile.config_dir())?;
        std::fs::write(profile.config_dir().join("settings.txt"), "language=en\n")?;
        let app = App::launch(&env, &profile).await?;
        app.find("#passphrase").await?;
        app.click("[data-testid=unlock-erase-panel] summary")
            .await?;
        app.type_into("[data-testid=unlock-erase-word]", "wrong")
            .await?;
        app.click("[data-testid=unlock-erase]").await?;
        app.find("[data-testid=unlock-erase-error]").await?;
        assert!(profile.vault_dir().join("vault.keys").exists());
        app.shot("en-unlock-erase").await?;
        app.type_into(
            "[data-testid=unlock-erase-word]",
            &msg("en", "settings-erase-word", &[])?,
        )
        .await?;
        app.click("[data-testid=unlock-erase]").await?;
        app.find("#new-passphrase").await?;
        app.quit().await?;
        // Everything the program wrote: the vault, its folder, the settings file.
        assert!(!profile.vault_dir().exists(), "the vault folder is left");
        assert!(!profile.config_dir().join("settings.txt").exists());
        assert!(profile.files_in_home_mentioning("vault").is_empty());
        Ok(())
    })
}

#[test]
fn emergency_erase_needs_the_typed_word_then_the_vault_is_gone() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        unlock(&app, PASSPHRASE).await?;
        app.choose_language("ru").await?;
        app.click("[data-testid=open-settings]").await?;

        // The English word is not the Russian one.
        app.type_into("[data-testid=erase-word]", "ERASE").await?;
        app.click("[data-testid=erase]").await?;
        app.find("[data-testid=erase-error]").await?;
        app.shot("ru-settings-erase-wrong").await?;
        app.assert_accessible("settings, erase refused").await?;
        assert!(Vault::exists(&profile.vault_dir()));

        // Lower case is fine.
        let word = msg("ru", "settings-erase-word", &[])?.to_lowercase();
        app.type_into("[data-testid=erase-word]", &word).await?;
        app.click("[data-testid=erase]").await?;
        app.find("[data-testid=erased-notice]").await?;
        app.find("#new-passphrase").await?;
        assert!(!Vault::exists(&profile.vault_dir()));
        assert!(!app.client.source().await?.contains("Person 29"));
        app.shot("ru-erased").await?;
        app.assert_accessible("create after erase").await?;
        app.quit().await
    })
}

#[test]
fn an_empty_vault_tells_a_new_user_what_to_do() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        drop(profile.create_vault()?);
        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.wait_text(
            "[data-testid=cases-empty] .next-step",
            &msg("en", "list-empty-first-step", &[])?,
        )
        .await?;
        // No filters over nothing.
        assert!(!app.is_present("[data-testid=case-filters]").await?);
        app.shot("en-list-empty").await?;
        app.assert_accessible("empty case list").await?;
        app.choose_language("ru").await?;
        app.wait_text(
            "[data-testid=cases-empty] .next-step",
            &msg("ru", "list-empty-first-step", &[])?,
        )
        .await?;
        app.shot("ru-list-empty").await?;
        app.quit().await
    })
}

/// Opens the case list's filter panel unless it is open.
async fn open_filters(app: &App) -> Result<()> {
    if app
        .is_present("[data-testid=filters-toggle][aria-expanded=false]")
        .await?
    {
        app.click("[data-testid=filters-toggle]").await?;
    }
    app.find("[data-testid=filter-status]").await?;
    Ok(())
}
