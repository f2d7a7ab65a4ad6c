//! Sync by hand through the real program: the exchange screen imports a bundle made
//! by another vault with the command line (passphrase, unknown sender confirmed by
//! its fingerprint), refuses a bundle for someone else and a damaged one without
//! changing anything, adds a contact from a pasted card, shows why a case may not go
//! to a lawyer, writes a bundle for a contact that the other vault's command line
//! imports, and resolves a merge conflict. Run with scripts/e2e.sh --test exchange.
//!
//! Files are chosen in the native GTK dialogs, driven with xdotool and xclip; the
//! second vault is prepared with the `casebook` command line (target/debug/casebook).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use casebook_e2e::fantoccini::Locator;
use casebook_e2e::{
    clipboard, env, msg, native_dialog_answer, require_dialog_tools, run, screen_shot,
    workspace_root, xdotool, App, Profile, Result, PASSPHRASE,
};

const BUNDLE_PASSPHRASE: &str = "river stone lantern";

// ---- The command line ----------------------------------------------------------

fn cli_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("CASEBOOK_CLI").map(PathBuf::from) {
        return Ok(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    let p = target.join("debug/casebook");
    if p.is_file() {
        Ok(p)
    } else {
        Err(format!(
            "{} is missing: cargo build -p casebook-cli (scripts/e2e.sh does)",
            p.display()
        )
        .into())
    }
}

/// Runs `casebook --vault VAULT ARGS` and returns its standard output.
fn cli(vault: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<String> {
    let mut c = Command::new(cli_path()?);
    c.arg("--vault")
        .arg(vault)
        .args(args)
        .env_remove("CASEBOOK_VAULT")
        .env_remove("CASEBOOK_BUNDLE_PASSPHRASE")
        .env("CASEBOOK_PASSPHRASE", PASSPHRASE)
        .env("LANG", "C.UTF-8");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output()?;
    if !out.status.success() {
        return Err(format!(
            "casebook {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// The example case with another code and pseudonym; `consents: false` leaves only
/// the documentation consent (no lawyer, no network).
fn case_file(dir: &Path, code: &str, pseudonym: &str, consents: bool) -> Result<PathBuf> {
    let example = workspace_root().join("crates/casebook-core/tests/fixtures/example-case.json");
    let mut v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(example)?)?;
    v["code"] = serde_json::json!(code);
    v["survivor"]["pseudonym"] = serde_json::json!(pseudonym);
    if !consents {
        v["consents"] = serde_json::json!([
            { "destination": "documentation", "given": true, "named_or_anonymised": "named" }
        ]);
    }
    let p = dir.join(format!("{code}-{pseudonym}.json"));
    std::fs::write(&p, serde_json::to_string(&v)?)?;
    Ok(p)
}

fn add_case(vault: &Path, file: &Path) -> Result<String> {
    cli(vault, &["case", "add", &file.to_string_lossy()], &[])
}

fn edit_case(vault: &Path, code: &str, file: &Path) -> Result<String> {
    cli(vault, &["case", "edit", code, &file.to_string_lossy()], &[])
}

/// Exports every case to the contact named `to`.
fn export_to(vault: &Path, out: &Path, to: &str) -> Result<String> {
    cli(
        vault,
        &["export", "--out", &out.to_string_lossy(), "--to", to],
        &[],
    )
}

/// Exports every case with [`BUNDLE_PASSPHRASE`] at a low work factor, which keeps
/// the test quick (the program accepts up to 2^20); `extra` follows on the line.
fn export_with_passphrase(vault: &Path, out: &Path, extra: &[&str]) -> Result<String> {
    let out = out.to_string_lossy();
    let mut args = vec![
        "export",
        "--out",
        &out,
        "--passphrase",
        "--work-factor",
        "12",
    ];
    args.extend_from_slice(extra);
    cli(
        vault,
        &args,
        &[("CASEBOOK_BUNDLE_PASSPHRASE", BUNDLE_PASSPHRASE)],
    )
}

/// A card's fingerprint line.
/// Adds a card as an own device, typing its fingerprint words as that role needs.
fn add_own_device(vault: &Path, card: &str) -> Result<String> {
    cli(
        vault,
        &[
            "contact",
            "add",
            card,
            "--role",
            "own-device",
            "--fingerprint",
            &fingerprint_of(card)?,
        ],
        &[],
    )
}

fn fingerprint_of(card: &str) -> Result<String> {
    card.lines()
        .find_map(|l| l.strip_prefix("fingerprint:"))
        .map(|f| f.trim().to_owned())
        .ok_or_else(|| format!("no fingerprint in {card:?}").into())
}

// ---- The window ------------------------------------------------------------------

/// A screenshot of the whole display (the page and any native dialog) when
/// `CASEBOOK_E2E_SHOTS` names a directory.
fn screen(name: &str) {
    if std::env::var_os("CASEBOOK_E2E_SHOTS").is_some() {
        // The web view paints a moment after the DOM changes.
        std::thread::sleep(Duration::from_millis(800));
        screen_shot(name);
    }
}

/// Pastes `text` into a field as a person does (WebDriver's typing drops the line
/// breaks of a multi-line text). Without a window manager the keystroke sometimes
/// reaches X before the web view has the focus: then it is pasted again.
async fn paste_into(app: &App, css: &str, text: &str) -> Result<()> {
    for _ in 0..3 {
        app.click(css).await?;
        let clip = clipboard(text)?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        xdotool(&["mousemove", "500", "300"]);
        tokio::time::sleep(Duration::from_millis(100)).await;
        xdotool(&["key", "ctrl+v"]);
        clip.done().await;
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            if !app.value(css).await?.trim().is_empty() {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    Err(format!("pasting into {css} did not arrive").into())
}

async fn submit_bundle_passphrase(app: &App, passphrase: &str) -> Result<()> {
    app.type_into("#import-passphrase", passphrase).await?;
    app.click("[data-testid=import-passphrase-submit]").await
}

async fn choose_bundle(app: &App, path: &Path, shot: &str) -> Result<()> {
    app.click("[data-testid=import-choose]").await?;
    native_dialog_answer(path, shot).await
}

// ---- The scenarios -----------------------------------------------------------------

#[test]
fn bundles_travel_both_ways_between_the_program_and_another_vault() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let work = tempfile::tempdir()?;
        let w = work.path();
        let desk = profile.vault_dir();
        let field = w.join("field");
        let lawyer = w.join("lawyer");

        // The program's vault, with a case whose survivor gave no lawyer consent.
        cli(&desk, &["init"], &[])?;
        let no_consent = case_file(w, "KZ-ALM-2026-0102", "Сауле", false)?;
        add_case(&desk, &no_consent)?;

        // A field worker's laptop with one case, and a lawyer.
        cli(&field, &["init"], &[])?;
        let field_case = case_file(w, "KZ-ALM-2026-0101", "Айгуль", true)?;
        add_case(&field, &field_case)?;
        let field_card = cli(&field, &["contact", "me", "--name", "Field laptop"], &[])?;
        cli(&lawyer, &["init"], &[])?;
        let lawyer_card = cli(&lawyer, &["contact", "me", "--name", "Lawyer"], &[])?;

        // The field laptop makes a passphrase bundle and one for the lawyer only.
        let for_anyone = w.join("for-anyone.cbk");
        export_with_passphrase(&field, &for_anyone, &["--name", "Field laptop"])?;
        cli(
            &field,
            &["contact", "add", &lawyer_card, "--role", "lawyer"],
            &[],
        )?;
        let for_lawyer = w.join("for-lawyer.cbk");
        export_to(&field, &for_lawyer, "Lawyer")?;
        // A damaged copy: one byte changed well inside the encrypted payload.
        let damaged = w.join("damaged.cbk");
        let mut bytes = std::fs::read(&for_anyone)?;
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x40;
        std::fs::write(&damaged, bytes)?;

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-sync]").await?;
        app.find("[data-testid=import-choose]").await?;
        app.shot("en-sync-import").await?;
        app.assert_accessible("exchange: import").await?;

        // 1. A bundle for someone else: a clear error, nothing changed.
        choose_bundle(&app, &for_lawyer, "en-sync-open-dialog").await?;
        let unchanged = msg("en", "sync-import-unchanged", &[])?;
        let shown = app
            .wait_contains("[data-testid=import-error]", &unchanged)
            .await?;
        assert!(
            shown.contains(&msg("en", "bundle-error-not-for-us", &[])?),
            "{shown}"
        );
        app.shot("en-sync-import-not-for-us").await?;
        app.assert_accessible("exchange: import error").await?;

        // 2. The passphrase bundle: wrong passphrase, then the right one.
        choose_bundle(&app, &for_anyone, "en-sync-open-dialog-2").await?;
        submit_bundle_passphrase(&app, "not the passphrase").await?;
        app.wait_contains(
            "[data-testid=import-passphrase-error]",
            &msg("en", "bundle-error-wrong-passphrase", &[])?,
        )
        .await?;
        app.shot("en-sync-import-wrong-passphrase").await?;
        app.assert_accessible("exchange: passphrase").await?;
        submit_bundle_passphrase(&app, BUNDLE_PASSPHRASE).await?;

        // 3. Unknown sender: its fingerprint is shown, and accepted.
        app.find("[data-testid=import-signer]").await?;
        app.wait_text(
            "[data-testid=signer-fingerprint]",
            &fingerprint_of(&field_card)?,
        )
        .await?;
        assert_eq!(
            app.value("[data-testid=signer-name]").await?,
            "Field laptop"
        );
        // Least privilege first; full-record roles need the words typed.
        assert_eq!(app.value("[data-testid=signer-role]").await?, "network");
        app.select("[data-testid=signer-role]", "own-device")
            .await?;
        let accept = app.find("[data-testid=signer-accept]").await?;
        assert!(!accept.is_enabled().await?, "own-device without the words");
        app.type_into(
            "[data-testid=signer-words]",
            "abandon ability able about above absent",
        )
        .await?;
        app.shot("en-sync-import-unknown-signer").await?;
        app.assert_accessible("exchange: unknown signer").await?;
        app.click("[data-testid=signer-accept]").await?;
        // Wrong words: asked again, nothing imported.
        app.find("[data-testid=signer-words-error]").await?;
        app.shot("en-sync-import-signer-words-wrong").await?;
        app.select("[data-testid=signer-role]", "own-device")
            .await?;
        app.type_into("[data-testid=signer-words]", &fingerprint_of(&field_card)?)
            .await?;
        app.click("[data-testid=signer-accept]").await?;
        app.find("[data-testid=import-summary]").await?;
        app.wait_text(
            "[data-testid=import-role]",
            &msg("en", "sync-summary-role", &[("role", "Own device")])?,
        )
        .await?;
        app.wait_text("[data-testid=import-added]", "1").await?;
        app.wait_text("[data-testid=import-conflicts]", "0").await?;
        app.find("[data-testid=signer-added]").await?;
        app.shot("en-sync-import-summary").await?;
        app.assert_accessible("exchange: import summary").await?;

        // 4. The damaged copy changes nothing.
        choose_bundle(&app, &damaged, "en-sync-open-dialog-3").await?;
        submit_bundle_passphrase(&app, BUNDLE_PASSPHRASE).await?;
        let shown = app
            .wait_contains("[data-testid=import-error]", &unchanged)
            .await?;
        assert!(
            shown.contains(&msg("en", "bundle-error-damaged", &[])?),
            "{shown}"
        );
        app.shot("en-sync-import-damaged").await?;

        // 5. Contacts: the sender was added; add the lawyer from a pasted card.
        app.click("[data-testid=tab-contacts]").await?;
        app.wait_count("[data-testid=contact]", 1).await?;
        app.wait_text("[data-testid=contact-name]", "Field laptop")
            .await?;
        app.type_into("[data-testid=my-name]", "Centre Almaty")
            .await?;
        paste_into(&app, "[data-testid=card-text]", &lawyer_card).await?;
        app.wait_text(
            "[data-testid=card-fingerprint]",
            &fingerprint_of(&lawyer_card)?,
        )
        .await?;
        assert_eq!(app.value("[data-testid=add-name]").await?, "Lawyer");
        // The role is the person's to choose; a new contact starts with the least.
        assert_eq!(app.value("[data-testid=add-role]").await?, "network");
        app.select("[data-testid=add-role]", "lawyer").await?;
        app.type_into("[data-testid=add-name]", "Lawyer Almaty")
            .await?;
        app.click("[data-testid=add-contact-submit]").await?;
        app.wait_contains(
            "[data-testid=add-done]",
            &msg(
                "en",
                "sync-contact-added-role",
                &[("name", "Lawyer Almaty"), ("role", "Lawyer")],
            )?,
        )
        .await?;
        app.wait_count("[data-testid=contact]", 2).await?;
        app.shot("en-sync-contacts").await?;
        app.assert_accessible("exchange: contacts").await?;
        let my_card = app.value("[data-testid=my-card-text]").await?;
        assert!(my_card.contains("name: Centre Almaty"), "{my_card}");

        // 6. Export: the lawyer may not have the case without lawyer consent.
        app.click("[data-testid=tab-export]").await?;
        app.click("[data-testid=to-contact][data-name='Lawyer Almaty']")
            .await?;
        let reason = msg(
            "en",
            "sync-refused-consent",
            &[
                ("role", &msg("en", "sync-role-lawyer", &[])?),
                (
                    "destination",
                    &msg("en", "vocab-consent-destination-lawyer", &[])?,
                ),
                ("state", &msg("en", "sync-consent-state-missing", &[])?),
            ],
        )?;
        // The reason reads as a sentence heading its group of cases.
        let heading = format!("{}{}", reason[..1].to_uppercase(), &reason[1..]);
        let group = app
            .wait_contains("[data-testid=refused-group]", &heading)
            .await?;
        assert!(group.contains("KZ-ALM-2026-0102"), "{group}");
        app.find("[data-testid=refused-case][data-code='KZ-ALM-2026-0102']")
            .await?;
        app.wait_contains(
            "[data-testid=plan-summary]",
            &msg("en", "sync-plan-cases", &[("count", "1")])?,
        )
        .await?;
        app.shot("en-sync-export-refused").await?;
        app.assert_accessible("exchange: export with a refused case")
            .await?;

        // To the field laptop instead: both cases go.
        app.click("[data-testid=to-contact][data-name='Lawyer Almaty']")
            .await?;
        app.click("[data-testid=to-contact][data-name='Field laptop']")
            .await?;
        app.wait_contains(
            "[data-testid=plan-summary]",
            &msg("en", "sync-plan-cases", &[("count", "2")])?,
        )
        .await?;
        app.wait_gone("[data-testid=plan-refused]").await?;
        let out = w.join("to-field.cbk");
        app.click("[data-testid=export-write]").await?;
        native_dialog_answer(&out, "en-sync-save-dialog").await?;
        app.find("[data-testid=export-done]").await?;
        app.shot("en-sync-export-done").await?;
        assert!(out.is_file(), "the bundle was not written");

        // 7. The field laptop adds the program's card and imports: the case it did
        // not have is added, its own is already there.
        let card_file = w.join("centre.card");
        std::fs::write(&card_file, &my_card)?;
        cli(
            &field,
            &[
                "contact",
                "add",
                card_file.to_str().unwrap_or_default(),
                "--role",
                "centre-hub",
                "--fingerprint",
                &fingerprint_of(&my_card)?,
            ],
            &[],
        )?;
        let summary = cli(&field, &["import", out.to_str().unwrap_or_default()], &[])?;
        assert!(summary.contains("added 1"), "{summary}");
        assert!(summary.contains("skipped 1"), "{summary}");
        assert!(summary.contains("From Centre Almaty"), "{summary}");

        // 8. Removing a contact asks first.
        app.click("[data-testid=tab-contacts]").await?;
        app.click("[data-testid=contact][data-name='Lawyer Almaty'] [data-testid=contact-remove]")
            .await?;
        app.find("[data-testid=remove-confirm]").await?;
        app.shot("en-sync-contact-remove").await?;
        app.assert_accessible("exchange: remove a contact").await?;
        app.click("[data-testid=remove-confirm]").await?;
        app.wait_count("[data-testid=contact]", 1).await?;

        // 9. The imported case is in the case list.
        app.click("[data-testid=sync-close]").await?;
        app.wait_contains("[data-testid=cases-table]", "KZ-ALM-2026-0101")
            .await?;
        // The import left the case for the search index to catch up on; a search
        // finds it by part of the pseudonym all the same.
        app.type_into("[data-testid=case-search]", "йгул").await?;
        app.wait_count("[data-testid=case-row]", 1).await?;
        let row = app.text("[data-testid=case-row]").await?;
        assert!(row.contains("KZ-ALM-2026-0101"), "{row}");
        app.quit().await?;
        Ok(())
    })
}

#[test]
fn a_conflict_from_an_import_is_resolved_on_the_exchange_screen() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let work = tempfile::tempdir()?;
        let w = work.path();
        let desk = profile.vault_dir();
        let field = w.join("field");

        // Both vaults hold the same case, and know each other.
        cli(&desk, &["init"], &[])?;
        cli(&field, &["init"], &[])?;
        let desk_card = cli(&desk, &["contact", "me", "--name", "Centre"], &[])?;
        let field_card = cli(&field, &["contact", "me", "--name", "Field laptop"], &[])?;
        add_own_device(&desk, &field_card)?;
        add_own_device(&field, &desk_card)?;
        let case = case_file(w, "KZ-ALM-2026-0201", "Айгуль", true)?;
        add_case(&field, &case)?;
        let first = w.join("first.cbk");
        export_to(&field, &first, "Centre")?;
        cli(&desk, &["import", first.to_str().unwrap_or_default()], &[])?;

        // Each side renames the survivor's pseudonym differently.
        let ours = case_file(w, "KZ-ALM-2026-0201", "Айгерим", true)?;
        let theirs = case_file(w, "KZ-ALM-2026-0201", "Aigul", true)?;
        edit_case(&desk, "KZ-ALM-2026-0201", &ours)?;
        edit_case(&field, "KZ-ALM-2026-0201", &theirs)?;
        let second = w.join("second.cbk");
        export_with_passphrase(&field, &second, &[])?;

        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-sync]").await?;
        app.click("[data-testid=tab-conflicts]").await?;
        app.find("[data-testid=conflicts-empty]").await?;
        app.shot("ru-sync-conflicts-empty").await?;
        app.click("[data-testid=tab-import]").await?;
        choose_bundle(&app, &second, "ru-sync-open-dialog").await?;
        app.type_into("#import-passphrase", BUNDLE_PASSPHRASE)
            .await?;
        app.shot("ru-sync-import-passphrase").await?;
        app.click("[data-testid=import-passphrase-submit]").await?;
        // The sender is a contact already: no question about it.
        app.find("[data-testid=import-summary]").await?;
        app.wait_text("[data-testid=import-conflicts]", "1").await?;
        app.wait_text("[data-testid=import-updated]", "0").await?;
        app.shot("ru-sync-import-summary-conflict").await?;
        app.assert_accessible("exchange: import summary with a conflict (ru)")
            .await?;

        // The case list marks the case.
        app.click("[data-testid=sync-close]").await?;
        app.find("[data-testid=case-conflict]").await?;
        app.shot("ru-cases-conflict-marker").await?;

        // The conflict shows both values, who and when; a typed value settles it.
        app.click("[data-testid=open-sync]").await?;
        app.click("[data-testid=tab-conflicts]").await?;
        app.find("[data-testid=conflict][data-path='survivor.pseudonym']")
            .await?;
        app.wait_text("[data-testid=conflict-ours]", "Айгерим")
            .await?;
        app.wait_text("[data-testid=conflict-theirs]", "Aigul")
            .await?;
        app.wait_contains("[data-testid=conflicts] .who", "cli")
            .await?;
        app.shot("ru-sync-conflicts").await?;
        app.assert_accessible("exchange: conflicts (ru)").await?;
        app.click("[data-testid=take-typed]").await?;
        app.type_into("[data-testid=typed-value]", "Айгерим (Aigul)")
            .await?;
        app.click("[data-testid=conflict-resolve]").await?;
        app.find("[data-testid=conflicts-empty]").await?;
        app.find("[data-testid=conflict-notice]").await?;
        app.wait_gone("[data-testid=conflict-count]").await?;
        app.shot("ru-sync-conflict-resolved").await?;
        app.quit().await?;

        // The vault holds the typed value in a merge revision, and no conflict.
        let deadline = Instant::now() + Duration::from_secs(15);
        let shown = loop {
            match cli(&desk, &["case", "show", "KZ-ALM-2026-0201", "--json"], &[]) {
                Ok(s) => break s,
                Err(e) if Instant::now() < deadline && e.to_string().contains("lock") => {
                    std::thread::sleep(Duration::from_millis(300));
                }
                Err(e) => return Err(e),
            }
        };
        let v: serde_json::Value = serde_json::from_str(&shown)?;
        assert_eq!(
            v.pointer("/survivor/pseudonym"),
            Some(&serde_json::json!("Айгерим (Aigul)")),
            "{shown}"
        );
        let left = cli(&desk, &["conflicts", "--json"], &[])?;
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&left)?,
            serde_json::json!([])
        );
        Ok(())
    })
}

