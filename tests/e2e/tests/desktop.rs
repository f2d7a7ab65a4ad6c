//! Drives the built desktop program through tauri-driver. Run with scripts/e2e.sh,
//! which builds the program with the UI embedded and provides a display.

use casebook_e2e::{env, msg, run, App, Profile, Result};
use casebook_store::{Secret, Vault, VaultOptions};

const PASSPHRASE: &str = "correct horse battery";
/// The acceptance rule's numbers (casebook_core::passphrase), as the messages get them.
const RULE: &[(&str, &str)] = &[("min", "12"), ("words", "4")];

/// A vault made with the store library, as another device or an earlier run would.
fn seed_vault(profile: &Profile) -> Result<Vault> {
    let (vault, _recovery) = Vault::create(
        &profile.vault_dir(),
        &Secret::new(PASSPHRASE.to_owned()),
        &VaultOptions::default(),
    )?;
    Ok(vault)
}

#[test]
fn create_vault_shows_recovery_key_once_then_locks() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        let app = App::launch(&env, &profile).await?;

        // Nothing typed: too short.
        app.find("#new-passphrase").await?;
        app.shot("en-create").await?;
        app.click("[data-testid=create]").await?;
        let too_short = msg("en", "passphrase-too-short", RULE)?;
        app.wait_text("[data-testid=new-passphrase-error]", &too_short)
            .await?;

        app.type_into("#new-passphrase", "short").await?;
        app.click("[data-testid=create]").await?;
        app.wait_text("[data-testid=new-passphrase-error]", &too_short)
            .await?;
        // Below the rule, the line under the field states the rule.
        let strength = "[data-testid=new-passphrase-strength]";
        app.wait_text(strength, &msg("en", "passphrase-rule", RULE)?)
            .await?;

        // A suggested phrase fills both fields, is shown in clear, and rates strong.
        app.click("[data-testid=new-passphrase-suggest]").await?;
        app.wait_text(strength, &msg("en", "passphrase-strength-strong", &[])?)
            .await?;
        let shown = app
            .text("[data-testid=new-passphrase-suggested] .recovery-key")
            .await?;
        let words: Vec<&str> = shown.split_whitespace().collect();
        assert_eq!(words.len(), 5, "suggested: {shown:?}");
        assert!(
            words
                .iter()
                .all(|w| casebook_store::suggestion_words().contains(w)),
            "suggested: {shown:?}"
        );
        app.shot("en-create-suggested").await?;

        app.type_into("#new-passphrase", PASSPHRASE).await?;
        // Three words: accepted (21 characters) but weak; the suggestion is gone.
        app.wait_text(strength, &msg("en", "passphrase-strength-weak", &[])?)
            .await?;
        app.wait_gone("[data-testid=new-passphrase-suggested]")
            .await?;
        app.type_into("#repeat-passphrase", "correct horse battery!")
            .await?;
        app.click("[data-testid=create]").await?;
        app.wait_gone("[data-testid=new-passphrase-error]").await?;
        app.wait_text(
            "[data-testid=repeat-passphrase-error]",
            &msg("en", "passphrase-mismatch", &[])?,
        )
        .await?;
        app.shot("en-create-errors").await?;

        app.type_into("#repeat-passphrase", PASSPHRASE).await?;
        app.click("[data-testid=create]").await?;

        // The recovery key, and no way on without confirming it was written down.
        let key = app.text("[data-testid=recovery-key]").await?;
        assert!(
            key.trim().len() >= 20,
            "recovery key looks too short: {key:?}"
        );
        assert!(!key.contains(PASSPHRASE));
        app.shot("en-recovery").await?;
        let cont = app.find("[data-testid=recovery-continue]").await?;
        assert!(
            !cont.is_enabled().await?,
            "continue must wait for the confirmation"
        );
        app.click("[data-testid=recovery-confirm]").await?;
        assert!(cont.is_enabled().await?);
        cont.click().await?;

        // Unlocked, empty.
        app.wait_gone("[data-testid=recovery-key]").await?;
        app.wait_text(
            "[data-testid=case-count]",
            &msg("en", "cases-count", &[("count", "0")])?,
        )
        .await?;
        app.find("[data-testid=cases-empty]").await?;
        app.shot("en-cases-empty").await?;

        // Lock: the case list goes away, the unlock form comes.
        app.click("[data-testid=lock]").await?;
        app.find("#passphrase").await?;
        assert!(!app.is_present("[data-testid=case-count]").await?);
        assert!(!app.is_present("[data-testid=lock]").await?);
        app.wait_text("[data-testid=locked-notice]", &msg("en", "lock-done", &[])?)
            .await?;
        app.quit().await?;

        // The store agrees a vault now exists and opens with that passphrase.
        assert!(Vault::exists(&profile.vault_dir()));
        let reopened = Vault::open(
            &profile.vault_dir(),
            &casebook_store::UnlockSecret::Passphrase(Secret::new(PASSPHRASE.to_owned())),
        );
        assert!(
            reopened.is_ok(),
            "the vault created through the UI does not open"
        );
        drop(reopened);

        // After a restart the program asks to unlock, not to create.
        let app = App::launch(&env, &profile).await?;
        app.find("#passphrase").await?;
        assert!(!app.is_present("#new-passphrase").await?);
        app.quit().await
    })
}

