//! The lawyer's case file through the real program: chosen in Russian and
//! pseudonymised in the case view, saved through the native save dialog (driven with
//! xdotool), read back with pdftotext, recorded in the audit log, checked with
//! "Verify a case file" (genuine, then altered, then not a case file at all), and
//! refused with the consent named when the survivor gave none for a lawyer.
//! Run with `scripts/e2e.sh --test pdf`.

use std::path::Path;
use std::time::{Duration, Instant};

use casebook_e2e::{
    env, msg, native_dialog_answer, pdftotext, require_dialog_tools, run, screen_shot, App,
    Profile, Result, PASSPHRASE,
};
use casebook_store::AuditEvent;

const EXAMPLE: &str =
    include_str!("../../../crates/casebook-core/tests/fixtures/example-case.json");
const CODE: &str = "KZ-ALM-2026-0007";
const NO_CONSENT: &str = "KG-OSH-2026-0002";

/// A vault with the example case (lawyer consent given, named) and one whose
/// survivor consented to documentation only.
fn seed(profile: &Profile) -> Result<String> {
    let (mut vault, _) = profile.create_vault()?;
    let stored = vault.add_case(casebook_core::CaseRecord::from_json_str(EXAMPLE)?, "e2e")?;
    let mut other = casebook_core::CaseRecord::from_json_str(EXAMPLE)?;
    other.code = NO_CONSENT.into();
    other
        .consents
        .retain(|c| c.destination.as_deref() != Some("lawyer"));
    vault.add_case(other, "e2e")?;
    Ok(stored.id)
}

async fn attr(app: &App, css: &str, name: &str) -> Result<String> {
    Ok(app.find(css).await?.attr(name).await?.unwrap_or_default())
}

