//! UN drafts through the real program, in Russian: from the case view a draft to
//! the Special Rapporteur on torture (the mechanism, the draft's language, what the
//! case lacks, the submitting organisation), saved as Word through the native save
//! dialog and read back; a case whose survivor refused the Special Procedures is
//! refused with the consent named; a second draft made with the keyboard alone; and
//! from the statistics screen an annex for the UPR with two chosen case summaries,
//! saved as PDF.
//! Run with `scripts/e2e.sh --test submission`.

use std::io::Read as _;
use std::path::Path;

use casebook_core::model::Consent;
use casebook_e2e::{
    env, msg, native_dialog_answer, pdftotext, require_dialog_tools, run, App, Profile, Result,
    PASSPHRASE,
};
use casebook_store::AuditEvent;

const EXAMPLE: &str =
    include_str!("../../../crates/casebook-core/tests/fixtures/example-case.json");
const CODE: &str = "KZ-ALM-2026-0007";
const REFUSED: &str = "KZ-ALM-2026-0008";

fn consent(dest: &str, given: bool, named: &str) -> Consent {
    Consent {
        destination: Some(dest.into()),
        given: Some(given),
        named_or_anonymised: Some(named.into()),
        date: Some("2026-03-14".into()),
        obtained_by: Some("Paralegal D.".into()),
        revoked_at: None,
    }
}

/// The example case with both UN consents (named), the example as recorded
/// (Special Procedures refused), and 80 demo cases in Kazakhstan, every fourth
/// (and only those) with treaty-body consent.
fn seed(profile: &Profile) -> Result<String> {
    let (mut vault, _) = profile.create_vault()?;
    // The demo cases first: the list shows the newest, and the test opens these two.
    for (n, mut r) in casebook_demo::generate(11, 80).enumerate() {
        r.code = format!("KZ-D-{n:03}");
        r.survivor.country = Some("KZ".into());
        r.survivor.region = Some("KZ-75".into());
        for i in &mut r.incidents {
            i.country = Some("KZ".into());
            i.region = Some("KZ-75".into());
        }
        r.consents
            .retain(|c| c.destination.as_deref() != Some("un-treaty-bodies"));
        if n % 4 == 0 {
            r.consents
                .push(consent("un-treaty-bodies", true, "anonymised"));
        }
        vault.add_case(r, "e2e")?;
    }
    let mut r = casebook_core::CaseRecord::from_json_str(EXAMPLE)?;
    r.consents
        .retain(|c| c.destination.as_deref() != Some("un-special-procedures"));
    r.consents
        .push(consent("un-special-procedures", true, "named"));
    r.consents
        .push(consent("un-treaty-bodies", true, "anonymised"));
    let stored = vault.add_case(r, "e2e")?;
    let mut refused = casebook_core::CaseRecord::from_json_str(EXAMPLE)?;
    refused.code = REFUSED.into();
    vault.add_case(refused, "e2e")?;
    Ok(stored.id)
}

fn docx_text(path: &Path) -> Result<String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path)?)?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")?.read_to_string(&mut xml)?;
    Ok(xml)
}