#[test]
fn wrong_passphrase_shows_localised_error_then_unlocks() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        drop(seed_vault(&profile)?);
        let app = App::launch(&env, &profile).await?;

        app.find("#passphrase").await?;
        app.type_into("#passphrase", "not the passphrase").await?;
        app.click("[data-testid=unlock]").await?;
        app.wait_text(
            "[data-testid=form-error]",
            &msg("en", "error-wrong-secret", &[])?,
        )
        .await?;

        // The error follows the language switch at once.
        app.choose_language("ru").await?;
        app.wait_text(
            "[data-testid=form-error]",
            &msg("ru", "error-wrong-secret", &[])?,
        )
        .await?;
        app.wait_text("#unlock-title", &msg("ru", "unlock-title", &[])?)
            .await?;
        app.shot("ru-unlock-error").await?;

        // And a fresh failure arrives in Russian too.
        app.type_into("#passphrase", "still not it").await?;
        app.click("[data-testid=unlock]").await?;
        app.wait_text(
            "[data-testid=form-error]",
            &msg("ru", "error-wrong-secret", &[])?,
        )
        .await?;

        app.type_into("#passphrase", PASSPHRASE).await?;
        app.click("[data-testid=unlock]").await?;
        app.wait_text(
            "[data-testid=case-count]",
            &msg("ru", "cases-count", &[("count", "0")])?,
        )
        .await?;
        app.wait_text(
            "[data-testid=cases-empty] h2",
            &msg("ru", "cases-empty-title", &[])?,
        )
        .await?;
        app.shot("ru-cases-empty").await?;
        app.quit().await
    })
}

#[test]
fn language_choice_applies_at_once_and_survives_restart() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        let app = App::launch(&env, &profile).await?;
        app.wait_text("#create-title", &msg("en", "create-title", &[])?)
            .await?;

        app.choose_language("ru").await?;
        app.wait_text("#create-title", &msg("ru", "create-title", &[])?)
            .await?;
        app.click("[data-testid=create]").await?;
        app.wait_text(
            "[data-testid=new-passphrase-error]",
            &msg("ru", "passphrase-too-short", RULE)?,
        )
        .await?;
        app.shot("ru-create-errors").await?;

        app.choose_language("uk").await?;
        app.wait_text("#create-title", &msg("uk", "create-title", &[])?)
            .await?;
        app.quit().await?;

        let saved = std::fs::read_to_string(profile.config_dir().join("settings.txt"))?;
        assert!(
            saved.lines().any(|l| l == "language=uk"),
            "settings.txt: {saved}"
        );

        let app = App::launch(&env, &profile).await?;
        app.wait_text("#create-title", &msg("uk", "create-title", &[])?)
            .await?;
        assert_eq!(app.value("[data-testid=language]").await?, "uk");
        app.quit().await
    })
}

#[test]
fn case_list_shows_the_cases_in_the_vault() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        let mut vault = seed_vault(&profile)?;
        for (code, pseudonym) in [
            ("E2E-0001", "Aigerim"),
            ("E2E-0002", "Olena"),
            ("E2E-0003", "Nino"),
        ] {
            let record = casebook_core::CaseRecord::from_json_value(serde_json::json!({
                "code": code,
                "status": "open",
                "survivor": { "pseudonym": pseudonym },
            }))?;
            vault.add_case(record, "e2e")?;
        }
        assert_eq!(vault.case_count()?, 3);
        drop(vault); // locks it, so that the program can open it

        let app = App::launch(&env, &profile).await?;
        app.type_into("#passphrase", PASSPHRASE).await?;
        app.click("[data-testid=unlock]").await?;
        app.wait_text(
            "[data-testid=case-count]",
            &msg("en", "cases-count", &[("count", "3")])?,
        )
        .await?;
        let table = app.text("[data-testid=cases-table]").await?;
        for needle in [
            "E2E-0001", "E2E-0002", "E2E-0003", "Aigerim", "Olena", "Nino",
        ] {
            assert!(
                table.contains(needle),
                "{needle} missing from the case list: {table}"
            );
        }
        assert!(!app.is_present("[data-testid=cases-empty]").await?);

        // Plural forms come from the same Fluent rules: 3 дела.
        app.choose_language("ru").await?;
        app.wait_text(
            "[data-testid=case-count]",
            &msg("ru", "cases-count", &[("count", "3")])?,
        )
        .await?;
        app.shot("ru-cases-three").await?;

        // Locking clears the list from the page.
        app.click("[data-testid=lock]").await?;
        app.find("#passphrase").await?;
        let source = app.client.source().await?;
        assert!(
            !source.contains("Aigerim"),
            "case data still in the page after locking"
        );
        app.quit().await
    })
}
