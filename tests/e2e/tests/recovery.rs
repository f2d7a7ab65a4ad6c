//! The recovery secret shared among colleagues through the real program, in
//! Russian: split 2 of 3 in Settings (the passphrase typed again, the cards saved
//! through the native dialog), lock, open with two shares (one typed, one loaded
//! from its file; a mistyped one named first), set a new passphrase, and open with
//! it. Run with `scripts/e2e.sh --test recovery`.

use casebook_e2e::{
    env, msg, native_dialog_answer, pdftotext, require_dialog_tools, run, App, Profile, Result,
    PASSPHRASE,
};

const NEW_PASSPHRASE: &str = "новая фраза для центра";

/// The share of a share file: its lines without the note.
fn share_of(path: &std::path::Path) -> Result<String> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join(""))
}

#[test]
fn split_two_of_three_in_settings_then_open_with_two_shares_in_russian() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let (mut vault, _) = profile.create_vault()?;
        let record = serde_json::from_value(serde_json::json!({
            "code": "KZ-ALA-0001",
            "survivor": {"pseudonym": "Айгерим"}
        }))?;
        vault.add_case(record, "e2e")?;
        let fingerprint = vault.fingerprint();
        drop(vault);
        let cards = tempfile::tempdir()?;

        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.click("[data-testid=open-settings]").await?;
        app.find("[data-testid=shared-recovery]").await?;
        app.wait_text(
            "[data-testid=shares-status]",
            &format!(
                "{} · {} {fingerprint}",
                msg("ru", "shares-status-none", &[])?,
                msg("ru", "unlock-shares-fingerprint", &[])?
            ),
        )
        .await?;

        // A wrong passphrase is refused before any dialog opens.
        app.click("[data-testid=shares-start]").await?;
        app.select("[data-testid=shares-total]", "3").await?;
        app.select("[data-testid=shares-threshold]", "2").await?;
        app.wait_contains("[data-testid=shares-plan]", "Любые 2 из 3")
            .await?;
        app.type_into("#shares-current", "не та парольная фраза")
            .await?;
        app.click("[data-testid=shares-submit]").await?;
        app.wait_contains(
            "[data-testid=shares-failure]",
            &msg("ru", "error-wrong-secret", &[])?,
        )
        .await?;

        app.type_into("#shares-current", PASSPHRASE).await?;
        app.click("[data-testid=shares-submit]").await?;
        native_dialog_answer(
            &cards.path().join("share-1-of-3.pdf"),
            "ru-shares-save-dialog",
        )
        .await?;
        app.find("[data-testid=shares-written]").await?;
        app.wait_count("[data-testid=shares-written] li", 3).await?;
        let line = app.text("[data-testid=shares-card-2]").await?;
        assert!(line.contains("share-2-of-3.pdf"), "{line}");
        app.wait_contains("[data-testid=shares-status]", "любые 2 из 3")
            .await?;
        app.check_layout("ru-shares-written").await?;
        app.assert_accessible("shares in settings").await?;
        for n in 1..=3 {
            let card = cards.path().join(format!("share-{n}-of-3.pdf"));
            let text = pdftotext(&card)?;
            assert!(
                text.contains(&format!("Часть восстановления {n} из 3")),
                "{text}"
            );
            assert!(text.contains(&fingerprint), "{text}");
        }
        let first = share_of(&cards.path().join("share-1-of-3.txt"))?;
        let third = cards.path().join("share-3-of-3.txt");

        // Locked; opened by two colleagues.
        app.click("[data-testid=settings-close]").await?;
        app.click("[data-testid=lock]").await?;
        app.click("[data-testid=unlock-with-shares]").await?;
        app.find("[data-testid=unlock-shares]").await?;
        app.wait_contains("[data-testid=unlock-fingerprint]", &fingerprint)
            .await?;
        app.assert_accessible("unlock with shares").await?;
        app.type_into("[data-testid=share-0]", &first.to_lowercase())
            .await?;
        // One character of the second share mistyped: named, nothing opened.
        let mut typo: Vec<char> = share_of(&third)?.chars().collect();
        typo[40] = if typo[40] == 'Q' { 'R' } else { 'Q' };
        app.type_into("[data-testid=share-1]", &typo.iter().collect::<String>())
            .await?;
        app.click("[data-testid=shares-check]").await?;
        app.wait_contains(
            "[data-testid=shares-error]",
            &msg("ru", "error-share-damaged", &[("n", "2")])?,
        )
        .await?;
        app.check_layout("ru-shares-damaged").await?;

        // The same share loaded from its file instead.
        app.click("[data-testid=share-load-1]").await?;
        native_dialog_answer(&third, "ru-share-open-dialog").await?;
        let expected = share_of(&third)?;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let loaded = app.value("[data-testid=share-1]").await?;
            if loaded.replace(' ', "") == expected {
                break;
            }
            if std::time::Instant::now() > deadline {
                return Err(format!("the share file was not loaded: {loaded}").into());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        app.click("[data-testid=shares-check]").await?;
        app.find("[data-testid=shares-ok]").await?;
        app.wait_contains(
            "[data-testid=shares-old-passphrase]",
            &msg("ru", "settings-seen", &[])?,
        )
        .await?;
        app.type_into("#shares-new-passphrase", NEW_PASSPHRASE)
            .await?;
        app.type_into("#shares-repeat-passphrase", NEW_PASSPHRASE)
            .await?;
        app.check_layout("ru-shares-new-passphrase").await?;
        app.click("[data-testid=shares-open]").await?;
        app.find("[data-testid=new-case]").await?;
        app.wait_contains("main", "KZ-ALA-0001").await?;

        // From now on the new passphrase opens it.
        app.click("[data-testid=lock]").await?;
        app.unlock(NEW_PASSPHRASE).await?;
        app.quit().await?;
        let v = profile.open_vault_with(NEW_PASSPHRASE)?;
        assert_eq!(
            v.split_info()?.map(|s| (s.threshold, s.shares)),
            Some((2, 3))
        );
        let unlocks: Vec<String> = v
            .audit_entries(0, 100)?
            .into_iter()
            .filter(|e| e.event == "vault-unlocked")
            .map(|e| e.detail)
            .collect();
        assert!(unlocks.contains(&"shares".to_owned()), "{unlocks:?}");
        Ok(())
    })
}