#[test]
fn a_russian_un_draft_from_the_case_view_and_an_annex_from_the_statistics() -> Result<()> {
    let Some(env) = env()? else {
        return Ok(());
    };
    require_dialog_tools()?;
    run(async {
        let profile = Profile::new()?;
        let case_id = seed(&profile)?;
        let out = tempfile::tempdir()?;
        let dest = out.path().join("draft-ru.docx");

        let app = App::launch(&env, &profile).await?;
        app.unlock(PASSPHRASE).await?;
        app.choose_language("ru").await?;
        app.open_case(CODE).await?;

        app.click("[data-testid=submission-open]").await?;
        app.find("[data-testid=submission-dialog][open]").await?;
        // The draft's language follows the interface's.
        assert_eq!(app.value("[data-testid=submission-lang]").await?, "ru");
        assert_eq!(
            app.value("[data-testid=submission-mechanism]").await?,
            "sr-torture"
        );
        app.type_into("[data-testid=submission-org-name]", "Центр «Доверие»")
            .await?;
        app.type_into("[data-testid=submission-org-contact]", "legal@example.org")
            .await?;
        // What the case lacks is said before saving: the organisation is there now
        // (saved as the field is left), but whether she agrees to public reports
        // is not.
        app.click("[data-testid=submission-lang]").await?;
        app.find("[data-testid=submission-missing][data-count='1']")
            .await?;
        let missing = app
            .wait_contains(
                "[data-testid=submission-missing]",
                &msg("ru", "sub-need-public", &[])?,
            )
            .await?;
        assert!(!missing.is_empty());
        app.shot("ru-submission-dialog").await?;
        app.check_layout("ru-submission-dialog").await?;
        app.assert_accessible("UN submission dialog").await?;

        app.click("[data-testid=submission-save]").await?;
        native_dialog_answer(&dest, "ru-submission-save-dialog").await?;
        app.wait_contains("[data-testid=submission-saved]", "draft-ru.docx")
            .await?;
        app.shot("ru-submission-saved").await?;
        let xml = docx_text(&dest)?;
        for want in [
            msg("ru", "sub-banner", &[])?,
            msg("ru", "sub-sec-victim", &[])?,
            msg("ru", "sub-sec-remedies", &[])?,
            "Айгуль Сериковна Н.".to_owned(),
            "Центр «Доверие»".to_owned(),
            "legal@example.org".to_owned(),
        ] {
            assert!(xml.contains(&want), "the draft lacks {want:?}");
        }
        assert_eq!(std::fs::read_dir(out.path())?.count(), 1);
        app.click("[data-testid=submission-close]").await?;

        // The same with the keyboard alone: to the button, open, PDF, save, close.
        use casebook_e2e::fantoccini::key::Key;
        app.tab_to("[data-testid=submission-open]", false, 60)
            .await?;
        app.press(&Key::Enter.to_string()).await?;
        app.find("[data-testid=submission-dialog][open]").await?;
        app.tab_to("[data-testid=submission-format-docx]", false, 20)
            .await?;
        // Arrow keys move within a radio group.
        app.press(&Key::Down.to_string()).await?;
        assert!(app.focus_is("[data-testid=submission-format-pdf]").await?);
        app.tab_to("[data-testid=submission-save]", false, 20)
            .await?;
        app.press(&Key::Enter.to_string()).await?;
        let pdf = out.path().join("draft-ru.pdf");
        native_dialog_answer(&pdf, "ru-submission-keyboard-save-dialog").await?;
        app.wait_contains("[data-testid=submission-saved]", "draft-ru.pdf")
            .await?;
        assert!(pdftotext(&pdf)?.contains(&msg("ru", "sub-sec-victim", &[])?));
        app.press(&Key::Escape.to_string()).await?;
        app.wait_gone("[data-testid=submission-dialog][open]")
            .await?;

        // Her consent refused: said at once, naming it, and saving is not offered.
        app.click("[data-testid=back-to-list]").await?;
        app.open_case(REFUSED).await?;
        app.click("[data-testid=submission-open]").await?;
        let blocked = app
            .wait_contains("[data-testid=submission-blocked]", "un-special-procedures")
            .await?;
        // The organisation was kept in the vault.
        assert_eq!(
            app.value("[data-testid=submission-org-contact]").await?,
            "legal@example.org"
        );
        assert!(
            blocked.contains("ООН") || blocked.contains("процедур"),
            "{blocked}"
        );
        assert!(
            !app.find("[data-testid=submission-save]")
                .await?
                .is_enabled()
                .await?
        );
        app.shot("ru-submission-refused").await?;
        app.click("[data-testid=submission-close]").await?;
        app.click("[data-testid=back-to-list]").await?;

        // The annex, from the statistics screen.
        app.click("[data-testid=open-stats]").await?;
        // The button waits for the screen's countries.
        let deadline = std::time::Instant::now() + casebook_e2e::UI_TIMEOUT;
        while !app
            .find("[data-testid=annex-open]")
            .await?
            .is_enabled()
            .await?
        {
            assert!(
                std::time::Instant::now() < deadline,
                "the annex button stays disabled"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        app.click("[data-testid=annex-open]").await?;
        app.find("[data-testid=annex-dialog][open]").await?;
        app.select("[data-testid=annex-country]", "KZ").await?;
        app.find("[data-testid=annex-case-KZ-D-000]")
            .await?
            .click()
            .await?;
        app.find(&format!("[data-testid=annex-case-{CODE}]"))
            .await?
            .click()
            .await?;
        app.click("[data-testid=annex-format-pdf]").await?;
        app.shot("ru-annex-dialog").await?;
        app.check_layout("ru-annex-dialog").await?;
        app.assert_accessible("annex dialog").await?;
        let annex = out.path().join("annex-ru.pdf");
        app.click("[data-testid=annex-save]").await?;
        native_dialog_answer(&annex, "ru-annex-save-dialog").await?;
        app.wait_contains("[data-testid=annex-saved]", "annex-ru.pdf")
            .await?;
        app.shot("ru-annex-saved").await?;
        let text = pdftotext(&annex)?;
        for want in [
            msg("ru", "sub-thematic-figures", &[])?,
            msg("ru", "sub-thematic-summaries", &[])?,
            "Казахстан".to_owned(),
        ] {
            assert!(text.contains(&want), "the annex lacks {want:?}");
        }
        for never in ["Айгуль", CODE, "KZ-D-000"] {
            assert!(!text.contains(never), "the annex shows {never:?}");
        }
        app.quit().await?;

        // Both drafts of the case are in the audit log, naming mechanism, language
        // and format.
        let vault = profile.open_vault()?;
        let entries = vault.audit_entries_for_case(&case_id, AuditEvent::SubmissionDrafted)?;
        assert_eq!(entries.len(), 2);
        for (e, format) in entries.iter().zip(["docx", "pdf"]) {
            assert!(e.detail.contains("sr-torture"), "{}", e.detail);
            assert!(e.detail.contains("\"lang\":\"ru\""), "{}", e.detail);
            assert!(
                e.detail.contains(&format!("\"format\":\"{format}\"")),
                "{}",
                e.detail
            );
        }
        Ok(())
    })
}