/// Scrolls the first element matching `css` into the middle of the window.
async fn scroll_to(app: &App, css: &str) -> Result<()> {
    app.find(css).await?;
    app.client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
            vec![serde_json::json!(css)],
        )
        .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(())
}

/// Every state of the exchange screen in one language, photographed from the display
/// (`CASEBOOK_E2E_SHOTS=DIR scripts/e2e.sh --test exchange -- --ignored`), for a person
/// to look at: empty states, the unknown sender, progress of a large import and
/// export, the summary, a refused case, conflicts and errors.
#[test]
#[ignore = "screenshots for review; slow (a large bundle)"]
fn sync_screens_for_review() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    for lang in ["en", "ru"] {
        run(review(&env, lang))?;
    }
    Ok(())
}

async fn review(env: &casebook_e2e::Env, lang: &str) -> Result<()> {
    let profile = Profile::new()?;
    let work = tempfile::tempdir()?;
    let w = work.path();
    let desk = profile.vault_dir();
    let field = w.join("field");
    let lawyer = w.join("lawyer");
    let p = |path: &Path| path.to_string_lossy().into_owned();

    cli(&desk, &["init"], &[])?;
    cli(&field, &["init"], &[])?;
    cli(&lawyer, &["init"], &[])?;
    let lawyer_card = cli(&lawyer, &["contact", "me", "--name", "Юрист Алматы"], &[])?;
    let desk_card = cli(&desk, &["contact", "me", "--name", "Centre"], &[])?;
    add_own_device(&field, &desk_card)?;
    cli(
        &field,
        &["contact", "add", &lawyer_card, "--role", "lawyer"],
        &[],
    )?;
    // A case both sides change differently, so that the import leaves a conflict.
    let shared = case_file(w, "KZ-ALM-2026-0301", "Айгуль", true)?;
    add_case(&field, &shared)?;
    let first = w.join("first.cbk");
    export_to(&field, &first, "Centre")?;
    cli(
        &desk,
        &[
            "import",
            &first.to_string_lossy(),
            "--trust",
            &fingerprint_of(&cli(&field, &["contact", "me"], &[])?)?,
            "--role",
            "own-device",
        ],
        &[],
    )?;
    edit_case(
        &desk,
        "KZ-ALM-2026-0301",
        &case_file(w, "KZ-ALM-2026-0301", "Айгерим", true)?,
    )?;
    edit_case(
        &field,
        "KZ-ALM-2026-0301",
        &case_file(w, "KZ-ALM-2026-0301", "Aigul", true)?,
    )?;
    let no_consent = case_file(w, "KZ-ALM-2026-0302", "Сауле", false)?;
    add_case(&desk, &no_consent)?;
    // Enough to watch the progress bar: many cases and a large attachment.
    cli(&field, &["demo-data", "--cases", "1500"], &[])?;
    let big = w.join("video.bin");
    {
        use std::io::Write as _;
        let mut f = std::fs::File::create(&big)?;
        let mut block = vec![0u8; 1 << 20];
        for i in 0..120u32 {
            for (j, b) in block.iter_mut().enumerate() {
                *b = (j as u32).wrapping_mul(2_654_435_761).wrapping_add(i) as u8;
            }
            f.write_all(&block)?;
        }
    }
    cli(&field, &["attach", "KZ-ALM-2026-0301", &p(&big)], &[])?;
    let bundle = w.join("from-field.cbk");
    export_with_passphrase(&field, &bundle, &["--name", "Field laptop"])?;
    let for_lawyer = w.join("for-lawyer.cbk");
    cli(
        &field,
        &[
            "export",
            "--out",
            &p(&for_lawyer),
            "--to",
            "Юрист Алматы",
            "--cases",
            "KZ-ALM-2026-0301",
        ],
        &[],
    )?;
    // The desk vault must not know the field laptop for the unknown-sender question.
    cli(&desk, &["contact", "remove", "Field laptop"], &[]).ok();

    let app = App::launch(env, &profile).await?;
    app.choose_language(lang).await?;
    app.unlock(PASSPHRASE).await?;
    app.click("[data-testid=open-sync]").await?;
    app.click("[data-testid=tab-contacts]").await?;
    app.find("[data-testid=contacts-empty]").await?;
    screen(&format!("{lang}-review-01-contacts-empty"));
    scroll_to(&app, "[data-testid=my-card]").await?;
    screen(&format!("{lang}-review-02-my-card"));
    app.click("[data-testid=tab-conflicts]").await?;
    app.find("[data-testid=conflicts-empty]").await?;
    screen(&format!("{lang}-review-03-conflicts-empty"));
    app.click("[data-testid=tab-export]").await?;
    app.find("[data-testid=export-no-contacts]").await?;
    screen(&format!("{lang}-review-04-export-no-contacts"));

    app.click("[data-testid=tab-import]").await?;
    choose_bundle(&app, &for_lawyer, &format!("{lang}-review-05-open-dialog")).await?;
    app.find("[data-testid=import-error]").await?;
    screen(&format!("{lang}-review-06-error-not-for-us"));
    choose_bundle(&app, &bundle, &format!("{lang}-review-07-open-dialog")).await?;
    submit_bundle_passphrase(&app, "wrong one").await?;
    app.find("[data-testid=import-passphrase-error]").await?;
    screen(&format!("{lang}-review-08-wrong-passphrase"));
    submit_bundle_passphrase(&app, BUNDLE_PASSPHRASE).await?;
    app.find("[data-testid=import-signer]").await?;
    app.select("[data-testid=signer-role]", "own-device")
        .await?;
    let field_card = cli(&field, &["contact", "me"], &[])?;
    app.type_into("[data-testid=signer-words]", &fingerprint_of(&field_card)?)
        .await?;
    screen(&format!("{lang}-review-09-unknown-signer"));
    scroll_to(&app, "[data-testid=signer-accept]").await?;
    screen(&format!("{lang}-review-10-unknown-signer-bottom"));
    app.click("[data-testid=signer-accept]").await?;
    app.find("[data-testid=sync-progress]").await?;
    tokio::time::sleep(Duration::from_millis(700)).await;
    screen(&format!("{lang}-review-11-import-progress"));
    app.client
        .wait()
        .at_most(Duration::from_secs(600))
        .for_element(Locator::Css("[data-testid=import-summary]"))
        .await?;
    screen(&format!("{lang}-review-12-import-summary"));
    scroll_to(&app, "[data-testid=import-to-conflicts]").await?;
    screen(&format!("{lang}-review-13-import-summary-bottom"));

    app.click("[data-testid=import-to-conflicts]").await?;
    app.find("[data-testid=conflict]").await?;
    screen(&format!("{lang}-review-14-conflicts"));
    app.click("[data-testid=take-typed]").await?;
    screen(&format!("{lang}-review-15-conflict-typed"));

    app.click("[data-testid=tab-contacts]").await?;
    paste_into(
        &app,
        "[data-testid=card-text]",
        "casebook contact card v1\nname: x\n",
    )
    .await?;
    app.find("[data-testid=card-error]").await?;
    scroll_to(&app, "[data-testid=card-error]").await?;
    screen(&format!("{lang}-review-16-card-error"));
    app.find("[data-testid=card-text]").await?.clear().await?;
    paste_into(&app, "[data-testid=card-text]", &lawyer_card).await?;
    app.find("[data-testid=card-parsed]").await?;
    scroll_to(&app, "[data-testid=add-contact-submit]").await?;
    screen(&format!("{lang}-review-17-card-parsed"));
    app.click("[data-testid=add-contact-submit]").await?;
    app.wait_count("[data-testid=contact]", 2).await?;
    scroll_to(&app, "[data-testid=contacts]").await?;
    screen(&format!("{lang}-review-18-contacts"));
    app.click("[data-testid=contact][data-name='Юрист Алматы'] [data-testid=contact-remove]")
        .await?;
    screen(&format!("{lang}-review-19-remove-confirm"));
    app.click("#remove-keep").await?;

    app.click("[data-testid=tab-export]").await?;
    app.click("[data-testid=to-contact][data-name='Юрист Алматы']")
        .await?;
    app.find("[data-testid=plan-refused]").await?;
    scroll_to(&app, "[data-testid=plan-refused]").await?;
    screen(&format!("{lang}-review-20-export-refused"));
    app.click("[data-testid=to-contact][data-name='Юрист Алматы']")
        .await?;
    app.click("[data-testid=to-passphrase]").await?;
    app.click("[data-testid=cases-chosen]").await?;
    app.find("[data-testid=pick-case]").await?;
    screen(&format!("{lang}-review-21-export-passphrase-chosen"));
    scroll_to(&app, "[data-testid=pick-case]").await?;
    screen(&format!("{lang}-review-22-export-chooser"));
    app.click("[data-testid=cases-all]").await?;
    app.type_into("#bundle-passphrase", "short").await?;
    app.find("[data-testid=plan-summary]").await?;
    app.click("[data-testid=export-write]").await?;
    scroll_to(&app, "#bundle-passphrase").await?;
    screen(&format!("{lang}-review-23-export-passphrase-error"));
    app.type_into("#bundle-passphrase", BUNDLE_PASSPHRASE)
        .await?;
    app.type_into("#bundle-passphrase-repeat", BUNDLE_PASSPHRASE)
        .await?;
    app.click("[data-testid=export-write]").await?;
    native_dialog_answer(&w.join("out.cbk"), &format!("{lang}-review-24-save-dialog")).await?;
    app.find("[data-testid=sync-progress]").await?;
    scroll_to(&app, "[data-testid=sync-progress]").await?;
    screen(&format!("{lang}-review-25-export-progress"));
    app.client
        .wait()
        .at_most(Duration::from_secs(600))
        .for_element(Locator::Css("[data-testid=export-done]"))
        .await?;
    scroll_to(&app, "[data-testid=export-done]").await?;
    screen(&format!("{lang}-review-26-export-done"));
    app.quit().await?;
    Ok(())
}