/// Checks a file through "Verify a case file" and the native open dialog; returns
/// the dialog's text once a verdict or an error is shown.
async fn verify(app: &App, file: &Path, shot: &str) -> Result<String> {
    app.click("[data-testid=case-file-verify]").await?;
    native_dialog_answer(file, &format!("{shot}-dialog")).await?;
    let deadline = Instant::now() + casebook_e2e::UI_TIMEOUT;
    while Instant::now() < deadline {
        let shown = app.is_present("[data-testid=case-file-verdict]").await?
            || app
                .is_present("[data-testid=case-file-verify-error]")
                .await?;
        if shown {
            let name = app.text("[data-testid=case-file-verify-dialog]").await?;
            app.shot(shot).await?;
            return Ok(name);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("no verification result for {}", file.display()).into())
}

async fn close_verify(app: &App) -> Result<()> {
    app.click("[data-testid=case-file-verify-close]").await?;
    app.wait_gone("[data-testid=case-file-verdict]").await?;
    app.wait_gone("[data-testid=case-file-verify-error]").await
}

#[test]
fn pdf_case_file_in_russian_pseudonymised_saved_recorded_and_verified() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let case_id = seed(&profile)?;
        let out = tempfile::tempdir()?;
        let dest = out.path().join("lawyer-ru.pdf");

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.open_case(CODE).await?;

        // The dialog: language of the file defaults to the interface's (English),
        // the profile to pseudonymised; choose Russian.
        app.click("[data-testid=case-file-open]").await?;
        app.find("[data-testid=case-file-dialog][open]").await?;
        assert_eq!(app.value("[data-testid=case-file-lang]").await?, "en");
        assert!(
            app.find("[data-testid=case-file-profile-pseudonymised]")
                .await?
                .prop("checked")
                .await?
                .as_deref()
                == Some("true")
        );
        app.find("[data-testid=case-file-lang]")
            .await?
            .select_by_value("ru")
            .await?;
        app.click("[data-testid=case-file-profile-pseudonymised]")
            .await?;
        assert!(!app.is_present("[data-testid=case-file-blocked]").await?);
        app.shot("en-case-file-idle").await?;
        app.assert_accessible("case-file dialog").await?;

        app.click("[data-testid=case-file-save]").await?;
        // While the native dialog is open the button waits with it.
        app.find("[data-testid=case-file-choosing]").await?;
        assert!(
            !app.find("[data-testid=case-file-save]")
                .await?
                .is_enabled()
                .await?
        );
        native_dialog_answer(&dest, "en-case-file-save-dialog").await?;
        let saved = app
            .wait_contains("[data-testid=case-file-saved]", "lawyer-ru.pdf")
            .await?;
        app.shot("en-case-file-saved").await?;
        let elapsed = attr(&app, "[data-testid=case-file-saved]", "data-elapsed-ms").await?;
        eprintln!("case file made in the desktop in {elapsed} ms");
        assert_eq!(
            attr(&app, "[data-testid=case-file-saved]", "data-path").await?,
            dest.display().to_string()
        );
        assert!(
            saved.contains(&msg("en", "cf-unencrypted", &[])?),
            "{saved}"
        );

        // The file: Russian words, the case code, place names from the gazetteer,
        // and nothing of her identity.
        let text = pdftotext(&dest)?;
        for want in [
            "Юридическое досье по делу",
            CODE,
            "Казахстан",
            "псевдонимизировано",
        ] {
            assert!(text.contains(want), "the PDF lacks {want:?}");
        }
        for secret in ["Айгуль Сериковна", "+7 700 000 0000", "N 01234567"] {
            assert!(
                !text.contains(secret),
                "the pseudonymised PDF shows {secret:?}"
            );
        }
        // Only the file: no temporary file left beside it.
        assert_eq!(std::fs::read_dir(out.path())?.count(), 1);

        // Verify it, then an altered copy, then something that is no case file.
        app.click("[data-testid=case-file-close]").await?;
        app.click("[data-testid=back-to-list]").await?;
        let shown = verify(&app, &dest, "en-verify-genuine").await?;
        assert_eq!(
            attr(&app, "[data-testid=case-file-verdict]", "data-ok").await?,
            "true"
        );
        assert!(shown.contains(&msg("en", "cf-verify-ok", &[])?), "{shown}");
        assert!(shown.contains(CODE), "{shown}");
        assert!(shown.contains("Русский"), "{shown}");
        app.assert_accessible("case-file verification").await?;
        assert!(
            !shown.contains(&msg("en", "cf-verify-not-issued", &[])?),
            "{shown}"
        );
        close_verify(&app).await?;

        let altered = out.path().join("altered.pdf");
        let mut bytes = std::fs::read(&dest)?;
        let at = bytes.len() / 2;
        bytes[at] ^= 0x01;
        std::fs::write(&altered, &bytes)?;
        let shown = verify(&app, &altered, "en-verify-altered").await?;
        assert_eq!(
            attr(&app, "[data-testid=case-file-verdict]", "data-ok").await?,
            "false"
        );
        assert!(shown.contains(&msg("en", "cf-verify-bad", &[])?), "{shown}");
        close_verify(&app).await?;

        let stranger = out.path().join("stranger.pdf");
        std::fs::write(&stranger, b"%PDF-1.4\n% not a case file\n%%EOF\n")?;
        let shown = verify(&app, &stranger, "en-verify-not-a-case-file").await?;
        assert!(
            shown.contains(&msg("en", "pdf-error-not-a-case-file", &[])?),
            "{shown}"
        );
        close_verify(&app).await?;
        app.quit().await?;

        // Outside the vault nothing names the files chosen in the dialogs (GTK's
        // recent-files list in particular), nor the case.
        for needle in ["lawyer-ru.pdf", "altered.pdf", "stranger.pdf", CODE] {
            let found = profile.files_in_home_mentioning(needle);
            assert!(found.is_empty(), "{needle} is named in {found:?}");
        }

        // The vault's audit log recorded the file, identifiers only.
        let vault = profile.open_vault()?;
        let entries = vault.audit_entries_for_case(&case_id, AuditEvent::PdfGenerated)?;
        assert_eq!(entries.len(), 1, "{entries:?}");
        let detail: serde_json::Value = serde_json::from_str(&entries[0].detail)?;
        assert_eq!(detail["lang"], "ru");
        assert_eq!(detail["profile"], "pseudonymised");
        assert!(vault.verify()?.is_ok());
        Ok(())
    })
}

#[test]
fn pdf_case_file_refused_without_lawyer_consent_names_the_consent() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    run(async {
        let profile = Profile::new()?;
        seed(&profile)?;
        let app = App::launch(&env, &profile).await?;
        app.choose_language("ru").await?;
        app.unlock(PASSPHRASE).await?;
        app.open_case(NO_CONSENT).await?;
        app.click("[data-testid=case-file-open]").await?;
        // Said before anyone picks a folder, in the interface's language, whatever
        // the language of the file.
        let expected = msg(
            "ru",
            "pdf-error-consent",
            &[("consent", "lawyer"), ("state", "missing")],
        )?;
        app.wait_text("[data-testid=case-file-blocked]", &expected)
            .await?;
        assert!(expected.contains("Передача юристу"), "{expected}");
        assert!(
            !app.find("[data-testid=case-file-save]")
                .await?
                .is_enabled()
                .await?
        );
        app.find("[data-testid=case-file-lang]")
            .await?
            .select_by_value("en")
            .await?;
        app.click("[data-testid=case-file-profile-full]").await?;
        app.wait_text("[data-testid=case-file-blocked]", &expected)
            .await?;
        app.shot("ru-case-file-no-consent").await?;
        app.assert_accessible("case-file dialog without consent (ru)")
            .await?;
        screen_shot("ru-case-file-no-consent-screen");
        app.quit().await?;
        let vault = profile.open_vault()?;
        let nothing = vault.audit_head()?.map(|a| a.event);
        assert_ne!(nothing.as_deref(), Some("pdf-generated"));
        Ok(())
    })
}
